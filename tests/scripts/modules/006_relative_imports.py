# Relative imports inside packages: from . import x, from .mod import y, from .. import z.
import sys

import shapes.solid
from shapes.solid import cube

print(shapes.solid.cylinder_volume(2, 10))
print(shapes.solid.base is shapes.base)
print(shapes.solid.circle_area(1), cube.volume(3), cube.shapes_version)
print(cube.__package__, cube.__name__)
print(cube.from_parent_package() is shapes.circle)
print(sorted(k for k in sys.modules if k.startswith("shapes")))

# __import__ with a level resolves against the globals it is given.
pkg_globals = {"__name__": "shapes.solid.cube", "__package__": "shapes.solid"}
m = __import__("cube", pkg_globals, None, ["volume"], 1)
print(m is cube)
m = __import__("", pkg_globals, None, ["base"], 2)
print(m is shapes)
m = __import__("square", {"__name__": "shapes.anything"}, None, ["x"], 1)
print(m.__name__)
# A package's own __name__ is its package when __path__ is set.
m = __import__("base", {"__name__": "shapes", "__path__": []}, None, ["x"], 1)
print(m.__name__)
