# 'g', 'G', 'n' and the empty presentation type (repr-like, at least one digit after the point
# when written in fixed notation).
vals = [0.0, -0.0, 1.0, 10.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1e17, 1.5e-5,
        3.14159265358979, 100.0, 1e22, 123.456, 0.1 + 0.2, 1/3, 2.0**60]
for v in vals:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, "#.3g"),
          format(v, "G"), format(v, ".1g"), format(v, ".0g"), format(v, "n"), format(v, ".3"), format(v, ".10"),
          format(v, ".17g"), format(v, "#.0"), format(v, "12"), format(v, "+"), format(v, ".2n"))
print(str(1e16) == format(1e16, ""), format(12.0, ".0"), format(12.0, ".1"), format(12.5, ".2"))
