# try/except basics, e.args, str(e), repr(e), except tuples
try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except IndexError as e:
    print("caught", type(e), e, repr(e), e.args)
try:
    {}["k"]
except KeyError as e:
    print("caught", str(e), repr(e), e.args)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e))
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [1][5]
    if kind == 2:
        return {}["x"]
    if kind == 3:
        raise ValueError("bad value", 42)
    return "ok"
for k in range(5):
    try:
        print(k, risky(k))
    except ZeroDivisionError as e:
        print(k, "zero:", e)
    except LookupError as e:
        print(k, "lookup:", type(e), e)
    except Exception as e:
        print(k, "other:", e, e.args)
e1 = ValueError("message")
print(e1, repr(e1), e1.args, str(e1))
e2 = ValueError()
print(repr(e2), e2.args, str(e2) == "")
e3 = ValueError("a", 2)
print(e3, repr(e3), e3.args)
e4 = KeyError("k")
print(e4, repr(e4))
e5 = Exception(None)
print(e5, repr(e5))
print(repr(ZeroDivisionError("x")), repr(StopIteration(3)), StopIteration(3).value)
try:
    raise RuntimeError("boom")
except RuntimeError as err:
    caught = err
print(caught, type(caught))
try:
    try:
        1 / 0
    except ValueError:
        print("wrong handler")
except ZeroDivisionError:
    print("outer handler")
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    raise IndexError()
except Exception as e:
    print(repr(e))
x = "unchanged"
try:
    x = "changed"
    raise ValueError
except ValueError:
    pass
print(x)
try:
    pass
except Exception as e:
    print("not reached")
try:
    raise TypeError("t")
except TypeError as e:
    pass
try:
    e
except NameError as err:
    print("NameError:", err)
