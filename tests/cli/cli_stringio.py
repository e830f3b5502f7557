# io.StringIO and io.BytesIO
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\nlast"))
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(repr(s.read(3)), repr(s.read()), repr(s.read()))
print(s.tell() > 0)

s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)))
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
print(s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)

with io.StringIO("with\nblock\n") as f:
    print(f.read().split())
print(f.closed)

try:
    io.StringIO().write(b"x")
except TypeError:
    print("TypeError")

b = io.BytesIO(b"\x00\x01binary\ndata")
print(b.read(2), b.readline(), b.read())
b.seek(0)
print(b.write(b"AB"), b.getvalue())
b.seek(20)
b.write(b"Z")
print(b.getvalue())
print(b.tell())
try:
    b.write("str")
except TypeError:
    print("TypeError")
with io.BytesIO() as out:
    out.write(bytes(range(5)))
    out.write(bytearray(b"xy"))
    print(out.getvalue())
