# sys.exit(3): non-zero status, nothing more printed
import sys
print("start")
sys.exit(3)
