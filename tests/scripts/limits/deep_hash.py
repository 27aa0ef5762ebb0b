# Hashing deeply nested tuples: CPython 3.11 recurses without a limit check and succeeds at this
# depth; gilt must agree and must not overflow its C++ stack.


def nested_tuple(depth, leaf):
    t = (leaf,)
    for i in range(depth):
        t = (t,)
    return t


t1 = nested_tuple(100000, 1)
t2 = nested_tuple(100000, 1)
t3 = nested_tuple(100000, 2)
h1 = hash(t1)
print(h1 == hash(t2))
print(h1 == hash(t1))
print(h1 == hash(t3))
print(type(h1).__name__)

# The same hash as a shallow tuple built the same way agrees with itself at each size.
for depth in [0, 1, 10, 99, 100, 101, 1000, 5000]:
    print(depth, hash(nested_tuple(depth, "leaf")) == hash(nested_tuple(depth, "leaf")))

# As a dict key and set member (identity answers the key comparison).
d = {t1: "one"}
print(d[t1])
print(t1 in {t1, 5})
print(len({t1: 1, t3: 3}))

# An unhashable item at the bottom raises TypeError, however deep.
bad = nested_tuple(100000, [])
try:
    hash(bad)
except TypeError as e:
    print("TypeError", e)
try:
    hash(bad)
except TypeError as e:
    print("again", e)
print("done")
