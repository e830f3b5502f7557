# MicroPython's select extras: ipoll (with the one-shot flag), poll results carrying the
# registered object, u-names, registering sys.stdin / sys.stdin.buffer.
import uselect, usocket, select, socket, sys
print(uselect is select, usocket is socket)
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
p = select.poll()
p.register(a, select.POLLIN)
a.sendto(b'x', a.getsockname())
for obj, ev in p.ipoll(1000):
    print(obj is a, ev)
for obj, ev in p.ipoll(1000, 1):   # one-shot: the mask is cleared after this report
    print(obj is a, ev)
print(list(p.ipoll(0)))
p.modify(a, select.POLLIN)
print([(o is a, e) for o, e in p.poll(0)])
print(a.recv(1))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
q = select.poll()
q.register(sys.stdin, select.POLLIN)
q.register(sys.stdin.buffer, select.POLLIN)
print(type(q.poll(0)).__name__)
a.close()
