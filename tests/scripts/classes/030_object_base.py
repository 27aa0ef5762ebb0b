class A(object):
    pass
a = A()
print(type(a).__name__, A.__bases__, isinstance(a, object), issubclass(A, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, object.__mro__)
print(A.__doc__, A.__module__, type(A.__dict__).__name__ in ("dict", "mappingproxy"))
print(hasattr(a, "__dict__"), hasattr(o, "__dict__"))
print(a.__class__.__name__, A.__class__.__name__)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(a, (int, (str, A))))
print(type(a) == A, type(a) != object, A == A, hash(A) == hash(A))
print(str(A).startswith("<class '__main__.A'>"), repr(int))
print(A.__subclasses__() == [], object.__subclasses__ is not None)
class B(A): pass
class C(A): pass
print([k.__name__ for k in A.__subclasses__()])
