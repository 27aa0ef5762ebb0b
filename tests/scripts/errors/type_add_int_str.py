# TypeError: unsupported operand type(s) for +: 'int' and 'str'
count = 3
print("count:", count)
print(count + " items")
