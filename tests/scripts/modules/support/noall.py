alpha = 1
beta = 2
_gamma = 3
__delta = 4


def public():
    return "public"


def _private():
    return "private"
