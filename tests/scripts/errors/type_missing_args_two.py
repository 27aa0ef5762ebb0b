# TypeError: missing 2 required positional arguments
def area(width, height):
    return width * height
print(area(2, 3))
area()
