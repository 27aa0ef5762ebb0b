# yield from: delegating to sub-iterators
def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3

print(list(outer()))

# delegating to plain iterables
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
print(list(chain({"k": 1})))

# yield from a plain iterator returns None
def from_list():
    r = yield from [10, 20]
    yield r
print(list(from_list()))

# recursive delegation
def flatten(item):
    if isinstance(item, list):
        for sub in item:
            yield from flatten(sub)
    else:
        yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right

t = tree(3)
leaves = []
try:
    while True:
        leaves.append(t.send(None))
except StopIteration as e:
    print(len(leaves), "leaves, counted", e.value)

# yield from an exhausted generator
def empty():
    return "nothing"
    yield
def uses_empty():
    v = yield from empty()
    yield v
print(list(uses_empty()))

# errors from the sub-iterator propagate through
def failing():
    yield 1
    raise ValueError("from inner")
def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        yield "caught " + str(e)
print(list(wrapper()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)

# yield from inside a loop reuses the delegation each time
def repeat(n):
    for i in range(n):
        got = yield from inner()
        yield got + str(i)
print(list(repeat(2)))

# the sub-generator is exhausted after yield from
sub = inner()
def take_one():
    yield from sub
print(list(take_one()), list(sub))
