# nested loops: tables and patterns
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += str(i * j).rjust(4)
    print(row)
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print("#" * i)
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print(count)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = 0
for i in range(5):
    j = 0
    while j < i:
        pairs += 1
        j += 1
print(pairs)
board = []
for r in range(4):
    line = ""
    for c in range(8):
        line += "#" if (r + c) % 2 else "."
    board.append(line)
print("\n".join(board))
