# format(), f-strings and str.format all call type(x).__format__ with the spec text.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if not spec:
            return f"({self.x}, {self.y})"
        if spec.endswith("p"):
            return "<" + ", ".join(format(c, spec[:-1]) for c in (self.x, self.y)) + ">"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
p = Point(1.25, -3)
print(format(p), format(p, ".1f"), format(p, "+.2fp"), format(p, ">6"))
print(f"{p}", f"{p:.3e}", f"{p!r}", f"{p!r:>20}", f"{p!s}")
print("{}".format(p), "{0:.0f}".format(p), "{pt:^7}".format(pt=p), "{0!r:.9}".format(p))
calls = []
class Spy:
    def __format__(self, spec):
        calls.append(spec)
        return "spy"
s = Spy()
f"{s}{s:}{s:abc}{s:{'x' * 2}}{s!s:5}"
"{}{:}{:q}{:{}}".format(s, s, s, s, "w")
format(s)
format(s, "z")
print(calls)
class Sub(Point):
    pass
print(format(Sub(1, 2), "03d"), f"{Sub(0.5, 0.25):.1%}")
class Override:
    def __format__(self, spec):
        return "override:" + spec
print(format(Override(), "x"), f"{Override():{1}{2}}")
class Delegate:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return self.v.__format__(spec)
print(format(Delegate(3.14159), ".2f"), f"{Delegate('abc'):>5}", f"{Delegate(255):#x}")
