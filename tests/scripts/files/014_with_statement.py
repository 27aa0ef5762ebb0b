# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_014.txt"
with open(path, "w") as f, open(path + ".2", "w") as g:
    f.write("one")
    g.write("two")
print(f.closed, g.closed)
try:
    with open(path) as f:
        print(f.read())
        raise KeyError("inside")
except KeyError as e:
    print("caught", e, f.closed)
f = open(path)
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
with open(path) as a:
    with open(path) as b:
        print(a.read() == b.read())
print(type(f).__name__, hasattr(f, "__enter__"), hasattr(f, "__exit__"))
remove(path)
remove(path + ".2")
