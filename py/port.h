// py/port.h: the hooks a port provides to the core. This is the core's whole view of the
// platform: the core never calls malloc, stdio or the OS directly.
#ifndef FE_PY_PORT_H
#define FE_PY_PORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

// Console output (already-encoded UTF-8 bytes). stdout text: the port converts LF to CR LF
// where its console needs it.
void fe_port_stdout_write(const char *s, size_t len);
void fe_port_stderr_write(const char *s, size_t len);
// Blocking read of one byte from the console; -1 at end of input.
int fe_port_stdin_read_char(void);

// Monotonic time.
uint64_t fe_port_ticks_us(void);
void fe_port_sleep_us(uint64_t us);  // returns early if an interrupt is pending

// Files, used by import and open(). Paths are NUL-terminated UTF-8.
// 0 = absent, 1 = file, 2 = directory.
int fe_port_stat_kind(const char *path);
// Reads a whole file into a new GC-heap buffer (fe_alloc); NULL if it cannot be read.
char *fe_port_read_file(const char *path, size_t *len);

// Files for open() (py/modio.c; only on ports whose config sets FE_PORT_HAS_FILES).
// Negative results are negated errno numbers (Linux numbering, see fe_errno_name()).
#define FE_PORT_OPEN_READ 0x01
#define FE_PORT_OPEN_WRITE 0x02
#define FE_PORT_OPEN_CREATE 0x04
#define FE_PORT_OPEN_TRUNCATE 0x08
#define FE_PORT_OPEN_APPEND 0x10
#define FE_PORT_OPEN_EXCLUSIVE 0x20
int fe_port_file_open(const char *path, int flags);    // a descriptor >= 0
intptr_t fe_port_file_read(int fd, void *buf, size_t len);         // 0 at end of file
intptr_t fe_port_file_write(int fd, const void *buf, size_t len);  // bytes written
int64_t fe_port_file_seek(int fd, int64_t offset, int whence);     // whence 0/1/2 as os.SEEK_*; new position
int fe_port_file_close(int fd);

// Called by the VM at safe points to let the port poll for Ctrl-C etc. (may be empty when
// the port sets fe_state.pending_exc from an interrupt handler).
void fe_port_poll(void);

// Conservative GC root scan: the port reports the C stack range in use and registers.
// fe_gc_collect() calls this; the port calls fe_gc_scan_range() for each range.
void fe_port_scan_roots(void);
void fe_gc_scan_range(void *const *start, size_t nwords);

// Fatal error with no way to recover (heap corrupted ...). Never returns.
__attribute__((noreturn)) void fe_port_fatal(const char *msg);

// ---- OS services for os, time, socket, select (extmod/modos.c modtime.c modsocket.c
// modselect.c; unix: ports/unix/port_os.c, port_socket.c). Only ports whose config sets
// FE_PORT_HAS_FILES provide the os/select/socket hooks (a port without an OS has none of
// these modules); FE_PORT_HAS_RTC (default: same) gives the wall clock of time.
// Negative results are negated errno numbers (Linux numbering), as for the file hooks.
int64_t fe_port_time_ns(void);                     // wall clock: ns since 1970-01-01 UTC
// Local time of t (seconds since the epoch) as 9 ints in struct_time order
// (year, mon, mday, hour, min, sec, wday Monday=0, yday 1-based, isdst).
void fe_port_localtime(int64_t t, int out[9]);
int64_t fe_port_mktime(const int fields[9]);       // inverse of fe_port_localtime
// Directory listing: calls entry() for each name but "." and "..". type: 0x4000 dir,
// 0x8000 file, 0 other. entry() may raise (MemoryError); 0 or -errno.
typedef void (*fe_port_dir_entry_fn)(void *ctx, const char *name, int type, uint64_t ino, int64_t size);
int fe_port_listdir(const char *path, fe_port_dir_entry_fn entry, void *ctx);
int fe_port_mkdir(const char *path);
int fe_port_rmdir(const char *path);
int fe_port_remove(const char *path);
int fe_port_rename(const char *from, const char *to);
int fe_port_chdir(const char *path);
int fe_port_getcwd(char *buf, size_t len);
// os.stat order: mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime.
int fe_port_stat(const char *path, int64_t out[10]);
// os.statvfs order: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax.
int fe_port_statvfs(const char *path, int64_t out[10]);
int fe_port_urandom(void *buf, size_t len);
// sysname, nodename, release, version, machine, each NUL-terminated in out[i][0..64].
void fe_port_uname(char out[5][65]);
const char *fe_port_getenv(const char *name);      // NULL if unset
// Sockets: descriptors are non-blocking at the OS level; blocking and timeouts are done by
// waiting with fe_port_poll_fds. Addresses are numeric text (inet_ntop form) + port.
typedef struct {
    int family;      // 2 AF_INET or 10 AF_INET6 (Linux numbering, as all socket constants)
    char host[48];
    uint16_t port;
    uint32_t flowinfo, scope_id;
} fe_port_sockaddr_t;
int fe_port_socket(int family, int type, int proto);
int fe_port_socket_close(int fd);
int fe_port_socket_bind(int fd, const fe_port_sockaddr_t *addr);
int fe_port_socket_listen(int fd, int backlog);
int fe_port_socket_accept(int fd, fe_port_sockaddr_t *addr);   // new fd or -errno (-EAGAIN)
int fe_port_socket_connect(int fd, const fe_port_sockaddr_t *addr);  // -EINPROGRESS possible
int fe_port_socket_connect_result(int fd);                      // after EINPROGRESS: 0 or -errno
intptr_t fe_port_socket_send(int fd, const void *buf, size_t len, const fe_port_sockaddr_t *to);
intptr_t fe_port_socket_recv(int fd, void *buf, size_t len, fe_port_sockaddr_t *from);
int fe_port_socket_setsockopt(int fd, int level, int opt, const void *val, size_t len);
int fe_port_socket_getsockname(int fd, fe_port_sockaddr_t *addr, bool peer);
// Resolves host/port; calls result() for each address. 0 or a negative EAI-style error.
typedef void (*fe_port_addrinfo_fn)(void *ctx, int family, int type, int proto, const fe_port_sockaddr_t *addr);
int fe_port_getaddrinfo(const char *host, const char *port, int family, int type, int proto, int flags,
                        fe_port_addrinfo_fn result, void *ctx);
// Waits for descriptors (events/revents use the FE_POLL* bits of extmod/modselect.c:
// 1 in, 4 out, 8 err, 16 hup). timeout_ms < 0: forever. Count of ready fds, or -errno
// (-EINTR when a signal arrived: the caller checks fe_state.pending_exc).
typedef struct { int fd; uint16_t events; uint16_t revents; } fe_port_pollfd_t;
int fe_port_poll_fds(fe_port_pollfd_t *fds, size_t n, int timeout_ms);

#endif
