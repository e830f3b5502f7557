# readinto() on binary files and BytesIO, as host tools use it to compare files.
import io
import os

NAME = "_io_readinto.tmp"
with open(NAME, "wb") as f:
    f.write(bytes(range(256)) * 3 + b"tail")
buf = bytearray(256)
mv = memoryview(buf)
total = 0
with open(NAME, "rb") as f:
    while True:
        n = f.readinto(mv)
        if not n:
            break
        total += n
        print(n, buf[0], buf[n - 1])
print(total)
with open(NAME, "rb") as f:
    small = bytearray(10)
    print(f.readinto(small), small)
os.remove(NAME)
b = io.BytesIO(b"hello world")
ba = bytearray(4)
print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba))
try:
    io.BytesIO(b"x").readinto(b"immutable")
except TypeError:
    print("TypeError")
