# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_015.txt"
with open(path, "w") as f:
    print("hello", 42, [1, 2], file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open(path) as f:
    print(f.read(), end="")
with open(path) as f:
    print(f.readlines(5))
    print(f.readlines(0))
remove(path)
