# a handler for another type does not catch it
try:
    int("nope")
except TypeError:
    print("not reached")
