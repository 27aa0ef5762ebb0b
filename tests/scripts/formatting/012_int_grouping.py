# Thousands separators: ',' and '_' for decimal, '_' every four digits for b/o/x/X, and how
# zero padding interacts with the separators.
for v in [0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20, -(10**20)]:
    print(v, format(v, ","), format(v, "_"), format(v, ",d"), format(v, "_d"), format(v, "_x"),
          format(v, "_b")[-14:], format(v, "#_o"), format(v, "_X"))
for spec in ["08,", "09,", "010,", "011,", "012,", "07_", "0=12,", "^15,", "+015,", "020_x",
             "#015_b", "<12_", "012_X", "1,", "0,"]:
    print(repr(spec), repr(format(1234, spec)), repr(format(-1234, spec)))
print(format(123456789, ",").replace(",", "."), f"{10**9:_}", f"{255:_b}")
