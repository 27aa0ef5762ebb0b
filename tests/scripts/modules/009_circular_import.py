# Circular imports: the partially initialised module in sys.modules, and the errors it gives.
import sys

HERE = sys.path[0]
sys.path.insert(0, "support")

import circ_a
print(circ_a.use_b(), circ_a.circ_b.circ_a is circ_a)

try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, "<here>"))
    print(e.name, e.path.replace(HERE, "<here>"))
print("circ_c" in sys.modules, "circ_d" in sys.modules)

import circ
print(circ.first.get_second(), circ.first.second.first is circ.first)
print(sorted(k for k in sys.modules if k.startswith("circ")))
