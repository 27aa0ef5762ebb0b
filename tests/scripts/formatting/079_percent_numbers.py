# Numeric conversions of non-int values: bool, float truncation, big ints, and objects that
# define __index__, __int__ or __float__.
print("%d %d %d %d" % (True, False, 7.9, -7.9), "%i" % 1e20, "%d" % 2**100, "%x" % True)
print("%f %e %g" % (True, 2**60, 10**20), "%.3f" % 1, "%s %r" % (2**70, -(2**70)))
class Idx:
    def __index__(self):
        return 255
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
class Flt:
    def __float__(self):
        return 0.125
print("%d %x %o %#X" % (Idx(), Idx(), Idx(), Idx()), "%d %f %e" % (Num(), Num(), Num()), "%.4f %g" % (Flt(), Flt()))
print("%5d|%-8.3f|%+e" % (Idx(), Num(), Flt()))
def show(fmt, v):
    try:
        print(repr(fmt % v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show("%d", object())
show("%x", Num())
show("%f", object())
show("%f", "1.5")
show("%d", 1e400)
show("%x", 2.0)
show("%c", Idx())
show("%d", [1])
show("%.1f", 10**400)
class BadInt:
    def __int__(self):
        return "x"
class BadIndex:
    def __index__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return 1
show("%d", BadInt())
show("%x", BadIndex())
show("%c", BadIndex())
show("%f", BadFloat())
show("%f", Idx())
show("%f", BadIndex())
"%d" % BadInt()
