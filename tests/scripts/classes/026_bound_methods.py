class K:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, n): return self.v + n
k = K(5)
m = k.get
print(m(), m.__self__ is k, m.__func__ is K.get, m.__name__, K.get(k), K.add(k, 1))
print(repr(m).startswith("<bound method K.get of <__main__.K object"))
print(k.get == k.get, k.get == K(5).get, k.get is k.get)
fs = [K(i).add for i in range(3)]
print([f(10) for f in fs])
k.get = lambda: "instance attr wins"
print(k.get())
del k.get
print(k.get())
print(list(map(K.get, [K(1), K(2)])))
class Outer:
    class Inner:
        def f(self): return "inner"
    def g(self): return self.Inner().f()
print(Outer().g(), Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner).endswith("Outer.Inner'>"), Outer.Inner)
def free(self): return self.v * 2
K.double = free
print(k.double(), K.double.__qualname__)
