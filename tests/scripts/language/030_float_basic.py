# float literals, arithmetic and mixing with int
print(1.0, 2.5, -0.75, 3., .25)
print(1.5 + 2.25, 5.5 - 0.5, 2.5 * 4, 7.0 / 2)
print(1 / 3, 2 / 3, 10 / 4, 9 / 3)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5)
print(type(1.0), type(1 / 1), type(4 // 2), type(4.0 // 2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.1 * 3)
print(1.1 * 1.1, 3.3 - 1.1, 100.0 / 3.0)
print(float(), float(3), float(-7), float(True))
print(float("1.5"), float(" 2.5 "), float("-3"), float("1e3"), float("1E-3"), float("+.5"))
print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("-NaN"))
print(float("1_000.5"), float("10"))
print(abs(-2.5), abs(2.5), abs(-0.0))
print(-(1.5), +(1.5), -0.0, 0.0)
print(2.0 == 2, 2.5 > 2, 2.5 < 3, 2.0 != 2)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(1.7976931348623157e308)
print(isinstance(1.0, float), isinstance(1, float))
print(3.0.is_integer(), 3.5.is_integer())
print((2.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((3.5).real, (3.5).imag, (3.5).conjugate())
print(int(2.999), int(-2.999), round(2.5), round(3.5), round(-2.5))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
x = 1.0
i = 0
while i < 10:
    x = x * 1.5
    i += 1
print(x)
total = 0.0
for k in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.5, 0.25, 0.125]))
print(1e16, 1e15, 123456789.0, 0.0001, 0.00001)
print(float(2 ** 53), float(2 ** 53 + 1))
print(3 / 2 * 2, 3 // 2 * 2)
print(2 ** 0.5 * 2 ** 0.5)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(2.5) == hash(2.5))
