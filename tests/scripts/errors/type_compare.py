# TypeError: '<' not supported between instances of 'int' and 'str'
print(1 < 2)
print(sorted([3, 1, 2]))
print(sorted([3, "1", 2]))
