# Replacement fields inside the spec: width, precision, fill and type chosen at run time.
x = 3.14159265
for width in [1, 8, 12]:
    for prec in [0, 2, 5]:
        print(f"[{x:{width}.{prec}f}] [{x:>{width}.{prec}e}] [{-x:+{width}.{prec}g}]")
for fill, align in [("*", "^"), ("-", "<"), ("0", "="), (" ", ">")]:
    print(f"{42:{fill}{align}9}", f"{'ab':{fill}{align}6}", f"{-2.5:{fill}{align}{10}.{2}}")
fmt = ".3f"
print(f"{x:{fmt}}", f"{x:{'>'}{'10'}{'.2e'}}", f"{255:{'#'}{'x'}}", f"{10**6:{','}}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} {price:>{6}.{2}f} x{qty:<{3}d}= {price * qty:{'>'}{8}.2f}")
