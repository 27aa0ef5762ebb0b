# def, return, calls, functions as values
def add(a, b):
    return a + b
print(add(2, 3), add("a", "b"), add([1], [2]))
def no_return():
    x = 1
print(no_return())
def multiple():
    return 1, "two", [3]
r = multiple()
print(r, type(r))
a, b, c = multiple()
print(a, b, c)
def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i == 3:
            return "found 3"
    return "loop ended"
print(early(-1), early(5), early(2))
f = add
print(f(10, 20), f is add)
def apply(func, x, y):
    return func(x, y)
print(apply(add, 1, 2), apply(max, 3, 9))
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
funcs = [abs, str, len]
for fn in funcs:
    print(fn(-3) if fn is not len else fn("abc"))
ops = {"add": add, "mul": lambda x, y: x * y}
print(ops["add"](2, 3), ops["mul"](2, 3))
def outer():
    def inner():
        return "inner result"
    return inner()
print(outer())
def describe():
    """A docstring is just the first statement."""
    return "described"
print(describe())
print(describe.__doc__)
print(add.__name__, make_adder(1).__name__, (lambda: 0).__name__)
print(callable(add), callable(5), callable(print), callable(lambda: 0))
print(type(add) == type(outer), type(print) == type(len))
def side_effects(lst):
    lst.append(len(lst))
items = []
side_effects(items)
side_effects(items)
print(items)
def counter_to(n):
    result = []
    i = 0
    while i < n:
        result.append(i)
        i += 1
    return result
print(counter_to(5))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def later():
    return undefined_until_called()
def undefined_until_called():
    return "defined later"
print(later())
def redefine():
    return 1
def redefine():
    return 2
print(redefine())
def nested_calls(x):
    return str(len(str(abs(x))))
print(nested_calls(-12345))
print(add(*[1, 2]), add(**{"a": 3, "b": 4}))
