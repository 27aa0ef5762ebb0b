# ValueError: max() arg is an empty sequence
print(max([1, 5, 3]))
print(max([]))
