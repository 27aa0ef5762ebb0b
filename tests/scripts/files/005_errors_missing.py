for name in ["nope.txt", "missing/dir/file.txt"]:
    try:
        open(name)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
        print(e.errno, e.strerror, e.filename, e.args)
        print(isinstance(e, OSError))
try:
    open(".")
except IsADirectoryError as e:
    print(e, e.errno)
try:
    open("data", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/proc/gilt_no_such_dir/x", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
open("does_not_exist.txt")
