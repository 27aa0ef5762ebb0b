# list methods
a = []
a.append(1)
a.append(2)
a.append([3])
print(a)
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
print(a)
a = [1, 2, 3]
a.insert(0, 0)
a.insert(2, 1.5)
a.insert(100, 99)
a.insert(-1, 98)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
a.remove(1)
print(a)
a.remove(5)
print(a)
print(a.index(5), a.index(3), a.index(3, 1), a.index(5, 4, 9))
print(a.count(5), a.count(3), a.count(7), [[1], [1]].count([1]))
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b, len(a), len(b))
b.clear()
print(b, a != b)
c = [1, 2, 3]
print(c.append(4), c.extend([]), c.insert(0, 0), c.reverse(), c.clear(), c)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
while queue:
    print("dequeue", queue.pop(0))
d = [1, 2, 3, 2, 1]
while 2 in d:
    d.remove(2)
print(d)
e = [[1, 2], [3, 4]]
f = e.copy()
f[0].append(99)
f.append([5])
print(e, f)
try:
    [1].index(2)
except ValueError as err:
    print("ValueError:", err)
try:
    [1].remove(2)
except ValueError as err:
    print("ValueError:", err)
try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)
try:
    [1].pop(5)
except IndexError as err:
    print("IndexError:", err)
