# socket: UDP, timeouts, non-blocking mode, errors, getaddrinfo's shape (127.0.0.1 only).
import socket

ai = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print(len(ai[0]), ai[0][0] == socket.AF_INET, ai[0][1] == socket.SOCK_STREAM, ai[0][-1])
print(socket.getaddrinfo('127.0.0.1', '8080')[0][-1])
print(socket.getaddrinfo('localhost', 80, socket.AF_INET)[0][-1])

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
me = u.getsockname()
print(me[0], isinstance(me[1], int), isinstance(u.fileno(), int))
u.settimeout(0.05)
print(u.gettimeout())
try:
    u.recvfrom(10)
    print('no timeout')
except OSError as e:
    print('timeout', isinstance(e, OSError))
u.sendto(b'ping', me)
d, a = u.recvfrom(10)
print(d, a == me)
u.setblocking(False)
print(u.gettimeout())
try:
    u.recv(10)
except OSError as e:
    print('would block', isinstance(e, OSError))
u.setblocking(True)
print(u.gettimeout())
u.close()
u.close()
try:
    u.recv(1)
except OSError as e:
    print('closed', e.errno)

s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
s.settimeout(0.05)
try:
    s.accept()
except OSError as e:
    print('accept timeout', isinstance(e, OSError))
s.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', 1))  # nothing listens on port 1
except OSError as e:
    print('refused', e.errno)
c.close()

c = socket.socket()
for bad in ((42, 'x'), (lambda: c.bind('127.0.0.1')), (lambda: c.settimeout(-1)),
            (lambda: c.bind(('127.0.0.1', 70000)))):
    try:
        if callable(bad):
            bad()
        else:
            socket.socket(*bad)
        print('no error')
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__)
c.close()
