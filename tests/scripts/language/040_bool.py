# bool: a subclass of int; truthiness of every core type
print(True, False, type(True))
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(True == 1, False == 0, True is True, True != False)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(-0.0))
print(bool(""), bool(" "), bool("False"))
print(bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(set()), bool({0}), bool(None), bool(range(0)), bool(range(1)))
print(bool(), bool(float("nan")), bool(10 ** 100))
print(str(True), repr(False), int(True), float(False))
print(True and 5, False and 5, True or 5, False or 5)
print(not True, not False, not 0, not "", not [1])
print(sum([True, True, False, True]))
print(True << 3, True & 1, True | 2, True ^ True)
print(max(True, False), min(True, 2), sorted([True, False, 0, 1, -1]))
print({True: "a", 1: "b"})
print({1: "x", True: "y", 1.0: "z"})
print(hash(True) == hash(1), hash(False) == hash(0))
print(True > 0.5, False < 0.5)
print([1, 2, 3][True], "ab"[False])
print(divmod(True, True), pow(True, 5))
count = 0
for v in [0, 1, "", "x", None, [], [None], 0.0, 2]:
    if v:
        count += 1
print(count)
x = 5
print(x > 3 and x < 10, x > 3 and x > 10)
b = x == 5
print(b, type(b))
print(True if [] else False, True if [[]] else False)
