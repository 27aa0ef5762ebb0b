class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __repr__(self):
        return f"Node({self.v}, {self.next!r})"
a = Node(1)
b = Node(2)
a.next = b
print(a)
b.next = a
try:
    repr(a)
except RecursionError as e:
    print("RecursionError")
class Selfish:
    def __repr__(self):
        return repr(self)
try:
    repr(Selfish())
except RecursionError:
    print("RecursionError 2")
class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().x
except RecursionError:
    print("RecursionError 3")
class EqLoop:
    def __eq__(self, o):
        return self == o
try:
    EqLoop() == EqLoop()
except RecursionError:
    print("RecursionError 4")
print("survived")
