import _thread


def shape(obj):
    text = repr(obj).replace(str(_thread.get_ident()), "ME")
    return text.split(" at 0x")[0] + ">"


r = _thread.RLock()
print(shape(r))
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(timeout=0))
print(shape(r), r._is_owned())
for _ in range(4):
    r.release()
print(shape(r), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(r, "locked"), [n for n in ["_is_owned", "_release_save", "_acquire_restore"]
                              if hasattr(r, n)])
with r:
    with r:
        print("nested with:", shape(r))
print(shape(r))
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(shape(r))
r.release()
r.release()
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)

# another thread cannot release it, nor take it while it is held
r.acquire()
results = []
done = _thread.allocate_lock()
done.acquire()


def intruder():
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))
    results.append(r.acquire(False))
    results.append(r._is_owned())
    done.release()


_thread.start_new_thread(intruder, ())
done.acquire()
print(results)
r.release()
