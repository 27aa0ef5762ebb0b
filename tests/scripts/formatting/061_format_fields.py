# Attribute and index access inside replacement fields.
class C:
    def __init__(self):
        self.items = [10, 20, 30]
        self.inner = self
        self.d = {"k": "v", 1: "int key", "1": "str key"}
c = C()
print("{0.items} {0.items[1]} {0.inner.inner.items[2]} {0.d[k]}".format(c))
print("{0.d[1]} {c.d[1]}".format(c, c=c))
print("{a[0]} {a[-1]}".format(a={0: "int zero", "-1": "string minus one"}))
print("{[0]} {[1]}".format("ab", "cd"), "{0[0][1]}".format([[1, 2]]))
print("{0.real} {0.imag} {1.__class__.__name__}".format(5, "s"))
print("{x[a b]}".format(x={"a b": 1}), "{x[.]}".format(x={".": "dot"}), "{x[:]}".format(x={":": "colon"}))
print("{0[1]:>5}|{0[0]!r:<6}|".format(["a", "b"]), "{p.items[0]:08.3f}".format(p=c))
def show(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
show("{0.missing}", c)
show("{0.items[5]}", c)
show("{0.d[nokey]}", c)
show("{0[0]}", 5)
show("{0[x]}", [1])
show("{0.}", c)
show("{0[]}", c)
show("{0[0]x}", [[1]])
show("{0..real}", 1)
show("{0[0}", [1])
show("{.real}", 3)
show("{[0]}", [9])
show("{0.__class__.__name__.upper.__name__}", 1)
