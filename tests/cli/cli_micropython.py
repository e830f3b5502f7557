# The micropython module and sys.implementation (Ferrite-specific: see the .exp file).
import micropython
import sys

X = micropython.const(123)
print(X, micropython.const("s"))
print(sys.implementation.name, sys.implementation.version)
print(micropython.opt_level())
micropython.alloc_emergency_exception_buf(100)
print(type(micropython.stack_use()).__name__, micropython.stack_use() > 0)

# allocation with the heap locked raises MemoryError; unlocking restores it
micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated while locked")
except MemoryError:
    micropython.heap_unlock()
    print("MemoryError while locked")
else:
    micropython.heap_unlock()
y = [4, 5, 6]
print(y)

import uio, io
print(uio is io, uio.StringIO("u").read())

import gc
gc.collect()
print(gc.mem_free() > 0, gc.mem_alloc() > 0)
print(gc.threshold())
