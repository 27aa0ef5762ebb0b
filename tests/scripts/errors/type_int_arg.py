# TypeError from int() of a list
print(int("4"))
print(int([4]))
