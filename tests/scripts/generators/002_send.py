# send(): values going into a generator
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"

e = echo()
print(e.send(None))
print(e.send(1), e.send("two"), e.send([3]))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
try:
    e.send(5)
except StopIteration as s:
    print("again", s.args)

# send on a just-started generator
def gen():
    x = yield 1
    print("got", x)
    yield 2

g = gen()
try:
    g.send(42)
except TypeError as err:
    print("TypeError:", err)
print(g.send(None))
print(g.send("hello"))

# next() is send(None)
def show():
    while True:
        v = yield
        print("value", v)
s = show()
next(s)
s.send(1)
next(s)
s.send((2, 3))

# an averager coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
print(avg.send(10), avg.send(30), avg.send(5))

# yield as an expression in various positions
def positions():
    a = (yield "first") + 1
    b = [(yield "second"), (yield "third")]
    c = {"key": (yield "fourth")}
    return a, b, c

p = positions()
print(next(p))
print(p.send(10))
print(p.send("x"))
print(p.send("y"))
try:
    p.send("z")
except StopIteration as s:
    print(s.value)

# send argument errors
g = gen()
try:
    g.send()
except TypeError as err:
    print(err)
try:
    g.send(1, 2)
except TypeError as err:
    print(err)
