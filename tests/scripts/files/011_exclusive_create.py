# Files live under /tmp with this test's name.
from os import remove

path = "/tmp/gilt_files_011.txt"
with open(path, "w") as f:
    f.write("exists")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
try:
    open(path, "xb")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileExistsError))
remove(path)
path2 = "/tmp/gilt_files_011_new.txt"
try:
    remove(path2)
except OSError:
    pass
try:
    with open(path2, "x") as f:
        f.write("created")
    print(open(path2).read())
except FileExistsError:
    print("a file was left behind")
remove(path2)
