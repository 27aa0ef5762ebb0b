# Set displays of constants iterate in CPython's order (the compiler stores a frozenset).
print({16, 1, 2, 3, 4})
print({1, 2, 3, 16, 32})
print({8, 7, 6, 5, 4, 3, 2, 1, 0})
print({1, 1.0, True, 2})
print({100, 50, 25, 12, 6, 3})
x = 5
print({16, x, 1, 2})
s = set()
s.update({16, 1, 2, 3, 4})
print(s)
print(frozenset({64, 32, 16, 8}))
