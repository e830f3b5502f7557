# The rarest builtin exception classes (split from exception_hierarchy.py: boards without
# FE_EXC_RARE_TYPES make each name its parent class).
for t in (FloatingPointError, UnicodeTranslateError, TabError):
    print(t.__name__, [b.__name__ for b in t.__mro__])
try:
    raise TabError("t")
except SyntaxError as e:
    print("caught", type(e).__name__)
