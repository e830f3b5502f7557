// ports/qemu-microbit/microbit.h: what the start-up code and the port's C files share.
#ifndef FE_MICROBIT_H
#define FE_MICROBIT_H
#include <stdint.h>

extern uint32_t *microbit_ram_end;   // probed end of RAM (top of the C stack)

__attribute__((noreturn)) void microbit_main(void);
__attribute__((noreturn)) void microbit_fatal_text(const char *msg);
__attribute__((noreturn)) void microbit_hard_fault(uint32_t *frame);

#endif
