# SystemExit can be caught; sys.exit() / sys.exit(0) / sys.exit(None) end with status 0
import sys
for arg in ((), (0,), (None,), (5,), ("text",)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("caught", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.args)
print("exiting")
sys.exit(0)
print("not reached")
