# MicroPython's ticks counters and ms/us sleeps (utime); the period is 2**30.
import utime as time
import time as t2
print(time is t2)
P = 2**30
print(time.ticks_add(P - 1, 1), time.ticks_add(0, -1), time.ticks_add(5, 10))
print(time.ticks_diff(5, P - 5), time.ticks_diff(P - 5, 5), time.ticks_diff(100, 40))
print(time.ticks_diff(time.ticks_add(123, -1000), 123), time.ticks_diff(P // 2, 0))
for d in (0, 1, -1, P // 2 - 1, -(P // 2)):
    print(time.ticks_diff(time.ticks_add(P - 3, d), P - 3) == d)
try:
    time.ticks_add(0, P)
except OverflowError:
    print('OverflowError')
try:
    time.ticks_diff('a', 1)
except TypeError:
    print('TypeError')
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    v = f()
    print(0 <= v < P)
s = time.ticks_ms()
u = time.ticks_us()
time.sleep_ms(20)
time.sleep_us(5000)
time.sleep_ms(-5)
print(20 <= time.ticks_diff(time.ticks_ms(), s) < 500, time.ticks_diff(time.ticks_us(), u) >= 25000)
