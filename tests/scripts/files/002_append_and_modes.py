# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_002.txt"
with open(path, "w") as f:
    f.write("first\n")
with open(path, "a") as f:
    print(f.mode, f.tell())
    f.write("second\n")
with open(path, "a+") as f:
    f.write("third\n")
    f.seek(0)
    print(repr(f.read()))
with open(path, "r+") as f:
    print(f.readline(), end="")
    print(f.readable(), f.writable(), f.seekable())
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("new")
    f.seek(0)
    print(f.read())
with open(path, "rt") as f:
    print(f.read(), f.mode)
remove(path)
