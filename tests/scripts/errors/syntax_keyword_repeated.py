# SyntaxError: keyword argument repeated
def f(a):
    pass
f(a=1, a=2)
