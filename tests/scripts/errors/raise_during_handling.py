# an exception raised in a handler: the context is printed first, the new error last
try:
    [][0]
except IndexError:
    print("handling IndexError")
    {}["k"]
