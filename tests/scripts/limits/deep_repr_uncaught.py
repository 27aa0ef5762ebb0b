# An uncaught RecursionError from printing a deeply nested list ends the program normally.
a = []
for i in range(100000):
    a = [a]
print("built")
print(a)
print("not reached")
