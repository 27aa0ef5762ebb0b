class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr, Host.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class Const:
    def __get__(self, obj, objtype): return 42
    def __set__(self, obj, v): raise AttributeError("read-only")
class C2:
    x = Const()
c = C2()
c.__dict__["x"] = 1
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class Del:
    def __get__(self, o, t): return "d"
    def __delete__(self, o): print("deleted via descriptor")
class C3:
    d = Del()
del C3().d
