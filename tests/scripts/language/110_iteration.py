# iterating over every core type; iter() and next()
for x in [1, 2]:
    print("list", x)
for x in (3, 4):
    print("tuple", x)
for x in "hé":
    print("str", x)
for x in {"a": 1, "b": 2}:
    print("dict", x)
for x in {5, 6}:
    print("set", x)
for x in frozenset([7]):
    print("frozenset", x)
for x in range(2):
    print("range", x)
for k, v in {"x": 1}.items():
    print("items", k, v)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = iter(range(3))
print(list(it), list(it))
it = iter((1, 2, 3))
next(it)
print(list(it))
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it), list(it))
it = iter(d.values())
print(next(it), next(it))
it = iter(d.items())
print(next(it))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], "ab")
print(next(z), list(z))
m = map(abs, [-1, -2])
print(next(m), list(m))
f = filter(None, [0, 1, 0, 2])
print(list(f), list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
it = iter([1, 2, 3])
print(iter(it) is it)
total = 0
for a in [[1, 2], [3, 4]]:
    for b in a:
        total += b
print(total)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
found = None
for i, ch in enumerate("hello"):
    if ch == "l":
        found = i
        break
print(found)
print(list(iter([])), next(iter([]), "empty"))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    for k in {1: 1}.keys() if False else 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    dd = {1: 1}
    for k in dd:
        dd[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ss = {1}
    for k in ss:
        ss.add(k + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
