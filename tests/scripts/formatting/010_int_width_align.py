# format() of ints: width, the four alignments, fill characters and zero padding.
for v in [0, 7, -7, 42, -1234, 10**12]:
    for spec in ["", "8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^8", "*=8", "08", "-^9", "0=9",
                 "x^3", "1", "0", "010", "<010", "^010", ">010"]:
        print(repr(spec), repr(format(v, spec)))
# non-ASCII fill, and fills that look like syntax
print(format(5, "é^7"), format(5, "{<4"), format(5, "}>4"), format(-5, "0=6"), format(-5, "€=6"))
print(format(123, "\u3000>6") + "|")
