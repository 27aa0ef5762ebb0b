# int() from strings, floats and bools
print(int("42"), int("-42"), int("+42"), int(" 42 "), int("\t7\n"))
print(int("1_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("0xff", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0))
print(int("12", 3), int("  -1010  ", 2))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False))
print(int(2 ** 70), int("1" * 30))
print(int(12.0), int(-0.0))
for bad in ["abc", "", " ", "1.5", "12a", "0x", "--1", "1 2", "_1", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("z", 35)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("  0b1  ", 0), int("0_7", 8))
