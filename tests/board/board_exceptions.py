# Small-heap smoke test (runs on the 16 KB micro:bit): exceptions.
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
try:
    raise ValueError('bad')
except Exception as e:
    print(type(e).__name__, e)
finally:
    print('finally')
