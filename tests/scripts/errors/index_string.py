# IndexError: string index out of range
s = "héllo"
print(s[4])
print(s[5])
