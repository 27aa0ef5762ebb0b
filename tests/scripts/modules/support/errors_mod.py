class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


def fail_deep(n):
    if n == 0:
        raise AppError("deep failure")
    return fail_deep(n - 1)
