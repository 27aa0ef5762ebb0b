# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, 3)], data[slice(-3, None)])
print("abcdefgh"[s], (0, 1, 2, 3, 4)[slice(1, 4)], range(20)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
t = slice(None, None, -2)
print(data[t], "hello"[t])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(0, 12, 2)]
print(data)
print(type(s), repr(slice("a", "b")))
empty = slice(5, 2)
print(data[empty], "text"[empty])
def take(seq, sl):
    return seq[sl]
print(take([1, 2, 3, 4], slice(1, 3)), take("abcd", slice(None, None, -1)))
try:
    [1, 2][slice(0, 2, 0)]
except ValueError as e:
    print("ValueError:", e)
