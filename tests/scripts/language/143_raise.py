# raise forms, re-raise, raise from, implicit chaining attributes
def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
def reraise_named():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print("re-raised named:", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print("class form:", repr(e))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
for n in [1, -1]:
    try:
        print(check(n))
    except ValueError as e:
        print("error:", e)
try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(e, e.args, len(e.args))
try:
    raise TypeError("one") from TypeError("two")
except TypeError as e:
    print(e, "<-", e.__cause__)
err = None
try:
    raise IndexError("saved")
except IndexError as e:
    err = e
print(repr(err), err.args[0])
try:
    raise err
except IndexError as e:
    print("raised saved instance:", e is err)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_handlers():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except ValueError as e:
    print("bare raise re-raised the outer:", repr(e))
