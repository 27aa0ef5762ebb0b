# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_001.txt"
with open(path, "w") as f:
    print(f.write("hello\n"), f.write("wörld\n"), f.write(""))
    f.writelines(["a\n", "b", "c\n"])
    print(f.closed, f.name == path, f.mode, f.encoding, f.errors)
print(f.closed)
with open(path) as f:
    text = f.read()
print(repr(text), len(text))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
remove(path)
