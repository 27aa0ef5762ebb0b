# ZeroDivisionError: division by zero
print(10 / 5)
x = 0
print(1 / x)
