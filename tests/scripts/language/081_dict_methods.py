# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.pop("b"), d, d.pop("z", "default"), d)
d["d"] = 4
d["e"] = 5
print(d.popitem(), d.popitem(), d)
print(d.setdefault("a", 100), d.setdefault("x", []), d)
d.setdefault("x", []).append(1)
d.setdefault("y", []).append(2)
print(d)
d.update({"a": -1, "new": 0})
print(d)
d.update([("p", 1), ("q", 2)])
print(d)
d.update(k1="v1", a="kw")
print(d)
d.update({"z": 26}, zz=27)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"m": 1}, n=2), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
print(dict([(1, 2), [3, 4], "ab"]))
g = {"one": 1, "two": 2, "three": 3}
ks = g.keys()
vs = g.values()
its = g.items()
g["four"] = 4
print(ks, vs, its, len(ks))
print("one" in ks, 4 in vs, ("two", 2) in its, ("two", 3) in its)
print(sorted(g), sorted(g.values()), sorted(g.items()))
print(list(reversed(g)), list(reversed(g.values())))
print(g | {"five": 5}, {"a": 1} | {"a": 2})
h = {"x": 1}
h |= {"y": 2}
print(h)
inv = {}
for k, v in g.items():
    inv[v] = k
print(inv)
total = 0
for v in g.values():
    total += v
print(total)
print(max(g, key=g.get), min(g, key=lambda k: g[k]))
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    g.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del g["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
