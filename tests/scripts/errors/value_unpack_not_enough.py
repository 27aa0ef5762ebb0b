# ValueError: not enough values to unpack (expected 3, got 2)
x, y, z = "xyz"
print(x, y, z)
x, y, z = (1, 2)
