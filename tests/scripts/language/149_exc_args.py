# exception objects: args, str, repr across arities and types
cases = [ValueError(), ValueError("one"), ValueError("one", "two"), ValueError(1), ValueError(None),
         ValueError(""), ValueError([1, 2]), KeyError(), KeyError("k"), KeyError(1), KeyError("a", "b"),
         IndexError("i"), TypeError("t", 1, 2.5), Exception("x"), BaseException("base"),
         AssertionError("a"), RuntimeError(), ZeroDivisionError("z"), StopIteration(), AttributeError("attr")]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args, "|", len(e.args))
e = ValueError("a", "b")
e.args = ("changed",)
print(e, e.args)
try:
    raise ValueError("x", 1)
except ValueError as err:
    a, b = err.args
    print(a, b)
msg = str(KeyError("quoted"))
print(msg, len(msg))
print(str(KeyError("")), repr(KeyError("")))
print(type(ValueError("v")).__name__, type(KeyError()).__name__)
ex = ValueError("same")
print(ex == ex, ValueError("same") == ValueError("same"))
print(isinstance(ex.args, tuple))
