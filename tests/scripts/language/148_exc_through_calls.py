# exceptions raised inside builtins' callbacks and nested calls
def bad_key(x):
    if x == 3:
        raise ValueError("cannot rank 3")
    return -x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print("sorted:", e)
def boom(x):
    return 10 // x
try:
    list(map(boom, [5, 2, 0, 1]))
except ZeroDivisionError as e:
    print("map:", e)
results = []
try:
    for v in map(boom, [5, 2, 0, 1]):
        results.append(v)
except ZeroDivisionError:
    print("partial results", results)
try:
    list(filter(lambda s: s.startswith("a"), ["ab", 5]))
except AttributeError as e:
    print("filter:", e)
try:
    max([1, 2], key=lambda v: v / 0)
except ZeroDivisionError as e:
    print("max:", e)
def outer(n):
    return middle(n) + 1
def middle(n):
    return inner(n) * 2
def inner(n):
    return [1, 2, 3][n]
for n in [0, 2, 3]:
    try:
        print(outer(n))
    except IndexError as e:
        print("IndexError:", e)
def validate(items):
    for i, item in enumerate(items):
        if not isinstance(item, int):
            raise TypeError("item " + str(i) + " is " + type(item).__name__)
    return "valid"
for items in [[1, 2], [1, "x"], [None]]:
    try:
        print(validate(items))
    except TypeError as e:
        print(e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError:
    print("list unchanged after failed sort:", sorted(lst) == [1, 2, 3])
