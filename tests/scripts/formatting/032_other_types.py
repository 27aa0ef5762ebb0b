# bool formats as an int unless the spec is empty; None, containers and other objects accept only
# the empty spec (object.__format__).
for spec in ["", "d", "5", "<5", "x", "#b", ".2f", "e", "%", "c", "n", ",", "+", "05"]:
    print(repr(spec), repr(format(True, spec)), repr(format(False, spec)))
for v in [None, [1, 2], (1,), {"a": 1}, {1}, range(3), b"ab", 1..__class__, len, ...]:
    print(repr(format(v, "")), repr(f"{v}"), repr("{}".format(v)), repr(format(v)))
def show(v, spec):
    try:
        print(repr(format(v, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in [None, [1], (), {}, set(), b"x", range(2), len, int, NotImplemented, Ellipsis, object()]:
    show(v, "s")
show(True, "s")
show(False, "z")
show(None, " ")
format(None, ">10")
