# A module whose body raises: the error reaches the importer, the module leaves sys.modules,
# and the next import runs the body again.
import sys

sys.path.insert(0, "support")

for attempt in range(2):
    try:
        import boom
    except ValueError as e:
        print("attempt", attempt, "->", e)
    print("boom" in sys.modules, "boom" in globals())

try:
    import errpkg.failing
except RuntimeError as e:
    print("RuntimeError:", e)
print("errpkg" in sys.modules, "errpkg.failing" in sys.modules, hasattr(sys.modules["errpkg"], "failing"))

try:
    import errpkg.uses_missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print("errpkg.uses_missing" in sys.modules)
import boom
