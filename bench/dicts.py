# dict insert, lookup, update and iteration with int and str keys
d = {}
i = 0
while i < 600000:
    d[i] = i * 2
    i += 1
hits = 0
for k in range(0, 1200000, 3):
    if k in d:
        hits += d[k]
names = {}
for k in range(150000):
    key = "k" + str(k % 5000)
    names[key] = names.get(key, 0) + k
total = 0
for key, value in names.items():
    total += value % 1000 + len(key)
for k in range(0, 600000, 2):
    del d[k]
print(hits, total, len(d), len(names))
