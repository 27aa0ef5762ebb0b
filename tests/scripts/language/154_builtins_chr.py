# chr, ord, hex, oct, bin, format, ascii
print(chr(65), chr(122), chr(48), chr(32) == " ", chr(955), chr(128512) == "\U0001F600")
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("λ"), ord("\U0001F600"))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(True))
print(oct(0), oct(8), oct(-8), oct(511))
print(bin(0), bin(5), bin(-5), bin(255), bin(2 ** 20))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-77), 0))
print(format(42), format(3.5), format("s"), format(True), format(None), format([1, 2]))
print(format(1e16), format(-0.0), format(10 ** 20))
print(ascii("é"), ascii([1, "ü"]), ascii(5))
s = "Hello"
codes = []
for ch in s:
    codes.append(ord(ch))
print(codes)
back = ""
for c in codes:
    back += chr(c + 1)
print(back)
print(chr(ord("a") + 25), ord(chr(1000)) == 1000)
print(hex(3735928559).upper(), bin(10)[2:], oct(64)[2:].zfill(4))
