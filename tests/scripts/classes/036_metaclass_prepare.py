class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.keys = [k for k in ns if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("init", name)
class Model(metaclass=Ordered, flavor="x"):
    b = 1
    a = 2
    def method(self): pass
print(Model.keys, Model.injected, type(Model).__name__)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
class Base(metaclass=Registry): pass
class One(Base): pass
class Two(Base): pass
print(Registry.classes, type(Two) is Registry)
print(Registry.__mro__, isinstance(One, type), issubclass(Registry, type))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
