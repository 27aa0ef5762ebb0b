# slicing, slice assignment and del on lists
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1])
b = a[:]
print(b == a, b is a)
a[2:5] = ["x", "y"]
print(a)
a[2:4] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [10, 11]
print(a)
a[1:3] = "abc"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:2] = range(4)
print(a)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:4]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
d = list(range(8))
d[-2:] = [70, 80, 90]
print(d)
d[5:1] = ["in"]
print(d)
e = list(range(6))
e[::-2] = ["a", "b", "c"]
print(e)
try:
    e[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
f = [1, 2, 3]
f[1:] = f
print(f)
g = [[1, 2], [3, 4]]
h = g[:]
h[0][0] = 9
print(g, h)
print("hello"[1:4], (1, 2, 3, 4)[1:3], range(10)[2:8:2])
s = slice(1, 8, 3)
print(list(range(10))[s], s.start, s.stop, s.step)
i = [0, 1, 2, 3]
i[1:3] = [[5, 6]]
print(i)
