print("circ: start")
from . import first
print("circ: end")
