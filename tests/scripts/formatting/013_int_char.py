# The 'c' presentation type: an int as the character with that code point.
for v in [65, 97, 48, 0x263A, 0x1F600, 0xE9, 10, 32]:
    print(repr(format(v, "c")), repr(format(v, "^5c")), repr(format(v, "*>3c")), repr(format(v, "<3c")))
print(format(True, "c") == "\x01", format(65, "05c"), format(65, "=5c"))
def show(spec, v):
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show("c", -1)
show("c", 0x110000)
show("c", 2**70)
show("+c", 65)
show(" c", 65)
show("#c", 65)
show(",c", 65)
show("_c", 65)
show(".2c", 65)
show("zc", 65)
format(65, "#c")
