# generator expressions
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(w for w in ["pear", "apple", "fig"]))
print(sorted((c for c in "generator"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print("-".join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(tuple(x for x in "abc" if x != "b"))

# several for and if clauses
print(list((i, j) for i in range(3) for j in range(3) if i < j))
print(list(x for x in range(20) if x % 2 if x % 3))

# as the only argument, the parentheses can be dropped
print(list(x + 1 for x in range(3)))

# the first iterable is evaluated immediately, the rest lazily
def source(name, n):
    print("evaluating", name)
    return range(n)
g = (x for x in source("outer", 2))
print("genexpr created")
print(list(g))
g = (x * y for x in source("first", 2) for y in source("second", 2))
print("created again")
print(list(g))

# errors in the first iterable surface at creation time
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# errors in the body surface when iterating
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# nested generator expressions
print(list(sum(y for y in range(x)) for x in range(5)))
print(list(list(c for c in w) for w in ["ab", "c"]))

# generator expressions are iterators
g = (i for i in range(2))
print(iter(g) is g)
