# name resolution: local, enclosing, global, builtin
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def conditional(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional(True))
print(conditional(False))
def shadow_then_use():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
    return x
print(shadow_then_use())
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def default_scope(a=x):
    x = "inner"
    return a
print(default_scope())
def nested_reads():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2()
    return l1()
print(nested_reads())
counter = 0
def read_only():
    return counter + 1
print(read_only(), counter)
def augmented_local():
    try:
        counter += 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(augmented_local())
def name_error():
    try:
        return never_defined
    except NameError as e:
        return "NameError: " + str(e)
print(name_error())
if True:
    block_var = "blocks do not create scopes"
print(block_var)
while True:
    loop_var_defined = 1
    break
print(loop_var_defined)
def recursive_name():
    return recursive_name.__name__
print(recursive_name())
lam = lambda: x
x = "rebound"
print(lam())
