# Small-heap smoke test (runs on the 16 KB micro:bit): the collector recycles memory.
import gc
total = 0
for i in range(300):
    chunk = [i] * 20
    total += len(chunk)
    text = str(i) * 10
gc.collect()
print(total, len(text))
