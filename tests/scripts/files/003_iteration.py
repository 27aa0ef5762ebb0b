# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

path = "/tmp/gilt_files_003.txt"
with open(path, "w") as f:
    for i in range(5):
        f.write(f"line {i}\n")
    f.write("no newline at end")
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(path) as f:
    print([len(x) for x in f])
with open(path) as f:
    print(next(f), end="")
    print(list(f)[-1])
    print(list(f))
with open(path) as f:
    it = iter(f)
    print(it is f)
print(sum(1 for _ in open(path)))
remove(path)
