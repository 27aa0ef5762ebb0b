# f-string conversions !r !s !a, applied before the spec.
class Both:
    def __repr__(self):
        return "R(é)"
    def __str__(self):
        return "S"
b = Both()
s = "héllo\n"
for v in [b, s, 1.5, None, [1, "ü"], "日本", 'q"uote\'']:
    print(f"{v}|{v!r}|{v!s}|{v!a}|{v!r:>12}|{v!s:^6}|{v!a:.4}|")
print(f"{s!r:*^20}", f"{3!r}", f"{'x'!a}", f"{b!a:>8}")
print(f"{'{'}{'}'}", f"{{{1}}}", f"{{}}", f"{'a' + 'b'!r}", f"{(lambda: 5)()!s:3}")
