# TypeError: can only concatenate str (not "int") to str
label = "total: "
print(label + str(5))
print(label + 5)
