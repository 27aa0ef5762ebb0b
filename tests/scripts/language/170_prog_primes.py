# program: prime sieve, factorisation, perfect numbers
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    result = []
    for i in range(n + 1):
        if is_prime[i]:
            result.append(i)
    return result
primes = sieve(200)
print(len(primes), primes[:15], primes[-5:])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
def divisors_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total
perfect = []
for n in range(2, 10000):
    if divisors_sum(n) == n:
        perfect.append(n)
print(perfect)
twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print(twins[:8])
gaps = {}
for i in range(len(primes) - 1):
    g = primes[i + 1] - primes[i]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items()))
