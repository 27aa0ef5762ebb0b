registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
class C(A, name="gamma"): pass
print(registry)
try:
    class D(x=1): pass
except TypeError as e:
    print("TypeError:", e)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class E: pass
print(E.decorated)
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
class F:
    @count_calls
    def m(self, x): return x * 2
f = F()
print(f.m(2), f.m(3), F.m.calls)
