# generator attributes: gi_running, gi_frame, gi_code, gi_suspended, gi_yieldfrom, names
def gen(a, b=2):
    total = a + b
    yield total
    yield "second"

g = gen(1)
print(type(g).__name__, repr(g).startswith("<generator object gen at 0x"))
print(g.__name__, g.__qualname__)
print(g.gi_code is gen.__code__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_frame is not None, g.gi_frame.f_lineno)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno)
print(list(g))
print(g.gi_frame, g.gi_running, g.gi_suspended)
print(g.gi_code.co_name)

# gi_running is true only while the generator runs
def watch():
    yield w.gi_running
    yield w.gi_suspended
w = watch()
print(next(w), w.gi_running, next(w))

# names can be replaced
g = gen(0)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<generator object Some.renamed at"))
for bad in ["__name__", "__qualname__"]:
    try:
        setattr(g, bad, 5)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)

# nested functions and methods
def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)

class K:
    def method(self):
        yield self
print(K().method().__qualname__, K().method().__name__)

# gi_yieldfrom shows the sub-iterator during yield from
def sub():
    yield 1
def delegating():
    yield from sub()
    yield "own"
d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
next(d)
print(d.gi_yieldfrom)

# the generator type
gt = type(g)
print(gt.__name__, isinstance(g, gt))
try:
    gt()
except TypeError as e:
    print("TypeError:", e)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
print(iter(g) is g)
