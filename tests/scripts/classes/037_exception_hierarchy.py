class AppError(Exception):
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] " + super().__str__()
class DbError(AppError): pass
class Timeout(DbError, TimeoutError): pass
errors = [AppError("a"), DbError("b", code=2), Timeout("c", code=3)]
for e in errors:
    try:
        raise e
    except DbError as caught:
        print("db:", caught, caught.code, repr(caught))
    except AppError as caught:
        print("app:", caught)
print(Timeout.__mro__)
print(isinstance(Timeout("x"), OSError), issubclass(Timeout, LookupError))
def handler(exc_type):
    try:
        raise exc_type("boom")
    except (KeyError, AppError) as e:
        return "handled " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
print(handler(AppError), handler(KeyError), handler(ValueError))
class Quiet(Exception):
    pass
q = Quiet()
print(repr(q), str(q) == "", q.args)
try:
    try:
        raise DbError("inner")
    except DbError:
        raise AppError("outer")
except AppError as e:
    print(e, "| context:", e.__context__, type(e.__context__).__name__)
class Custom(BaseException): pass
try:
    raise Custom("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException:", e)
print(Timeout("t").errno, Timeout("t").strerror)
