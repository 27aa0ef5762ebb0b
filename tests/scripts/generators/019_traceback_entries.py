# traceback entries through generator frames (line numbers of each entry)
def lines(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

def gen():
    yield 1
    raise ValueError("in gen")  # line 13

try:
    for x in gen():  # line 16
        pass
except ValueError as e:
    print("for loop:", lines(e))

g = gen()
next(g)
try:
    next(g)  # line 24
except ValueError as e:
    print("next():", lines(e))

def inner():
    yield 1
    1 / 0  # line 31

def outer():
    yield from inner()  # line 34

try:
    list(outer())  # line 37
except ZeroDivisionError as e:
    print("yield from:", lines(e))

def waiting():
    yield "waiting"  # line 42

w = waiting()
next(w)
try:
    w.throw(KeyError("thrown"))  # line 47
except KeyError as e:
    print("throw():", lines(e))

o = outer()
next(o)
try:
    o.throw(IndexError)  # line 54
except IndexError as e:
    print("throw through yield from:", lines(e))

def unstarted():
    yield
u = unstarted()
try:
    u.throw(TypeError)  # line 62
except TypeError as e:
    print("throw into unstarted:", lines(e))

def pep479():
    yield 1
    raise StopIteration  # line 68
try:
    list(pep479())  # line 70
except RuntimeError as e:
    print("PEP 479:", lines(e), lines(e.__cause__))

squares = (1 / x for x in [1, 0])  # line 74
try:
    sum(squares)  # line 76
except ZeroDivisionError as e:
    print("genexpr:", lines(e))
