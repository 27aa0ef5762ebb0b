# generator pipelines: lazy, infinite, and composed
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v

def squared(it):
    for v in it:
        yield v * v

print(list(take(5, squared(evens(naturals())))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))

def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(12, primes())))

# laziness: each stage runs only as far as needed
def traced(name, it):
    for v in it:
        print(name, "produces", v)
        yield v
pipeline = traced("outer", traced("inner", iter([1, 2, 3])))
print("built")
print(next(pipeline))
print(next(pipeline))

# a generator reading lines and parsing them
text = """alpha 1
beta 2
# comment
gamma 3"""
def lines(s):
    for line in s.split("\n"):
        yield line
def records(ls):
    for line in ls:
        if line.startswith("#"):
            continue
        name, value = line.split()
        yield name, int(value)
print(dict(records(lines(text))))
print(sum(v for _, v in records(lines(text))))

# round-robin scheduling of generators
def task(name, steps):
    for i in range(steps):
        yield "%s step %d" % (name, i)

def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            print(next(t))
        except StopIteration:
            continue
        queue.append(t)

scheduler([task("A", 3), task("B", 1), task("C", 2)])

# batching
def batched(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))

# a long generator chain finishes without deep C++ recursion
def passthrough(it):
    for v in it:
        yield v
g = iter(range(3))
for _ in range(200):
    g = passthrough(g)
print(list(g))
