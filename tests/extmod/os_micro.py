# MicroPython's os extras: ilistdir, uname, dupterm, the uos name.
import os, uos
print(os is uos)
base = 'os_micro_tmp'
try:
    os.remove(base + '/f')
except OSError:
    pass
try:
    os.rmdir(base + '/d')
except OSError:
    pass
try:
    os.rmdir(base)
except OSError:
    pass
os.mkdir(base)
os.mkdir(base + '/d')
with open(base + '/f', 'wb') as f:
    f.write(b'12345')
for e in sorted(os.ilistdir(base)):
    print(e[0], hex(e[1]), isinstance(e[2], int), e[3] if e[1] == 0x8000 else '')
print(type(os.ilistdir(base)).__name__ != 'list')
os.remove(base + '/f')
os.rmdir(base + '/d')
os.rmdir(base)
u = os.uname()
print(len(u), u.sysname == u[0], u.machine == u[4], str(u).startswith("(sysname='"))
print(str(u).count('='), tuple(u) == (u.sysname, u.nodename, u.release, u.version, u.machine))
import io
print(os.dupterm())
s = io.BytesIO()
print(os.dupterm(s))
print(os.dupterm(None) is s)
print(os.dupterm())
try:
    os.dupterm(42)
except TypeError:
    print('TypeError')
