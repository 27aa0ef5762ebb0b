# bare raise re-raises the active exception
try:
    1 / 0
except ZeroDivisionError:
    print("logging and re-raising")
    raise
