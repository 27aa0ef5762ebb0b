# AssertionError with no message: the last line is just the class name
x = 1
assert x == 1
print("first assert passed")
assert x == 2
