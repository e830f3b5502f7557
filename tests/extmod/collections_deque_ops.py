# deque's ordering, + and +=, and item deletion (FE_DEQUE_OPS: off on the micro:bit firmware)
from collections import deque
d = deque([0, 'x', 2, 3]); del d[1]; print(d)
del d[-1]; print(d)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 5]))
q = deque([1, 2]); q += [3]; print(q, q + deque([4]), deque(q), 2 in q)
q += q; print(q)
try: q + [1]
except TypeError as e: print(e)
try: del q[10]
except IndexError as e: print(e)
