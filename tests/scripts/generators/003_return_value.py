# return in a generator: StopIteration(value) and .value
def gen_ret():
    yield 1
    return "result"

g = gen_ret()
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def ret_none():
    yield 1
    return

g = ret_none()
g.__next__()
try:
    g.__next__()
except StopIteration as e:
    print(repr(e), e.value, e.args)

def ret_tuple():
    return (1, 2)
    yield

try:
    ret_tuple().send(None)
except StopIteration as e:
    print(e.value, e.args)

def ret_exc():
    return ValueError("not raised")
    yield

try:
    ret_exc().__next__()
except StopIteration as e:
    print(repr(e.value))

# for loops and list() drop the return value
def gen_with_value():
    yield "a"
    yield "b"
    return "ignored"
print(list(gen_with_value()))
for x in gen_with_value():
    print(x)

# once finished, a generator stays finished
g = gen_ret()
print(list(g), list(g))
try:
    g.send(None)
except StopIteration as e:
    print("finished:", e.args)

# return inside try/finally
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("cleanup")

g = ret_finally()
next(g)
try:
    g.__next__()
except StopIteration as e:
    print("value:", e.value)

# return overrides in finally
def finally_return():
    try:
        yield 1
    finally:
        return "finally wins"

g = finally_return()
next(g)
try:
    g.__next__()
except StopIteration as e:
    print(e.value)
