# set algebra and frozenset
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection([1, 2], [2]), a.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1, 2})
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset([1]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
c = {1, 2, 3}
c |= {4}
print(c)
c &= {2, 3, 4, 5}
print(c)
c -= {2}
print(c)
c ^= {4, 6}
print(c)
d = {1, 2, 3, 4, 5}
d.intersection_update({1, 2, 3})
print(d)
d.difference_update({1})
print(d)
d.symmetric_difference_update({3, 4})
print(d)
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, type(f))
print(f | {4}, f & {1, 5}, f - {1}, {5, 1} - f)
print(type(f | {4}), type({4} | f))
print(f == {1, 2, 3}, frozenset() == set(), hash(f) == hash(frozenset({1, 2, 3})))
g = {f: "frozen key"}
print(g[frozenset([1, 2, 3])])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).issubset({1, 2, 3}))
print(f.copy() == f, sorted(f))
evens = set(range(0, 10, 2))
threes = set(range(0, 10, 3))
print(sorted(evens), sorted(threes), sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print(set("abc") == set("cba"), len(set("hello")))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
