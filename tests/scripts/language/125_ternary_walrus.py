# conditional expressions and the walrus operator
for n in range(-2, 3):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
x = 5
y = "big" if x > 3 else "small"
print(y)
print((1 if True else 2) + (10 if False else 20))
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
f = (lambda v: "even" if v % 2 == 0 else "odd")
print(f(4), f(7))
print([1, 2][0] if [] else "empty")
if (n := len("hello")) > 3:
    print("long string", n)
print(n)
data = [1, 2, 3, 4]
total = 0
while (item := data.pop() if data else None) is not None:
    total += item
print(total)
print((z := 10) + z)
values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i)
print(values, i)
def g():
    if (r := 3 * 3) > 5:
        return r
    return 0
print(g())
