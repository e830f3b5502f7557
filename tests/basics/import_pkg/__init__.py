# helper package for tests/basics/import_*.py
print("init import_pkg")
value = 1
