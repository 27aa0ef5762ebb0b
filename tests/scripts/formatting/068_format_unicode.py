# str.format with non-ASCII templates, names, fills and arguments.
print("héllo {} wörld {}".format("→", 1.5), "日本{0}語{1}".format("a", "b"))
print("{:é^9}|{:→<6}|{:★>5}".format("mid", 1, "x"), "{:^7.2}|".format("αβγδ"))
print("{ключ} {名前}".format(ключ="значение", 名前="なまえ"), "{0[キー]}".format({"キー": "値"}))
print("{!r} {!a} {!s}".format("ü", "ü", "ü"), "{0:日>5}".format(7), "{:🙂^9,}".format(12345))
print("%s" % "{}".format("ok"), "{}".format("%s" % "ok"), "{:%}".format(0.5), "%s{}" % "x")
