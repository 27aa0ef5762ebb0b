# TypeError: takes 0 positional arguments but 1 was given
def hello():
    return "hello"
print(hello())
hello("world")
