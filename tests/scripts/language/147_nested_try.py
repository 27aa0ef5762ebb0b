# exceptions crossing frames, nested try statements, handlers in loops
def level3():
    raise ValueError("from level3")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("not this one")
    print("never printed")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
def parse_all(items):
    results = []
    for it in items:
        try:
            results.append(int(it))
        except ValueError:
            results.append(None)
            continue
        finally:
            results.append("|")
    return results
print(parse_all(["1", "x", "3"]))
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        if n % 10 == 0:
            print("unwinding", n)
try:
    deep(30)
except IndexError as e:
    print("caught", e)
def handler_raises():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as inner:
            return "inner handled " + repr(inner)
print(handler_raises())
errors = 0
for i in range(10):
    try:
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                raise KeyError(i)
        except ValueError:
            errors += 1
            raise TypeError(i)
    except TypeError:
        errors += 10
    except KeyError:
        errors += 100
print(errors)
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise RuntimeError("try again")
            return "succeeded after " + str(n)
        except RuntimeError:
            if n >= 5:
                return "gave up"
print(retry(3), retry(10))
state = []
try:
    try:
        try:
            raise ValueError("deep")
        finally:
            state.append("f1")
    finally:
        state.append("f2")
except ValueError as e:
    state.append("caught " + str(e))
finally:
    state.append("f3")
print(state)
try:
    raise ValueError("outer")
except ValueError as outer:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        print(repr(inner.__context__))
    print("still have outer:", outer)
def exc_in_loop_body():
    total = 0
    for v in [1, 0, 2, 0, 4]:
        try:
            total += 10 // v
        except ZeroDivisionError:
            total -= 1
    return total
print(exc_in_loop_body())
