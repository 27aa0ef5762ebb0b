# finally overriding return, break/continue in finally, return values
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i=" + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_in_finally())
def loop_try_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_try_return())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("iteration", n)
    return n
print(while_finally())
def except_return_finally():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return_finally())
def count_finally():
    count = 0
    for i in range(4):
        try:
            try:
                if i % 2:
                    continue
                count += 10
            finally:
                count += 1
        finally:
            count += 100
    return count
print(count_finally())
def finally_exception_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("replacement")
    except Exception as e:
        return repr(e) + " context=" + repr(e.__context__)
print(finally_exception_replaces())
