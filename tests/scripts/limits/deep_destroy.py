# timeout: 30
# Freeing long chains of nested containers must not overflow the C stack (CPython's trashcan).


def count_list(a):
    n = 0
    while a:
        a = a[0]
        n += 1
    return n


a = []
for i in range(1000000):
    a = [a]
print("list", count_list(a))
del a
print("list freed")

t = ()
for i in range(1000000):
    t = (t,)
print("tuple built")
t = None
print("tuple freed")

d = {}
for i in range(300000):
    d = {"next": d, "i": i}
print("dict", d["i"])
del d
print("dict freed")

# Mixed containers: list -> tuple -> dict -> list ...
m = 0
for i in range(300000):
    m = [(m, {"v": m})]
print("mixed built")
m = 0
print("mixed freed")

# Exceptions chained through __context__ (set directly: each raise inside a handler walks the
# whole chain in CPython, which would make a long chain quadratic to build).
prev = ValueError(0)
for i in range(1, 300000):
    e = ValueError(i)
    e.__context__ = prev
    prev = e
e = None
try:
    raise prev
except ValueError:
    try:
        raise KeyError("last")
    except KeyError as caught:
        prev = caught
n = 0
x = prev
while x is not None:
    n += 1
    x = x.__context__
print("context chain", n, prev.args)
del prev
print("exceptions freed")


# A chain owned by a local goes away when the function returns.
def build(depth):
    a = []
    for i in range(depth):
        a = [a, i]
    return len(a)


print("local", build(1000000))

# Replacing one element of a deep chain frees the rest of it.
a = []
for i in range(1000000):
    a = [a]
a[0] = "end"
print(a)
print("done")
