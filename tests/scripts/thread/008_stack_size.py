import _thread


def err(*args, **kw):
    try:
        print(_thread.stack_size(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


err()
err(65536)
err()
err()
err(32768)
err(32769)
err(0)
for bad in [4096, 32767, 1, -1, 2**63, 1.5, "1", None]:
    err(bad)
err(size=0)
err(1, 2)
err(2**62)
print(_thread.stack_size())

# threads started with a chosen stack size run, and deep recursion in them ends in
# RecursionError rather than a crash
_thread.stack_size(256 * 1024)
done = _thread.allocate_lock()
done.acquire()
result = []


def deep(n):
    return deep(n + 1) + 1


def worker():
    try:
        deep(0)
    except RecursionError as e:
        result.append(type(e).__name__)
    done.release()


_thread.start_new_thread(worker, ())
done.acquire()
print(result, _thread.stack_size(0))
