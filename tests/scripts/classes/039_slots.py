class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__)
for s in ["p.y", "p.z = 1", "p.__dict__", "del p.y", "P.__slots__", "hasattr(p, 'y')"]:
    try: print(eval(s) if "=" not in s and not s.startswith("del") else exec(s))
    except AttributeError as e: print("AttributeError:", e)
class Q(P): pass
q = Q(2); q.z = 3; print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1); r.w = 2; print(r.w)
try: r.v = 1
except AttributeError as e: print("AttributeError:", e)
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(s.only)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
