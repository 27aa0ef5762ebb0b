# 'f' and 'F': fixed point with a precision, rounding half to even on the binary value.
vals = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 3.14159265358979, 1e-7,
        123456.789, 1e15, 1e16, 1.7976931348623157e308, 5e-324, 0.1, 0.7, 99.995]
for v in vals:
    print(repr(v), [format(v, s) for s in ["f", ".0f", ".1f", ".2f", ".3F", "#.0f", "+.2f", " .1f", "10.3f", "<10.2f", "^11.1f", "010.2f", "+010.1f"]][:13])
print(format(1/3, ".30f"), format(2/3, ".17f"), format(1e-300, ".5f"), format(5e-324, ".330f")[-12:])
print(format(1e22, "f"), format(1e23, "f"), format(2**63 + 0.0, ".1f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(-0.5, ".0f"), format(-2.5, ".0f"))
