# generators as methods and as __iter__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
for v in Countdown(2):
    print("v", v)
print(sum(Countdown(4)), max(Countdown(5)), 2 in Countdown(3))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3)])
print(list(t.walk()), list(t.leaves()))

# a generator method sees self and can use super()
class Base:
    def items(self):
        yield "base"
class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()
print(list(Derived().items()))

# static and class methods can be generators
class Util:
    @staticmethod
    def repeat(v, n):
        for _ in range(n):
            yield v
    @classmethod
    def names(cls):
        yield cls.__name__
print(list(Util.repeat("x", 3)), list(Util.names()))

# an iterator class that wraps a generator
class Squares:
    def __init__(self, n):
        self._gen = (i * i for i in range(n))
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._gen)
print(list(Squares(4)))

# generator methods keep their instance alive
def make():
    return Countdown(2).__iter__()
g = make()
print(list(g))

# a property returning a generator
class Bag:
    def __init__(self, *items):
        self.items = items
    @property
    def doubled(self):
        return (i * 2 for i in self.items)
print(list(Bag(1, 2, 3).doubled))
