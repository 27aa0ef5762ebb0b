# str(), chr/ord round trips, comparisons, iteration, misc methods
print(chr(65), chr(97), chr(233), chr(0x2603), chr(0x1F600) == "\U0001F600", chr(0) == "\x00")
print(ord("A"), ord("a"), ord("é"), ord("☃"), ord("\U0001F600"), ord("\n"))
s = ""
for code in range(65, 75):
    s += chr(code)
print(s)
total = 0
for ch in "hello":
    total += ord(ch)
print(total)
print("".join(reversed("stressed")))
print("abc" * 2 + "d", ("ab" + "cd") * 2)
print("a" < "aa" < "b", "abc" < "abd" < "abe")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["b", "a", "é", "z", "É"]))
print(min("zebra", "apple", "mango"), max(["zebra", "apple", "mango"]))
print("x".join(["1", "2"]) + "y", str(1) + str(2))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = 0
for ch in "The Quick Brown Fox":
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
word = "level"
print(word == word[::-1], "hello" == "hello"[::-1])
print(len("a" * 1000), ("ab" * 500)[999], ("ab" * 500).count("ab"))
print(str(str), str(len) == "<built-in function len>")
print("%" + "d", "{}" + "x")
print("A".lower() + "b".upper(), "x".isupper(), "X".isupper())
print("hello world".count("o"), "hello world".index("world"))
print("3" + "4", int("3") + int("4"), float("3" + "." + "4"))
