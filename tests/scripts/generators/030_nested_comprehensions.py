# nested comprehensions and generator expressions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([[v * 2 for v in row if v > 2] for row in matrix])
print({i: [j for j in range(i)] for i in range(4)})
print([{c for c in w} == set(w) for w in ["aa", "ab"]])
print(sum(sum(v for v in row) for row in matrix))
print(list(zip(*[[i * 10 + j for j in range(3)] for i in range(2)])))
print([[(i, j) for j in range(i)] for i in range(3)])

# three levels deep, each with its own variable
print([[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)])

# inner comprehension uses the outer comprehension's variable
print([[x * y for y in range(x)] for x in range(4)])
print([(x, [y for y in range(x) if (x + y) % 2]) for x in range(4)])

# a generator expression inside a list comprehension, consumed inside
print([sum(y for y in range(x)) for x in range(6)])
print([max((c for c in w), default="-") for w in ["hello", "", "abc"]])

# a generator of generators
gens = (range(n) for n in range(4))
print([list(g) for g in gens])

# the inner iterable is re-evaluated for each outer item
calls = []
def inner_source(i):
    calls.append(i)
    return range(i)
print([(i, j) for i in range(3) for j in inner_source(i)])
print(calls)

# conditions referencing both variables
print([(a, b) for a in range(4) for b in range(4) if a + b == 3 if a < b])

# a comprehension inside a lambda inside a comprehension
adders = [lambda v, n=n: [v + k for k in range(n)] for n in range(3)]
print([f(10) for f in adders])

# transposing and flattening text
words = ["abc", "de", "f"]
print(["".join(w[i] for w in words if i < len(w)) for i in range(3)])
print(sorted({c for w in words for c in w}))
