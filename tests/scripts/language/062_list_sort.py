# sort and sorted with key and reverse; stability
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=str.lower, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
pairs = [(1, "b"), (2, "a"), (1, "a"), (3, "c"), (2, "b")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: (p[1], -p[0])))
nums = [-3, 2, -1, 4, 0, -5]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, 0, -1, 2]))
print(sorted("sorting"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted({5, 1, 3}))
print(sorted([]), sorted([1]), sorted([[2, 1], [1, 2], [1]]))
stable = [("x", 1), ("y", 0), ("z", 1), ("w", 0)]
stable.sort(key=lambda t: t[1])
print(stable)
stable.sort(key=lambda t: t[1], reverse=True)
print(stable)
big = []
v = 7
for i in range(50):
    v = (v * 31 + 11) % 101
    big.append(v)
big.sort()
print(big)
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, orig is s)
print(orig.sort(), orig)
def by_second(t):
    return t[1]
print(sorted([("a", 3), ("b", 1), ("c", 2)], key=by_second))
print(max(words, key=len), min(words, key=len))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
