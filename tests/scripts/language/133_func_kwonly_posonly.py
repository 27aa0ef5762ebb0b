# keyword-only (after * or *args) and positional-only (before /) parameters
def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(1, c=30, b=20), kwonly(a=0, b=0))
def after_args(*args, sep="-"):
    return sep.join(args)
print(after_args("a", "b"), after_args("a", "b", sep="+"))
def posonly(a, b, /, c):
    return (a, b, c)
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def both(a, /, b, *, c):
    return [a, b, c]
print(both(1, 2, c=3), both(1, b=2, c=3))
def po_default(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)
print(po_default(1), po_default(1, 5), po_default(1, 5, 6), po_default(1, d=0), po_default(1, c=9))
def po_kwargs(a, /, **kw):
    return a, kw
print(po_kwargs(1, a=2))
def required_kw(*, must):
    return must
print(required_kw(must="yes"))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    both(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    po_default()
except TypeError as e:
    print("TypeError:", e)
