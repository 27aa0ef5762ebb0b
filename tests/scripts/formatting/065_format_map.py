# str.format_map: names looked up in any mapping, without copying it.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} has {n} {thing}".format_map(Default(name="Ada", n=3)))
print("{a[x]} {a[0]}".format_map({"a": {"x": 1, 0: 2}}))
class Squares:
    def __getitem__(self, key):
        return len(key) ** 2
print("{a} {abc} {hello:>5}".format_map(Squares()))
print("{x:{w}}|".format_map({"x": 1, "w": 4}), "{{}}".format_map({}), "plain".format_map([]))
def show(fmt, m, *extra):
    try:
        print(repr(fmt.format_map(m, *extra)))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
show("{}", {})
show("{0}", {0: 1})
show("{:{}}", {})
show("{a}", {})
show("{a}", 1)
show("{a}", [1])
show("x", {}, {})
show("{a.real}", {"a": 5})
try:
    "x".format_map()
except TypeError as e:
    print(e)
try:
    "x".format_map(m={})
except TypeError as e:
    print(e)
"{missing}".format_map({"present": 1})
