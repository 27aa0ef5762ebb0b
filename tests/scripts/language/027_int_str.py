# ints and strings: str/repr, digit manipulation, bases by hand
for n in [0, 7, -7, 10, 255, -1000, 12345678901234567890, -(2 ** 65)]:
    print(str(n), repr(n), len(str(n)), str(n) == repr(n))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n in [0, 5, 255, -255, 1000, 2 ** 70]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
    print(int(to_base(n, 36), 36) == n, int(to_base(n, 7), 7) == n)
def digit_sum(n):
    s = 0
    for ch in str(abs(n)):
        s += int(ch)
    return s
print(digit_sum(0), digit_sum(999), digit_sum(-12345), digit_sum(2 ** 100))
def reverse_int(n):
    return int(str(n)[::-1]) if n >= 0 else -int(str(-n)[::-1])
print(reverse_int(12340), reverse_int(-987), reverse_int(0))
print(int("9" * 40) + 1 == 10 ** 40)
print(str(10 ** 18), str(10 ** 19), str(-(10 ** 18)))
print(int(str(-0)), str(int("-0")))
print("0" * 3 + str(42), str(7).zfill(3), str(-7).zfill(4))
n = 1234567
groups = []
s = str(n)
while s:
    groups.append(s[-3:])
    s = s[:-3]
print(",".join(reversed(groups)))
