# A .py file named like a micro-library (CPython name) on sys.path takes precedence over the
# builtin; the u-name always gives the builtin.
import sys
sys.path.insert(0, "libsa_shadow")
import heapq
h = []
heapq.heappush(h, 1)
print(h)
try:
    import uheapq
    h = []
    uheapq.heappush(h, 1)
    print(h)
except ImportError:
    print([1])
sys.path.pop(0)
