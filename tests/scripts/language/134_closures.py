# closures: captured variables, shared cells, late binding, nonlocal
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_pair():
    value = [0]
    def get():
        return value[0]
    def put(v):
        value[0] = v
    return get, put
get, put = make_pair()
put(42)
print(get())
def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def read():
        return x
    return inc, read
inc, read = shared()
inc()
inc()
print(read())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print(funcs[0](), funcs[1](), funcs[2]())
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print(funcs[0](), funcs[1](), funcs[2]())
def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
ms = make_multipliers()
print(ms[0](10), ms[1](10), ms[2](10))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def late():
    def reader():
        return y
    y = "assigned after def"
    return reader()
print(late())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
for n in [1, 2, 3, 4]:
    print(acc(n), end=" ")
print()
def nest3():
    a = 1
    def f2():
        b = 2
        def f3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return f3()
    r = f2()
    return r, a
print(nest3())
def param_capture(p):
    return lambda: p * 2
print(param_capture(21)(), param_capture("ab")())
def rebinding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(rebinding())
def compose(f, g):
    return lambda x: f(g(x))
inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5))
