# IndexError for a negative index past the start
items = [1, 2, 3]
print(items[-3])
print(items[-4])
