# SyntaxError: '(' was never closed, reported at the opening line
result = max(1,
             2,
             3
x = 5
