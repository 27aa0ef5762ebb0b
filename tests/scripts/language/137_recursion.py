# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(1), fact(10), fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(0), fib(1), fib(10), fib(20))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:7])
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    result = []
    for r in rest:
        result.append(r)
        result.append([s[0]] + r)
    return result
print(sorted(power_set([1, 2, 3])))
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out
print(perms("abc"))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
def binsearch(seq, x, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == x:
        return mid
    if seq[mid] < x:
        return binsearch(seq, x, mid + 1, hi)
    return binsearch(seq, x, lo, mid - 1)
data = list(range(0, 100, 3))
print(binsearch(data, 27, 0, len(data) - 1), binsearch(data, 28, 0, len(data) - 1))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(count_down(5, []))
def sum_nested(d):
    total = 0
    for v in d.values():
        if isinstance(v, dict):
            total += sum_nested(v)
        else:
            total += v
    return total
print(sum_nested({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4}))
