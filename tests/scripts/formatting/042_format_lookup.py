# __format__ is looked up on the type (inherited, overridden, not taken from the instance).
class Base:
    def __format__(self, spec):
        return f"Base[{spec}]"
class Child(Base):
    pass
class Grandchild(Child):
    def __format__(self, spec):
        return "GC/" + super().__format__(spec.upper())
print(format(Child(), "x"), f"{Grandchild():abc}", "{:q}".format(Grandchild()))
class NoFormat:
    def __str__(self):
        return "nf"
obj = NoFormat()
obj.__format__ = lambda spec: "instance attribute"
print(format(obj), f"{obj}")
try:
    format(obj, "x")
except TypeError as e:
    print(e)
class Static:
    @staticmethod
    def __format__(spec):
        return "static:" + spec
class ClassM:
    @classmethod
    def __format__(cls, spec):
        return cls.__name__ + ":" + spec
print(format(Static(), "s"), f"{ClassM():c}")
class Later:
    pass
Later.__format__ = lambda self, spec: "patched " + spec
print(format(Later(), "in"), f"{Later():after}")
class Counter:
    n = 0
    def __format__(self, spec):
        Counter.n += 1
        return str(Counter.n)
c = Counter()
print(f"{c}{c}{c}", "{0}{0}{0}".format(c), "%s" % c if False else Counter.n)
