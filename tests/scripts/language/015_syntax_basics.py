# statements, comments, line joining, semicolons
x = 1; y = 2; z = 3
print(x, y, z)
total = (1 +
         2 +
         3)
print(total)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
    3,  # trailing comma
]
print(items)
d = {
    "a": 1,
    "b": 2,
}
print(d)
if x == 1: print("one-line if")
while False: pass
for i in range(2): print("one-line for", i)
def f(): return "one-line def"
print(f())
a = b = c = 7
print(a, b, c)
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
# a comment line
    # an indented comment line is fine
print("after comments")
s = """a triple-quoted
string spanning
lines"""
print(s)
print(len(s))
n = 1_000_000
print(n)
print(0x_ff, 0o_17, 0b_101)
print(1e3, 1E3, 1.5e-3, .5, 5., 0.0)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x)
y = 6
y <<= 2; print(y)
y >>= 1; print(y)
y &= 7; print(y)
y |= 8; print(y)
y ^= 3; print(y)
pass
print("done")
