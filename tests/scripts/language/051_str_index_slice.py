# indexing and slicing by code point
s = "hello"
print(s[0], s[1], s[4], s[-1], s[-5])
print(s[1:3], s[:2], s[3:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[3:0:-1], s[-1:-4:-1])
print(s[10:], s[2:100], s[-100:2], s[3:1], repr(s[5:]))
print(s[0:5:3], s[4::-3])
u = "h\u00e9llo w\u00f6rld \u2603!"
print(len(u), u[1], u[7], u[-2], u[-1])
print(u[1:5], u[::-1], u[::3])
print(u.find("\u2603"), u.index("\u00f6"))
z = "日本語テキスト"
print(len(z), z[0], z[2], z[-1], z[1:4], z[::-1], z[::2])
print(z[3:], z[:-2])
mixed = "aé日\U0001F600b"
print(len(mixed), mixed[3] == "\U0001F600", mixed[4], mixed[-2:] == "\U0001F600b")
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
print(s[None:None], s[None:2], s[2:None:None])
print(s[slice(1, 4)], s[slice(None, None, -1)])
print("abcdef"[1:5:2], "abcdef"[5:1:-2], "abcdef"[-2:-6:-1])
print("x"[0], "x"[-1], ""[0:0] == "", ""[:] == "")
print("abc"[True], "abc"[False:True])
