# UnboundLocalError: read before assignment in the same function
x = 10
def f():
    print("in f")
    print(x)
    x = 5
f()
