class NoInit: pass
class WithInit:
    def __init__(self, a, b=2): self.s = a + b
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.args = args
        return inst
class Both(WithNew):
    def __init__(self, *args):
        print("init", args)

print(WithInit(1).s, WithInit(1, b=5).s)
w = WithNew(1, 2)
print(w.args, type(w).__name__)
Both(3)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
tests = [
    "NoInit(1)", "NoInit(a=1)", "WithInit()", "WithInit(1, 2, 3)", "WithInit(1, c=3)",
    "WithInit(1, 2, b=3)", "object(1)", "object.__init__(NoInit(), 1)", "object.__new__(NoInit, 1)",
    "object.__new__(1)",
]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print("TypeError:", e)
class RetInit:
    def __init__(self): return 5
try:
    RetInit()
except TypeError as e:
    print("TypeError:", e)
class A:
    def m(self): pass
try:
    A().m(1)
except TypeError as e:
    print("TypeError:", e)
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
