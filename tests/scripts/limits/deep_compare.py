# Comparing structures nested past the recursion limit raises RecursionError "in comparison"
# (CPython's PyObject_RichCompare guard) instead of overflowing the C stack.


def nested_list(depth, leaf):
    a = [leaf]
    for i in range(depth):
        a = [a]
    return a


def nested_tuple(depth, leaf):
    t = (leaf,)
    for i in range(depth):
        t = (t,)
    return t


def nested_dict(depth, leaf):
    d = {"leaf": leaf}
    for i in range(depth):
        d = {"k": d}
    return d


def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, type(e).__name__, e)


a = nested_list(100000, 1)
b = nested_list(100000, 1)
attempt("list ==", lambda: a == b)
attempt("list !=", lambda: a != b)
attempt("list <", lambda: a < b)
attempt("list >=", lambda: a >= b)
attempt("list is", lambda: a is b)
attempt("list == self", lambda: a == a)
attempt("list in", lambda: a in [0, b])
attempt("list count", lambda: [b, b].count(a))
attempt("list index", lambda: [b].index(a))

t = nested_tuple(100000, 1)
u = nested_tuple(100000, 1)
attempt("tuple ==", lambda: t == u)
attempt("tuple <", lambda: t < u)

d = nested_dict(100000, 1)
e = nested_dict(100000, 1)
attempt("dict ==", lambda: d == e)
attempt("dict !=", lambda: d != e)

# Different lengths at the top answer before any recursion.
attempt("len differs", lambda: [a, 1] == [b])

# Shallow structures compare normally, also after the failures above.
attempt("list 300", lambda: nested_list(300, 1) == nested_list(300, 1))
attempt("list 300 differ", lambda: nested_list(300, 1) == nested_list(300, 2))
attempt("list 300 <", lambda: nested_list(300, 1) < nested_list(300, 2))
attempt("tuple 300", lambda: nested_tuple(300, "x") == nested_tuple(300, "x"))
attempt("dict 300", lambda: nested_dict(300, 1.5) == nested_dict(300, 1.5))


def recurse(n, x, y):
    if n == 0:
        try:
            return x == y
        except RecursionError as e:
            return str(e)
    return recurse(n - 1, x, y)


# The comparison levels share the limit with Python frames.
print(recurse(10, nested_list(400, 1), nested_list(400, 1)))
print(recurse(900, nested_list(400, 1), nested_list(400, 1)))
print("done")
