# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x > 5:
    print("x > 5")
if x > 10:
    print("never")
else:
    print("else branch")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
elif "":
    print("empty str is true?")
else:
    print("all empty containers are false")
if 0 or None or "x":
    print("or picked x")
if not (x == 7 and x != 8):
    print("no")
else:
    print("yes")
grade = 85
if grade >= 90: print("A")
elif grade >= 80: print("B")
else: print("C")
y = 0
if x > 0:
    y = 1
    if x > 5:
        y = 2
        if x > 6:
            y = 3
print(y)
for v in [0, 1, 2, 3, 4, 5, 6]:
    if v % 2 == 0 and v % 3 == 0:
        print(v, "div by 6")
    elif v % 2 == 0:
        print(v, "even")
    elif v % 3 == 0:
        print(v, "div by 3")
    else:
        print(v, "other")
if True:
    pass
print("done")
