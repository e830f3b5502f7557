# An example frozen module (ports/unix/frozen/): baked into ferrite at build time.
GREETING = "hello from a frozen module"


def greet(name):
    return "%s, %s" % (GREETING, name)


def fail():
    raise ValueError("raised in frozen code")
