# Files live under /tmp with this test's name; gilt has no os module yet, so it empties them.
try:
    from os import remove
except ImportError:
    def remove(path):
        open(path, "w").close()

import io
path = "/tmp/gilt_files_007.txt"
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

f = open(path, "w")
attempt("read", f.read)
attempt("readline", f.readline)
attempt("write bytes", lambda: f.write(b"x"))
attempt("write int", lambda: f.write(5))
attempt("writelines int", lambda: f.writelines([1]))
f.close()
f.close()
for name in ["read", "readline", "readlines", "flush", "tell", "__enter__"]:
    attempt(name, getattr(f, name))
attempt("write", lambda: f.write("x"))
attempt("seek", lambda: f.seek(0))
attempt("iter", lambda: iter(f))
attempt("next", lambda: next(f))
print(f.closed, f)
g = open(path)
attempt("write", lambda: g.write("x"))
attempt("writelines", lambda: g.writelines(["x"]))
try:
    g.write("x")
except io.UnsupportedOperation as e:
    print("caught", isinstance(e, OSError), isinstance(e, ValueError))
print(io.UnsupportedOperation.__mro__)
g.close()
remove(path)
g = open("data/utf8.txt")
g.close()
g.read()
