# ValueError from unpacking in a for loop header
for k, v in [("a", 1), ("b", 2), ("c",)]:
    print(k, v)
