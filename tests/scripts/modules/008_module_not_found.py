# ModuleNotFoundError: its message, its name attribute, and its place in the hierarchy.
import sys

for stmt in [
    "import no_such_module",
    "import no_such_pkg.sub",
    "import shapes.no_such_sub",
    "import shapes.base.deeper",
    "from no_such_module import x",
    "import sys.path_thing",
    "from shapes.no_such import x",
]:
    try:
        exec(stmt)
    except ModuleNotFoundError as e:
        print(stmt, "->", e, "| name:", e.name)

print(issubclass(ModuleNotFoundError, ImportError))
try:
    import also_missing
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.args)

print("no_such_module" in sys.modules, "shapes.no_such_sub" in sys.modules)
import this_module_is_missing
print("not reached")
