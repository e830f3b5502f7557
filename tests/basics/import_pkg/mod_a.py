from . import mod_b
from .mod_b import fb


def fa():
    return "fa+" + mod_b.fb() + "+" + fb()
