class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
class BadIdx:
    def __index__(self): return "x"
try:
    bin(BadIdx())
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), f"{Fmt():>5}", "{:x}".format(Fmt()))
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "")[:15])
class Rounder:
    def __round__(self, n=None): return ("round", n)
print(round(Rounder()), round(Rounder(), 2))
class Absolute:
    def __abs__(self): return "abs!"
print(abs(Absolute()))
