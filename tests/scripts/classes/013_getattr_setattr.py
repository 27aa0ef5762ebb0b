class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "xb"), hasattr(d, "nope"), getattr(d, "q", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a, l.__dict__)
del l.a
print(hasattr(l, "a"))
try:
    del l.zz
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return getattr(object.__getattribute__(self, "_t"), name)
p = Proxy([3, 1, 2])
print(p.secret, p.count(1), p.index(2))

class A: pass
a = A()
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "dyn", 7)
print(a.dyn, getattr(a, "dyn"), vars(a))
delattr(a, "dyn")
print(vars(a))
