# ValueError: range() arg 3 must not be zero
print(list(range(0, 6, 2)))
print(range(0, 6, 0))
