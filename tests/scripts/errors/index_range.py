# IndexError from indexing a range
r = range(3)
print(r[2])
print(r[3])
