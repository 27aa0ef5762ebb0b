# dict keys: equal numbers collide, tuples, frozensets, hashability
d = {1: "a", 1.0: "b", True: "c"}
print(d, len(d))
d = {0: "zero", False: "false", 0.0: "float", -0.0: "neg"}
print(d)
k = {}
k[(1, 2)] = "tuple"
k[frozenset([1, 2])] = "frozenset"
k["(1, 2)"] = "str"
k[2 ** 70] = "big"
k[1.5] = "float"
print(k)
print(k[(1, 2)], k[frozenset([2, 1])], k[2 ** 70], k[1.5])
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2 ** 70))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1) == hash(-1.0), hash(10 ** 20) == hash(1e20))
print(hash(0.5) == hash(0.5), hash("") == hash(""))
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
m = {}
for i in range(100):
    m[i * 7 % 100] = i
print(len(m), m[0], m[7], m[49], list(m)[:10])
for i in range(0, 100, 2):
    del m[i]
print(len(m), list(m)[:10])
for i in range(0, 100, 4):
    m[i] = -i
print(len(m), list(m)[-5:])
s = {}
for w in ["pear", "apple", "fig", "apple", "kiwi", "pear"]:
    s[w] = len(w)
print(s, list(s))
print({"a": 1}.get("a"), {(): 1}[()], {None: 0}[None])
words = {}
words["x"] = 1
words["y"] = 2
del words["x"]
words["x"] = 3
print(words)
