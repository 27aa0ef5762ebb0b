import _thread


def f(*args, **kwargs):
    pass


def err(*args, **kw):
    try:
        _thread.start_new_thread(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)


err()
err(f)
err(f, (), {}, 4)
err(f, (), x=1)
err(42, ())
err(42, [1])
err(f, [1, 2])
err(f, None)
err(f, "ab")
err(f, (), [1])
err(f, (), None)
err(42, None, None)


def start_new_err(*args):
    try:
        _thread.start_new(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)


start_new_err()
start_new_err(f, 1)


class T(tuple):
    pass


class D(dict):
    pass


done = _thread.allocate_lock()
done.acquire()
seen = []


def record(*args, **kwargs):
    kwargs["added"] = True
    seen.append((args, sorted(kwargs.items())))
    done.release()


kw = {"k": 1}
ident = _thread.start_new_thread(record, (1, 2), kw)
done.acquire()
print(seen, kw, type(ident).__name__, ident != 0)
