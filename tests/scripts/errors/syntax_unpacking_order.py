# SyntaxError: iterable argument unpacking follows keyword argument unpacking
def f(*a, **k):
    pass
f(**{}, *[])
