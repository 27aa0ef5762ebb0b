class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
def f():
    with Resource("ret"):
        return "returned"
print(f())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        break

class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
class Nothing: pass
try:
    with Nothing():
        pass
except TypeError as e:
    print("TypeError:", e)
