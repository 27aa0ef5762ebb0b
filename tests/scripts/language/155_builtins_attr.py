# getattr, setattr, hasattr on built-in objects and functions
print(hasattr("abc", "upper"), hasattr("abc", "nope"), hasattr([], "append"), hasattr(5, "bit_length"))
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1), getattr(5, "real"))
print(getattr("abc", "missing", "default"), getattr(1, "nope", None))
up = getattr("text", "upper")
print(up(), callable(up))
m = [].append
print(callable(m))
def f():
    return 1
setattr(f, "tag", "tagged")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"), hasattr(f, "other"))
f.count = 0
f.count += 1
print(f.count)
print(getattr(f, "__name__"), f.__name__)
try:
    getattr("abc", "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(5, 6)
except TypeError as e:
    print("TypeError:", e)
methods = ["upper", "lower", "title"]
for name in methods:
    print(name, getattr("hello WORLD", name)())
d = {"x": 1}
print(getattr(d, "get")("x"), getattr(d, "keys")())
