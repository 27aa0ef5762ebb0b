# set basics (small ints only: their order is deterministic)
s = {1, 2, 3}
print(s, len(s), type(s))
print(set(), set([1, 2, 2, 3, 3, 3]), set((4, 5)), set(range(4)), sorted(set({8: "x", 7: "y"})))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == set())
e = set()
print(e, len(e), bool(e))
s.add(4)
s.add(2)
print(s)
s.remove(1)
print(s)
s.discard(10)
s.discard(2)
print(s)
print(3 in s, 1 in s, 1 not in s)
v = s.pop()
print(v in [3, 4], len(s))
s.clear()
print(s)
t = {5, 6}
u = t.copy()
u.add(7)
print(t, u)
t.update([1, 2], (3,))
print(t)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(set(nums)))
seen = set()
order = []
for n in nums:
    if n not in seen:
        seen.add(n)
        order.append(n)
print(order)
print({1, 2, 3} == {1, 2, 3}, {True, 1, 1.0})
print(sorted({0.5, 1, 2.5}), {(1, 2), (1, 2)})
print(sum({1, 2, 3}), max({4, 8, 2}), min({4, 8, 2}))
print(isinstance(set(), set), str({1}), repr({2, 3}))
try:
    s.remove(99)
except KeyError as err:
    print("KeyError:", err)
try:
    set().pop()
except KeyError as err:
    print("KeyError:", err)
try:
    {[1]}
except TypeError as err:
    print("TypeError:", err)
