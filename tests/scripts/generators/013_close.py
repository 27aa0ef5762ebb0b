# generator.close()
def worker():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

g = worker()
next(g)
print(g.close())
print(g.gi_frame, list(g))
print(g.close())

# close on a generator that never started runs nothing
g = worker()
g.close()
print(list(g))

# close on a finished generator does nothing
g = worker()
print(list(g))
g.close()

# returning from the GeneratorExit handler is allowed
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return "value is dropped"
g = returns_on_close()
next(g)
print(g.close())

# swallowing GeneratorExit and finishing is allowed
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed")
g = swallow()
next(g)
print(g.close())

# yielding after GeneratorExit is an error
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("refusing")
    yield "one more"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended, next(g, "finished"), g.gi_suspended)

# another exception raised while closing propagates
def raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("while closing")
g = raises_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

# GeneratorExit is a BaseException, not an Exception
def broad():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("broad finally")
g = broad()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# closing from inside the generator itself
def self_close():
    yield me.close()
me = self_close()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
