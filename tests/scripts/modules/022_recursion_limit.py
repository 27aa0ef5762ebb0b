# sys.getrecursionlimit / setrecursionlimit and their errors.
import sys

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
for bad in [0, -5, 2.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print(e)
print(sys.getrecursionlimit())
