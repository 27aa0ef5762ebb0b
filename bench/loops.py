# nested while/for loops with integer arithmetic (no calls in the hot loop)
total = 0
i = 0
while i < 1200:
    j = 0
    while j < 1200:
        total = (total + i * j + (i ^ j)) % 1000000007
        j += 1
    i += 1
acc = 0
for a in range(600):
    for b in range(600):
        if (a + b) % 3 == 0:
            acc += a * b // (b + 1)
        else:
            acc -= a % (b + 1)
print(total, acc)
