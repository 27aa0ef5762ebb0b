# Big ints through every integer presentation type, with padding and grouping.
big = 3**100
neg = -(7**60)
for spec in ["", "d", ",", "_", "x", "X", "#x", "o", "#o", "b", "_b", "+", " ", "120", "<120",
             "^121", "0130,", "e", ".3e", "g", ".20g", "%", ".2%", "f"]:
    print(repr(spec), format(big, spec))
    print(repr(spec), format(neg, spec))
print(format(2**1000, ".5e"), format(-(2**1000), "G"))
try:
    format(2**1100, "f")
except OverflowError as e:
    print("OverflowError", e)
format(10**400, "e")
