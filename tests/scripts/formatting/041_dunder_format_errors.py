# What __format__ may return and what object.__format__ accepts.
class Bad:
    def __init__(self, result):
        self.result = result
    def __format__(self, spec):
        return self.result
class Plain:
    def __str__(self):
        return "plain"
def show(fn):
    try:
        r = fn()
        print(type(r).__name__, repr(r))
    except TypeError as e:
        print("TypeError", e)
show(lambda: format(Bad(1)))
show(lambda: format(Bad(None), "x"))
show(lambda: f"{Bad(b'x')}")
show(lambda: "{}".format(Bad([])))
show(lambda: format(Plain()))
show(lambda: format(Plain(), ""))
show(lambda: f"{Plain()}")
show(lambda: format(Plain(), "s"))
show(lambda: f"{Plain():>5}")
show(lambda: "{:x}".format(Plain()))
show(lambda: object.__format__(Plain(), ""))
show(lambda: object.__format__(Plain(), "x"))
show(lambda: format(1, 2))
show(lambda: format(1, None))
show(lambda: format())
show(lambda: format(1, "", 3))
show(lambda: format(1, format_spec=""))
f"{Bad(3.5):x}"
