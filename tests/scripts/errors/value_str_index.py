# ValueError: substring not found
s = "hello"
print(s.index("ll"))
print(s.index("z"))
