# from package import *: __all__ may name submodules, which are then imported.
import sys

from starpkg import *
print(value, sub1.name, sub2.name)
print("hidden" in globals(), "sub3" in globals())
print(sorted(k for k in sys.modules if k.startswith("starpkg")))

import starpkg
print(hasattr(starpkg, "sub3"))
from starpkg import sub3
print(sub3.name, starpkg.sub3 is sub3)
