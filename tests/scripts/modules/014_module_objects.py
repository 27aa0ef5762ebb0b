# Module objects: repr, type, __dict__, dir(), attribute errors, module-level __getattr__.
import sys

HERE = sys.path[0]
sys.path.insert(0, "support")
import greet
import modgetattr
import shapes

print(repr(greet).replace(HERE, "<here>"))
print(repr(shapes).replace(HERE, "<here>"))
print(sys)
print(type(greet).__name__, type(greet) is type(sys))
print(greet.__dict__ is vars(greet), greet.__dict__["NAME"])
print([n for n in dir(greet) if not n.startswith("__")])
print([n for n in dir(greet) if n.startswith("__")])
print(sorted(shapes.__dict__.keys() - greet.__dict__.keys()))

try:
    greet.nothing
except AttributeError as e:
    print(e)
print(getattr(greet, "nothing", "default"), hasattr(greet, "hello"))

print(modgetattr.known, modgetattr.dyn_value)
try:
    modgetattr.other
except AttributeError as e:
    print(e)

ModuleType = type(sys)
m = ModuleType("made")
print(m, m.__name__, m.__doc__)
m.x = 1
print(m.x, sorted(vars(m)))
m2 = ModuleType("documented", "the doc")
print(m2.__doc__)
try:
    ModuleType(5)
except TypeError as e:
    print(e)
greet.hello
sys.no_attribute_here
