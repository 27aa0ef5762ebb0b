# program: string processing (caesar, run-length, palindromes, anagrams)
def caesar(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
        else:
            out += ch
    return out
msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, 13) == msg)
def rle(s):
    if not s:
        return ""
    parts = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            parts.append(str(count) + prev)
            prev = ch
            count = 1
    parts.append(str(count) + prev)
    return "".join(parts)
def unrle(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
def is_pal(s):
    cleaned = ""
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(is_pal(s), repr(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in groups:
    print(key, groups[key])
def title_case(s):
    small = ["a", "an", "the", "of", "in"]
    out = []
    for i, w in enumerate(s.split()):
        if i > 0 and w in small:
            out.append(w)
        else:
            out.append(w.capitalize())
    return " ".join(out)
print(title_case("the lord of the rings in a nutshell"))
csv = "name,age,city\nAnn,34,Oslo\nBob,27,Rome\nCy,45,Lima"
rows = []
for line in csv.splitlines():
    rows.append(line.split(","))
header = rows[0]
for row in rows[1:]:
    rec = dict(zip(header, row))
    print(rec["name"].ljust(5), rec["age"].rjust(3), rec["city"].center(8, "."))
ages = 0
for row in rows[1:]:
    ages += int(row[1])
print("average age", ages / (len(rows) - 1))
print("-".join(reversed("2024-01-15".split("-"))))
