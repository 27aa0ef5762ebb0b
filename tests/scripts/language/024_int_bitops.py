# bitwise operators and shifts, including negatives and big ints
print(12 & 10, 12 | 10, 12 ^ 10)
print(~12, ~-13)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -5 << 3)
print(1024 >> 3, 1023 >> 3, 1 >> 5)
print(-1 >> 1, -1 >> 100, -1024 >> 3, -1023 >> 3)
print((2 ** 100) >> 98, (2 ** 100 + 5) & 7)
print(-(2 ** 100) >> 98)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(5 & True, 4 | True, True ^ True)
print(True & False, True | False)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
n = 0
v = 2 ** 64 - 1
while v:
    n += v & 1
    v >>= 1
print(n)
print((1 << 200) - 1 == 2 ** 200 - 1)
print(~(2 ** 70), -(2 ** 70) - 1)
print(1 << 2 + 1, (1 << 2) + 1)
print(6 & 3 | 8, 6 & (3 | 8))
print(1 | 2 ^ 3 & 4)
mask = 0
for bit in [0, 3, 5, 7]:
    mask |= 1 << bit
print(mask, bin(mask))
for bit in range(8):
    print(bit, (mask >> bit) & 1)
