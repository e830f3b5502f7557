from ..mod_b import fb
from . import parent_value

__all__ = ["X", "helper", "fb"]
X = 42
public_not_in_all = 2
_private = 3


def helper():
    return "helper:%d:%s:%d" % (X, fb(), parent_value)
