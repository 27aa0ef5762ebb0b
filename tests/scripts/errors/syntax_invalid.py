# SyntaxError: invalid syntax
x = = 1
