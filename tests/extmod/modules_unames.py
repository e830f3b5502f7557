# Every libs-a micro-library by its u-name (ferrite) or CPython name (python3).
try:
    import ustruct as struct, uarray as array, ubinascii as binascii, ujson as json
    import ucollections as collections, uheapq as heapq, uerrno as errno
except ImportError:
    import struct, array, binascii, json, collections, heapq, errno
print(struct.pack("<H", 258), array.array("b", [1]), binascii.hexlify(b"\x01"))
print(json.dumps([1]), collections.deque([1]), errno.EINVAL)
h = [3, 1, 2]
heapq.heapify(h)
print(h)
import struct as s2, json as j2
print(s2.calcsize("<i"), j2.loads("[2]"))
