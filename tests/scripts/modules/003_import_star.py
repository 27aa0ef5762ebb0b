# from m import *: __all__ when the module has one, else every name without a leading '_'.
import sys

sys.path.insert(0, "support")

from mathish import *
print(double(5), PI_ISH)
print("triple" in globals(), "secret" in globals())

from noall import *
print(alpha, beta, public())
print("_gamma" in globals(), "__delta" in globals(), "_private" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))

try:
    from badall import *
except TypeError as e:
    print("TypeError:", e)

try:
    from missingall import *
except AttributeError as e:
    print("AttributeError:", e)
print("here was bound before the error:", here)

# Star import from a built-in module.
from sys import *
print(maxsize == 2**63 - 1, platform)
