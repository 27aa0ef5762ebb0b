class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where
class Custom(Exception):
    def __str__(self):
        return "custom:" + ",".join(map(str, self.args))

try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.key, e.where, isinstance(e, Exception))
try:
    raise Custom(1, 2)
except Custom as e:
    print(e, repr(e), e.args)
e = AppError("a", 2)
print(str(e), repr(e), e.args, str(AppError()), repr(AppError()))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
class WithCode(ValueError):
    code = 7
try:
    int("x")
except ValueError:
    try:
        raise WithCode("bad") from None
    except WithCode as w:
        print(w, w.code, w.__cause__, w.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise AppError("wrapped") from k
except AppError as a:
    print(a, repr(a.__cause__), type(a.__context__).__name__)
class MyKeyError(KeyError): pass
try:
    raise MyKeyError("missing")
except LookupError as e:
    print(str(e), repr(e))
class Interrupt(KeyboardInterrupt): pass
try:
    raise Interrupt("stop")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e)
err = NotFound("z")
err.extra = 1
print(err.extra, sorted(err.__dict__))
raise NotFound("final", "cache")
