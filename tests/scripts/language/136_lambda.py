# lambda expressions
sq = lambda x: x * x
print(sq(4), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=0, a=5))
print((lambda: "no args")())
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda a, *, b: a - b)(10, b=3))
print((lambda x: (lambda y: x + y))(3)(4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for op in ops:
    v = op(v)
print(v)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(2), cond(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, y: x if x > y else y)(3, 7))
nested = lambda: lambda: lambda: "deep"
print(nested()()())
print(max(["aa", "b", "cccc"], key=lambda s: len(s)))
print((lambda: (yield_free := 5))())
