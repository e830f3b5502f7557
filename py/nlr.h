// py/nlr.h: non-local return, the mechanism behind raising exceptions in C.
//
// A C function that can catch exceptions pushes a handler and calls setjmp; fe_raise()
// (py/obj.h) pops the innermost handler, stores the exception in it and longjmps there.
// Usage:
//     fe_handler_t h;
//     if (FE_TRY(h)) {
//         ... code that may raise ...
//         fe_handler_pop(&h);          // must be called on the normal path
//     } else {
//         ... h.exc is the exception; the handler is already popped ...
//     }
// Invariant: handlers form a stack in fe_state.handler_top; every pushed handler is popped
// exactly once, either by fe_handler_pop() or by the raise that lands in it. Locals that are
// modified inside the try body and read in the else branch must be `volatile`.
#ifndef FE_PY_NLR_H
#define FE_PY_NLR_H

#include <stdint.h>
#include "py/config.h"

// A port may bring its own setjmp/longjmp pair (FE_PORT_JMP_BUF_WORDS words of saved
// registers): every handler lives in a C frame on the path of each Python call, so its size
// counts against the C stack (newlib's ARM jmp_buf is 92 bytes; a Cortex-M0 needs 40).
#ifdef FE_PORT_JMP_BUF_WORDS
typedef uintptr_t fe_jmp_buf_t[FE_PORT_JMP_BUF_WORDS];
int fe_port_setjmp(fe_jmp_buf_t buf) __attribute__((returns_twice));
__attribute__((noreturn)) void fe_port_longjmp(fe_jmp_buf_t buf);  // setjmp then returns 1
#define FE_SETJMP(buf) fe_port_setjmp(buf)
#define FE_LONGJMP(buf) fe_port_longjmp(buf)
#else
#include <setjmp.h>
typedef jmp_buf fe_jmp_buf_t;
#define FE_SETJMP(buf) setjmp(buf)
#define FE_LONGJMP(buf) longjmp(buf, 1)
#endif

typedef struct fe_handler {
    struct fe_handler *prev;
    void *exc;  // fe_obj_t: the exception instance, set by the raise
    fe_jmp_buf_t jb;
} fe_handler_t;

void fe_handler_push(fe_handler_t *h);
void fe_handler_pop(fe_handler_t *h);
#define FE_TRY(h) (fe_handler_push(&(h)), FE_SETJMP((h).jb) == 0)

#endif
