# SyntaxError: invalid syntax (operator with no right operand)
x = 1 +
