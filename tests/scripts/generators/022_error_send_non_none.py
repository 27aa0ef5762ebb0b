# the first send must be None
def gen():
    value = yield
    print(value)

g = gen()
g.send("too early")
