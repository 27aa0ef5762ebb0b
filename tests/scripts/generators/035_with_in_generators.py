# context managers inside generators and generators inside with
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def reader():
    with Tracker("file"):
        yield "line 1"
        yield "line 2"

print(list(reader()))

g = reader()
print(next(g))
g.close()

g = reader()
next(g)
try:
    g.throw(ValueError("bad line"))
except ValueError as e:
    print("ValueError:", e)

# an __exit__ that suppresses the thrown exception
class Suppress(Tracker):
    def __exit__(self, typ, val, tb):
        super().__exit__(typ, val, tb)
        return True

def suppressed():
    with Suppress("quiet"):
        yield 1
    yield "after with"

g = suppressed()
next(g)
print(g.throw(KeyError))

# generators used inside with blocks
with Tracker("outer"):
    for v in reader():
        print("got", v)

# nested with statements in a generator, closed early
def nested():
    with Tracker("a"), Tracker("b"):
        yield 1
        yield 2
n = nested()
next(n)
n.close()

# yield inside try/except/else/finally
def full():
    try:
        yield "try"
    except ZeroDivisionError:
        yield "except"
    else:
        yield "else"
    finally:
        print("finally")
print(list(full()))
f = full()
next(f)
print(f.throw(ZeroDivisionError))
print(list(f))
