// ports/unix/unix_port.h: what the unix port's files share with each other.
#ifndef FE_UNIX_PORT_H
#define FE_UNIX_PORT_H

void unix_stdout_flush(void);
void unix_signals_init(void);

#endif
