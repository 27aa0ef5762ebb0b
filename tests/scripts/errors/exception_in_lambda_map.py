# error raised inside a lambda called by map
values = ["1", "2", "three"]
print(list(map(lambda s: int(s) * 2, values[:2])))
print(list(map(lambda s: int(s) * 2, values)))
