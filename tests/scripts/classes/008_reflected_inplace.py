class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __radd__(self, o): return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rtruediv__(self, o): return M(o / self.v)
    def __rpow__(self, o): return M(o ** self.v)
print(1 + M(2), 10 - M(3), 1 / M(4), 2 ** M(3))
print(sum([M(1)], 0), sum([M(1)], 5))

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items, a + 3)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o): return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())

class L:
    def __init__(self): self.v = []
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "fallback sub"
z = L()
z -= 1
print(z)
class Q: pass
q = Q()
try:
    q += 1
except TypeError as e:
    print("TypeError:", e)
try:
    q **= 2
except TypeError as e:
    print("TypeError:", e)
