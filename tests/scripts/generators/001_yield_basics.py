# yield, next(), for loops and list() over generators
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"))

for v in count_up(4):
    print("for", v)
print(list(count_up(5)), tuple(count_up(2)), list(count_up(0)))

def letters():
    yield "a"
    yield "b"
    yield "c"

print("".join(letters()))
it = letters()
print(next(it))
print(list(it))
print(list(it))

# the body runs only on the first next()
def noisy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")

n = noisy()
print("created")
print(next(n))
print(next(n))
print(list(n))

# a generator function returns a new generator each call
a, b = count_up(2), count_up(2)
print(a is b, next(a), next(a), next(b))

# locals survive between resumptions
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(running_total([1, 2, 3, 4])))

# nested loops with a yield inside
def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i, j
print(list(pairs(4)))

# yield with no value
def empties():
    yield
    yield
print(list(empties()))

# a generator with only an unreachable yield
def never():
    return
    yield 1
print(list(never()))
