# str/bytes/bytearray item indexing: __index__, and the errors for bad or out-of-range indices
class O: pass
class I:
    def __index__(self): return 1
for seq in ("abc", "aé€", b"abc", bytearray(b"abc")):
    print(seq[I()], seq[-1])
    for idx in (O(), 10**30, 5, -4, 1.0):
        try:
            seq[idx]
        except Exception as e:
            print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[I()] = 65
print(ba)
for idx in (O(), 10**30, 5):
    for op in ("set", "del"):
        try:
            if op == "set": ba[idx] = 1
            else: del ba[idx]
        except Exception as e:
            print(type(e).__name__, e)
