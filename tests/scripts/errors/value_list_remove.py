# ValueError: list.remove(x): x not in list
a = [1, 2, 3]
a.remove(2)
print(a)
a.remove(2)
