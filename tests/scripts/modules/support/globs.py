x = "module x"
items = []


def get_x():
    return x


def set_x(value):
    global x
    x = value


def add(item):
    items.append(item)
    return len(items)
