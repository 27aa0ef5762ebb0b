# program: greedy text wrapping, justification, and column layout
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
def wrap(s, width):
    lines = []
    current = ""
    for word in s.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - len("".join(words))
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in [20, 32]:
    lines = wrap(text, width)
    print("width", width, "lines", len(lines))
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
words = text.replace(".", "").replace("!", "").split()
col_width = max(map(len, words)) + 1
ncols = 4
for i in range(0, len(words), ncols):
    row = ""
    for w in words[i:i + ncols]:
        row += w.ljust(col_width)
    print(row.rstrip())
print(wrap("", 10), wrap("supercalifragilistic word", 5))
