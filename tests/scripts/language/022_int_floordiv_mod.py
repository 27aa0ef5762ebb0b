# floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10)
print(-11 // 10, -11 % 10)
print(11 // -10, 11 % -10)
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(2 ** 65 // -3, 2 ** 65 % -3)
print(-(2 ** 65) // 3, -(2 ** 65) % 3)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
x = 100
x //= 7
print(x)
x %= 5
print(x)
print(divmod(9, 3), divmod(-9, 3), divmod(10, -3))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
print(True // 1, 7 // True, 7 % True)
