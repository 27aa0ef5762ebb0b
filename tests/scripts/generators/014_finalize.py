# a generator dropped before it finishes is closed: its finally blocks run
def resource(name):
    print("open", name)
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("close", name)

g = resource("a")
print(next(g))
del g
print("after del")

g = resource("b")
next(g)
g = resource("c")
print("rebound")
del g

# breaking out of a for loop drops the generator
for item in resource("d"):
    print(item)
    break
print("after break")

# a generator in a function's local is closed when the function returns
def consume_one():
    g = resource("e")
    return next(g)
print(consume_one())

# or when the function deletes it
def drop_midway():
    g = resource("f")
    next(g)
    del g
    print("deleted in function")
drop_midway()

# a generator that never started has nothing to clean up
g = resource("never")
del g
print("nothing printed for never")

# a finished generator has nothing to clean up
g = resource("done")
print(list(g))
del g

# generators holding generators close in turn
def outer():
    inner = resource("inner")
    next(inner)
    try:
        yield "outer"
    finally:
        print("outer finally")
g = outer()
next(g)
g = None
print("outer dropped")

# dropping the generator inside its own consumer loop
def pipeline():
    src = resource("src")
    for v in src:
        yield v.upper()
p = pipeline()
print(next(p))
p = None

# with statements inside generators are exited on close
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)
        return False
def managed():
    with Managed():
        yield 1
        yield 2
g = managed()
next(g)
del g
print("end")
