# f-strings in everyday code: dict and attribute access, calls, concatenation, loops.
d = {"k": 5, "name": "Ada"}
class Obj:
    attr = "value"
print(f"{d['k']:03}", f"{d['name']!r}", f"{d}", f"{Obj.attr.upper()}", f"{Obj().attr:>7}")
print(f"a" f"b{1}" "c" f"{2}d", f"" == "", f"{''}" == "")
total = 0
lines = []
for i in range(12):
    line = f"{i:2d}: {i ** 2:4d} {i / 7:6.3f} {'even' if i % 2 == 0 else 'odd':>4} {i:#06b} {chr(65 + i)}"
    total += len(line)
    lines.append(line)
print("\n".join(lines))
print(total)
multi = f"""first {1}
second {'two'}
third {3.0:.1f}"""
print(multi)
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{3:>3}':<5}|", f"{[f'{i}' for i in range(3)]}")
print(f"{3 if True else 4}", f"{(1, 2)}", f"{ {'a': 1}['a'] }", f"{-1:+}", f"{'%'}")
