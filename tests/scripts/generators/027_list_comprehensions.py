# list comprehensions with several for and if clauses
print([x for x in range(5)])
print([x * y for x in range(1, 4) for y in range(1, 4)])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([c for word in ["ab", "cd"] for c in word])
print([[row[i] for row in [[1, 2], [3, 4], [5, 6]]] for i in range(2)])
print([x if x % 2 else -x for x in range(6)])
print([(lambda v: v * 10)(x) for x in range(3)])
print([x for x in "hello" if x not in "aeiou"])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in range(10)][::3])
print([[0] * 3 for _ in range(2)])

# unpacking in the for clause
pairs = [(1, "one"), (2, "two")]
print([name for num, name in pairs if num > 1])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])

# walrus in a comprehension binds in the enclosing scope
values = [y for x in range(5) if (y := x * x) > 3]
print(values, y)

# a comprehension over a comprehension
print([v + 1 for v in [w * 2 for w in range(3)]])

# comprehensions calling functions with side effects, in order
log = []
def note(v):
    log.append(v)
    return v
print([note(x) for x in range(3) if note(-x) <= 0])
print(log)

# empty results
print([x for x in []], [x for x in range(3) if False])

# errors inside comprehensions
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [x for x in 42]
except TypeError as e:
    print("TypeError:", e)
try:
    [undefined_name for x in range(1)]
except NameError as e:
    print("NameError:", e)
