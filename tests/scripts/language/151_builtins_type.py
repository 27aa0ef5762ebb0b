# type, isinstance, issubclass, callable, id, hash
values = [1, 1.5, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), slice(1), len, print]
for v in values:
    print(type(v))
print(type(type(1)), type(int), type(type))
print(type(1) is int, type(True) is bool, type(True) is int, type("") == str)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("x", (list, tuple)), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(1, object), isinstance(None, object), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int))
print(issubclass(bool, (str, int)), issubclass(list, (str, tuple)), issubclass(type, object))
print(callable(len), callable(int), callable(lambda: 1), callable("x"), callable(None), callable([].append))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)))
print(hash(1) == hash(1.0), hash(1) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(2 ** 80) == hash(2 ** 80))
print(hash(42) == hash(42.0), hash(10 ** 5) == hash(100000.0), hash(True) == hash(1.0))
print(hash(1.5) == hash(1.5), hash(-0.0) == hash(0.0), hash(None) == hash(None))
print(type(hash("x")), type(hash(1.5)))
print(int.__name__, str.__name__, type(None).__name__, len.__name__, type(len).__name__)
print(type(print), type([].append), type("".join))
print(type({}.keys()), type({}.values()), type({}.items()))
print(type(enumerate([])), type(zip()), type(map(abs, [])), type(filter(None, [])))
print(type(1) == type(2), type(1) != type(1.0))
print(isinstance(1, int) and not isinstance(1, str))
