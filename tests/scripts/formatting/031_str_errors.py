# Spec errors for str, in the order CPython checks them.
def show(spec):
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ["d", "x", "f", "%", "c", "+", "-", " ", "+s", " s", "z", "zs", "#", "#s", "=", "=10",
             "0=5", ",", ",s", "_", "_s", "+#", "é", "ss", ".s", "5.", "n", "r", "z#s", "-=s"]:
    show(spec)
format("abc", "=5")
