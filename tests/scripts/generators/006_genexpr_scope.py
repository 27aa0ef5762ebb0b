# the scope of generator expressions and late binding
x = "global x"
g = (x for x in range(3))
print(list(g), x)

# the loop variable does not leak
h = (leak for leak in range(2))
list(h)
try:
    leak
except NameError as e:
    print("NameError:", e)

# names other than the first iterable are looked up when the generator runs
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))

# closures over function locals
def make(k):
    return (k * i for i in range(3))
print(list(make(2)), list(make(5)))

def counter():
    total = 0
    gen = (total + i for i in range(3))
    total = 50
    return list(gen)
print(counter())

# inside a class body, only the first iterable sees class names
class Box:
    size = 3
    items = list(i for i in range(size))
print(Box.items)

class Broken:
    size = 3
    try:
        items = list(size for i in range(2))
    except NameError as e:
        error = str(e)
print(Broken.error)

# a generator expression sees the enclosing function's later assignments
def late():
    g = (y for _ in range(2))
    y = "late"
    return list(g)
print(late())

# nested genexprs each get their own scope
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
print(list(flat))
print(list(list(v * 10 for v in row) for row in matrix))

# the genexpr's name and qualname
g = (c for c in "a")
print(g.__name__, g.__qualname__)
def outer():
    return (c for c in "a")
print(outer().__qualname__)

# the first iterable is evaluated in the enclosing scope even in nested functions
def f(seq):
    return (s.upper() for s in seq)
print(list(f(["a", "b"])))

# reusing the same name as the iterable
items = [1, 2, 3]
items = (items for items in items)
print(list(items))
