# %x %X %o with the alternate form, zero padding, width, precision and signs.
for v in [0, 1, 255, -255, 4096, 2**70, -(2**70)]:
    print(v, "%x|%X|%o|%#x|%#X|%#o|%8x|%-8X|%08x|%#08x|%#-8o|%+x|% X|%.4x|%#.4x|%#10.4X|%+#010o" % ((v,) * 17))
print("%x" % True, "%o" % False, "%X" % 3000000000, "%#x" % -1, "%#5x|%#-5x|%#05x" % (0, 0, 0))
print("%ld %hd %Li %lx" % (1, 2, 3, 255), "%5%" % () if False else "", "%-05d|%0-5d|" % (3, 3))
