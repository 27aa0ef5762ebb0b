# output before the error is all printed (stdout flushed at exit)
for i in range(5, -1, -1):
    print(i, 100 // i)
