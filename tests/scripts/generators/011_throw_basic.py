# generator.throw(): the forms CPython 3.11 accepts
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("instance")))
print(g.throw(ValueError, "value"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, None))
print(g.throw(KeyError, KeyError("same")))
err = ValueError("pre-made")
print(g.throw(ValueError, err))
print(g.throw(LookupError, KeyError("subclass instance")))
print(g.throw(TypeError, "with tb", None))
g.close()

# the thrown exception keeps its identity
class MyError(Exception):
    pass
mine = MyError("mine")
def rethrow():
    try:
        yield
    except MyError as e:
        yield e is mine
g = rethrow()
next(g)
print(g.throw(mine))

# throw into a generator that has not started: raised at the top
def unstarted():
    print("never printed")
    yield
g = unstarted()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
print(g.gi_frame)
print(list(g))

# throw into a finished generator re-raises immediately
def short():
    yield 1
g = short()
list(g)
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("IndexError", e)

# throw returning the next yielded value, then StopIteration with the return value
def handles_once():
    try:
        yield 1
    except ArithmeticError:
        pass
    return "done"
g = handles_once()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

# finally blocks run when the thrown exception passes through
def with_finally():
    try:
        yield 1
    finally:
        print("finally ran")
g = with_finally()
next(g)
try:
    g.throw(RuntimeError("through"))
except RuntimeError as e:
    print("RuntimeError", e)
