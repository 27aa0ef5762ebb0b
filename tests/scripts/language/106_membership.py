# the in / not in operator on every container
print(1 in [1, 2], 3 in [1, 2], "a" in ["a"], [1] in [[1]], None in [None])
print(1 in (1, 2), (1,) in ((1,),), 1.0 in (1,), True in (1,))
print("bc" in "abcd", "ac" in "abcd", "" in "", "A" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1: "k"}.keys(), "k" in {1: "k"}.values())
print(2 in {1, 2}, 2 in frozenset([2]), 2.0 in {2}, 5 in set())
print(3 in range(5), 5 in range(5), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1 not in [2], "x" not in "xyz", not 1 in [1])
big = list(range(1000))
print(999 in big, 1000 in big)
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)
try:
    [1] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
