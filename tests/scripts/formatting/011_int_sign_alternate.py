# format() of ints: signs, the alternate form and the base presentation types.
for v in [0, 1, -1, 255, -255, 4096]:
    row = []
    for spec in ["+", "-", " ", "+d", " d", "b", "o", "x", "X", "#b", "#o", "#x", "#X",
                 "+#x", " #o", "#010x", "+#012b", "#<10X", "#^12o", "n", "+n", "d"]:
        row.append(format(v, spec))
    print(v, row)
print(format(2**64, "x"), format(-2**64, "#X"), format(2**70, "o"), format(-(2**65), "#b"))
print(hex(255) == format(255, "#x"), oct(8) == format(8, "#o"), bin(5) == format(5, "#b"))
