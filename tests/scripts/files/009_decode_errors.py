with open("data/bad_utf8.txt", errors="replace") as f:
    print(ascii(f.read()))
with open("data/bad_utf8.txt", errors="ignore") as f:
    print(f.read())
with open("data/bad_utf8.txt") as f:
    try:
        f.read()
    except ValueError as e:
        print(e)
with open("data/bad_utf8.txt", encoding="latin-1") as f:
    print(ascii(f.read()))
