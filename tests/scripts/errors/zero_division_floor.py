# ZeroDivisionError from // on ints
print(7 // 2)
print(7 // 0)
