# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_010.bin"
with open(path, "wb") as f:
    print(f, f.mode)
    print(f.write(b"\x00\x01\x02abc\n"), f.write(bytes(range(250, 256))))
    f.writelines([b"x\n", b"yz"])
with open(path, "rb") as f:
    print(f, f.mode)
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.read(2), f.tell())
    print(f.seek(-3, 2), f.read())
    print(f.read(), f.read(5))
    print(f.seek(0), f.readlines())
with open(path, "rb") as f:
    print(list(f))
with open(path, "r+b") as f:
    print(f, f.mode)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read(4))
with open(path, "ab") as f:
    print(f.mode, f.tell())
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.read(-5)
    except ValueError as e:
        print(e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
f.write(b"x")
