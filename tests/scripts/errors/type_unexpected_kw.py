# TypeError: f() got an unexpected keyword argument 'z'
def f(x, y):
    return x - y
print(f(y=1, x=5))
print(f(1, z=2))
