# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (Exception, BaseException),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (TypeError, Exception), (ValueError, Exception), (AttributeError, Exception),
    (AssertionError, Exception), (StopIteration, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (SystemExit, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError), (SyntaxError, Exception),
    (ValueError, TypeError), (KeyError, IndexError), (bool, int),
    (UnicodeError, ValueError), (MemoryError, Exception), (OSError, Exception),
    (BaseException, object), (Exception, Exception),
]
for sub, sup in pairs:
    print(sub, sup, issubclass(sub, sup))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(KeyError, (ValueError, TypeError)))
instances = [ZeroDivisionError(), KeyError("k"), KeyboardInterrupt(), SystemExit(1), UnboundLocalError("u")]
for e in instances:
    print(repr(e), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, (LookupError, ArithmeticError)))
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, KeyboardInterrupt, SystemExit]:
    print(exc, classify(exc))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit", e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", repr(e))
try:
    raise StopIteration("v")
except StopIteration as e:
    print("StopIteration value", e.value)
print(type(ValueError()), type(ValueError))
print(ValueError.__name__, KeyError.__name__)
print(isinstance(ValueError, type), isinstance(ValueError(), type))
