# float floor division, modulo, divmod, comparisons
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.3), (5.0, 0.5), (0.0, 3.0)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(7.0 // 2, -7.0 // 2, 7.0 % -2)
print(1e300 * 1e10 > 1e308, 1e-300 * 1e-300)
print(-1e-300 * 1e-300)
print(6.0 % 2.0, -6.0 % 2.0, 6.0 % -2.0)
print(0.1 + 0.2 < 0.31, 0.1 + 0.2 > 0.3)
print(1.0 < 2, 2 > 1.5, 1.5 <= 1.5, 1.5 >= 2)
print(3.0 == 3, 3.1 == 3, 3.0 != 3)
print(float("inf") > 10 ** 300, float("-inf") < -(10 ** 300))
x = 10.0
x /= 4
print(x)
x //= 1
print(x)
x **= 2
print(x)
x %= 3
print(x)
x -= 0.5
print(x)
print(2.5 * 2 == 5, 2.5 * 2)
print(-3.5 // 1, -3.5 % 1)
print(divmod(-10.0, 3), divmod(10.0, -3))
print(0.5 + 0.5 == 1, 1 - 0.9)
print(round(1 - 0.9, 10))
print(abs(-1e-10), -abs(2.0))
print(max(0.1, 0.2, 0.15), min([3.5, -2.5, 0.0]))
print(sorted([2.5, -1.0, 3, 0, -0.5]))
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(2 ** -1074, 2 ** -1075 == 0)
