# An uncaught exception in a _thread thread goes to sys.unraisablehook; SystemExit is silent;
# the other threads and the main thread go on.
import _thread
import sys
import time

done = _thread.allocate_lock()


def run(fn, *args, **kwargs):
    done.acquire()

    def wrapper():
        try:
            fn(*args, **kwargs)
        finally:
            done.release()

    _thread.start_new_thread(wrapper, ())
    done.acquire()
    done.release()


seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value), unraisable.err_msg,
                 unraisable.object.__name__, type(unraisable.exc_traceback).__name__))


sys.unraisablehook = hook
print(sys.unraisablehook is hook, sys.__unraisablehook__ is not hook)


def boom(n):
    raise ValueError("bad " + str(n))


def leave(code):
    sys.exit(code)


run(boom, 1)
run(leave, 5)
run(leave, "message")
run(_thread.exit)


class MyExit(SystemExit):
    pass


def my_exit():
    raise MyExit(3)


run(my_exit)


def interrupt():
    raise KeyboardInterrupt


run(interrupt)
print(seen)

# a hook that fails: its own error is reported (to stderr, by the default hook)
def bad_hook(unraisable):
    raise RuntimeError("hook failed")


sys.unraisablehook = bad_hook
run(boom, 2)
time.sleep(0.3)  # the report is written after the thread's function has returned
print("main goes on")

# the default hook writes to stderr: the last line is the exception
reported = _thread.allocate_lock()
reported.acquire()


def default_then_signal(unraisable):
    sys.__unraisablehook__(unraisable)
    reported.release()


sys.unraisablehook = default_then_signal
run(boom, 3)
reported.acquire()
print("reported")
