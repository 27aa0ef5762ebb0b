# ValueError: could not convert string to float: 'one'
print(float("1.5"))
print(float("one"))
