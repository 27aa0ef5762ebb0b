# nested dicts and dicts of lists: grouping, counting, merging
students = [("ann", "math", 90), ("bob", "math", 72), ("ann", "art", 85), ("cy", "math", 88), ("bob", "art", 95)]
by_student = {}
for name, subject, score in students:
    by_student.setdefault(name, {})[subject] = score
print(by_student)
by_subject = {}
for name, subject, score in students:
    if subject not in by_subject:
        by_subject[subject] = []
    by_subject[subject].append((score, name))
for subject in by_subject:
    scores = by_subject[subject]
    best = max(scores)
    avg = sum(map(lambda s: s[0], scores)) / len(scores)
    print(subject, best[1], best[0], round(avg, 2))
def merge(a, b):
    out = dict(a)
    for key, value in b.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out
base = {"db": {"host": "localhost", "port": 5432}, "debug": False}
override = {"db": {"port": 6543, "user": "admin"}, "debug": True, "extra": [1]}
print(merge(base, override))
print(base)
def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    best = 0
    for v in d.values():
        best = max(best, depth(v))
    return 1 + best
print(depth({}), depth({"a": 1}), depth({"a": {"b": {"c": {}}}}), depth(merge(base, override)))
def paths(d, prefix):
    out = []
    for k, v in d.items():
        p = prefix + "/" + str(k)
        if isinstance(v, dict):
            out.extend(paths(v, p))
        else:
            out.append(p + "=" + str(v))
    return out
for p in paths(merge(base, override), ""):
    print(p)
counts = {}
for word in "a b a c b a d".split():
    counts[word] = counts.get(word, 0) + 1
inverse = {}
for word, c in counts.items():
    inverse.setdefault(c, []).append(word)
print(counts, inverse)
