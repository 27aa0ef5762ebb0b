# string building, splitting and joining
words = []
i = 0
while i < 20000:
    words.append("w" + str(i % 97) + "x" + str(i))
    i += 1
checksum = 0
for round_ in range(40):
    text = " ".join(words)
    parts = text.split(" ")
    checksum += len(parts) + len(text)
    pieces = []
    for p in parts:
        if p.startswith("w1"):
            pieces.append(p.upper())
        else:
            pieces.append(p.replace("x", "-"))
    joined = ",".join(pieces)
    checksum += joined.count(",") + len(joined.split("-"))
    s = ""
    for k in range(2000):
        s += str(k % 10)
    checksum += len(s) + s.find("999")
print(checksum)
