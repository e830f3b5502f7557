# Library functions boards leave out (FE_LIBS_EXTRA): time.strftime, random.shuffle/sample,
# struct.iter_unpack.
import random
import struct
import time

print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(10**9)))
print(time.strftime('%a %A %b %B %j %y %I %p %%', time.gmtime(1234567890)))
for a in ((5,), ('%Y', (1,))):
    try:
        time.strftime(*a)
    except TypeError:
        print('TypeError')
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
print(random.sample([1, 2, 3], 0))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
