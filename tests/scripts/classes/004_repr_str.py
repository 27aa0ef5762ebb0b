class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

class Named(Point):
    def __str__(self):
        return f"<{self.x}, {self.y}>"

p = Point(1, "a")
print(p, repr(p), str(p), [p], (p,), {"k": p})
n = Named(2, 3)
print(n, repr(n), "%s %r" % (n, n), f"{n} {n!r}")
class Plain: pass
s = repr(Plain())
print(s.startswith("<__main__.Plain object at 0x"), s.endswith(">"))
print(str(Plain()) == repr(Plain()) or "differs")
class Bad:
    def __repr__(self): return 42
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Super(Point):
    def __repr__(self):
        return "Super:" + super().__repr__()
print(Super(5, 6))
class Obj:
    def __str__(self):
        return "S:" + object.__str__(self)[:3]
print(Obj())
