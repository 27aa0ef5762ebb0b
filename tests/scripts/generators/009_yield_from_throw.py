# throw() is delegated to the innermost generator of a yield from chain
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    return "inner ret"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))

# an exception the inner generator does not handle reaches the outer one
def outer_catches():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e))
        yield "outer recovered"

g = outer_catches()
next(g)
print(g.throw(ValueError("v")))
print(list(g))

# the inner generator returns while handling the thrown exception
def inner_returns():
    try:
        yield 1
    except KeyError:
        return "returned on throw"

def outer2():
    v = yield from inner_returns()
    yield "outer2 got " + v

g = outer2()
next(g)
print(g.throw(KeyError))

# throw into a plain iterator sub-iterator: raised in the delegating generator
def from_iter():
    try:
        yield from iter([1, 2, 3])
    except IndexError as e:
        yield "delegator caught " + str(e)

g = from_iter()
next(g)
print(g.throw(IndexError("idx")))

# a sub-iterator with a throw method receives it
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, typ, val=None, tb=None):
        print("Thrower.throw got", typ.__name__ if isinstance(typ, type) else repr(typ))
        raise StopIteration("thrower result")

def uses_thrower():
    r = yield from Thrower()
    yield r

g = uses_thrower()
print(next(g))
print(g.throw(ValueError))

# the whole chain is finished when nobody catches
def deep():
    yield 1
def middle():
    yield from deep()
def top():
    yield from middle()
g = top()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("uncaught:", e)
print(g.gi_frame, list(g))
