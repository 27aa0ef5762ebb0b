# program: big-integer arithmetic (factorials, Fibonacci, powers, digit sums)
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))))
trailing = 0
s = str(f100)
while s.endswith("0"):
    s = s[:-1]
    trailing += 1
print(trailing)
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)))
print(2 ** 521 - 1)
m = 2 ** 127 - 1
print(pow(3, m - 1, m) == 1)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 60))
def digits_of_e(n):
    total = 0
    term = 10 ** n
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total
print(digits_of_e(50))
def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binomial(100, 50), binomial(60, 30) % 1000000007)
x = 1
for i in range(1, 40):
    x = x * (2 ** i) + i
print(x % (10 ** 12), x.bit_length())
print(-f100 // 7 ** 50, -f100 % 7 ** 50)
print(hex(factorial(30)), int(hex(factorial(30)), 16) == factorial(30))
