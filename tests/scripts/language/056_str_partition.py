# partition and rpartition
print("key=value".partition("="))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("".partition("x"), "".rpartition("x"))
print("héllo wörld".partition(" "), "日本語".rpartition("本"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
head, sep, tail = "path/to/file.txt".rpartition("/")
print(head, sep, tail)
name, dot, ext = "archive.tar.gz".rpartition(".")
print(name, ext)
line = "GET /index.html HTTP/1.1"
method, _, rest = line.partition(" ")
path, _, proto = rest.partition(" ")
print(method, path, proto)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
