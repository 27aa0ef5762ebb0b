# yield from forwards send() to the sub-generator
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
        if len(results) == 2:
            return "gathered"

results = []
g = gather(results)
print(next(g))
print(g.send(1), g.send(2), g.send(3))
print(g.send(None))
print(g.send(10), g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
print(results)

# send() into a delegating generator whose sub-iterator is a list iterator: AttributeError
def from_list():
    yield from [1, 2, 3]
g = from_list()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# two levels of delegation
def level2():
    x = yield "l2 start"
    y = yield "l2 got %r" % (x,)
    return x, y

def level1():
    r = yield from level2()
    yield "level1 got %r" % (r,)

def level0():
    r = yield from level1()
    return r

g = level0()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("level0 returned", e.value)

# send to a delegating generator before start
g = level0()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

# a sub-iterator with a send method
class Sender:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        if len(self.log) > 3:
            raise StopIteration("sender done")
        return len(self.log)
    def send(self, v):
        self.log.append(v)
        return "sent " + str(v)

def uses_sender(s):
    r = yield from s
    yield r

s = Sender()
g = uses_sender(s)
print(next(g), g.send("hi"), next(g), next(g))
print(s.log)
