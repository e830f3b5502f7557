// ports/qemu-microbit/rt/setjmp.c: the setjmp/longjmp pair behind the core's exception
// handlers (py/nlr.h, FE_PORT_JMP_BUF_WORDS = 10), for ARMv6-M. It saves only what the
// AAPCS says a callee must preserve: r4-r11, sp and lr, in that order (40 bytes, against
// newlib's 92-byte jmp_buf). Every Python call has a handler in its C frame, so the
// smaller buffer leaves more of the 4 KB C stack for recursion.
// Thumb-1 stores and loads multiple registers only from r0-r7: r8-r11, sp and lr go
// through low registers.
#include <stdint.h>

__attribute__((naked)) int fe_port_setjmp(uintptr_t *buf) {
    __asm__ volatile(
        "stmia r0!, {r4-r7}\n"     // buf[0..3] = r4-r7
        "mov r1, r8\n"
        "mov r2, r9\n"
        "mov r3, r10\n"
        "stmia r0!, {r1-r3}\n"     // buf[4..6] = r8-r10
        "mov r1, r11\n"
        "mov r2, sp\n"
        "mov r3, lr\n"
        "stmia r0!, {r1-r3}\n"     // buf[7..9] = r11, sp, lr
        "movs r0, #0\n"
        "bx lr\n");
}

__attribute__((naked, noreturn)) void fe_port_longjmp(uintptr_t *buf) {
    __asm__ volatile(
        "add r0, #16\n"
        "ldmia r0!, {r1-r3}\n"     // r8-r10
        "mov r8, r1\n"
        "mov r9, r2\n"
        "mov r10, r3\n"
        "ldmia r0!, {r1-r3}\n"     // r11, sp, lr
        "mov r11, r1\n"
        "mov sp, r2\n"
        "mov lr, r3\n"
        "sub r0, #40\n"
        "ldmia r0!, {r4-r7}\n"     // r4-r7 last: r0 is the only pointer left
        "movs r0, #1\n"            // setjmp returns 1
        "bx lr\n");
}
