# printf-style formatting: %s %r %a %d %i %u and %%.
print("%s" % "text", "%s" % 42, "%s" % 1.5, "%s" % None, "%s" % [1, "a"], "%s" % (("t", 1),))
print("%r" % "text", "%r" % 42, "%r" % "é\n", "%a" % "é\n", "%a" % "日本", "%a" % [1, "ü"])
print("%d %i %u" % (42, -7, 10**20), "%d" % True, "%d" % 3.99, "%d" % -3.99, "%i" % 2.5)
print("100%%", "%d%%" % 50, "%%s" % (), "%%%s%%" % "x", "a%%b" % ())
print("%s and %s" % ("this", "that"), "%s" % ("single",), "%s" % ((1, 2),), "[%s]" % "")
print("%5s|%-5s|%.2s|%5.1s|%-6.3s|" % ("abc", "abc", "abc", "abc", "abcdef"))
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|" % (42, 42, 42, 42, 42, -42, 42, 42))
print("%.3d|%5.3d|%-7.4d|%+.2d|%08.3d|" % (7, 7, -7, 7, 7))
print("%s %s %s" % (True, False, ...), "%r" % (b"by",), "%s" % b"by", "%s %%" % {"k": 1})
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print("%s %r %a %10s %-10r|" % (R(), R(), R(), R(), R()))
