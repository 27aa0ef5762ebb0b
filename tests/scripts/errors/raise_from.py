# raise ... from ...: the last line is the new exception
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise RuntimeError("config key missing: " + key) from e
print("loading")
load("port")
