print("circ.second: start")
from . import first

SECOND = "second"
print("circ.second: first has FIRST yet?", hasattr(first, "FIRST"))
print("circ.second: end")
