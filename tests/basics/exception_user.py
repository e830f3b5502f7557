# User exception classes: inheritance, __init__ with and without super(), attributes,
# __str__/__repr__ overrides, class-level attributes, multiple levels.
class AppError(Exception):
    pass

class CodeError(AppError):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

class Pretty(ValueError):
    def __str__(self):
        return "pretty: " + ",".join(map(str, self.args))

class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr>"

class Levelled(Exception):
    level = "warn"

e = AppError("boom", 1)
print(e, repr(e), e.args, type(e).__name__, isinstance(e, Exception))
e = CodeError(404)
print(e, repr(e), e.args, e.code, e.detail)
e = CodeError(500, detail="server")
print(e.args, e.detail, str(e))
e = NoSuper(2, 3)
print(e.args, e.total, str(e), repr(e))
e = Pretty(1, 2)
print(e, str(e), repr(e), e.args)
print(WithRepr("x"), repr(WithRepr("x")))
print(Levelled().level, Levelled("m").args)
e = AppError()
e.extra = [1, 2]
e.args = ("changed",)
print(e.extra, e, repr(e))

for cls in (AppError, CodeError, Pretty):
    try:
        if cls is CodeError:
            raise cls(7)
        raise cls("raised")
    except AppError as ex:
        print("AppError branch", type(ex).__name__, ex)
    except ValueError as ex:
        print("ValueError branch", type(ex).__name__, ex)

try:
    raise CodeError
except TypeError as ex:
    print("TypeError", "missing" in str(ex))

class Multi(KeyError, AppError):
    pass
try:
    raise Multi("key")
except AppError as ex:
    print("multi", repr(ex), str(ex), isinstance(ex, LookupError))

print(issubclass(CodeError, Exception), CodeError.__mro__[1].__name__, CodeError.__bases__[0].__name__)

class CustomInit(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise CustomInit()
except CustomInit as ex:
    print(ex, ex.args)

class Stop(StopIteration):
    pass
s = Stop(42)
print(s.value, s.args)

class Exit(SystemExit):
    pass
print(Exit(3).code)

class OSE(OSError):
    pass
o = OSE(2, "ENOENT")
print(o, o.errno, o.strerror, o.args)
