print("circ_b: start")
import circ_a

B_VALUE = "b"
try:
    circ_a.A_VALUE
except AttributeError as e:
    print("circ_b:", e)
print("circ_b: has circ_a.use_b?", hasattr(circ_a, "use_b"))
print("circ_b: end")
