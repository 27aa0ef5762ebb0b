# dict views are live; set-like operations on keys and items (int keys)
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d[4] = "d"
del d[1]
print(k, v, it, len(k), len(v), len(it))
print(2 in k, "b" in v, (2, "b") in it, (2, "x") in it)
print(sorted(k & {2, 3, 99}), sorted(k | {10}), sorted(k - {2}), sorted(k ^ {2, 5}))
print(k == {2, 3, 4}, k == [2, 3, 4])
print(list(it), list(reversed(k)))
for key, value in d.items():
    print(key, value)
total = 0
for key in d.keys():
    total += key
print(total)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
x = {"z": 0, "a": 1}
print(list(x.keys()), sorted(x.keys()), list(x.values()))
print(isinstance(d.keys(), object), len(d.items()))
