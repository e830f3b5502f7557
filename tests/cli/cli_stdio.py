# sys.stdout / sys.stderr objects
import sys
n = sys.stdout.write("abc\n")
print(n)
print(sys.stdout.write("h\u00e9llo\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes\n"))
sys.stdout.buffer.flush()
print(sys.stderr.write("to stderr\n"))
print("x", file=sys.stdout)
print("y", file=sys.stderr)
try:
    sys.stdout.write(b"no")
except TypeError as e:
    print("TypeError")
try:
    sys.stdout.buffer.write("no")
except TypeError as e:
    print("TypeError")
