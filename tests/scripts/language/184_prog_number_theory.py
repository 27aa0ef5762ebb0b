# program: gcd/lcm, modular arithmetic, Collatz, digits, perfect powers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(462, 1071), gcd(-12, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20 =", l)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(7, -1, 40), 7 * pow(7, -1, 40) % 40)
def collatz_len(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = (0, 0)
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best[0]:
        best = (c, n)
print(best)
def is_perfect_power(n):
    for b in range(2, n.bit_length() + 1):
        lo, hi = 1, n
        while lo <= hi:
            mid = (lo + hi) // 2
            p = mid ** b
            if p == n:
                return (mid, b)
            if p < n:
                lo = mid + 1
            else:
                hi = mid - 1
    return None
for n in [8, 81, 100, 97, 2 ** 60, 3 ** 40 + 1, 1024]:
    print(n, is_perfect_power(n))
def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
    return n
print(digital_root(493193), digital_root(2 ** 1000))
def totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result
print(list(map(totient, range(1, 21))))
print(sum(map(totient, range(1, 101))))
