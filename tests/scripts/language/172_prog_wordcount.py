# program: word frequencies with dicts (insertion-ordered output, no set iteration)
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip(",.").lower()
    if w:
        words.append(w)
print(len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:6]:
    print(word.ljust(12), count, "#" * count)
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print(sorted(first_letters.items()))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), len(line.split()), line.count("it was"))
longest = max(freq, key=len)
print(longest, len(longest))
unique = sorted(set(words))
print(len(unique), unique[:5])
