# The os module on files and folders, in a scratch folder beside the test.
import os

base = 'os_files_tmp'
def cleanup(d):
    try:
        for n in os.listdir(d):
            p = d + os.sep + n
            if os.stat(p)[0] & 0x4000:
                cleanup(p)
            else:
                os.remove(p)
        os.rmdir(d)
    except OSError:
        pass
cleanup(base)

print(os.sep)
os.mkdir(base)
print(os.listdir(base))
with open(base + '/a.txt', 'w') as f:
    f.write('hello')
os.mkdir(base + '/sub')
print(sorted(os.listdir(base)))
st = os.stat(base + '/a.txt')
t = tuple(st)
print(len(t), all(isinstance(x, int) for x in t))
print(st[6], st.st_size, bool(st[0] & 0x8000), bool(st[0] & 0x4000))
print(bool(os.stat(base + '/sub')[0] & 0x4000))
os.rename(base + '/a.txt', base + '/b.txt')
print(sorted(os.listdir(base)))
cwd = os.getcwd()
os.chdir(base)
print(sorted(os.listdir()), os.getcwd() == cwd + '/' + base)
os.chdir('..')
print(os.getcwd() == cwd)
sv = os.statvfs(base)
print(len(tuple(sv)), sv[0] > 0)

def err(f, *a):
    try:
        f(*a)
        print('no error')
    except OSError as e:
        print(isinstance(e, OSError), e.errno)
    except Exception as e:
        print(type(e).__name__)

err(os.stat, base + '/nothing')
err(os.mkdir, base + '/sub')
err(os.rmdir, base)
err(os.remove, base + '/sub')
err(os.remove, base + '/nothing')
err(os.listdir, base + '/nothing')
err(os.chdir, base + '/nothing')
err(os.rename, base + '/nothing', base + '/x')
err(os.stat, 4.5)
err(os.mkdir, None)
err(os.stat, 'a\0b')

os.remove(base + '/b.txt')
os.rmdir(base + '/sub')
os.rmdir(base)
print(base in os.listdir('.'))
r = os.urandom(8)
print(type(r).__name__, len(r), len(os.urandom(0)))
err(os.urandom, -1)
print(os.getenv('FERRITE_SURELY_UNSET_VAR'), os.getenv('FERRITE_SURELY_UNSET_VAR', 'dflt'))
