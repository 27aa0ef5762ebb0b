# OverflowError: cannot convert float infinity to integer
print(round(2.5))
print(round(float("inf")))
