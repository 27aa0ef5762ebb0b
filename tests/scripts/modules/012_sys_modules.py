# sys.modules is the cache import consults first: deleting, replacing and blocking entries.
import sys

sys.path.insert(0, "support")

import counter
counter.bump()
print(counter.value)
import counter
print("cached:", counter.value)
del sys.modules["counter"]
import counter as fresh
print("fresh module:", fresh.value, fresh is counter)

sys.modules["fake_module"] = "a str stands in for a module"
import fake_module
print(fake_module)
from fake_module import upper
print(upper())

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

import replacer
print(replacer, replacer.answer, type(sys.modules["replacer"]).__name__)

try:
    import selfdelete
except KeyError as e:
    print("KeyError", e)
print("selfdelete" in sys.modules)

print(type(sys.modules).__name__, sys.modules["sys"] is sys, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
