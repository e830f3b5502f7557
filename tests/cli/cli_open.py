# open(): text and binary files, modes, context managers, iteration, errors
path = "/tmp/ferrite_test_cli_open.txt"

with open(path, "w") as f:
    print(f.write("line one\n"), f.write("línea dos\n"))
    f.write("third")
    print(f.closed)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, "r") as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read(4)))

with open(path, "a") as f:
    f.write("\nappended")
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[-8:])
with open(path, "rb") as f:
    print(f.read(4), f.readline(), f.tell())
    f.seek(-3, 2)
    print(f.read())

with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02bin"))
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"BIN")
    f.seek(0)
    print(f.read())

f = open(path, "w")
f.write("x")
f.close()
try:
    f.write("y")
except ValueError as e:
    print("ValueError", e)

try:
    open("/tmp/ferrite_no_such_dir/x.txt")
except OSError as e:
    print("OSError", e.errno)
try:
    open(path, "rw")
except ValueError:
    print("ValueError mode")
try:
    open(path, "r").write("x")
except OSError:
    print("OSError not writable")
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError:
    print("TypeError")
