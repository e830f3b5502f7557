// ports/unix/console.h: the interactive console of the unix port (terminal modes + the
// shared REPL driver of supervisor/repl.c).
#ifndef FE_UNIX_CONSOLE_H
#define FE_UNIX_CONSOLE_H

// Runs the full REPL on the terminal on stdin (raw mode while it runs, restored on exit and
// on fatal signals). Returns the exit status.
int unix_console_repl(void);

#endif
