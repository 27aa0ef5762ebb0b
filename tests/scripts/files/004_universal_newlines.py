with open("data/mixed_newlines.txt") as f:
    print(repr(f.read()))
with open("data/mixed_newlines.txt") as f:
    print(f.readlines())
with open("data/mixed_newlines.txt", newline="") as f:
    print(f.readlines())
with open("data/mixed_newlines.txt", newline="\n") as f:
    print(f.readlines())
with open("data/mixed_newlines.txt", newline="\r") as f:
    print(f.readlines())
with open("data/mixed_newlines.txt", newline="\r\n") as f:
    print(f.readlines())
with open("data/mixed_newlines.txt", "rb") as f:
    print(f.read())
try:
    open("data/mixed_newlines.txt", newline="x")
except ValueError as e:
    print(e)
