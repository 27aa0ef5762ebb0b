print("counter: loaded")
value = 0


def bump():
    global value
    value += 1
    return value
