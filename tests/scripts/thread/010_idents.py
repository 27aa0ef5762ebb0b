import _thread

me = _thread.get_ident()
print(type(me).__name__, me > 0, me == _thread.get_ident())
print(_thread.get_native_id() > 0)
done = _thread.allocate_lock()
done.acquire()
seen = {}


def worker():
    seen["ident"] = _thread.get_ident()
    seen["native"] = _thread.get_native_id()
    seen["count"] = _thread._count()
    done.release()


returned = _thread.start_new_thread(worker, ())
done.acquire()
print(seen["ident"] == returned, seen["ident"] != me, seen["native"] != _thread.get_native_id())
print(seen["count"] >= 1)
