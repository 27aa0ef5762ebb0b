# TypeError: 'int' object is not iterable
for ch in "ab":
    print(ch)
for i in 10:
    print(i)
