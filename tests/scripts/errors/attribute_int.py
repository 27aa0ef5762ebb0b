# AttributeError: 'int' object has no attribute 'foo'
n = 5
print(n.bit_length())
print(n.foo)
