class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
class B(A):
    def f(self): return "B.f>" + super(B, self).f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
class C(B):
    def f(self): return "C.f>" + super().f()
    def skip(self): return super(B, self).f()
print(C().f(), C().skip(), C.c(), B.c())
s = super(B, C())
print(s.f(), type(s).__name__)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
class D(A):
    def f(self):
        return super().nope
try:
    D().f()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
class E:
    def __init__(self, x):
        super().__init__()
        self.x = x
class F(E):
    def __init__(self):
        super().__init__(5)
print(F().x)
class G:
    def __init__(self):
        super().__init__(1)
try:
    G()
except TypeError as e:
    print("TypeError:", e)
def outside(self):
    return __class__
class H:
    def m(self):
        return __class__
print(H().m() is H)
