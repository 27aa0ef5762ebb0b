# Large widths and precisions: big results work, impossible ones raise instead of crashing.
print(len(format(7, "100000")), len(format("x", "^100001")), len(format(1.5, "<50000.3f")))
print(len(format(2.0, ".1000f")), format(1.0, ".500e")[-8:], len(format(10**50, "0200,")))
print(len(f"{'a':>{10**5}}"), len("{:{}}".format(1, 12345)), len("%*d" % (20000, 5)), len("%.3000f" % 1.0))
def show(fn):
    try:
        r = fn()
        print(type(r).__name__, len(r))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
show(lambda: format(1, "1000000000000000000"))
show(lambda: format(1.0, "1000000000000000000"))
show(lambda: format("a", "1000000000000000000"))
show(lambda: format(1.0, ".2147483648f"))
show(lambda: format(1, "9999999999999999999999"))
show(lambda: "%99999999999999999999d" % 1)
show(lambda: "%.2147483648f" % 1.0)
show(lambda: "%.*f" % (2**40, 1.0))
show(lambda: "%*d" % (2**70, 1))
show(lambda: "%.2147483647d" % 1)
