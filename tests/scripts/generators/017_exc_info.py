# sys.exc_info() inside generators sees the generator's own handled exception
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def gen():
    print("start:", name())
    try:
        raise KeyError("own")
    except KeyError:
        print("handling:", name())
        yield 1
        print("resumed in handler:", name())
    print("after handler:", name())
    yield 2
    print("end:", name())

g = gen()
try:
    raise ValueError("caller")
except ValueError:
    next(g)
    print("caller after yield:", name())
print("caller outside:", name())
next(g)
try:
    raise IndexError
except IndexError:
    next(g, None)
    print("caller again:", name())
print("final:", name())

# bare raise after a yield inside an except block
def reraiser():
    try:
        raise LookupError("saved")
    except LookupError:
        yield "suspended in except"
        raise

r = reraiser()
print(next(r))
try:
    raise TypeError("unrelated")
except TypeError:
    try:
        next(r)
    except LookupError as e:
        print("re-raised:", repr(e))

# the generator's handled exception does not leak to the caller
def leaky():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        yield name()
l = leaky()
print(next(l), name())

# an exception thrown in while the generator handles its own gets it as context
def handler():
    try:
        raise KeyError("first")
    except KeyError:
        yield

h = handler()
next(h)
try:
    h.throw(ValueError("second"))
except ValueError as e:
    print("context:", repr(e.__context__))

# a generator with no handled exception of its own: the thrown one has no context
def plain():
    yield
p = plain()
next(p)
try:
    raise OSError("outer")
except OSError:
    try:
        p.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown context:", repr(e.__context__))
