from . import circ_b

A = "a"


def get_b():
    return circ_b.B
