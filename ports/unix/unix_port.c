// ports/unix/unix_port.c: the hooks of py/port.h on a POSIX host: console streams, time,
// file look-ups for import, Ctrl-C (SIGINT) and the GC's root scan of the C stack.
//
// stdout is line-buffered (flushed at each newline, before stderr output, before reading
// stdin and at exit), so a print() is one system call. stdin is read through one buffer
// shared by input(), sys.stdin and the REPL, so none of them loses what another read ahead.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "py/obj.h"
#include "py/port.h"
#include "unix_port.h"

// ---- console --------------------------------------------------------------------------

static char out_buf[4096];
static size_t out_len;

static void write_all(int fd, const char *s, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;  // nowhere to report a broken console
        }
        s += n;
        len -= (size_t)n;
    }
}

void unix_stdout_flush(void) {
    if (out_len > 0) {
        size_t n = out_len;
        out_len = 0;
        write_all(1, out_buf, n);
    }
}

void fe_port_stdout_write(const char *s, size_t len) {
    if (len >= sizeof(out_buf)) {
        unix_stdout_flush();
        write_all(1, s, len);
        return;
    }
    if (out_len + len > sizeof(out_buf)) {
        unix_stdout_flush();
    }
    memcpy(out_buf + out_len, s, len);
    out_len += len;
    if (memchr(s, '\n', len) != NULL) {
        unix_stdout_flush();
    }
}

void fe_port_stderr_write(const char *s, size_t len) {
    unix_stdout_flush();
    write_all(2, s, len);
}

static unsigned char in_buf[4096];
static size_t in_pos, in_len;

// Raises a KeyboardInterrupt that arrived while the port was blocked.
static void raise_pending(void) {
    fe_obj_t exc = fe_state.pending_exc;
    if (exc != FE_NULL) {
        fe_state.pending_exc = FE_NULL;
        fe_exc_clear_traceback(exc);
        fe_raise(exc);
    }
}

int fe_port_stdin_read_char(void) {
    if (in_pos == in_len) {
        unix_stdout_flush();  // show a prompt before waiting for its answer
        for (;;) {
            ssize_t n = read(0, in_buf, sizeof(in_buf));
            if (n > 0) {
                in_pos = 0;
                in_len = (size_t)n;
                break;
            }
            if (n < 0 && errno == EINTR) {
                raise_pending();
                continue;
            }
            return -1;
        }
    }
    return in_buf[in_pos++];
}

// ---- time -----------------------------------------------------------------------------

uint64_t fe_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

void fe_port_sleep_us(uint64_t us) {
    unix_stdout_flush();
    struct timespec req = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
        if (fe_state.pending_exc != FE_NULL) {
            return;  // the VM raises it at its next poll
        }
        req = rem;
    }
}

// ---- files for import -----------------------------------------------------------------

int fe_port_stat_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : 1;
}

// Reads with malloc first (the size of pipes and /proc files is unknown in advance), then
// copies into the GC heap, so a MemoryError can never leak the descriptor.
char *fe_port_read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *tmp = malloc(cap);
    for (;;) {
        if (tmp == NULL) {
            close(fd);
            return NULL;
        }
        if (n == cap) {
            char *bigger = realloc(tmp, cap * 2);
            if (bigger == NULL) {
                free(tmp);
                close(fd);
                return NULL;
            }
            tmp = bigger;
            cap *= 2;
        }
        ssize_t r = read(fd, tmp + n, cap - n);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            if (r < 0) {
                free(tmp);
                close(fd);
                return NULL;
            }
            break;
        }
        n += (size_t)r;
    }
    close(fd);
    char *buf = fe_alloc_maybe(n + 1);  // zeroed: NUL-terminated
    if (buf == NULL) {
        free(tmp);
        fe_raise_memory_error();
    }
    memcpy(buf, tmp, n);
    free(tmp);
    *len = n;
    return buf;
}

// ---- interrupts -----------------------------------------------------------------------

static void sigint_handler(int sig) {
    (void)sig;
    // No allocation here: the instance was made at start-up. The VM raises it at its next
    // poll; blocking calls return EINTR (no SA_RESTART) and raise it themselves.
    if (fe_state.keyboard_interrupt != FE_NULL) {
        fe_state.pending_exc = fe_state.keyboard_interrupt;
    }
}

void unix_signals_init(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}

void fe_port_poll(void) {
}

// ---- the GC's roots -------------------------------------------------------------------

// Spills the callee-saved registers into this frame (__builtin_unwind_init saves them in
// the prologue; setjmp stores them in a jmp_buf on the stack as well), then scans from
// here up to the stack top recorded by main. Stack memory is read as raw words, hence no
// address sanitizing.
__attribute__((noinline, no_sanitize_address))
void fe_port_scan_roots(void) {
    __builtin_unwind_init();
    jmp_buf regs;
    // setjmp fills only part of the buffer; clear the rest so stale stack data there
    // cannot keep dead objects alive
    memset(&regs, 0, sizeof(regs));
    setjmp(regs);
    uintptr_t lo = (uintptr_t)&regs & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t hi = (uintptr_t)fe_state.stack_top;
    if (hi > lo) {
        fe_gc_scan_range((void *const *)lo, (hi - lo) / sizeof(void *));
    }
}

void fe_port_fatal(const char *msg) {
    unix_stdout_flush();
    fprintf(stderr, "FATAL: %s\n", msg);
    abort();
}
