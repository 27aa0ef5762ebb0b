# reference semantics: aliasing, copies, identity
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d)
print(a is b, a is c, a == b, c == d, c is d)
def mutate(lst):
    lst.append("added")
def rebind(lst):
    lst = ["new"]
    return lst
mutate(a)
print(a)
r = rebind(a)
print(a, r)
grid = [[0] * 2] * 3
grid[0][1] = 5
print(grid, grid[0] is grid[1])
grid = []
for i in range(3):
    grid.append([0] * 2)
grid[0][1] = 5
print(grid, grid[0] is grid[1])
x = [1, [2, 3]]
y = x.copy()
y[1].append(4)
y[0] = 100
print(x, y)
t = ([1], [2])
t[0].append(9)
print(t)
e = []
f = [e, e]
e.append(1)
print(f)
g = [1, 2]
h = g
g = g + [3]
print(g, h)
g2 = [1, 2]
h2 = g2
g2 += [3]
print(g2, h2)
print([] is [], [] == [])
n = None
print(n is None, id(a) == id(b), id(a) == id(c))
