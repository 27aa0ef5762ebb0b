# Which right operands count as one value, as a tuple of values, or as a mapping.
print("%s" % [1, 2], "%s" % {1, 2}, "%s" % (1,), "%s" % ((1, 2),), "%s" % {"k": "v"})
print("abc" % [1], "abc" % {}, "abc" % {"k": 1}, "abc" % (), "abc" % b"x", "abc" % bytearray() if False else "")
print("%s|%s" % ("a", "b"), "%s" % "one string", "%r" % ("t",), "%s-%s" % tuple("xy"))
class T(tuple):
    pass
print("%s %s" % T((1, 2)), "%s" % T(("only",)))
try:
    "%s" % T((1, 2))
except TypeError as e:
    print(e)
fmt = "%-10s|%5d|%8.2f"
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
for r in rows:
    print(fmt % r)
s = "%d"
s %= 5
print(s, "x".__mod__(()), "%s".__mod__(1), "x".__rmod__(1), str.__mod__("%s!", "y"))
print(5 .__rmod__(7), 7 % 5)
try:
    print(1 % "x")
except TypeError as e:
    print(e)
for fn in [lambda: "%s %s" % ((1,),), lambda: "abc" % 5, lambda: "abc" % "x", lambda: "%s %s" % [1, 2]]:
    try:
        print(repr(fn()))
    except TypeError as e:
        print("TypeError", e)
