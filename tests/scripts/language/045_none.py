# None and functions without a return value
print(None, repr(None), str(None), type(None))
x = None
print(x is None, x is not None, x == None, x != None)
def nothing():
    pass
def bare_return():
    return
def early(flag):
    if flag:
        return "value"
print(nothing(), bare_return(), early(True), early(False))
print(nothing() is None)
print(bool(None), not None)
print([None, None], (None,), {None: None})
print(None == 0, None == False, None == "", None == [])
d = {}
print(d.get("missing"), d.get("missing", "default"))
print([].sort() is None, [3, 1].reverse())
l = [3, 1, 2]
r = l.sort()
print(r, l)
print(print("inner") is None)
y = None
if y:
    print("truthy")
else:
    print("falsy")
print(hash(None) == hash(None))
print(max([None], key=lambda v: 0))
print(str(None) + "!", len(str(None)))
