# a generator cannot resume itself
def gen():
    print("running")
    yield next(me)

me = gen()
next(me)
