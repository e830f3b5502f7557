a = 1
b = "two"
_c = 3


def f():
    return a
