# importlib.import_module and reload (gilt's come from its library folder, the end of sys.path).
import sys
import importlib

sys.path.insert(0, "support")
m = importlib.import_module("shapes.square")
print(m.__name__, m is sys.modules["shapes.square"])
print(importlib.import_module("greet").NAME)
print(importlib.import_module(".circle", "shapes").__name__)
print(importlib.import_module("..base", "shapes.solid").__name__)
print(importlib.import_module("..", "deep.inner").__name__)
for args in [(".x",), ("",), ("no_such_module_here",), ("...x", "a.b"), (".x", 5)]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)

import counter
counter.bump()
counter.extra = "kept"
again = importlib.reload(counter)
print(again is counter, counter.value, counter.extra)
print(importlib.reload(sys) is sys)
try:
    importlib.reload(5)
except TypeError as e:
    print(e)
del sys.modules["counter"]
try:
    importlib.reload(counter)
except ImportError as e:
    print(e, e.name)
print(importlib.invalidate_caches())
