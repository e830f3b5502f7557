try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"x" * 1000, bytes(range(256))):
        h = ctor(data)
        print(name, len(data), h.hexdigest())
    h = ctor()
    h.update(b"hello ")
    c = h.copy()
    h.update(b"world")
    print(h.hexdigest(), c.hexdigest())
    print(h.digest() == ctor(b"hello world").digest(), h.digest_size, h.block_size, h.name)
    print(ctor(bytearray(b"abc")).digest())
    print(ctor(memoryview(b"abcdef")[1:4]).hexdigest())
    for bad in ("str", 5, None):
        try:
            ctor(bad)
        except Exception as e:
            print(type(e).__name__)
    try:
        h.update("x")
    except Exception as e:
        print(type(e).__name__)
# incremental in odd chunks equals one-shot
data = bytes(i * 7 & 255 for i in range(3000))
for name in ("sha256", "sha1", "md5"):
    h = getattr(hashlib, name)()
    i = 0
    step = 1
    while i < len(data):
        h.update(data[i:i + step])
        i += step
        step = step * 3 % 97 + 1
    print(h.hexdigest() == getattr(hashlib, name)(data).hexdigest())
