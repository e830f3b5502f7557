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

#endif
