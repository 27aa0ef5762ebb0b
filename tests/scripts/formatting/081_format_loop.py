# Many formatted strings built in loops; the checksum changes if any one differs.
import_free_sum = 0
parts = []
for i in range(-500, 500, 7):
    a = f"{i:+06d}|{i:x}|{i * 0.37:.3f}|{i:,}|{abs(i):#o}"
    b = "%+06d|%x|%.3f|%s|%#o" % (i, i, i * 0.37, format(i, ","), abs(i))
    c = "{:+06d}|{:x}|{:.3f}|{:,}|{:#o}".format(i, i, i * 0.37, i, abs(i))
    assert a == b == c, (a, b, c)
    import_free_sum += sum(map(ord, a))
    if i % 100 == 0:
        parts.append(a)
print(import_free_sum)
print("\n".join(parts))
words = []
for n in range(30):
    words.append("%s=%r" % ("k%d" % n, n / 4))
print(" ".join(words))
print(len("".join(f"{n:08b}" for n in range(256))))
