# list literals, indexing, operators, comparisons, nesting
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1])
print([], [[]], [[], []], [1, [2, [3, [4]]]])
print([1, "two", 3.0, None, True, (1, 2), {"k": 1}])
print(a + [4, 5], a * 2, 2 * a, [0] * 5, [] * 3, a * 0, a * -1)
print(3 in a, 4 in a, 4 not in a, [1] in [[1], [2]])
print([1, 2] == [1, 2], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([] < [0], [1, "a"] == [1, "a"], [1.0] == [1], [[1]] < [[2]])
print(list(), list(range(5)), list("abc"), list((1, 2)), list({3: "x", 4: "y"}))
print(list(range(10, 0, -3)), list(range(0)))
a[0] = 100
a[-1] = 300
print(a)
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c, a is c, a == c[:-1])
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1], nested[1][1], nested[-1][-1])
print(len([[1, 2], [3]]), len([]))
x = [1, 2]
x += [3]
print(x)
x += "ab"
print(x)
x += (9,)
print(x)
x *= 2
print(x)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
m = [[0] * 3, [0] * 3]
m[0][0] = 1
print(m)
print(sum([1, 2, 3]), max([4, 9, 2]), min([4, 9, 2]), sorted([3, 1, 2]))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
print(type([]), isinstance([], list))
r = [1]
r.append(r)
print(r)
print([1, 2, 3].__len__(), [None] * 3)
print(str([1, "a"]), repr(["b", 2.5]))
