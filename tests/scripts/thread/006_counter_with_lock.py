# The classic: threads incrementing a shared counter under a lock give the exact total.
import _thread

THREADS = 8
ROUNDS = 5000
counter = 0
lock = _thread.allocate_lock()
remaining = THREADS
all_done = _thread.allocate_lock()
all_done.acquire()


def work(step):
    global counter, remaining
    for _ in range(ROUNDS):
        with lock:
            counter += step
    with lock:
        remaining -= 1
        if remaining == 0:
            all_done.release()


for i in range(THREADS):
    _thread.start_new_thread(work, (i + 1,))
all_done.acquire()
print(counter, sum(range(1, THREADS + 1)) * ROUNDS)
