Point = type("Point", (), {"x": 0, "show": lambda self: f"P({self.x})"})
p = Point()
p.x = 4
print(p.show(), Point.__name__, Point.__bases__, type(Point))
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().show(), Sub.y, Sub.__mro__)
print(type(1), type("a"), type(None), type(Point), type(type))
for args in [("T", (), {}, 1), ("T", 1, {}), (1, (), {}), ("T", (), 1), ("T", (bool,), {}), ("T", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def describe(cls):
        return "class " + cls.__name__
class Tagged(metaclass=Meta):
    pass
class Child(Tagged): pass
print(Tagged.tag, Child.tag, type(Tagged).__name__, type(Child) is Meta, Tagged.describe())
print(isinstance(Tagged, Meta), isinstance(Tagged, type))
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class Made(metaclass=Counting):
    def __init__(self, v): self.v = v
print(Made(3).v, Made(4).v, Counting.count)
