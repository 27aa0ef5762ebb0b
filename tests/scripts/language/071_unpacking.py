# unpacking assignments and starred targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
f, (g, (h, i)) = 1, (2, (3, 4))
print(f, g, h, i)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
m, n = range(2)
print(m, n)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "abcde"
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
a, *b, c = 1, 2
print(a, b, c)
[a, b] = [7, 8]
print(a, b)
[a, [b, c]] = [1, [2, 3]]
print(a, b, c)
for key, value in [("a", 1), ("b", 2)]:
    print(key, value)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
l = [0, 0, 0]
l[0], l[2] = 5, 6
print(l)
d = {}
d["a"], d["b"] = 1, 2
print(d)
i = 0
i, l[i] = 1, 9
print(i, l)
a = b = c = [1]
print(a is b, b is c)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
lst = [*range(3), *"ab", *(9,)]
print(lst)
tup = (*[1, 2], 3)
print(tup)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
