# Deep nesting built in a loop, inspected without recursion: only lengths and leaves print.
a = []
for i in range(500000):
    a = [a, i]
print(len(a), a[1], a[0][1])
n = 0
x = a
while x:
    x = x[0]
    n += 1
print("depth", n)

t = ("leaf",)
for i in range(500000):
    t = (t, i)
print(len(t), t[1])
x = t
while len(x) == 2:
    x = x[0]
print("leaf", x)

d = {}
for i in range(500000):
    d = {"child": d, "n": i}
print(len(d), d["n"], sorted(d))
x = d
n = 0
while x:
    x = x["child"]
    n += 1
print("depth", n)

# Sharing one inner object many times over is cheap and is freed once.
shared = [1, 2, 3]
outer = []
for i in range(100000):
    outer.append(shared)
print(len(outer), outer[99999] is shared)
outer = None
print(shared)
print("done")
