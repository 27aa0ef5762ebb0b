# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_012.txt"
with open(path, "w") as f:
    f.write("abc\ndef\nghi\n")
    print(f.tell())
with open(path) as f:
    print(f.tell(), f.read(2), f.tell())
    print(repr(f.readline()), f.tell())
    print(f.seek(0), f.read(3))
    print(f.seek(0, 2), repr(f.read()))
    for args in [(1, 1), (1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
    print(f.seek(4), f.readline(), end="")
    print(f.seek(0, 1))
with open(path, "r+") as f:
    f.seek(4)
    f.write("DEF")
    f.seek(0)
    print(f.read().split())
    print(f.truncate(3))
with open(path) as f:
    print(repr(f.read()))
remove(path)
