# for loops, for/else, nested loops, loop variable after the loop
for i in range(3):
    print("i", i)
print("after loop i =", i)
for c in "abc":
    print(c, end=" ")
print()
for x in []:
    print("never")
else:
    print("for-else on empty")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break: else runs")
for x in [1, 2, 3]:
    if x == 2:
        print("break at", x)
        break
else:
    print("not printed")
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=" ")
    print()
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
pairs = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        pairs.append((i, j))
print(pairs)
total = 0
for row in [[1, 2, 3], [4, 5, 6]]:
    for v in row:
        total += v
print(total)
for i in range(3):
    pass
print(i)
for idx, val in enumerate("xyz", 1):
    print(idx, val)
for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a * b)
result = []
for i in range(5):
    i = i * 10
    result.append(i)
print(result)
d = {"one": 1, "two": 2}
for key in d:
    d[key] *= 10
print(d)
for ch in reversed("abc"):
    print(ch)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        if x == 2:
            break
        print(x, y)
