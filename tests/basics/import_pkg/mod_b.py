print("loading import_pkg.mod_b", __name__)


def fb():
    return "fb"
