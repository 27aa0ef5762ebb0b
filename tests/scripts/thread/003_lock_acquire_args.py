import _thread

lock = _thread.allocate_lock()


def show(*args, **kw):
    try:
        r = lock.acquire(*args, **kw)
        print("acquire", args, kw, "->", r)
        if r:
            lock.release()
    except Exception as e:
        print("acquire", args, kw, "->", type(e).__name__ + ":", e)


# a free lock
show()
show(False)
show(0)
show(blocking=False)
show(timeout=0)
show(1, 0)
show(False, -1)
show(0, -1)
show(timeout=-0.0)
show(timeout=True)
show(blocking=-5)
# the errors, in CPython's order of checks
show(False, 1)
show(False, 0)
show(blocking=False, timeout=0)
show(False, timeout=-2)
show(timeout=-2)
show(timeout=-0.5)
show(timeout=-1e-10)
show(timeout=-1.0000001)
show(timeout=9223372036.86)
show(timeout=1e10)
show(timeout=1e300)
show(timeout=float("inf"))
show(False, timeout=1e300)
show(timeout=9223372037)
show(timeout=10**30)
show(timeout=-10**30)
show(timeout=2**63)
show(timeout=float("nan"))
show(timeout="1")
show(timeout=None)
show(blocking=None)
show(blocking="")
show(blocking=[])
show(blocking=2.5)
show(blocking=2**31)
show(blocking=-2**40)
show(blocking=2**70)
show(1, 2, 3)
show(waitflag=0)
show(True, blocking=True)
# a held lock
lock.acquire()
for args, kw in [((False,), {}), ((0,), {}), ((), {"blocking": False}), ((), {"timeout": 0}),
                 ((1, 0), {}), ((False, -1), {}), ((), {"timeout": 0.01})]:
    print("held", args, kw, "->", lock.acquire(*args, **kw))
lock.release()
