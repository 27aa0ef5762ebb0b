# range objects
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0))
print(list(range(5)), list(range(1, 5)), list(range(1, 10, 2)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(-3)), list(range(-5, -1)))
print(list(range(0, -10, -2)), list(range(-1, -10, -4)))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -1)), len(range(5, 1)), len(range(0, 100, 7)))
r = range(2, 20, 3)
print(r[0], r[1], r[-1], r[-2], r.start, r.stop, r.step)
print(r[1:3], r[::2], r[::-1], r[:0], r[-2:])
print(5 in r, 6 in r, 20 in r, 2 in r, -1 in range(-5, 0), 1.0 in range(3), "a" in range(3))
print(r.index(8), r.count(8), r.count(9))
print(range(0, 3) == range(0, 3), range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], len(range(10 ** 18)), 10 ** 19 in range(10 ** 20))
total = 0
for i in range(1, 11):
    total += i
print(total)
for i in range(3, 0, -1):
    print("countdown", i)
for i in range(0, 30, 10):
    print("step", i)
print(tuple(range(3)), set(range(3)), list(range(2, -3, -1)))
print(bool(range(0)), bool(range(1)), type(range(1)))
print(range(1, 2, 1), range(3, 1, -1))
print(list(range(True, 5, True)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
