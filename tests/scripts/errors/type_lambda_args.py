# TypeError from calling a lambda with the wrong arity
add = lambda a, b: a + b
print(add(1, 2))
add(1)
