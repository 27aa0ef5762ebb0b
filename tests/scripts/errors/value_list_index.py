# ValueError: 9 is not in list
a = [1, 2, 3]
print(a.index(3))
print(a.index(9))
