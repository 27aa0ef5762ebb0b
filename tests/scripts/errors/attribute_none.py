# AttributeError on None returned by list.sort()
items = [3, 1, 2]
result = items.sort()
print(items)
print(result.copy())
