# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_013.txt"
def write_and_drop():
    f = open(path, "w")
    f.write("written then dropped\n")
    # no close: dropping the last reference closes and flushes

write_and_drop()
print(open(path).read(), end="")
f = open(path, "a")
f.write("appended")
del f
with open(path) as g:
    print(g.read())
f = open(path, "w")
f.write("buffered")
with open(path) as g:
    print(repr(g.read()))
f.flush()
with open(path) as g:
    print(repr(g.read()))
f.close()
remove(path)
