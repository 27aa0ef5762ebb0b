# AttributeError: 'str' object has no attribute 'append'
s = "abc"
print(s.upper())
s.append("d")
