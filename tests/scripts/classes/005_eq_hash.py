class P:
    def __init__(self, x): self.x = x
    def __eq__(self, other):
        if not isinstance(other, P): return NotImplemented
        return self.x == other.x

a, b, c = P(1), P(1), P(2)
print(a == b, a == c, a != b, a != c, a == 1, 1 == a, a != "x")
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)

class H(P):
    def __hash__(self): return hash(self.x)
print(hash(H(3)) == hash(3), len({H(1), H(1), H(2)}))
d = {H(5): "five"}
print(d[H(5)])

class Ident: pass
i = Ident()
print(i == i, i == Ident(), i != Ident(), hash(i) == hash(i))
print(len({i, i, Ident()}))

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class StrHash:
    def __hash__(self): return "x"
try:
    hash(StrHash())
except TypeError as e:
    print("TypeError:", e)
class NeOnly:
    def __ne__(self, o): return "ne called"
print(NeOnly() != 1, NeOnly() == 1)
