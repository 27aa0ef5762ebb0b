class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"

p = Pizza.margherita()
print(p.toppings, Pizza.area(2), p.area(1), Pizza.how_many(), p.how_many())
class Calzone(Pizza): pass
c = Calzone.margherita()
print(type(c).__name__, Calzone.how_many())
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(Pizza.__dict__["area"].__func__ is Pizza.area)
sm = staticmethod(len)
print(sm("abc"), repr(sm).startswith("<staticmethod(<built-in function len>)"))
f = Pizza.margherita
print(f.__self__ is Pizza, f.__func__.__name__)
class Factory:
    @classmethod
    def make(cls, *args, **kw): return (cls.__name__, args, kw)
print(Factory.make(1, k=2), Factory().make())
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
