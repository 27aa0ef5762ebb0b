# builtins and statements that consume iterators, fed by generators
def nums(n):
    for i in range(n):
        yield i

print(list(nums(4)), tuple(nums(3)), sorted(nums(3), reverse=True))
print(sum(nums(5)), sum(nums(4), 10), min(nums(5)), max(nums(5)))
print(max(nums(5), key=lambda v: -v), min(nums(0), default="empty"))
print(any(nums(1)), any(nums(3)), all(nums(0)), all(nums(3)))
print(list(zip(nums(3), "abc", nums(10))))
print(list(map(str, nums(3))), list(map(lambda a, b: a * b, nums(3), nums(3))))
print(list(filter(None, nums(4))), list(filter(lambda v: v % 2, nums(6))))
print(list(enumerate(nums(3), start=1)))
print(dict(zip(nums(3), nums(3))), dict((str(i), i) for i in nums(2)))
print(set(nums(3)) == {0, 1, 2}, frozenset(nums(2)) == frozenset({0, 1}))
print(",".join(str(i) for i in nums(4)))
print(list(reversed(list(nums(3)))))
print(2 in nums(5), 7 in nums(5), 3 not in nums(3))

# unpacking a generator
a, b, c = nums(3)
print(a, b, c)
first, *rest = nums(5)
print(first, rest)
*init, last = nums(4)
print(init, last)

# star-expansion of generators
print(*nums(3))
print([*nums(2), *nums(3)], (*nums(2),), {*nums(3)} == {0, 1, 2})
def f(*args):
    return args
print(f(*nums(3)), f(*nums(0)))

# list methods that take iterables
lst = [9]
lst.extend(nums(3))
lst += nums(2)
print(lst)
d = {}
d.update((k, k * k) for k in nums(3))
print(d)
s = set()
s.update(nums(3))
print(sorted(s))

# str.join of a generator of strs, and join errors
print("".join(c.upper() for c in "abc"))
try:
    "".join(x for x in [1, 2])
except TypeError as e:
    print("TypeError:", e)

# one generator consumed by two consumers
g = nums(6)
print(list(zip(g, g)))
g = nums(5)
print(next(g), sum(g))

# iter() on a generator returns it
g = nums(2)
print(iter(g) is g, list(iter(g)))

# a generator as the iterable of a comprehension
print([v * 2 for v in nums(4) if v])
print({v: v for v in nums(2)})
