# TypeError: takes 1 positional argument but 2 were given
def square(x):
    return x * x
print(square(4))
square(4, 5)
