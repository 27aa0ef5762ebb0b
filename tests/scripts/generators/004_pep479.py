# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def explicit():
    yield 1
    raise StopIteration("inner")

try:
    list(explicit())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

# next() on an exhausted iterator inside a generator
def leaky(it):
    while True:
        yield next(it)

try:
    for x in leaky(iter([1, 2])):
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# the right way: catch it and return
def careful(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(careful(iter([1, 2, 3]))))

# StopIteration caught inside the generator is fine
def handled():
    try:
        raise StopIteration
    except StopIteration:
        yield "handled"
print(list(handled()))

# StopIteration subclass too
class MyStop(StopIteration):
    pass

def sub():
    raise MyStop()
    yield

try:
    next(sub())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# throwing StopIteration into a generator
def target():
    yield 1
    yield 2

t = target()
next(t)
try:
    t.throw(StopIteration)
except RuntimeError as e:
    print("throw:", e)
print(list(t))

# other exceptions pass unchanged
def other():
    yield 1
    raise KeyError("k")
try:
    list(other())
except KeyError as e:
    print("KeyError", e)

# genexpr too
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(i) for i in range(4)))
except RuntimeError as e:
    print("genexpr:", e)
