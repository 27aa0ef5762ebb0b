# inf, nan and -0.0
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf * 2, -inf * 2, inf / 1e308)
print(inf - inf, inf * 0, inf / inf)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1)
x = nan
print(x == x, x is x)
print([nan] == [nan], (nan,) == (nan,))
print(1 / inf, -1 / inf)
print(-0.0, 0.0 == -0.0, -0.0 < 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
print(abs(-0.0), abs(-inf), abs(nan))
print(str(-0.0), repr(-0.0))
print(float("inf") == float("Infinity"), float("  -inf  "))
print(float("nan") != float("nan"))
print(max(inf, 1), min(-inf, 1))
print(round(-0.4), round(-0.0), round(0.4))
print(inf // 1, inf % 1 != inf % 1)
print(-inf // 1)
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(int(1e300) > 10 ** 299)
print(inf.is_integer(), nan.is_integer(), (-0.0).is_integer())
print(1e308 + 1e308, -1e308 - 1e308)
print(sorted([3.0, -inf, inf, 0.0]))
print(hash(inf) == hash(inf), hash(-0.0) == hash(0))
for s in ["abc", "", "1.2.3", "1e", "--1.0", "nan1", "1_"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
