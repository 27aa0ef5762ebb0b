# Attribute lookups must see every change to a class or its bases, however often they ran.
class Base:
    def greet(self): return "base"
class Mid(Base): pass
class Leaf(Mid): pass
leaf = Leaf()
results = []
for i in range(6):
    results.append(leaf.greet())
    if i == 1:
        Base.greet = lambda self: "patched base"
    elif i == 2:
        Mid.greet = lambda self: "mid"
    elif i == 3:
        del Mid.greet
    elif i == 4:
        leaf.greet = lambda: "instance"
print(results)
class Config:
    level = 1
def read(): return [Config.level, Config().level]
print(read())
Config.level = 2
print(read())
class Sub(Config): pass
print(Sub.level)
Config.level = 3
print(Sub.level, Sub().level)
del Config.level
print(hasattr(Sub, "level"), hasattr(Sub(), "level"))
# method calls in a loop keep working while the class changes
class Counter:
    def __init__(self): self.n = 0
    def tick(self): self.n += 1
c = Counter()
for i in range(10):
    c.tick()
    if i == 4:
        Counter.tick = lambda self: setattr(self, "n", self.n + 100)
print(c.n)
