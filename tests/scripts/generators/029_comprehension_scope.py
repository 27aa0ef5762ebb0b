# comprehensions have their own scope
x = "outer"
print([x for x in range(3)], x)
print({x for x in "ab"} == {"a", "b"}, x)
print({x: 1 for x in "c"}, x)

try:
    [leaked for leaked in range(2)]
    print(leaked)
except NameError as e:
    print("NameError:", e)

def f():
    i = "function local"
    squares = [i * i for i in range(4)]
    return squares, i
print(f())

# closures created in a comprehension see the final value
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])

# the first iterable is evaluated in the enclosing scope
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        pairs = [(n, names) for n in names]
    except NameError as e:
        error = str(e)
print(Config.upper, Config.error)

# comprehensions in functions see enclosing variables
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2], 3))

def nested_scopes():
    base = 100
    return [[base + i + j for j in range(2)] for i in range(2)]
print(nested_scopes())

# a comprehension cannot rebind the enclosing variable
def no_rebind():
    count = 0
    [count for count in range(5)]
    return count
print(no_rebind())

# global and nonlocal names used inside a comprehension
total = 10
def use_global():
    return [total + i for i in range(2)]
print(use_global())

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(3)], n
print(counter())

# comprehension variables shadowing builtins stay local
print([len for len in range(2)], len("abc"))
