# errno: the constants (Linux numbers), errorcode's number -> name, and OSError's errno form.
import errno
for name in ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST",
             "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ETIMEDOUT", "ECONNRESET",
             "EINPROGRESS"]:
    n = getattr(errno, name)
    print(name, n, errno.errorcode[n])
print(errno.ENOENT in errno.errorcode, 12345 in errno.errorcode)
e = OSError(errno.EAGAIN, "EAGAIN")
print(e, e.errno, e.strerror, e.args)
try:
    raise OSError(errno.EINVAL)
except OSError as e:
    print(repr(e), e.errno, e.args)
