# arithmetic across bool, int, float, big int: result types and values
values = [True, 3, -2, 2.5, -0.5, 2 ** 64]
for a in values:
    for b in values:
        print(repr(a), repr(b), a + b, a - b, a * b, type(a + b).__name__)
for a in [7, -7, 7.5, True]:
    for b in [2, -2, 0.5]:
        print(repr(a), repr(b), a / b, a // b, a % b)
print(1 + 1.0 == 2, 2 ** 64 + 0.5, 2 ** 64 * 1.0 == 2.0 ** 64)
print(True + 2.5, False * 1.5, -True, abs(False))
print(10 ** 15 + 0.1, 10 ** 16 + 0.1)
