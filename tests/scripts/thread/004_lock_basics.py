import _thread


def shape(obj):
    return repr(obj).split(" at 0x")[0] + ">"


lock = _thread.allocate_lock()
print(shape(lock), lock.locked())
print(lock.acquire(), shape(lock), lock.locked())
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for name in ["release", "locked"]:
    try:
        getattr(lock, name)(1)
    except TypeError as e:
        print("TypeError:", e)
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
with lock as entered:
    print("in with:", entered, lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, "| locked:", lock.locked())
print(lock.__enter__(), lock.__exit__(1, 2, 3, 4), lock.locked())
lock.acquire()
print(lock.__exit__(), lock.locked())
try:
    lock.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    lock.x
except AttributeError as e:
    print("AttributeError:", e)
other = _thread.allocate_lock()
print(lock == lock, lock == other, hash(lock) == hash(lock))

# a lock may be released by a thread that did not acquire it
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()


def opener():
    gate.release()
    finished.release()


_thread.start_new_thread(opener, ())
finished.acquire()
print("released by another thread:", not gate.locked())
