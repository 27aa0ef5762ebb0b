# A class with __init__, methods, class and instance attributes.
class Counter:
    """Counts things."""
    step = 1

    def __init__(self, start=0):
        self.value = start

    def incr(self):
        self.value += self.step
        return self.value

c = Counter()
print(c.incr(), c.incr(), c.value)
d = Counter(10)
d.step = 5
print(d.incr(), Counter.step, c.step)
Counter.step = 2
print(c.incr(), d.incr())
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
print(type(c) is Counter, c.__class__ is Counter, type(Counter) is type)
print(sorted(vars(c).items()), c.__dict__ == {'value': 5})
print(Counter.__bases__, Counter.__mro__)
print(isinstance(c, Counter), isinstance(c, object), isinstance(1, Counter))
