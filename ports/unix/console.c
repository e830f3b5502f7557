// ports/unix/console.c: terminal handling for the unix port's REPL.
//
// While the console reads input the terminal is in raw mode: no echo, no line buffering,
// no signals, CR not translated, so every byte (Ctrl-A ... Ctrl-E, escape sequences, raw
// REPL data) reaches the line editor. Output keeps OPOST|ONLCR: the terminal driver turns
// LF into CR LF, which is the console's text convention (console-protocols.md §0).
//
// While user code runs, the terminal itself turns Ctrl-C (0x03, the only ISIG character
// left enabled) into SIGINT; the port's SIGINT handler sets the preallocated
// KeyboardInterrupt pending, which the VM raises at its next poll and which interrupts
// sleeps and blocking reads. NOFLSH keeps output queued before the interrupt. CR is read
// as LF then, so input() sees its line end (there is no echo: the terminal would echo the
// Ctrl-C byte too).
//
// The original settings come back at exit, and on SIGTERM/SIGHUP/SIGQUIT/SIGABRT.
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "py/obj.h"
#include "py/port.h"
#include "supervisor/repl.h"
#include "unix_port.h"
#include "console.h"

#if defined(__x86_64__)
#define CONSOLE_MACHINE "x86_64"
#elif defined(__aarch64__)
#define CONSOLE_MACHINE "aarch64"
#elif defined(__i386__)
#define CONSOLE_MACHINE "i386"
#elif defined(__arm__)
#define CONSOLE_MACHINE "arm"
#else
#define CONSOLE_MACHINE "unknown"
#endif

static struct termios saved_mode;
static bool mode_saved;
static struct termios edit_mode, run_mode;

static void restore_terminal(void) {
    if (mode_saved) {
        unix_stdout_flush();
        tcsetattr(0, TCSANOW, &saved_mode);
    }
}

static void fatal_signal(int sig) {
    if (mode_saved) {
        tcsetattr(0, TCSANOW, &saved_mode);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void set_code_running(bool running) {
    unix_stdout_flush();
    tcsetattr(0, TCSANOW, running ? &run_mode : &edit_mode);
}

// The terminal sends SIGINT only to the foreground process group of the session it
// controls. When stdin is a terminal that is not ours (socat EXEC:...,pty without
// setsid,ctty), become a session leader and take it as the controlling terminal.
static void claim_terminal(void) {
    if (tcgetsid(0) != -1) {
        return;  // already the controlling terminal of our session
    }
    if (getsid(0) != getpid()) {
        setsid();  // fails harmlessly for a process group leader
    }
    ioctl(0, TIOCSCTTY, 0);
}

static bool enter_raw_mode(void) {
    if (tcgetattr(0, &saved_mode) != 0) {
        return false;
    }
    claim_terminal();
    mode_saved = true;
    struct termios t = saved_mode;
    t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF);
    t.c_oflag |= OPOST | ONLCR;
    t.c_oflag &= ~(tcflag_t)(OCRNL | ONOCR | ONLRET);
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    edit_mode = t;
    run_mode = t;
    run_mode.c_lflag |= ISIG | NOFLSH;
    run_mode.c_lflag &= ~(tcflag_t)(ECHOCTL);
    run_mode.c_iflag |= ICRNL;
    run_mode.c_cc[VINTR] = 3;
#ifdef _POSIX_VDISABLE
    run_mode.c_cc[VQUIT] = _POSIX_VDISABLE;
    run_mode.c_cc[VSUSP] = _POSIX_VDISABLE;
#endif
    atexit(restore_terminal);
    static const int sigs[] = {SIGTERM, SIGHUP, SIGQUIT, SIGABRT};
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        signal(sigs[i], fatal_signal);
    }
    return tcsetattr(0, TCSANOW, &edit_mode) == 0;
}

int unix_console_repl(void) {
    enter_raw_mode();
    static const fe_repl_config_t config = {
        .board = FE_PORT_PLATFORM,
        .mcu = CONSOLE_MACHINE,
        .ctrl_d_exits = true,
        .code_running = set_code_running,
        .after_soft_reset = NULL,
    };
    int status = fe_repl_run(&config);
    restore_terminal();
    return status;
}
