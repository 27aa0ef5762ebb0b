# * and ** in calls and in list/tuple/set/dict displays
def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(show(*[1, 2]))
print(show(0, *[1, 2], 3, *(4, 5)))
print(show(*"ab", *range(2)))
print(show(**{"a": 1}))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(1, *[2], x=1, **{"y": 2}))
print(show(*(i * i for i in range(3)), **dict(z=0)))
print(show(*[], **{}))

def point(x, y, z=0):
    return x, y, z
args = (1, 2)
print(point(*args), point(*args, z=3), point(*[1], **{"y": 5}))
print(point(**{"x": 1, "y": 2, "z": 3}))
try:
    point(*args, **{"x": 9})
except TypeError as e:
    print("TypeError:", e)

# displays
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 9], [*range(3)], [*"hi", *a])
print((*a, *b), (*a,), (*"ab", 5))
print(sorted({*a, *b, 1}), sorted({*"aab"}))
print({**{"k": 1}, "m": 2}, {"k": 0, **{"k": 1}}, {**{}, **dict(a=1)})
print({**{1: "a"}, **{1: "b", 2: "c"}})

# unpacking generators and dict views in displays
d = {"x": 1, "y": 2}
print([*d], [*d.values()], [*d.items()])
print([*(c.upper() for c in "ab")])

# keyword argument order is preserved
def order(**kw):
    return list(kw)
print(order(b=1, **{"a": 2, "c": 3}, d=4))

# * in a subscript-free return and yield
def packer():
    return 1, *a, *b
print(packer())
def yielder():
    yield *a, *b
print(list(yielder()))

# nested star unpacking inside a for
for x, *y in [[1, *a], [*b]]:
    print(x, y)
