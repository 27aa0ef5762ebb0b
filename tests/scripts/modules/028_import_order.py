# Import order: each module body runs once, at first import, in depth-first order.
import sys

print("main: start")
import shapes
print("main: shapes imported")
import shapes.solid
print("main: solid imported")
import shapes
import shapes.solid.cube
print("main: nothing new ran")
print([k for k in sys.modules if k.startswith("shapes")])
