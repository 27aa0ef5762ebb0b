# dict basics: insertion order, access, update in place, deletion
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"])
d["d"] = 4
d["b"] = 10
print(d)
del d["a"]
print(d)
d["a"] = 20
print(d)
print("a" in d, "z" in d, "z" not in d, 10 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print({}, dict(), {1: {2: {3: {}}}}, {"k": [1, 2], "t": (1,)})
e = {1: "one", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str", -3: "neg"}
print(e)
print(e[1], e[2.5], e[(1, 2)], e[None], e["s"], e[-3])
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v)
print(len({}), len({1: 1, 2: 2}))
print({"x": 1} == {"x": 1}, {"x": 1, "y": 2} == {"y": 2, "x": 1}, {"x": 1} != {"x": 2})
print({1: "a"} == {1.0: "a"}, {} == {})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
print(sorted(squares.items(), key=lambda kv: -kv[1]))
keys = list(squares.keys())
for k in keys:
    if k % 2:
        del squares[k]
print(squares)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
nested["outer"]["new"] = 5
print(nested)
dd = {}
dd[1] = "int"
dd[1.0] = "float"
dd[True] = "bool"
print(dd, len(dd))
print(type({}), isinstance({}, dict))
print(str({"a": "b"}), repr({1: "x'y"}))
r = {}
r["self"] = r
print(r)
