// ports/qemu-microbit/main.c: the Ferrite firmware for the micro:bit (nRF51822, Cortex-M0)
// as QEMU emulates it: the hooks of py/port.h over the polled UART and TIMER0, the memory
// layout (GC heap between .bss and the C stack), and the shared console driver.
//
// Memory: [.data .bss | GC heap ........ | C stack] up to the probed end of RAM.
// Console: UART0, polled. While user code runs, the VM's periodic fe_port_poll() drains
// the UART into a small ring buffer and turns Ctrl-C (0x03) into a pending
// KeyboardInterrupt; a ring buffer full stops the draining (QEMU then holds the host's
// bytes back), so no input is lost. Output turns LF into CR LF.
// Time: TIMER0 as a free-running 32-bit counter at 1 MHz, widened to 64 bits in software
// (it must be read at least every 71 minutes, which every sleep and tick query does).
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "supervisor/repl.h"
#include "microbit.h"

extern uint32_t _ebss[];

#define REG(addr) (*(volatile uint32_t *)(addr))

// nRF51 UART0
#define UART_BASE 0x40002000u
#define UART_STARTRX REG(UART_BASE + 0x000)
#define UART_STARTTX REG(UART_BASE + 0x008)
#define UART_RXDRDY REG(UART_BASE + 0x108)
#define UART_TXDRDY REG(UART_BASE + 0x11C)
#define UART_ENABLE REG(UART_BASE + 0x500)
#define UART_RXD REG(UART_BASE + 0x518)
#define UART_TXD REG(UART_BASE + 0x51C)
#define UART_BAUDRATE REG(UART_BASE + 0x524)

// nRF51 TIMER0
#define TIMER_BASE 0x40008000u
#define TIMER_START REG(TIMER_BASE + 0x000)
#define TIMER_CLEAR REG(TIMER_BASE + 0x00C)
#define TIMER_CAPTURE0 REG(TIMER_BASE + 0x040)
#define TIMER_MODE REG(TIMER_BASE + 0x504)
#define TIMER_BITMODE REG(TIMER_BASE + 0x508)
#define TIMER_PRESCALER REG(TIMER_BASE + 0x510)
#define TIMER_CC0 REG(TIMER_BASE + 0x540)

// C stack: 4 KB at 16 KB of RAM; 16 KB when QEMU gives more RAM (deeper recursion in tests).
#ifndef STACK_SMALL
#define STACK_SMALL 4096
#endif
#define STACK_LARGE (16 * 1024)

// ---- UART -------------------------------------------------------------------------------

static void uart_init(void) {
    UART_ENABLE = 4;
    UART_BAUDRATE = 0x01D7E000;  // 115200 (QEMU ignores it)
    UART_TXDRDY = 0;
    UART_RXDRDY = 0;
    UART_STARTTX = 1;
    UART_STARTRX = 1;
}

static void uart_put(char c) {
    UART_TXDRDY = 0;
    UART_TXD = (uint8_t)c;
    while (UART_TXDRDY == 0) {
    }
}

// A received byte, or -1 if none is waiting.
static int uart_try_get(void) {
    if (UART_RXDRDY == 0) {
        return -1;
    }
    UART_RXDRDY = 0;  // before reading: the read sets it again if more bytes are queued
    return (int)(UART_RXD & 0xff);
}

static void uart_write(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n') {
            uart_put('\r');
        }
        uart_put(s[i]);
    }
}

// Bytes received while code ran (the console reads them later).
#define RX_RING 64
static uint8_t rx_ring[RX_RING];
static uint8_t rx_head, rx_count;
static bool code_running;

static void set_code_running(bool running) {
    code_running = running;
}

static void interrupt_now(void) {
    if (fe_state.keyboard_interrupt != FE_NULL) {
        fe_state.pending_exc = fe_state.keyboard_interrupt;
    }
}

void fe_port_poll(void) {
    while (rx_count < RX_RING) {
        int c = uart_try_get();
        if (c < 0) {
            break;
        }
        if (c == 3 && code_running) {
            interrupt_now();
            continue;
        }
        rx_ring[(uint8_t)(rx_head + rx_count) % RX_RING] = (uint8_t)c;
        rx_count++;
    }
}

void fe_port_stdout_write(const char *s, size_t len) {
    uart_write(s, len);
}

void fe_port_stderr_write(const char *s, size_t len) {
    uart_write(s, len);
}

// Raises a KeyboardInterrupt that arrived while input() waited.
static void raise_pending(void) {
    fe_obj_t exc = fe_state.pending_exc;
    if (exc != FE_NULL) {
        fe_state.pending_exc = FE_NULL;
        fe_exc_clear_traceback(exc);
        fe_raise(exc);
    }
}

int fe_port_stdin_read_char(void) {
    for (;;) {
        if (rx_count > 0) {
            uint8_t c = rx_ring[rx_head];
            rx_head = (uint8_t)((rx_head + 1) % RX_RING);
            rx_count--;
            return c;
        }
        if (code_running) {
            raise_pending();
        }
        int c = uart_try_get();
        if (c >= 0) {
            if (c == 3 && code_running) {
                interrupt_now();
                continue;
            }
            return c;
        }
    }
}

// ---- time -------------------------------------------------------------------------------

static uint32_t ticks_last;
static uint32_t ticks_high;

static void timer_init(void) {
    TIMER_MODE = 0;       // timer
    TIMER_BITMODE = 3;    // 32 bits
    TIMER_PRESCALER = 4;  // 16 MHz / 2^4 = 1 MHz
    TIMER_CLEAR = 1;
    TIMER_START = 1;
}

uint64_t fe_port_ticks_us(void) {
    TIMER_CAPTURE0 = 1;
    uint32_t now = TIMER_CC0;
    if (now < ticks_last) {
        ticks_high++;
    }
    ticks_last = now;
    return ((uint64_t)ticks_high << 32) | now;
}

void fe_port_sleep_us(uint64_t us) {
    uint64_t end = fe_port_ticks_us() + us;
    while (fe_port_ticks_us() < end) {
        fe_port_poll();
        if (fe_state.pending_exc != FE_NULL) {
            return;  // the VM raises it at its next poll
        }
    }
}

// ---- no files ---------------------------------------------------------------------------
// import finds builtin modules and the frozen ones linked from frozen/ (see the Makefile):
// py/import.c reads those from the table in flash itself, without these hooks.

int fe_port_stat_kind(const char *path) {
    return 0;
}

char *fe_port_read_file(const char *path, size_t *len) {
    return NULL;
}

int fe_port_file_open(const char *path, int flags) {
    return -2;  // ENOENT
}

intptr_t fe_port_file_read(int fd, void *buf, size_t len) {
    return -9;  // EBADF
}

intptr_t fe_port_file_write(int fd, const void *buf, size_t len) {
    return -9;
}

int64_t fe_port_file_seek(int fd, int64_t offset, int whence) {
    return -9;
}

int fe_port_file_close(int fd) {
    return -9;
}

// ---- GC roots -----------------------------------------------------------------------------

// ARMv6-M: the callee-saved registers r4-r11 may hold the only pointer to an object. They
// are stored into an array on this frame, then everything from there up to the top of the
// stack is scanned.
__attribute__((noinline)) void fe_port_scan_roots(void) {
    uint32_t regs[8];
    __asm__ volatile(
        "str r4, [%0, #0]\n"
        "str r5, [%0, #4]\n"
        "str r6, [%0, #8]\n"
        "str r7, [%0, #12]\n"
        "mov r1, r8\n"
        "str r1, [%0, #16]\n"
        "mov r1, r9\n"
        "str r1, [%0, #20]\n"
        "mov r1, r10\n"
        "str r1, [%0, #24]\n"
        "mov r1, r11\n"
        "str r1, [%0, #28]\n"
        : : "l"(regs) : "r1", "memory");
    uintptr_t lo = (uintptr_t)regs;
    uintptr_t hi = (uintptr_t)fe_state.stack_top;
    fe_gc_scan_range((void *const *)lo, (hi - lo) / sizeof(void *));
}

// ---- fatal errors -----------------------------------------------------------------------

static void put_str(const char *s) {
    uart_write(s, strlen(s));
}

static void put_hex(uint32_t v) {
    char buf[9];
    for (int i = 7; i >= 0; i--) {
        buf[i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    }
    buf[8] = 0;
    put_str(buf);
}

// Stops the CPU; QEMU keeps running (the host tool sees no more output and times out).
__attribute__((noreturn)) static void halt(void) {
    for (;;) {
        __asm__ volatile("wfi");
    }
}

void microbit_fatal_text(const char *msg) {
    put_str("\nFATAL: ");
    put_str(msg);
    put_str("\n");
    halt();
}

void fe_port_fatal(const char *msg) {
    microbit_fatal_text(msg);
}

__attribute__((used)) void microbit_hard_fault(uint32_t *frame) {
    put_str("\nFATAL: HardFault at pc=");
    put_hex(frame[6]);
    put_str(" lr=");
    put_hex(frame[5]);
    put_str("\n");
    halt();
}

// ---- start-up -----------------------------------------------------------------------------

static const fe_repl_config_t repl_config = {
    .board = "micro:bit (QEMU)",
    .mcu = "nRF51822",
    .ctrl_d_exits = false,
    .code_running = set_code_running,
};

void microbit_main(void) {
    uart_init();
    timer_init();
    char *ram_end = (char *)microbit_ram_end;
    size_t ram = (size_t)(ram_end - (char *)0x20000000);
    size_t stack = ram > 16 * 1024 ? STACK_LARGE : STACK_SMALL;
    fe_state.stack_top = ram_end;
    fe_state.stack_limit = ram_end - stack;
    fe_gc_init(_ebss, ram_end - stack);
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_init();
        fe_list_append(fe_state.sys_path, FE_NEW_QSTR(Q_empty));
        fe_handler_pop(&h);
    } else {
        microbit_fatal_text("the heap is too small to start");
    }
    for (;;) {
        fe_repl_run(&repl_config);  // returns only at end of input, which a UART never has
    }
}
