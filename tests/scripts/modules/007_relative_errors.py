# Relative imports that cannot work: in the __main__ script, and above the top-level package.
import sys

print(repr(__package__), __name__)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)

try:
    from .sibling import thing
except ImportError as e:
    print(type(e).__name__, e)

from shapes.solid import cube

try:
    cube.too_high()
except ImportError as e:
    print(type(e).__name__, e)

for name, globs, level in [
    ("x", {"__name__": "top"}, 1),
    ("x", {"__name__": "a.b"}, 3),
    ("x", {"__package__": "", "__name__": "a.b"}, 1),
]:
    try:
        __import__(name, globs, None, ["y"], level)
    except ImportError as e:
        print(type(e).__name__, e)

try:
    __import__("x", {"__package__": 5}, None, ["y"], 1)
except TypeError as e:
    print("TypeError", e)
try:
    __import__("x", {}, None, ["y"], 1)
except KeyError as e:
    print("KeyError", e)

from . import nothing_at_all
