# import m, import m as n, the module body running once, and sys.modules caching.
import sys

HERE = sys.path[0]
sys.path.insert(0, "support")

print("before import")
import greet
print("after import")
print(greet.NAME, greet.hello("world"), greet.calls())
print(greet.__name__, greet.__doc__)

import greet as g2
print("same module object:", g2 is greet)
print("body did not run again; calls:", g2.calls())

import greet, sys as system
print(system is sys, "greet" in sys.modules, sys.modules["greet"] is greet)


def import_in_function():
    import greet
    return greet


print("function import is cached:", import_in_function() is greet)
print("local binding only:", "import_in_function" in dir(), "greet" in globals())

# The module's attributes are its globals; changes show through every binding.
greet.NAME = "changed"
print(g2.NAME)
g2.new_attr = [1, 2]
print(greet.new_attr)
del greet.new_attr
print(hasattr(greet, "new_attr"))
print(__name__)
