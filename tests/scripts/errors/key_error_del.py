# KeyError from del
d = {"x": 1}
del d["x"]
print(d)
del d["x"]
