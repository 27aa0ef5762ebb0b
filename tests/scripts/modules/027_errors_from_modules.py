# Exceptions raised by imported code carry through the importer; the uncaught one ends the run.
import sys

sys.path.insert(0, "support")
import errors_mod


def outer():
    return errors_mod.fail_deep(2)


try:
    outer()
except errors_mod.AppError as e:
    print("caught:", e)
    print(type(e).__module__, type(e).__name__, e.args)
outer()
