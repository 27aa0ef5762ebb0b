# Errors raised while evaluating f-string fields.
def show(fn):
    try:
        print(repr(fn()))
    except (ValueError, TypeError, KeyError, NameError) as e:
        print(type(e).__name__, e)
x = 1.5
show(lambda: f"{x:d}")
show(lambda: f"{x:{'q'}}")
show(lambda: f"{'s':=5}")
show(lambda: f"{None:5}")
show(lambda: f"{[]:x}")
show(lambda: f"{x:{None}}")
show(lambda: f"{x:{1}{'.'}}")
show(lambda: f"{5:.2}")
show(lambda: f"{'abc':+}")
show(lambda: f"{x:,_}")
show(lambda: f"{{}}{undefined_name}")
show(lambda: f"{ {}['k'] }")
show(lambda: f"{x!r:d}")
show(lambda: f"{3!s:+}")
w = 4
print(f"{x:{w}}|{x:{w}.{w}}|{x!s:{w}}|")
f"{x:q}"
