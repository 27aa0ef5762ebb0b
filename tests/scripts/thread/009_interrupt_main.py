import _thread


def err(*args, **kw):
    try:
        _thread.interrupt_main(*args, **kw)
        print("no error", args)
    except KeyboardInterrupt:
        print("KeyboardInterrupt", args)
    except Exception as e:
        print(type(e).__name__ + ":", e)


for bad in [0, -1, 65, 2**31, "x", 2.0, None]:
    err(bad)
err(signum=2)
err(2, 3)
err()
err(2)

# from a worker: the main thread gets KeyboardInterrupt at its next check point
done = _thread.allocate_lock()
done.acquire()


def worker():
    _thread.interrupt_main()
    done.release()


try:
    _thread.start_new_thread(worker, ())
    done.acquire()
    while True:
        pass
except KeyboardInterrupt:
    print("main interrupted by a worker")
