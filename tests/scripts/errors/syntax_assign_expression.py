# SyntaxError: cannot assign to expression
a + 1 = 2
