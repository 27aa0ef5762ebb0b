# building strings: +=, join, repetition, slicing reassembly, immutability
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append("item" + str(i))
print(", ".join(parts))
line = "=" * 20
print(line)
print("[" + " " * 3 + "]")
word = "python"
print(word[:1].upper() + word[1:], word[::-1].capitalize())
t = "hello world"
print(t[:5] + "," + t[5:] + "!")
try:
    t[0] = "H"
except TypeError as e:
    print("TypeError:", e)
u = t
t = t.replace("world", "there")
print(u, "|", t)
acc = []
for ch in "a1b2c3":
    if ch.isdigit():
        acc.append(ch)
print("".join(acc), int("".join(acc)) * 2)
table = ""
for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j).rjust(3)
    table += row + "\n"
print(table, end="")
print("abc" < "abd", "abc" * 2 == "abcabc", "-".join(["a"] * 3))
s = "x"
for i in range(10):
    s = s + s
print(len(s))
snake = "some_variable_name"
camel = ""
upper_next = False
for ch in snake:
    if ch == "_":
        upper_next = True
    elif upper_next:
        camel += ch.upper()
        upper_next = False
    else:
        camel += ch
print(camel)
print("".join(reversed(["c", "b", "a"])), "".join(sorted("hello")))
print(str(1) + str(2.5) + str(None) + str(True) + str([1]) + str((1,)) + str({1: 2}))
