# sys.exit raises SystemExit with CPython's code; an uncaught one sets the exit status.
import sys

for arg in [(), (None,), (0,), (2,), ("message",), ((1, 2),), ([3],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
sys.stdout.flush()
print("exiting")
sys.exit(3)
print("not reached")
