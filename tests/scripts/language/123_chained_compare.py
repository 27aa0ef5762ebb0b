# chained comparisons evaluate each operand once and short-circuit
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(0) < v(5))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 > 4, 1 < x > 3)
print(1 < 2 > 1 < 2 > 1)
print("a" < "b" < "c", [1] < [2] <= [2])
lst = [1, 2]
print(1 in lst in [[1, 2]], 3 not in lst in [[1, 2]])
a = b = 3
print(a == b == 3, a is b)
print(not 1 < 2, not 2 < 1)
print((1 < 2) < 3, 1 < (2 < 3))
print(2 < 3 == 3 >= 3 != 4)
def f():
    print("called f")
    return 10
print(5 < f() < 20)
print(50 < f() < 20)
