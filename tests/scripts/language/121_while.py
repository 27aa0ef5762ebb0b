# while loops, while/else, break, continue
i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
while False:
    print("never")
else:
    print("else of a loop that never ran")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
items = [1, 2, 3]
while items:
    print("popped", items.pop())
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print("count", count)
def find(target, seq):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find(3, [1, 2, 3]), find(9, [1, 2, 3]))
total = 0
k = 0
while k < 100000:
    total += k
    k += 1
print(total)
