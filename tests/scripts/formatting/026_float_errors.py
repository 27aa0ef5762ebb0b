# Spec errors for floats.
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ["d", "x", "b", "c", "o", "s", "X", "r", "a", ",n", "_n", ",_", ".", ".f", "10.x",
             ".2147483648f", "é", ".2ff", "#d", "z5d", "=s", ",c"]:
    show(1.5, spec)
show(1.0, ".2147483647f" if False else ".5f")
format(2.5, "d")
