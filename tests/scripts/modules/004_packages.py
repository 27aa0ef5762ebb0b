# Packages: __init__.py, submodules, `import pkg.sub`, `from pkg import sub`, __path__.
import sys

HERE = sys.path[0]


def rel(path):
    return path.replace(HERE, "<here>")


import shapes
print(shapes.VERSION, shapes.Shape.__name__)
print(rel(shapes.__file__), [rel(p) for p in shapes.__path__])
print(shapes.__name__, repr(shapes.__package__))
print(shapes.base.__name__, repr(shapes.base.__package__), rel(shapes.base.__file__))
print("base" in dir(shapes), "circle" in dir(shapes))
print(hasattr(shapes.base, "__path__"), hasattr(shapes, "__path__"))

print("square loaded?", "shapes.square" in sys.modules)
import shapes.square
print("square loaded?", "shapes.square" in sys.modules, shapes.square.side_area(3))

import shapes.square as sq
print(sq is shapes.square, sq.Square(2).area())

from shapes import circle, square
print(circle.Circle(2).area(), square is sq)
print(shapes.describe(circle.Circle(1)))
print(shapes.describe(sq.Square(5)))
print(sorted(k for k in sys.modules if k.startswith("shapes")))
