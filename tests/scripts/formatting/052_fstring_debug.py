# The = specifier (3.8+): the expression text, then repr() unless a conversion or spec is given.
x = 3.5
name = "gilt"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }|{x =}|")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name = !r:>10}")
print(f"{x=:.2f}", f"{x = :>8}", f"{x=!r:^9}")
print(f"{items=}", f"{len(items)=}", f"{items[0] + 1=}", f"{x * 2 = }")
print(f"{'é'=}", f"{None=}", f"{1+1=}", f"{x=}{x=}")
print(f"{name.upper()=:>8}", f"{x=:{'<'}{6}}|")
