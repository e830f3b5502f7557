# sys.exit with a message: printed to stderr, exit status 1
import sys
print("before")
try:
    sys.exit("bye")
finally:
    print("finally runs")
print("not reached")
