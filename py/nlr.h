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

#include <setjmp.h>

typedef struct fe_handler {
    struct fe_handler *prev;
    void *exc;  // fe_obj_t: the exception instance, set by the raise
    jmp_buf jb;
} fe_handler_t;

void fe_handler_push(fe_handler_t *h);
void fe_handler_pop(fe_handler_t *h);
#define FE_TRY(h) (fe_handler_push(&(h)), setjmp((h).jb) == 0)

#endif
