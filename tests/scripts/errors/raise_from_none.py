# raise ... from None suppresses the context
try:
    int("x")
except ValueError:
    raise TypeError("expected a number") from None
