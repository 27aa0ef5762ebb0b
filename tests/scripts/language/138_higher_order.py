# functions taking and returning functions
def twice(f):
    return lambda x: f(f(x))
print(twice(lambda x: x + 3)(10), twice(twice(lambda x: x * 2))(1))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print(fast(4), fast(4), fast(5), calls[0])
def fib(n):
    return n if n < 2 else mfib(n - 1) + mfib(n - 2)
mfib = memoize(fib)
print(mfib(80))
def my_map(f, seq):
    out = []
    for x in seq:
        out.append(f(x))
    return out
def my_filter(pred, seq):
    out = []
    for x in seq:
        if pred(x):
            out.append(x)
    return out
def my_reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(list(map(str, nums)), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, "", "x", [], [1]])), list(filter(str.isdigit, "a1b2c3")))
def decorate(f):
    def wrapped(*args):
        print("calling with", args)
        return f(*args)
    return wrapped
@decorate
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def deco(f):
        def wrapper():
            out = []
            for i in range(n):
                out.append(f())
            return out
        return wrapper
    return deco
@repeat(3)
def hello():
    return "hi"
print(hello())
def pipeline(value, *steps):
    for s in steps:
        value = s(value)
    return value
print(pipeline("  Hello World  ", str.strip, str.lower, lambda s: s.replace(" ", "_")))
print(sorted(["b", "A", "c"], key=str.lower), max([1, -5, 3], key=abs))
