# SyntaxError: name 'x' is parameter and nonlocal
def outer():
    x = 1
    def inner(x):
        nonlocal x
