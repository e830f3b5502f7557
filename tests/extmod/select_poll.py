# select.select and poll objects over sockets on 127.0.0.1 and a file.
import select, socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))

r, w, x = select.select([a, b], [], [], 0)
print(r, w, x)
r, w, x = select.select([a], [b], [], 0.5)
print(r == [], w == [b], x)
b.sendto(b'hi', a.getsockname())
r, w, x = select.select([a, b], [], [], 1)
print(r == [a], len(w), len(x))
print(a.recv(10))

def same(o, s):
    return o is s or o == s.fileno()

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
res = p.poll(0)
print([(same(o, b), ev) for o, ev in res])
p.modify(b.fileno(), select.POLLIN)
print(p.poll(0))
b.sendto(b'again', a.getsockname())
res = p.poll(1000)
print([(same(o, a), ev) for o, ev in res])
print(a.recv(10))
p.unregister(a)
a.sendto(b'to b', b.getsockname())
res = p.poll(1000)
print([(same(o, b), ev) for o, ev in res])
p.unregister(b.fileno())
print(p.poll(10))
try:
    p.unregister(a)
except KeyError:
    print('KeyError')
try:
    p.modify(a, select.POLLIN)
except OSError:
    print('OSError')
for bad in ('x', -1):
    try:
        p.register(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    select.select([a], [], [], -1)
except ValueError:
    print('ValueError')

with open(__file__) as f:  # the running file (its .mpy under --via-mpy)
    r, w, x = select.select([f], [], [], 0)
    print(r == [f])
a.close()
b.close()
