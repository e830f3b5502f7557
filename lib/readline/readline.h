// lib/readline/readline.h: the console line editor shared by every port (VT100 editing keys,
// history, tab completion, auto-indent). Portable: bytes come from fe_port_stdin_read_char
// and go out through fe_port_stdout_write, whose LF the port turns into CR LF.
#ifndef FE_LIB_READLINE_H
#define FE_LIB_READLINE_H

#include <stdbool.h>
#include <stddef.h>
#include "py/obj.h"

// Entries of the input history: 8 on a board, more on a host.
#ifndef FE_READLINE_HISTORY_SIZE
#if defined(__unix__) || defined(__APPLE__)
#define FE_READLINE_HISTORY_SIZE 50
#else
#define FE_READLINE_HISTORY_SIZE 8
#endif
#endif
// Longest line kept in the history (longer lines are not stored).
#ifndef FE_READLINE_HISTORY_LINE
#define FE_READLINE_HISTORY_LINE 256
#endif

// How fe_readline ended.
typedef enum {
    FE_RL_LINE,     // Enter: the line is in `line` (without the line end)
    FE_RL_CTRL_A,   // control keys on an empty line (Ctrl-C and Ctrl-D on any line for C)
    FE_RL_CTRL_B,
    FE_RL_CTRL_C,
    FE_RL_CTRL_D,
    FE_RL_CTRL_E,
    FE_RL_EOF,      // the console closed
} fe_rl_result_t;

// Prints the prompt, then `indent` spaces of auto-indent (echoed, editable), and edits one
// line into `line` (initialised by the caller; emptied first). On a control key that ends
// editing, "\n" has already been echoed, except for FE_RL_EOF.
fe_rl_result_t fe_readline(fe_vstr_t *line, const char *prompt, size_t indent);

// Adds a line to the history (if non-empty and different from the newest entry).
void fe_readline_push_history(const char *s, size_t len);
void fe_readline_clear_history(void);
// Turns auto-indent off until the next fe_readline_reset_auto_indent() (pasted text).
bool fe_readline_auto_indent_enabled(void);
void fe_readline_reset_auto_indent(void);

#endif
