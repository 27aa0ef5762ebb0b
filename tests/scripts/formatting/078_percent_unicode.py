# printf-style formatting counts characters, not bytes.
for s in ["é", "日本語", "🙂🙂", "ascii", "mixé"]:
    print("[%6s][%-6s][%.2s][%6.1s][%-4.3s]" % (s, s, s, s, s), "[%5r][%a]" % (s, s))
print("%s → %s" % ("α", "β"), "%(ключ)s" % {"ключ": "значение"}, "%c|%3c|%-3c|" % ("ü", "日", 0x1F600))
print("ünïcödé %d %s" % (1, "ok"), "%s%%é" % 5, "日%s本" % "x")
