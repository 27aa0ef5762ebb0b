# from package import name: a submodule that does not exist and plain-module errors.
import sys

HERE = sys.path[0]


def show(e):
    print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))


try:
    from errpkg import nothere
except ImportError as e:
    show(e)
    print(e.name, e.path.replace(HERE, "<here>"))
from errpkg import plain, existing
print(plain.value, existing)
try:
    from errpkg.plain import sub
except ImportError as e:
    show(e)
try:
    import errpkg.plain.sub
except ImportError as e:
    show(e)
    print(e.name)
try:
    from errpkg.plain.sub import x
except ImportError as e:
    show(e)
print(sorted(k for k in sys.modules if k.startswith("errpkg")))
import errpkg.plain.sub
