# SyntaxError: a keyword used as a variable name
for = 3
