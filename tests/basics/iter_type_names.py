# The type names of the str/bytes/bytearray/memoryview iterators (the micro:bit shares
# them: FE_STR_ITER_NAMES 0).
print(type(iter("")).__name__, type(iter("abc")).__name__, type(iter("é")).__name__)
print(type(iter(b"a")).__name__, type(iter(bytearray(b"a"))).__name__, type(iter(memoryview(b"a"))).__name__)
