# The time module's CPython subset: gmtime/localtime/mktime, struct_time, sleep, clocks.
import time

print(time.gmtime(0))
print(time.gmtime(10**9))
print(time.gmtime(-1))
print(time.gmtime(951782400))   # 2000-02-29
print(time.gmtime(4107542400))  # 2100-03-01
print(time.gmtime(1.9), time.gmtime(-1.5)[5])
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:3], len(t), tuple(t), list(t)[:2])
print(t == time.gmtime(1234567890), t == tuple(t))
for x in (0, 10**9, 1700000000, 86399, 31535999):
    print(time.mktime(time.localtime(x)) == x)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st)
print(st.tm_yday, st[6])
for bad in ((1, 2, 3), 5, 'abcdefghi'[:3]):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError')
try:
    t.tm_year = 5
except AttributeError:
    print('AttributeError')
try:
    t[0] = 5
except TypeError:
    print('TypeError')
a = time.time()
b = time.time_ns()
print(type(a).__name__, type(b).__name__, a > 1.6e9, b > 1.6e18)
m = time.monotonic()
n = time.monotonic_ns()
time.sleep(0.02)
time.sleep(0)
print(0.015 < time.monotonic() - m < 1.0, time.monotonic_ns() - n > 15000000)
for bad in (-1, 'x', None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
for bad in ('x', None, [1]):
    try:
        time.gmtime(bad) if bad is not None else print('None ok', len(time.gmtime(None)))
    except TypeError:
        print('TypeError')
try:
    time.mktime((1, 2))
except TypeError:
    print('TypeError')
for f, a in ((time.mktime, ([2000, 1, 1, 0, 0, 0, 0, 1, -1],)), (time.mktime, ('abcdefghi',)),
             (time.sleep, (1j,)),
             (time.gmtime, (1j,)), (time.struct_time, ())):
    try:
        f(*a)
        print('no error')
    except TypeError:
        print('TypeError')
print(time.gmtime(2**40 // 1000)[:3])
try:
    time.gmtime(2**70)
except OverflowError:
    print('OverflowError')
