# Classes and exceptions defined in a module: __module__, isinstance across imports, except.
import sys

sys.path.insert(0, "support")
import errors_mod
from errors_mod import AppError, NotFound, lookup

print(AppError.__module__, NotFound.__name__, NotFound.__qualname__)
try:
    lookup({"a": 1}, "b")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, errors_mod.NotFound))
print(lookup({"a": 1}, "a"))

import shapes
from shapes.circle import Circle
c = Circle(3)
print(type(c).__module__, isinstance(c, shapes.Shape), c.area())
print(repr(Circle).replace("'", '"'))
try:
    errors_mod.fail_deep(3)
except errors_mod.AppError as e:
    print("caught", e)
errors_mod.lookup({}, "missing key")
