# The order in which str.format reports problems: fields are processed left to right, the value
# is fetched before the conversion is checked, the conversion before the spec is expanded.
log = []
class Loud:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        log.append(self.name + ":" + spec)
        return self.name
def show(fmt, *a, **k):
    log.clear()
    try:
        print(repr(fmt.format(*a, **k)), log)
    except (KeyError, ValueError, IndexError) as e:
        print(type(e).__name__, e, log)
show("{0}{1}{", Loud("a"), Loud("b"))
show("{0}}", Loud("a"))
show("{0}{missing!x}", Loud("a"))
show("{0!x:{missing}}", Loud("a"))
show("{0:{1}}{2}", Loud("a"), "w", Loud("c"))
show("{0}{1:{0}}", Loud("a"), Loud("b"))
show("{}{:{}}{}", Loud("a"), Loud("b"), "s", Loud("d"))
show("{}{:{}}{}", Loud("a"), Loud("b"), "s")
show("{0[0]}{0[5]}", [Loud("a")])
