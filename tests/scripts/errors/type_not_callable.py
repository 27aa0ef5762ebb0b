# TypeError: 'int' object is not callable
total = 10
print(total)
total(5)
