# builtins.__import__: what it returns with and without a fromlist, and its argument errors.
import sys

m = __import__("shapes.square")
print(m.__name__)
m = __import__("shapes.square", fromlist=["Square"])
print(m.__name__)
m = __import__("shapes", fromlist=["circle", "square"])
print(m.__name__, m.circle.__name__)
m = __import__("sys")
print(m is sys)
m = __import__("deep.inner.core", globals(), locals(), [], 0)
print(m.__name__)
m = __import__("deep.inner.core", None, None, ("leaf",))
print(m.__name__, m.leaf.level)

for args in [(), ("",), (5,), ("x", None, None, None, -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    __import__("shapes", fromlist=[1])
except TypeError as e:
    print("TypeError", e)

# fromlist items that are not submodules are ignored here, and left to the caller.
m = __import__("shapes", fromlist=["not_a_sub"])
print(m.__name__, hasattr(m, "not_a_sub"))
print(__import__ is __builtins__.__import__)
