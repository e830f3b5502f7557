# MicroPython socket behaviour that CPython lacks: send()/write() of a str (the manual's
# "simple HTTP server" does cl.send(response) with a str), makefile() returning the socket,
# stream methods on sockets, the usocket name.
import usocket as socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
c = socket.socket()
c.connect(s.getsockname())
cl, addr = s.accept()
print(cl.send('héllo\n'), cl.write('line two\nrest'), cl.makefile('rwb', 0) is cl)
cl.close()
print(c.readline(), c.readline(), c.read())
c.close()
try:
    c.send('x')
except OSError as e:
    print('OSError', e.errno)
s.close()
