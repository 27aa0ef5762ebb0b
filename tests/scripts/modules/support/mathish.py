__all__ = ["double", "PI_ISH"]

PI_ISH = 3
secret = "not exported"


def double(x):
    return 2 * x


def triple(x):
    return 3 * x
