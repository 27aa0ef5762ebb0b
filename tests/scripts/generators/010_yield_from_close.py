# close() of a delegating generator closes the sub-generator first
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
next(g)
g.close()
print(g.gi_frame is None)

# a sub-generator that catches GeneratorExit and returns
def inner_returns():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        return "ignored value"

def outer2():
    try:
        r = yield from inner_returns()
        print("not reached", r)
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer2()
next(g)
g.close()

# closing a sub-iterator that has a close() method
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("Closable.close called")

def uses_closable():
    yield from Closable()

g = uses_closable()
print(next(g))
g.close()

# close raising inside the sub-generator surfaces from close()
def inner_raises():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

def outer3():
    try:
        yield from inner_raises()
    except ValueError as e:
        print("outer3 saw", e)
        raise

g = outer3()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

# a delegating generator dropped while suspended is closed too
def outer4():
    try:
        yield from inner()
    finally:
        print("outer4 finally")
g = outer4()
next(g)
del g
print("after del")
