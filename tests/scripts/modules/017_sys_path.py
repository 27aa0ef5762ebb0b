# sys.path: the script's folder first; entries a program adds, relative ones included.
import sys

HERE = sys.path[0]
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(__file__.replace(HERE, "<here>"), HERE.endswith("/modules"), HERE.startswith("/"))
print(sys.path.count(HERE))

try:
    import greet
except ModuleNotFoundError as e:
    print(e)

sys.path.append("support")
import greet
print(greet.__file__.replace(HERE, "<here>"))
sys.path.remove("support")
import greet as again
print(again is greet)

# Entries that are not str, or name no folder, are skipped.
sys.path.insert(0, 42)
sys.path.insert(0, "no/such/folder")
sys.path.insert(0, "support/")
import mathish
print(mathish.__file__.replace(HERE, "<here>"))
del sys.path[:3]

# An import finds what is there when it runs.
saved = sys.path[:]
sys.path[:] = []
try:
    import noall
except ImportError as e:
    print(type(e).__name__, e)
sys.path[:] = saved + ["support"]
import noall
print(noall.alpha)
import starpkg
print(starpkg.value)
