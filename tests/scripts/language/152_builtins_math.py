# abs, min, max, sum, divmod, pow, round
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max((3, 1, 2)), min("bca"), max("bca"))
print(min([1, 2], [1, 1]), max([[1], [2, 0]]), min(1, 1.0), max(1.0, 1))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(max([1, -7, 3], key=abs), min([1, -7, 3], key=abs), max(-3, 2, key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "x", 1: "y"}))
print(max([2, 2.0]), max([2.0, 2]), min([0, False]), min([False, 0]))
print(max(["a", "b"], key=lambda s: 0), min(range(10, 0, -1)))
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True]), sum([], 5), sum([(1,), (2,)], ()))
print(sum(range(10), start=100))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -1), pow(2, 8, 10), pow(-1, 2 ** 70), pow(2.0, 0.5))
print(round(2.5), round(3.5), round(2.567, 2), round(-1.5), round(1234, -2))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
