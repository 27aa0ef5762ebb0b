# OverflowError from float ** float
print(10.0 ** 300)
print(10.0 ** 400)
