# raise a class: no message
print("raising a class")
raise ValueError
