# *args and **kwargs, and unpacking in calls
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()))
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(b=2, a=1), type(g()))
def h(a, b=0, *args, **kwargs):
    return [a, b, args, kwargs]
print(h(1))
print(h(1, 2, 3, 4))
print(h(1, 2, 3, x=4, y=5))
print(h(a=1, z=26))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)), total(*[1, 2], 3, *(4, 5)))
def kw(**opts):
    for k in opts:
        print(k, "=", opts[k])
kw(z=1, a=2, m=3)
kw(**{"x": 10, "y": 20}, w=30)
def pos(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(pos(*args), pos(*"123" if False else (4, 5, 6)), pos(1, *[2, 3]))
print(pos(**{"a": 7, "b": 8, "c": 9}), pos(1, **{"c": 3, "b": 2}))
print(pos(*[1], **{"b": 2, "c": 3}))
def forward(*args, **kwargs):
    return pos(*args, **kwargs)
print(forward(1, 2, c=3), forward(c=1, b=2, a=3))
def mixed(first, *rest, last="L", **extra):
    return [first, rest, last, extra]
print(mixed(1), mixed(1, 2, 3), mixed(1, 2, last="X"), mixed(1, more=True))
print(max(*[3, 8, 1]), min(4, *[9, 2]))
print(*range(3), sep=", ")
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*[None] * 5, **dict(zip("abc", range(3)))))
def modify(*a):
    a = list(a)
    a.append("x")
    return a
print(modify(1, 2))
def kwcopy(**k):
    k["added"] = 1
    return k
src = {"orig": 0}
print(kwcopy(**src), src)
