# SyntaxError: invalid syntax. Perhaps you forgot a comma?
print(1 2)
