# Thousands separators on floats: only the integer part is grouped; zero padding counts them.
for v in [0.5, 1234.5, -1234567.891, 1e10, 123456789.0, 1e20, 999.999]:
    print(repr(v), format(v, ","), format(v, "_"), format(v, ",.2f"), format(v, "_.3f"), format(v, ",.2e"),
          format(v, ",g"), format(v, ",.10g"), format(v, "015,.2f"), format(v, "016,.1f"), format(v, ",%"),
          format(v, "^20,.1f"), format(v, "_.0f"))
print(f"{1234567.891:,.2f}", f"{-98765.4321:_.1f}", "{:,}".format(1234.5))
