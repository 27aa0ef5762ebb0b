class Temp:
    def __init__(self, c): self._c = c
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.celsius.fget.__name__)
print(isinstance(Temp.__dict__["fahrenheit"], property))

class Old:
    def get(self): return "got"
    def set(self, v): print("set", v)
    x = property(get, set, None, "doc x")
o = Old()
print(o.x, Old.x.__doc__)
o.x = 3
class NoGet:
    y = property(None, lambda self, v: None)
try:
    NoGet().y
except AttributeError as e:
    print("AttributeError:", e)
# a property wins over the instance dict
o.__dict__["x"] = "shadow"
print(o.x)
