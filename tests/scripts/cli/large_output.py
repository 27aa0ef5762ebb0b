# a lot of output: nothing lost or reordered when stdout is a pipe
total = 0
for i in range(5000):
    print("line", i, i * i)
    total += i
print("total", total)
