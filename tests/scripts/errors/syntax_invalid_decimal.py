# SyntaxError: invalid decimal literal
x = 1abc
