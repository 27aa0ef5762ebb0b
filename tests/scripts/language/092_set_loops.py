# sets in algorithms (small ints; results printed sorted)
def divisors(n):
    out = set()
    d = 1
    while d * d <= n:
        if n % d == 0:
            out.add(d)
            out.add(n // d)
        d += 1
    return out
print(sorted(divisors(36)), sorted(divisors(97)), sorted(divisors(1)))
common = divisors(36) & divisors(48)
print(sorted(common), max(common))
seen = set()
dups = []
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, len(seen))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print(sorted(a & b & c), len(a | b | c), sorted((a - b) - c)[:5])
reach = {0}
frontier = {0}
steps = 0
while frontier and steps < 4:
    nxt = set()
    for n in frontier:
        for m in (n + 1, n * 2):
            if m < 20 and m not in reach:
                nxt.add(m)
    reach |= nxt
    frontier = nxt
    steps += 1
print(sorted(reach))
s = set()
for i in range(100):
    s.add(i % 7)
print(len(s), sorted(s))
s.discard(3)
s.remove(4)
print(sorted(s), 3 in s)
print(set([1, 2]) == frozenset([2, 1]), {1, 2}.issubset(range(5)))
