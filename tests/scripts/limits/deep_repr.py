# repr/str/print of structures nested past the recursion limit raise RecursionError (CPython's
# Py_EnterRecursiveCall in PyObject_Repr) instead of overflowing the C stack.


def nested_list(depth):
    a = []
    for i in range(depth):
        a = [a]
    return a


def nested_tuple(depth):
    t = ()
    for i in range(depth):
        t = (t,)
    return t


def nested_dict(depth):
    d = {}
    for i in range(depth):
        d = {"k": d}
    return d


def attempt(label, f, x):
    try:
        r = f(x)
        print(label, "ok", len(r))
    except RecursionError as e:
        print(label, type(e).__name__, e)


deep_list = nested_list(100000)
deep_tuple = nested_tuple(100000)
deep_dict = nested_dict(100000)
attempt("list repr", repr, deep_list)
attempt("list str", str, deep_list)
attempt("tuple repr", repr, deep_tuple)
attempt("tuple str", str, deep_tuple)
attempt("dict repr", repr, deep_dict)
attempt("dict str", str, deep_dict)
attempt("list in dict", repr, {"x": [1, 2, deep_list]})
attempt("tuple in list", repr, [deep_tuple])

# Shallow nesting still works, and the limit is not used up by the failures above.
attempt("list 200", repr, nested_list(200))
attempt("tuple 200", repr, nested_tuple(200))
attempt("dict 200", repr, nested_dict(200))
print(repr(nested_list(3)), repr(nested_tuple(3)), repr(nested_dict(2)))


# The repr levels share the limit with Python frames: deep in a recursion, a shallower
# structure already fails.
def recurse(n, x):
    if n == 0:
        try:
            return len(repr(x))
        except RecursionError as e:
            return str(e)
    return recurse(n - 1, x)


print(recurse(10, nested_list(300)))
print(recurse(900, nested_list(300)))

try:
    print(deep_list)
except RecursionError as e:
    print("print", e)
print("done")
