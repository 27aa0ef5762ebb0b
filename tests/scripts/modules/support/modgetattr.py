known = "known"


def __getattr__(name):
    if name.startswith("dyn_"):
        return "dynamic " + name[4:]
    raise AttributeError("module 'modgetattr' has no attribute " + repr(name))
