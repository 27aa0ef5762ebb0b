# comparisons between ints, floats, bools and big ints
print(1 < 2, 2 < 1, 1 == 1, 1 != 1)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 1 == True, 0 == False)
print(-1 < 0 < 1, 1 < 2 < 3 < 4, 1 < 3 < 2)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == 1.0000000000000002, 9007199254740993 == 9007199254740992.0)
print(5 <= 5, 5 >= 5, 5 <= 4, 5 >= 6)
print(max(3, 7, 5), min(3, 7, 5))
a = 300
b = 300
print(a == b)
print(0 == -0, 0.0 == -0.0)
print(1 != 1.0, 2 != 2.5)
print(1 == "1", "1" == 1, 1 != "1")
print(1 == None, None == None, None != 0)
print(True > False, True >= 1, False < 1)
print(3 > 2 == 2, 3 > 2 == 3)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0)
print(sorted([3, -1, 2.5, 0, True, -2 ** 70]))
