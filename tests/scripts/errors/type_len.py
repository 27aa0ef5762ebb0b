# TypeError: object of type 'int' has no len()
print(len("four"))
print(len(4))
