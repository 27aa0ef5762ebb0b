import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.1))
waited = time.monotonic() - start
print("waited at least the timeout:", waited >= 0.1, "and not much more:", waited < 2.0)
start = time.monotonic()
print(lock.acquire(True, 0.05))
print(time.monotonic() - start >= 0.05)
# a release from another thread ends the wait early
def release_soon():
    time.sleep(0.05)
    lock.release()
_thread.start_new_thread(release_soon, ())
start = time.monotonic()
print(lock.acquire(timeout=10))
print("woken early:", time.monotonic() - start < 5)
