# '*' takes the width or precision from the arguments; a negative width means left-aligned.
print("[%*d]" % (5, 42), "[%-*d]" % (5, 42), "[%*d]" % (-5, 42), "[%.*f]" % (2, 3.14159))
print("[%*.*f]" % (10, 3, 2.5), "[%-*.*s]" % (8, 2, "abcdef"), "[%.*s]" % (-3, "abc"), "[%*s]" % (True, "x"))
print("[%0*d]" % (6, -12), "[%+*d]" % (6, 7), "[%*%]" % () if False else "", "[%*s|%*s]" % (3, "a", -3, "b"))
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show("%*d", ("5", 1))
show("%.*f", (1.5, 1.0))
show("%*d", (5,))
show("%.*f", (2,))
show("%*d", 5)
show("%*.*f", (5, 1))
show("%(a)*d", {"a": 5})
