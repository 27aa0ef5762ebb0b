# list building, sorting and index loops (no comprehensions)
seed = 12345
data = []
i = 0
while i < 200000:
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100000)
    i += 1
checksum = 0
for r in range(3):
    copy = list(data)
    copy.sort()
    checksum += copy[0] + copy[len(copy) // 2] + copy[-1]
    copy.sort(reverse=True)
    checksum += copy[10]
pairs = []
for j in range(50000):
    pairs.append((data[j] % 100, j))
pairs.sort()
checksum += pairs[0][1] + pairs[-1][1]
n = len(data)
k = 0
s = 0
while k < n:
    s += data[k]
    k += 7
evens = []
for v in data:
    if v % 2 == 0:
        evens.append(v)
evens.reverse()
print(checksum, s, len(evens), evens[0])
