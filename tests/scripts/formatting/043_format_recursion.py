# A __format__ that formats itself again ends in RecursionError, not a crash; so do
# self-containing lists.
class R:
    def __format__(self, s):
        return format(self, s)
try:
    format(R(), "x")
except RecursionError as e:
    print("RecursionError", e)
class R2:
    def __format__(self, s):
        return f"{self}"
try:
    f"{R2()}"
except RecursionError as e:
    print("RecursionError", e)
class R4:
    def __format__(self, s):
        return "{:x}".format(self)
try:
    "{:y}".format(R4())
except RecursionError as e:
    print("RecursionError", e)
l = []
l.append(l)
print("%s %r {} {!r}".format(l, l) % (l, l), f"{l}")
