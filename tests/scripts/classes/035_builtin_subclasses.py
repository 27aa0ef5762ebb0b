class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], repr(s))
print(Stack.__mro__, sorted(Stack([3, 1, 2])), s == [1, 2, 3])
class Defaulting(dict):
    def __missing__(self, k): return k * 2
d = Defaulting(a=1)
print(d["a"], d["zz"], d, type(d).__name__, isinstance(d, dict))
class Tally(dict):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
print(Tally("abca"), len(Tally("xyz")))
class Tags(set): pass
print(sorted(Tags([1, 2]) | {3}), type(Tags([1])).__name__)
class Pair(tuple):
    def first(self): return self[0]
p = Pair((1, 2))
print(p, p.first(), type(p).__name__, p == (1, 2))
class Loud(list):
    def __repr__(self): return "Loud" + super().__repr__()
    def __len__(self): return 99
print(Loud([1]), len(Loud([1, 2])))
class Fresh(list):
    def __new__(cls, *args):
        print("new", cls.__name__)
        return super().__new__(cls)
f = Fresh([5, 6])
print(f, type(f).__name__)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
class MyError(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(repr(MyError("x")))
