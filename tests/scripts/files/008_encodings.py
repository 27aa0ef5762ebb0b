# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_008.txt"
with open("data/utf8.txt") as f:
    print(f.read())
with open("data/utf8.txt", encoding="latin-1") as f:
    print(ascii(f.read()))
with open("data/utf8.txt", "rb") as f:
    data = f.read()
print(data, len(data), data.decode())
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café"))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("café")
    except UnicodeError as e:
        print(isinstance(e, UnicodeError), e)
with open(path, "w", encoding="utf8") as f:
    print(f)
    f.write("€uro")
with open(path, encoding="UTF-8") as f:
    print(f.read(1), f.read(2), f.read())
remove(path)
