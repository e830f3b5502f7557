# helper module for tests/basics/import_*.py
print("loading _import_mod")
counter = 0


def bump():
    global counter
    counter += 1
    return counter


_hidden = "hidden"
