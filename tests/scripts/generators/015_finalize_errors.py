# errors while a dropped generator is being closed are reported, not raised
def bad_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

g = bad_finally()
next(g)
del g
print("execution continues")

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

g = ignores_exit()
next(g)
g = None
print("still running")

# a generator closed during exception handling does not disturb the exception
def cleanup():
    try:
        yield
    finally:
        try:
            raise ValueError("inside finally")
        except ValueError:
            pass

def user():
    g = cleanup()
    next(g)
    raise IndexError("the real error")

try:
    user()
except IndexError as e:
    print("IndexError", e, e.__context__)

# the finally block of a dropped generator sees no handled exception of its own
import sys
def check_exc_info():
    try:
        yield
    finally:
        print("exc_info in finally:", sys.exc_info()[0])
g = check_exc_info()
next(g)
del g
raise SystemExit("done")
