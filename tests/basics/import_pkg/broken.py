print("running import_pkg.broken")
partial = 1
raise ValueError("broken on purpose")
