# implicit exception chaining inside generators
def gen():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")

g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))

# a caller's handled exception becomes the context of errors in a generator
def fails():
    yield
    raise IndexError("from generator")

f = fails()
next(f)
try:
    raise TypeError("caller handling")
except TypeError:
    try:
        next(f)
    except IndexError as e:
        print(repr(e), repr(e.__context__))

# raise from inside a generator
def cause():
    try:
        yield 1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    next(cause())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# errors in finally blocks during close are chained to GeneratorExit
def bad_finally():
    try:
        yield
    finally:
        raise OSError("finally failed")
b = bad_finally()
next(b)
try:
    b.close()
except OSError as e:
    print(repr(e), type(e.__context__).__name__)

# exceptions passing through yield from keep their chain
def inner():
    try:
        raise KeyError("inner first")
    except KeyError:
        raise ValueError("inner second")
    yield
def outer():
    yield from inner()
try:
    list(outer())
except ValueError as e:
    print(repr(e), repr(e.__context__))

# handled exceptions in different generators do not mix
def a():
    try:
        raise KeyError("a")
    except KeyError:
        yield
        raise
def b():
    try:
        raise IndexError("b")
    except IndexError:
        yield
        raise
ga, gb = a(), b()
next(ga)
next(gb)
for gen_obj in [ga, gb]:
    try:
        next(gen_obj)
    except Exception as e:
        print("re-raised", repr(e), repr(e.__context__))
