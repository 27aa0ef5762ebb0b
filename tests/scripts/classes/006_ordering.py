class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __repr__(self): return f"V{self.n}"

vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
print(V(1) < V(2), V(2) > V(1), V(2) >= V(2), V(3) <= V(1))
try:
    V(1) < 3
except AttributeError as e:
    print("AttributeError:", e)

class Only: pass
try:
    Only() < Only()
except TypeError as e:
    print("TypeError:", e)
try:
    Only() >= 1
except TypeError as e:
    print("TypeError:", e)

class Rev:
    def __gt__(self, o):
        return "Rev.__gt__"
print(1 < Rev(), Rev() > 1)

class Base:
    def __eq__(self, o): return "base"
class Derived(Base):
    def __eq__(self, o): return "derived"
print(Base() == Derived(), Derived() == Base())
