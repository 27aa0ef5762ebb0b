# deep yield-from chains and recursion limits
import sys

def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from chain(n - 1)
    return depth + 1

g = chain(100)
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("depth", e.value)

def runaway(n):
    yield from runaway(n + 1)

try:
    next(runaway(0))
except RecursionError as e:
    print("RecursionError:", e)

# the interpreter is usable afterwards
print(list(chain(5)))

# a recursive generator walking nested lists
def walk(obj, depth=0):
    if isinstance(obj, list):
        for item in obj:
            yield from walk(item, depth + 1)
    else:
        yield depth, obj
print(list(walk([1, [2, [3]], 4])))

# many generators alive at once
gens = [iter(range(i, i + 3)) for i in range(500)]
def merge(gs):
    for g in gs:
        yield next(g)
print(sum(merge(gens)))

# a long-running generator is cheap to resume
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
for _ in range(100000):
    last = next(c)
print(last)
total = 0
for v in counter():
    total += v
    if v == 100000:
        break
print(total)
