# unpacking errors and their exact messages
cases = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = (1,)",
    "a, b = 'abc'",
    "a, b = 5",
    "a, b = None",
    "a, *b, c = [1]",
    "a, b, *c = (1,)",
    "*a, b, c, d = 'xy'",
    "a, b = iter([1, 2, 3])",
    "a, b = (x for x in range(5))",
    "a, b = (x for x in range(1))",
    "a, b, c = {'k': 1}",
    "(a, b), c = 1, 2",
    "for a, b in [(1, 2), (3,)]: pass",
    "for a, b in [1]: pass",
    "[a, b] = {1: 1, 2: 2, 3: 3}",
    "a, *b = 3.5",
]
for src in cases:
    try:
        exec(src)
        print("no error:", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# errors while iterating propagate
def broken():
    yield 1
    raise KeyError("mid-unpack")
try:
    a, b = broken()
except KeyError as e:
    print("KeyError:", e)

# star-arguments that are not iterable
def f(*args, **kwargs):
    return args, kwargs
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    print(*1)
except TypeError as e:
    print("TypeError:", e)
