# tuples: packing, nesting, repr, hashing, methods
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), ((1,),), ((), ()), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
one = 1,
print(one, type(one), len(one))
packed = 1, "two", 3.0
print(packed)
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), () * 5)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"))
print(2 in t, 5 in t, (1, 2) in [(1, 2)], () == ())
print(t.count(2), (1, 1, 2).count(1), t.index(3), (5, 6, 5).index(5, 1))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested))
d = {(1, 2): "a", (3,): "b", (): "empty", ((1,), 2): "nested"}
print(d[(1, 2)], d[3,], d[()], d[((1,), 2)])
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print(hash((1, 2)) == hash((1.0, 2)), (1, 2) == (1.0, 2.0))
s = set()
s.add((1, 2))
s.add((1, 2))
s.add((2, 1))
print(len(s), (1, 2) in s)
x = (1, [2, 3])
x[1].append(4)
print(x)
print(tuple(x[1]), list((1, 2)))
print(max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)))
print(type(()), isinstance((), tuple))
print((1, 2, 3)[True], str((1, "a")), repr(("x",)))
print((1,) * 0, (("a", "b"),) * 2)
t2 = t
t2 += (4,)
print(t, t2)
print(tuple(tuple([1, 2])), tuple(t) == t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
