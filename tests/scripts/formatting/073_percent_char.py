# %c: an int code point or a one-character str.
print("%c%c%c" % (72, 105, 33), "%c" % "x", "%c" % "é", "%c" % 0x1F600, "%c" % 0x263A)
print("[%3c][%-3c][%03c][%.0c]" % ("a", "b", 99, "d"), "%c" % True, "%5c|" % 0xE9)
def show(fmt, v):
    try:
        print(repr(fmt % v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
show("%c", "ab")
show("%c", "")
show("%c", 1.5)
show("%c", None)
show("%c", -1)
show("%c", 0x110000)
show("%c", 2**80)
show("%c", [65])
"%c" % 3.0
