# SyntaxError: cannot assign to literal
1 = x
