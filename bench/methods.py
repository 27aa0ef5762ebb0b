# method calls on instances: LOAD_METHOD/CALL on user classes, self attribute reads and writes
class Counter:
    def __init__(self, start):
        self.count = start

    def step(self, k):
        self.count = (self.count + k) % 1000003
        return self.count

    def value(self):
        return self.count


class Doubler(Counter):
    def step(self, k):
        return super().step(2 * k)


def run(n):
    a = Counter(1)
    b = Doubler(2)
    total = 0
    for i in range(n):
        total += a.step(i) + b.step(i) - a.value()
    return total % 1000003


print(run(1_000_000))
