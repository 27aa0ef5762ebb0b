# repr of floats: shortest round-trip digits, exponent forms, specials
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3,
          1e16, 1e15, 1e17, 9999999999999998.0, 1e-4, 1e-5, 1.5e-5, 0.00012345,
          123456789012345678.0, 1e22, 1e23, 1.5e300, 5e-324, 2.5e-10,
          3.14159, 2.718281828459045, 100.0, 1234.5, 0.5, 0.25, 1e100, -1e-100,
          12345678901234567.0, 1.0000000000000002, 0.30000000000000004,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), str(v))
print([0.1, 1e16, float("inf"), -0.0])
print((1.5, 2.0))
print({1.5: 2.5})
print(str(1e16), str(1e-5))
print(1e16 + 1, 1e16 - 1)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(float(10 ** 15), float(10 ** 16))
print(2.0 ** 60, 2.0 ** -20)
print(1 / 7, 22 / 7, 355 / 113)
print(0.1 * 0.1, 0.7 + 0.1, 0.8 - 0.1)
print(1e-7, 1.2e-7, 123e-9)
print(4.35, 4.35 * 100, 0.57 * 100)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("0.1"), float("1e16"), float("123456789012345678"))
