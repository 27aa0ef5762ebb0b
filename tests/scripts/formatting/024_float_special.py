# inf, nan and negative zero, with signs, padding and the 'z' option (3.11).
inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan, -nan, 0.0, -0.0, -1e-10, -0.004]:
    print(repr(v), [format(v, s) for s in ["", "f", "F", "e", "E", "g", "G", "%", "+", " ", "10", "<10", "^10", "010",
                                           "+010", "010,", "z", "z.2f", "z.1e", "z.0f", "z.2%", "z.3g", "zG"]])
print(format(-0.0001, "z.2f"), format(-0.0001, ".2f"), format(-0.0, "z"), format(-0.5, "z.0f"), format(-0.5, ".0f"))
print(f"{-0.0:z}", f"{-0.001:z.1f}", f"{-1.0:z.1f}", f"{-0.06:z.1f}")
