# is / is not: identity of None, booleans, containers and functions
print(None is None, True is True, False is not True)
a = []
b = a
c = []
print(a is b, a is c, a is not c, a == c)
def f():
    pass
g = f
print(f is g, f is not None, print is print, len is len)
print(type(1) is int, type(None) is type(None))
x = None
print(x is None, x is not None)
t = (1, 2)
u = t
print(t is u)
d = {}
e = d
e["k"] = 1
print(d is e, d)
print([] is not [], {} is not {})
s = "text"
r = s
print(s is r)
n = [1, 2]
m = n[:]
print(n is m, n == m)
print((a is b) is True, (a is c) is False)
