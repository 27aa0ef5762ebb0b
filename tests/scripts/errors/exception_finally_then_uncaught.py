# finally blocks run while an uncaught exception unwinds
def f():
    try:
        return 1 / 0
    finally:
        print("cleanup in f")
try:
    f()
finally:
    print("cleanup at top level")
