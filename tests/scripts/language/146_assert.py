# assert statements
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["payload", 1]
except AssertionError as e:
    print("payload:", e.args[0])
def check_positive(n):
    assert n > 0, "expected positive, got " + str(n)
    return n
for n in [5, -3]:
    try:
        print(check_positive(n))
    except AssertionError as e:
        print("failed:", e)
calls = []
def msg():
    calls.append("msg evaluated")
    return "message"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 3
assert x == 3 and x < 5
print("asserts done")
