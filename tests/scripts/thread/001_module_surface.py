import _thread

names = ["LockType", "RLock", "TIMEOUT_MAX", "allocate", "allocate_lock", "error", "exit",
         "exit_thread", "get_ident", "get_native_id", "interrupt_main", "stack_size", "start_new",
         "start_new_thread", "_count"]
print([n for n in names if not hasattr(_thread, n)])
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, type(_thread.TIMEOUT_MAX).__name__)
print(_thread.LockType, _thread.RLock)
print(type(_thread.allocate_lock()) is _thread.LockType)
for a, b in [("start_new", "start_new_thread"), ("allocate", "allocate_lock"),
             ("exit_thread", "exit")]:
    f, g = getattr(_thread, a), getattr(_thread, b)
    print(a, f.__name__, g.__name__, f is g)
print(_thread.start_new_thread.__name__, _thread.get_ident.__name__)


def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(_thread.LockType)
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError:", e)


class MyRLock(_thread.RLock):
    pass


r = MyRLock(1, 2, x=3)
print(type(r).__name__, isinstance(r, _thread.RLock), r.acquire(), r._is_owned())
r.release()
err(_thread.get_ident, 1)
err(_thread.get_native_id, 1)
err(_thread.allocate_lock, 1)
err(_thread.exit, 1)
err(_thread._count, 1)
print(_thread._count())
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    _thread.exit_thread()
except SystemExit as e:
    print("SystemExit", e.args, e.code)
