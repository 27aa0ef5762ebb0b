"""A package: submodules, relative imports, and names re-exported from them."""
print("shapes: __init__ starts, __name__ =", __name__, "__package__ =", __package__)
from .base import Shape, describe
from . import circle

VERSION = (1, 2)
print("shapes: __init__ ends")
