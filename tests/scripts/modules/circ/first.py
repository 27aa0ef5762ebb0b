print("circ.first: start")
from . import second

FIRST = "first"


def get_second():
    return second.SECOND
print("circ.first: end")
