# TypeError: missing 3 required positional arguments
def box(x, y, z):
    return x * y * z
box()
