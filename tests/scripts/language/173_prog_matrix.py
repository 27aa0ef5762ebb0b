# program: matrices as nested lists
def zeros(n, m):
    rows = []
    for i in range(n):
        rows.append([0] * m)
    return rows
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c
def transpose(a):
    t = []
    for j in range(len(a[0])):
        row = []
        for i in range(len(a)):
            row.append(a[i][j])
        t.append(row)
    return t
def show(m):
    for row in m:
        print(" ".join(map(lambda v: str(v).rjust(6), row)))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
fib = [[1, 1], [1, 0]]
r = identity(2)
p = fib
n = 90
while n:
    if n & 1:
        r = matmul(r, p)
    p = matmul(p, p)
    n >>= 1
print(r[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = []
        for row in m[1:]:
            minor.append(row[:j] + row[j + 1:])
        sign = 1 if j % 2 == 0 else -1
        total += sign * m[0][j] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
h = zeros(4, 4)
for i in range(4):
    for j in range(4):
        h[i][j] = 1 / (i + j + 1)
print(h[3])
print(round(det(h) * 10 ** 7, 4))
