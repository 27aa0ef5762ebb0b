# ZeroDivisionError from % on ints
print(7 % 3)
n = 0
print(7 % n)
