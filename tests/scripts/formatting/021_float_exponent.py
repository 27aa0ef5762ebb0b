# 'e' and 'E': one digit before the point, the exponent with at least two digits.
vals = [0.0, -0.0, 1.0, 12345.678, -0.000123456, 1e100, 1e-100, 9.9999999e99, 5e-324, 1.7976931348623157e308, 2.5, 0.5]
for v in vals:
    print(repr(v), format(v, "e"), format(v, ".0e"), format(v, "#.0e"), format(v, ".3E"),
          format(v, "+.2e"), format(v, "15.2e"), format(v, "<15.4E") + "|", format(v, "015.2e"), format(v, ".20e"))
print(format(1e300 * 10, "e"), format(-1e300 * 1e10, "E"), format(float("nan"), "E"))
print(f"{6.02214076e23:.3e}", f"{1.602e-19:E}", f"{299792458:e}")
