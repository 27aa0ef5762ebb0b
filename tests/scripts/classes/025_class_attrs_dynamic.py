class A:
    x = 1
    def show(self): return "A.show"
a = A()
A.y = 2
A.show2 = lambda self: "added " + self.show()
print(a.x, a.y, a.show2())
def repr_fn(self): return "<A instance>"
A.__repr__ = repr_fn
print(a, [a])
class B(A): pass
print(B())
A.__eq__ = lambda self, o: True
print(a == 5, B() == "x")
A.__len__ = lambda self: 7
print(len(a), len(B()))
A.__add__ = lambda self, o: ("add", o)
print(a + 1, B() + 2)
del A.__repr__
print(repr(a).startswith("<__main__.A object"))
del A.show2
try:
    a.show2()
except AttributeError as e:
    print("AttributeError:", e)
A.x = 10
print(a.x, B.x, B().x)
B.x = 20
print(a.x, B.x)
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
try:
    A.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
