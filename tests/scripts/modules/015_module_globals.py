# A module's functions use that module's globals, whoever calls them.
import sys

sys.path.insert(0, "support")
import globs
from globs import get_x, set_x

x = "main x"
print(get_x(), x)
set_x("set through function")
print(globs.x, get_x(), x)
globs.x = "set from outside"
print(get_x())
print(globs.add("a"), globs.add("b"), globs.items)
items = ["main"]
print(globs.items, items)
print(get_x.__module__, get_x.__globals__ is vars(globs))
print(globals() is sys.modules["__main__"].__dict__)
