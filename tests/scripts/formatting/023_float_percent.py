# The '%' presentation type: the value times 100 in fixed notation, then '%'.
for v in [0, 0.5, 0.123456, 1, -0.25, 1.5, 0.0001, 2.675, 1e-10, 12345.6789, True]:
    print(repr(v), format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, "10.2%"),
          format(v, "<10.1%") + "|", format(v, "+.3%"), format(v, ",.2%"), format(v, "010.1%"),
          format(v, "#.0%"))
print(f"{0.875:.1%} done", "{:.2%}".format(1/3), format(float("inf"), "%"), format(float("nan"), "%"))
