# SyntaxError: expected ':' after a def header
def f(a, b)
    return a
