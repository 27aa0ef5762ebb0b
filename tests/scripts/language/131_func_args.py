# positional and keyword arguments, defaults, the mutable default surprise
def f(a, b, c):
    return (a, b, c)
print(f(1, 2, 3), f(1, c=3, b=2), f(c=3, a=1, b=2), f(1, 2, c=3))
def g(a, b=2, c=3):
    return [a, b, c]
print(g(1), g(1, 20), g(1, c=30), g(1, 20, 30), g(a=0), g(b=5, a=4))
def h(x=[]):
    x.append(len(x))
    return x
print(h(), h(), h([9]), h())
def safe(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(safe(), safe(), safe([0]))
counter = 10
def dflt(v=counter):
    return v
counter = 20
print(dflt(), dflt(5))
def dict_default(d={}):
    d[len(d)] = True
    return d
print(dict_default(), dict_default())
def kw_expr(a, b=1 + 1, c=len("abc")):
    return a + b + c
print(kw_expr(1), kw_expr(1, c=0))
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(punctuation=".", name="Di", greeting="Bye"))
def show(*, only_kw=1):
    return only_kw
print(show(), show(only_kw=2))
def order(a, b):
    print("a =", a, "b =", b)
def noisy(tag):
    print("evaluating", tag)
    return tag
order(noisy("first"), noisy("second"))
order(b=noisy("b-arg"), a=noisy("a-arg"))
def none_default(a, b=None):
    return b is None
print(none_default(1), none_default(1, 0))
def tuple_default(p=(1, 2)):
    return p + (3,)
print(tuple_default(), tuple_default((0,)))
print(g.__defaults__, h.__defaults__)
