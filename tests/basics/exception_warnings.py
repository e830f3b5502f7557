# The warning categories (only exception classes here: there is no warnings machinery;
# FE_EXC_WARNING_CATEGORIES).
import builtins
for n in ["UserWarning", "DeprecationWarning", "RuntimeWarning", "SyntaxWarning",
          "FutureWarning", "PendingDeprecationWarning", "ImportWarning", "UnicodeWarning",
          "BytesWarning", "ResourceWarning", "EncodingWarning"]:
    t = getattr(builtins, n)
    print(n, t.__name__, t.__bases__[0].__name__, issubclass(t, Warning), repr(t("x")))
try:
    raise DeprecationWarning("old")
except Warning as e:
    print(type(e).__name__, e)
try:
    raise UserWarning
except (DeprecationWarning, RuntimeWarning):
    print("wrong")
except UserWarning:
    print("UserWarning")
