// supervisor/repl.h: the interactive console shared by all ports: friendly REPL (line
// editing, history, completion, auto-indent), paste mode, raw REPL and raw-paste, soft reset.
#ifndef FE_SUPERVISOR_REPL_H
#define FE_SUPERVISOR_REPL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *board;          // banner: "... on <date>; <board> with <mcu>"
    const char *mcu;
    bool ctrl_d_exits;          // friendly Ctrl-D on an empty line: exit (host) or soft reset (board)
    // Called with true just before user code runs and with false when it is over (the unix
    // port lets the terminal turn Ctrl-C into SIGINT only while code runs). May be NULL.
    void (*code_running)(bool running);
    // The port's part of a soft reset, after the core was re-initialised. May be NULL.
    void (*after_soft_reset)(void);
} fe_repl_config_t;

// Prints the banner and runs the console until it closes (end of input), the friendly
// REPL's Ctrl-D exits, or SystemExit. Returns the exit status.
int fe_repl_run(const fe_repl_config_t *config);

// Re-initialises the interpreter (fresh sys.modules, __main__ ...; sys.path and sys.argv
// are kept) and prints the soft-reboot line.
void fe_repl_soft_reset(void);

// The banner line and the help line, each ending in "\n".
void fe_repl_print_banner(void);

#endif
