// py/state.c: the interpreter state (fe_state, the GC's explicit root), start-up and the
// recursion guard.
#include "py/obj.h"
#include "py/port.h"

fe_state_t fe_state;

// Creates the sys module's namespace (py/modsys.c).
void fe_modsys_init(void);

void fe_init(void) {
    qstr_init();
    // Preallocated exceptions: raising them must never allocate (out of memory, out of
    // stack, or inside a signal handler).
    fe_state.memory_error = fe_exc_new(&fe_type_MemoryError, 0, NULL);
    fe_state.recursion_error = fe_exc_new_msg(&fe_type_RecursionError, "maximum recursion depth exceeded");
    fe_state.keyboard_interrupt = fe_exc_new(&fe_type_KeyboardInterrupt, 0, NULL);
    fe_state.modules = fe_dict_new(8);
    fe_state.sys_path = fe_list_new(0, NULL);
    fe_state.sys_argv = fe_list_new(0, NULL);
    fe_modsys_init();
    fe_obj_t main_module = fe_module_new(Q___main__);
    fe_state.main_globals = (fe_obj_t)((fe_module_t *)main_module)->globals;
    fe_dict_store(fe_state.modules, FE_NEW_QSTR(Q___main__), main_module);
    fe_state.call_depth = 0;
}

void fe_deinit(void) {
    fe_state.pending_exc = FE_NULL;
    fe_state.current_exc = FE_NULL;
}

__attribute__((noinline)) void fe_stack_reserve(size_t bytes) {
    char here;
    if (fe_state.call_depth > FE_MAX_CALL_DEPTH ||
        (fe_state.stack_limit != NULL &&
         (uintptr_t)&here < (uintptr_t)fe_state.stack_limit + FE_STACK_MARGIN + bytes)) {
        fe_obj_t exc = fe_state.recursion_error;
        fe_exc_clear_traceback(exc);
        fe_raise(exc);
    }
}

void fe_stack_check(void) {
    fe_stack_reserve(0);
}
