# os: the process calls, the path constants and the argument errors, as CPython's posix module.
import os

for call in [
    lambda: os.remove(1),
    lambda: os.kill("a", 2),
    lambda: os.getpid(1),
    lambda: os.remove(),
    lambda: os.kill(1),
    lambda: os.remove("/nonexistent-gilt/x"),
    lambda: os.unlink("a\0b"),
    lambda: os._exit("x"),
    lambda: os.strerror("x"),
    lambda: os.getenv(),
    lambda: os.remove(b"/nonexistent-gilt"),
    lambda: os.remove("/"),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(os.strerror(2), os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir)
print(os.getenv("GILT_SURELY_UNSET", "fallback"), os.getenv("GILT_SURELY_UNSET"))
print(os.getenv("PATH") == os.environ["PATH"], os.getpid() > 1, os.getppid() > 0)
os.environ["GILT_SET_BY_TEST"] = "yes"
print(os.getenv("GILT_SET_BY_TEST"), os.getcwd().startswith("/"), os.cpu_count() >= 1)
