# every combination of try / except / else / finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("fail")
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
def try_finally(fail):
    log = []
    try:
        try:
            log.append("try")
            if fail:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer except")
    return log
print(try_finally(False))
print(try_finally(True))
def try_else(fail):
    try:
        if fail:
            raise IndexError
    except IndexError:
        return "except"
    else:
        return "else"
print(try_else(False), try_else(True))
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "inner except"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught: " + str(e)
print(else_raises())
def finally_runs_on_return():
    log = []
    def inner():
        try:
            return "returned"
        finally:
            log.append("finally ran")
    r = inner()
    return r, log
print(finally_runs_on_return())
def except_raises_new():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("finally in except_raises_new")
    except TypeError as e:
        return "caught " + str(e)
print(except_raises_new())
def unhandled_passes_through():
    try:
        try:
            raise KeyError("x")
        except ValueError:
            return "wrong"
        else:
            return "else"
        finally:
            print("finally before propagation")
    except KeyError:
        return "propagated KeyError"
print(unhandled_passes_through())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested_finally():
    log = []
    try:
        try:
            log.append(1)
        finally:
            log.append(2)
    finally:
        log.append(3)
    return log
print(nested_finally())
try:
    print("try with only finally")
finally:
    print("finally executes")
def except_order(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
print(except_order(ZeroDivisionError), except_order(OverflowError), except_order(ValueError))
