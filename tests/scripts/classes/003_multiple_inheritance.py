class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
class O: pass
class P(O): pass
class Q(O): pass
class R(P, Q): pass
class S(Q, P): pass
print([k.__name__ for k in R.__mro__], [k.__name__ for k in S.__mro__])
try:
    class T(R, S): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class U(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class V(A, A): pass
except TypeError as e:
    print("TypeError:", e)
