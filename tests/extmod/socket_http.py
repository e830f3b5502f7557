# The manual's socket tutorials ("HTTP GET request", "Simple HTTP server") against a server
# in the same program on 127.0.0.1: the client connects (the kernel completes the
# handshake from the listen backlog), then the server accepts and answers.
import socket

html = """<!DOCTYPE html>
<html>
  <head> <title>Pins</title> </head>
  <body> <table border="1"> <tr><th>Pin</th><th>Value</th></tr> %s </table> </body>
</html>
"""

addr = socket.getaddrinfo('127.0.0.1', 0)[0][-1]
print(addr)
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(addr)
s.listen(1)
port = s.getsockname()[1]
print('listening', port > 0)

def http_get_start(url):
    _, _, host, path = url.split('/', 3)
    host, p = host.split(':')
    addr = socket.getaddrinfo(host, int(p))[0][-1]
    c = socket.socket()
    c.connect(addr)
    c.send(bytes('GET /%s HTTP/1.0\r\nHost: %s\r\n\r\n' % (path, host), 'utf8'))
    return c

def http_get_finish(c):
    while True:
        data = c.recv(100)
        if data:
            print(str(data, 'utf8'), end='')
        else:
            break
    c.close()

def serve_one():
    cl, addr = s.accept()
    print('client connected from', addr[0])
    cl_file = cl.makefile('rwb', 0)
    while True:
        line = cl_file.readline()
        print('request line', line)
        if not line or line == b'\r\n':
            break
    rows = ['<tr><td>%s</td><td>%d</td></tr>' % (str(p), p % 2) for p in (0, 2, 4, 5)]
    response = html % '\n'.join(rows)
    cl.send(b'HTTP/1.0 200 OK\r\n\r\n')
    cl.sendall(response.encode())
    cl_file.close()
    cl.close()

c = http_get_start('http://127.0.0.1:%d/ks/test.html' % port)
serve_one()
http_get_finish(c)

# with-statement, sendall/recv of a larger block, shutdown by close
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(('127.0.0.1', port))
    cl, _ = s.accept()
    c.sendall(b'x' * 100000)
    c.close()
    total = 0
    while True:
        d = cl.recv(65536)
        if not d:
            break
        total += len(d)
    print('received', total)
    cl.close()
s.close()
