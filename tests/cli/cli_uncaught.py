# an uncaught exception: traceback on stderr, status 1, earlier output kept
print("first line")


def fail():
    raise KeyError("missing")


fail()
print("not reached")
