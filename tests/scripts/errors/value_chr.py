# ValueError: chr() arg not in range(0x110000)
print(chr(65))
print(chr(-1))
