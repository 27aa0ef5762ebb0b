# Spec errors for ints: each ends in CPython's ValueError text.
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in [".2", ".0d", "z", "zd", "z,", "s", "a", "q", "r", "!", ",b", ",o", ",x", ",X", ",c",
             ",n", "_n", "_s", ",_", "_,", "dd", "10dd", "é", "日", ",é", "\x00", ",\x1f", "5 ",
             "<<", ">>5", "==5d", "#z", "z#", "+-", "0-", ".", "10.", ".x", "99999999999999999999",
             ".99999999999999999999", "-z", "+z5"]:
    show(1234, spec)
    show(True, spec)
format(5, "Z")
