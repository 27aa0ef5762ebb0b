# find, rfind, index, rindex, count, startswith/endswith, replace, in
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("zzz"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("zzz"), s.rfind(""), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("a"), s.index("a", 5), s.index("bra", -4))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), s.count("a", 4), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(""))
print(s.endswith("bra"), s.endswith("abr"), s.endswith("cad", 0, 7))
print(s.startswith(("x", "ab")), s.endswith(("x", "y")), s.endswith(("ra", "x")))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("bra", ""), s.replace("z", "y"))
print(s.replace("", "-"), "aaa".replace("a", "aa"), s.replace("a", "A", 0), s.replace("a", "", -1))
print("bra" in s, "cab" in s, "" in s)
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.count("ï"), u.replace("ï", "i"))
print(u.startswith("naï"), u.endswith("ïve"), u.index("é"))
print("hello".find("l", -2), "hello".find("l", -1), "hello".rfind("l", -5, -2))
print("mississippi".replace("ss", "SS", 1), "mississippi".count("ss"), "mississippi".rfind("ss"))
print("a.b.c".replace(".", ""), "x".replace("x", "xyz"))
print("hello"[1:].startswith("ell"), "hello".startswith("ell", 1, 3), "hello".startswith("el", 1, 3))
print("".find(""), "".count(""), "abc".find("c", 10), "abc".count("", 10))
