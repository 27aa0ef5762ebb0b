# and / or return operands; not returns bool; short-circuit evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [1] and "x", "a" or "b", False or None)
print(not 1, not 0, not None, not [], not [0], not "x")
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 1) or t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(t("a", 0) or t("b", 1) and t("c", 2))
x = None
name = x or "anonymous"
print(name)
x = "bob"
name = x or "anonymous"
print(name)
d = {}
print(d and d["missing"])
n = 0
print(n != 0 and 10 / n, n == 0 or 10 / n)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 3, 0 or "" or None)
print(True + (1 and 2), (0 or 4) * 2)
print(not (1 and 0), not 1 and 0)
values = [0, 1, "", "x", None, [], [0]]
for a in values:
    print(repr(a), bool(a), a or "fallback", a and "present")
