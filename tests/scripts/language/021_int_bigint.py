# arbitrary precision integers
print(2 ** 100)
print(2 ** 200)
print(3 ** 150)
print(-(7 ** 77))
print(10 ** 50 + 1)
print(10 ** 50 - 1)
print(2 ** 100 // 3, 2 ** 100 % 3)
print((2 ** 100) * (3 ** 50))
f = 1
i = 1
while i <= 50:
    f = f * i
    i = i + 1
print(f)
print(f // 10 ** 40)
print(f % 1000007)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(b // -a, b % -a)
print(divmod(b, a), divmod(-b, a))
print(a == 123456789012345678901234567890, a < b, a > b)
print(2 ** 64 == 18446744073709551616)
print(2 ** 64 - 2 ** 64, 2 ** 64 - 2 ** 64 == 0)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
big = 10 ** 30
print(big // 7, big % 7, -big // 7, -big % 7)
print(big >> 10, big << 10)
print(-big >> 10)
print(abs(-big), -big)
print(big & (2 ** 40 - 1), big | 1, big ^ big)
print(hash(2 ** 20) == hash(2 ** 20))
print(int("123456789012345678901234567890") + 1)
print(int("-99999999999999999999999999"))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(3, 1000, 2 ** 61 - 1))
print(2 ** 100 > 2.0, 2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100)
print(float(2 ** 100), float(-(3 ** 40)))
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(max(2 ** 70, 2 ** 69), min(-2 ** 70, 5))
print(sum([2 ** 62, 2 ** 62, 2 ** 62, 2 ** 62]))
x = 1
n = 0
while n < 70:
    x = x * 3
    n = n + 1
print(x, x.bit_length())
print(x // 3 ** 69, x % 3 ** 35)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70))
print(hex(-(2 ** 64)))
print(int("ffffffffffffffffffffffff", 16))
print(round(12345678901234567890, -5))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
