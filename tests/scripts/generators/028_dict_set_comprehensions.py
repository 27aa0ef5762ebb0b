# dict and set comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
print(sorted({x * y for x in range(1, 4) for y in range(1, 4) if x != y}))
print({len(w) for w in ["a", "bb", "cc", "d"]} == {1, 2})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)

# key and value evaluation order
order = []
def k(v):
    order.append("k%d" % v)
    return v
def val(v):
    order.append("v%d" % v)
    return v
d = {k(i): val(i) for i in range(2)}
print(d, order)

# nested dict comprehension
print({i: {j: i * j for j in range(3)} for i in range(2)})

# conditional values
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})

# unhashable keys
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)

# inverting and filtering a dict
scores = {"ann": 90, "bob": 72, "cy": 85}
print({name: s for name, s in scores.items() if s >= 80})
print(sorted({s // 10 for s in scores.values()}))

# dict comprehension from zip and enumerate
print({i: c for i, c in enumerate("abc")})
print({a: b for a, b in zip("xyz", range(3))})
