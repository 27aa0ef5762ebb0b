# TypeError: unsupported operand type(s) for -: 'str' and 'str'
print("abc" + "def")
print("abc" - "a")
