# SyntaxError: '{' was never closed
d = {"a": 1,
