# deep recursion within the limit, and RecursionError caught
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still running")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))
calls = [0]
def counted():
    calls[0] += 1
    counted()
try:
    counted()
except RecursionError:
    print("counted to about the limit:", 900 < calls[0] <= 1000)
print(depth(500) + depth(400))
