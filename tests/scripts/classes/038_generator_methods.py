class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.leaves()), sum(t), 4 in t, max(t))
class Evens:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return (i for i in range(self.n) if i % 2 == 0)
print(list(Evens(7)), [x * x for x in Evens(5)])
