# buffered stdout is flushed before the traceback ends the process
for i in range(2000):
    print(i)
print(undefined)
