# SystemExit in the middle of output: earlier lines are flushed, later ones never run
for i in range(3):
    print("line", i)
    if i == 1:
        raise SystemExit(5)
