class Boom(Exception):
    pass
def f():
    raise Boom("it broke")
f()
