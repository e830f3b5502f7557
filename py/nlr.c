// py/nlr.c: the handler stack behind FE_TRY (see py/nlr.h). Raising (the longjmp) lives
// with the exception objects in py/objexception.c; this file only links and unlinks.
#include "py/obj.h"
#include "py/port.h"

void fe_handler_push(fe_handler_t *h) {
    h->exc = FE_NULL;
    h->prev = fe_state.handler_top;
    fe_state.handler_top = h;
}

void fe_handler_pop(fe_handler_t *h) {
    // Handlers are strictly nested: popping any other than the innermost one means a
    // FE_TRY body returned or jumped out without popping, and the stack is corrupt.
    if (fe_state.handler_top != h) {
        fe_port_fatal("exception handler stack corrupted");
    }
    fe_state.handler_top = h->prev;
}
