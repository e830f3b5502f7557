// ports/unix/unix_file.c: the file hooks behind open() (py/modio.c) over POSIX descriptors.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "py/port.h"

int fe_port_file_open(const char *path, int flags) {
    int oflags = O_CLOEXEC;
    if ((flags & FE_PORT_OPEN_READ) && (flags & FE_PORT_OPEN_WRITE)) {
        oflags |= O_RDWR;
    } else if (flags & FE_PORT_OPEN_WRITE) {
        oflags |= O_WRONLY;
    } else {
        oflags |= O_RDONLY;
    }
    if (flags & FE_PORT_OPEN_CREATE) {
        oflags |= O_CREAT;
    }
    if (flags & FE_PORT_OPEN_TRUNCATE) {
        oflags |= O_TRUNC;
    }
    if (flags & FE_PORT_OPEN_APPEND) {
        oflags |= O_APPEND;
    }
    if (flags & FE_PORT_OPEN_EXCLUSIVE) {
        oflags |= O_EXCL;
    }
    int fd;
    do {
        fd = open(path, oflags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -errno;
    }
    // Opening a folder succeeds for reading on POSIX; Python refuses it.
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

intptr_t fe_port_file_read(int fd, void *buf, size_t len) {
    ssize_t n;
    do {
        n = read(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

intptr_t fe_port_file_write(int fd, const void *buf, size_t len) {
    ssize_t n;
    do {
        n = write(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

int64_t fe_port_file_seek(int fd, int64_t offset, int whence) {
    off_t r = lseek(fd, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (int64_t)r;
}

int fe_port_file_close(int fd) {
    return close(fd) < 0 && errno != EINTR ? -errno : 0;
}
