class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x): return x in self.items

b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 5 in b, 5 not in b)
b[0] = 10
del b[1]
print(b.items, bool(b), bool(Bag()))
print(list(b), [x * 2 for x in b], sorted(b), max(b))
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)

class Squares:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())

class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[1]
except TypeError as e:
    print("TypeError:", e)
print(RO()["key"], RO()[1:2])
class Plain: pass
for stmt in ["Plain()[0]", "len(Plain())", "1 in Plain()", "Plain()[0] = 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)
