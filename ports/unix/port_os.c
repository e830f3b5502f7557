// ports/unix/port_os.c: the OS-service hooks of py/port.h behind the os and time modules
// (extmod/modos.c, extmod/modtime.c) and select's waiting (fe_port_poll_fds), over POSIX.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "py/obj.h"
#include "py/port.h"
#include "unix_port.h"

// ---- time -------------------------------------------------------------------------------

int64_t fe_port_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void tm_to_fields(const struct tm *tm, int out[9]) {
    out[0] = tm->tm_year + 1900;
    out[1] = tm->tm_mon + 1;
    out[2] = tm->tm_mday;
    out[3] = tm->tm_hour;
    out[4] = tm->tm_min;
    out[5] = tm->tm_sec;
    out[6] = (tm->tm_wday + 6) % 7;  // C: Sunday = 0; Python: Monday = 0
    out[7] = tm->tm_yday + 1;
    out[8] = tm->tm_isdst > 0 ? 1 : 0;
}

void fe_port_localtime(int64_t t, int out[9]) {
    time_t tt = (time_t)t;
    struct tm tm;
    if (localtime_r(&tt, &tm) == NULL) {
        memset(&tm, 0, sizeof(tm));
        tm.tm_year = 70;
        tm.tm_mday = 1;
    }
    tm_to_fields(&tm, out);
}

int64_t fe_port_mktime(const int f[9]) {
    struct tm tm;
    memset(&tm, 0, sizeof(tm));
    tm.tm_year = f[0] - 1900;
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_isdst = f[8] < 0 ? -1 : f[8] > 0;
    return (int64_t)mktime(&tm);
}

// ---- files and folders ------------------------------------------------------------------

static int result(int r) {
    return r < 0 ? -errno : r;
}

int fe_port_listdir(const char *path, fe_port_dir_entry_fn entry, void *ctx) {
    DIR *d = opendir(path);
    if (d == NULL) {
        return -errno;
    }
    // Names are collected first so that a MemoryError raised by entry() cannot leak the
    // DIR: the port keeps no state across the callback.
    size_t cap = 16, n = 0;
    struct item { char *name; int type; uint64_t ino; int64_t size; } *items = malloc(cap * sizeof(*items));
    struct dirent *de;
    int err = 0;
    while (items != NULL && (de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) {
            continue;
        }
        if (n == cap) {
            struct item *bigger = realloc(items, 2 * cap * sizeof(*items));
            if (bigger == NULL) {
                err = -ENOMEM;
                break;
            }
            items = bigger;
            cap *= 2;
        }
        struct stat st;
        int type = 0;
        int64_t size = 0;
        if (fstatat(dirfd(d), de->d_name, &st, 0) == 0) {
            type = S_ISDIR(st.st_mode) ? 0x4000 : S_ISREG(st.st_mode) ? 0x8000 : 0;
            size = st.st_size;
        } else if (de->d_type == DT_DIR) {
            type = 0x4000;
        } else if (de->d_type == DT_REG) {
            type = 0x8000;
        }
        items[n].name = strdup(de->d_name);
        items[n].type = type;
        items[n].ino = de->d_ino;
        items[n].size = size;
        if (items[n].name == NULL) {
            err = -ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (items == NULL) {
        return -ENOMEM;
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        for (size_t i = 0; err == 0 && i < n; i++) {
            entry(ctx, items[i].name, items[i].type, items[i].ino, items[i].size);
        }
        fe_handler_pop(&h);
    } else {
        for (size_t j = 0; j < n; j++) {
            free(items[j].name);
        }
        free(items);
        fe_raise(h.exc);
    }
    for (size_t j = 0; j < n; j++) {
        free(items[j].name);
    }
    free(items);
    return err;
}

int fe_port_mkdir(const char *path) {
    return result(mkdir(path, 0777));
}

int fe_port_rmdir(const char *path) {
    return result(rmdir(path));
}

int fe_port_remove(const char *path) {
    return result(unlink(path));
}

int fe_port_rename(const char *from, const char *to) {
    return result(rename(from, to));
}

int fe_port_chdir(const char *path) {
    return result(chdir(path));
}

int fe_port_getcwd(char *buf, size_t len) {
    return getcwd(buf, len) == NULL ? -errno : 0;
}

int fe_port_stat(const char *path, int64_t out[10]) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return -errno;
    }
    out[0] = st.st_mode;
    out[1] = (int64_t)st.st_ino;
    out[2] = (int64_t)st.st_dev;
    out[3] = (int64_t)st.st_nlink;
    out[4] = st.st_uid;
    out[5] = st.st_gid;
    out[6] = st.st_size;
    out[7] = st.st_atime;
    out[8] = st.st_mtime;
    out[9] = st.st_ctime;
    return 0;
}

int fe_port_statvfs(const char *path, int64_t out[10]) {
    struct statvfs sv;
    if (statvfs(path, &sv) != 0) {
        return -errno;
    }
    out[0] = (int64_t)sv.f_bsize;
    out[1] = (int64_t)sv.f_frsize;
    out[2] = (int64_t)sv.f_blocks;
    out[3] = (int64_t)sv.f_bfree;
    out[4] = (int64_t)sv.f_bavail;
    out[5] = (int64_t)sv.f_files;
    out[6] = (int64_t)sv.f_ffree;
    out[7] = (int64_t)sv.f_favail;
    out[8] = (int64_t)sv.f_flag;
    out[9] = (int64_t)sv.f_namemax;
    return 0;
}

int fe_port_urandom(void *buf, size_t len) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -errno;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t r = read(fd, (char *)buf + done, len - done);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            int e = r < 0 ? errno : EIO;
            close(fd);
            return -e;
        }
        done += (size_t)r;
    }
    close(fd);
    return 0;
}

void fe_port_uname(char out[5][65]) {
    struct utsname u;
    memset(out, 0, 5 * 65);
    if (uname(&u) != 0) {
        return;
    }
    const char *src[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    for (int i = 0; i < 5; i++) {
        strncpy(out[i], src[i], 64);
    }
}

const char *fe_port_getenv(const char *name) {
    return getenv(name);
}

// ---- waiting for descriptors ------------------------------------------------------------

int fe_port_poll_fds(fe_port_pollfd_t *fds, size_t n, int timeout_ms) {
    struct pollfd stack_pfd[16];
    struct pollfd *pfd = n <= 16 ? stack_pfd : malloc(n * sizeof(struct pollfd));
    if (pfd == NULL) {
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        pfd[i].fd = fds[i].fd;
        pfd[i].events = (short)(((fds[i].events & 1) ? POLLIN : 0) | ((fds[i].events & 4) ? POLLOUT : 0));
        pfd[i].revents = 0;
    }
    unix_stdout_flush();
    int r = poll(pfd, n, timeout_ms);
    int err = errno;
    for (size_t i = 0; i < n && r >= 0; i++) {
        short re = pfd[i].revents;
        fds[i].revents = (uint16_t)(((re & POLLIN) ? 1 : 0) | ((re & POLLOUT) ? 4 : 0)
            | ((re & POLLERR) ? 8 : 0) | ((re & POLLHUP) ? 16 : 0) | ((re & POLLNVAL) ? 32 : 0));
    }
    if (pfd != stack_pfd) {
        free(pfd);
    }
    return r < 0 ? -err : r;
}
