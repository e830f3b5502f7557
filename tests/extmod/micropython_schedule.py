# micropython.schedule runs the callback soon (here: before it returns); bad callbacks are rejected.
import micropython

calls = []
micropython.schedule(calls.append, 1)
micropython.schedule(lambda x: calls.append(x * 10), 2)
print(calls)
try:
    micropython.schedule(1, 2)
except TypeError:
    print("TypeError")
