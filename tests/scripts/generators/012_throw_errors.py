# throw() argument errors, with CPython's messages
def gen():
    yield 1
    yield 2

g = gen()
next(g)
tests = [
    lambda: g.throw(),
    lambda: g.throw(ValueError, 1, None, 4),
    lambda: g.throw(5),
    lambda: g.throw("not an exception"),
    lambda: g.throw(ValueError("x"), "separate"),
    lambda: g.throw(ValueError, None, 5),
    lambda: g.throw(ValueError, tb=None),
    lambda: g.throw(int),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
# the generator is still usable after rejected throws
print(next(g))

# close and send argument errors
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__next__(1)
except TypeError as e:
    print("TypeError:", e)

# an instance with a None value is fine
g = gen()
next(g)
try:
    g.throw(KeyError("k"), None)
except KeyError as e:
    print("KeyError", e)

# BaseException subclasses can be thrown too
def catch_all():
    try:
        yield
    except BaseException as e:
        yield type(e).__name__
g = catch_all()
next(g)
print(g.throw(KeyboardInterrupt))
g = catch_all()
next(g)
print(g.throw(SystemExit(3)))
