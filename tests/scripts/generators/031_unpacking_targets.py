# assignment targets: starred, nested, in for loops and comprehensions
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2)
print(a)
[a, b] = "hi"
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)

# unpacking from any iterable
a, b, c = {"k1": 1, "k2": 2, "k3": 3}
print(sorted([a, b, c]))
a, b = iter([10, 20])
print(a, b)
first, *middle, last = (x * x for x in range(6))
print(first, middle, last)

# targets that are attributes and subscripts
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class Obj:
    pass
o = Obj()
o.p, o.q = 3, 4
print(o.p, o.q)
lst[0], *lst[1:] = [9, 8, 7]
print(lst)

# chained assignment with unpacking
x = a, b = 5, 6
print(x, a, b)

# for loop targets
for i, (ch, *others) in enumerate(["abc", "d"]):
    print(i, ch, others)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for *head, tail in ["ab", "cde"]:
    print(head, tail)

# comprehension targets
print([a * b for a, b in [(1, 2), (3, 4)]])
print({k: v for (k, v), _ in [(("a", 1), None)]})

# swapping list elements
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)

# the right side is evaluated before any assignment
a, b = 1, 2
a, b = b, a + b
print(a, b)
