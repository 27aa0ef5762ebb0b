# global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def make_global():
    global created_inside
    created_inside = "made in a function"
make_global()
print(created_inside)
x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
print(read_global(), shadow(), x)
def nested_global():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested_global()
print(x)
def outer():
    v = "outer v"
    def modify():
        nonlocal v
        v = "modified"
    modify()
    return v
print(outer())
def two_levels():
    v = 0
    def level1():
        def level2():
            nonlocal v
            v += 5
        level2()
        level2()
    level1()
    return v
print(two_levels())
total = 100
def mix():
    global total
    local_total = total
    def inner():
        nonlocal local_total
        local_total += 1
    inner()
    total = local_total * 2
mix()
print(total)
def global_in_loop():
    global g
    for g in range(3):
        pass
global_in_loop()
print(g)
def del_global():
    global temp
    temp = 1
    del temp
del_global()
try:
    temp
except NameError as e:
    print("NameError:", e)
y = 1
def uses_global_builtin():
    return len([y])
print(uses_global_builtin())
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
