class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
add = Adder(3)
print(add(4), add(1, scale=10), callable(add), callable(Adder), callable(Adder(1).n))
print(list(map(Adder(10), [1, 2, 3])))
try:
    add()
except TypeError as e:
    print("TypeError:", e)

class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Truthy(True)), bool(Truthy(False)), not Truthy(False))
print("yes" if Truthy(True) else "no", Truthy(False) or "fallback", Truthy(True) and "both")
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class Plain: pass
print(bool(Plain()))
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool(): pass
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
