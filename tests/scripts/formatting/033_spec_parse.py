# How the spec is parsed: fill vs align, '0' only when no fill was given, overflowing numbers,
# leftover characters, and non-ASCII presentation types in messages.
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, OverflowError, MemoryError) as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["0<5", "0>5", "0^5", "<05", ">05", "^05", "00", "000", "0=05", "==5", "<=5", "=<5",
             "+08", "-08", " 08", "#08x", "z08.1f", "1_000", "10,.2f", "10_.2f", "10,_", "10_,",
             "99999999999999999999", ".99999999999999999999", "9" * 30 + "d",
             "5é", ".5日", "é", "\u00ff", "\U0001F600", "\x7f", ",\x7f", "_é", "ll", "5.5.5", "+ "]:
    show(12, spec)
    show(1.25, spec)
    show("s", spec)
