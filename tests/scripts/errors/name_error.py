# NameError for an undefined global name, after some output
print("before")
value = 1
print(value + undefined_name)
print("never")
