class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for x in Countdown(2):
    print("tick", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(4)), sorted(Countdown(3)), tuple(Countdown(2)))
print(3 in Countdown(5), 9 in Countdown(5))
a, b = Countdown(2)
print(a, b)

class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self): return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), dict.fromkeys(r))
print(list(zip(Range2(2), Range2(3))), list(enumerate(Range2(2))))

class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Range2(1))
except TypeError as e:
    print("TypeError:", e)
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    list(Boom())
except ValueError as e:
    print("ValueError:", e)
