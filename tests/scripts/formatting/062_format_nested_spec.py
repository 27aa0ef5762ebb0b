# Replacement fields nested inside a format spec, and how they take part in numbering.
print("{:{}}|".format("a", 5))
print("{:{}.{}f}|".format(3.14159, 10, 2))
print("{0:{1}.{2}f}|".format(3.14159, 10, 2))
print("{x:{w}.{p}f}|".format(x=2.5, w=8, p=3))
print("{:{fill}{align}{width}}|".format("mid", fill="*", align="^", width=9))
print("{0:{1}{2}}|".format(42, ">", 6), "{:{}{}}|".format(42, "<", 6))
print("{:{}}{}".format(1, 4, "after"))
print("{0:{0}}".format(3), "{a:{a}}".format(a=4))
print("{:{:}}".format(1, ""), "{!r:{}}|".format("x", 6), "{0!s:{1}}|".format(None, 6))
for w in range(1, 6):
    print("{:>{w}}|{:<{w}}|{:^{w}}|".format("ab", "cd", "ef", w=w))
