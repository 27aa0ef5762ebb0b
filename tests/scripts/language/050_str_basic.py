# str literals, escapes, concatenation, repetition, membership, comparisons
print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "tab:\tend", "back\\slash")
print("a\nb")
print("\x41\x42\u0043\U00000044\101")
print(r"raw \n stays", R"\d+", len(r"\n"))
print("con" "cat" 'enation')
print("ab" + "cd", "ab" * 3, 3 * "xy", "x" * 0, "x" * -2)
print(len(""), len("hello"), len("h\u00e9llo"), len("\u2603\u2603"))
print("ell" in "hello", "xyz" in "hello", "" in "abc", "h" not in "hello")
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "B" < "a")
print("a" < "b" < "c", "Z" < "a", "" < "a", "abc" <= "abc", "b" > "abc")
print("\u00e9" > "z", "\u2603" > "\u00e9")
print(str(), str("x"), str(12), str(1.5), str([1, "a"]), str(None))
s = "hello"
s += " world"
print(s)
s *= 2
print(s)
print(type("x"), isinstance("x", str))
print("""multi
line""")
print("line one\
 continued")
print('\'' + "\"")
print("null:\0:end" == "null:\x00:end", len("\0"))
print("\a\b\f\v\r" == "\x07\x08\x0c\x0b\x0d")
print("caf\u00e9" == "café", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))
x = "spam"
y = "spa" + "m"
print(x == y)
print(str(2 ** 70), str(-0.0), str(True))
print("abc".__len__(), "abc".__contains__("b"))
print(max("hello"), min("hello"), sorted("hello"))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
print("-".join("abc"), "".join(["x", "y"]))
for ch in "héy":
    print(ch, ord(ch))
