# strip/lstrip/rstrip with and without arguments; zfill, center, ljust, rjust
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), "no-op".strip())
print("<<a>>".strip("<>"), "123abc321".strip("0123456789"))
print("  x  ".strip(None), "\u3000wide\u3000".strip())
print("aaa".strip("a") == "", "banana".rstrip("an"), "banana".lstrip("ban"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
print("3.14".zfill(8), "-".zfill(3))
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".center(7, "*")), repr("x".center(4, "-")))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")))
print(repr("long".ljust(2)), repr("long".rjust(2)))
print("[" + "é".center(5, "·") + "]")
rows = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
for r in rows:
    print(r[0].ljust(8) + "|" + r[1].rjust(4) + "|")
print("|" + "title".center(20, "=") + "|")
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
print("tabs\there".expandtabs(4), "a\tb".expandtabs())
