# %(name)s takes values from a mapping argument.
data = {"name": "Ada", "age": 36, "score": 97.5, "x": "q", "a(b)": "paren", "": "empty"}
print("%(name)s is %(age)d and scored %(score).1f%%" % data)
print("%(x)s %(x)r %(x)a %(x)5s|%(x)-5s|" % data, "%(a(b))s" % data, "%()s" % data)
print("%(age)05d %(age)x %(age)#o %(score)e" % data, "no fields" % data, "%s" % data == str(data))
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Lookup())
class Default(dict):
    def __missing__(self, key):
        return "?" + key
print("%(known)s %(unknown)s" % Default(known="k"))
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
show("%(missing)s", data)
show("%(name)s", ("Ada",))
show("%(name)s", "Ada")
show("%(name", data)
show("%(name)", data)
show("%(name)s %s", data)
show("%(name)s %(age)", data)
show("%(a(b)s", data)
show("%s %s", data)
show("%(name)y", data)
show("%(name)s", [1])
