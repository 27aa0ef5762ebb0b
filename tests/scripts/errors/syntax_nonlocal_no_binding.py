# SyntaxError: no binding for nonlocal 'x' found
def f():
    nonlocal x
    x = 1
