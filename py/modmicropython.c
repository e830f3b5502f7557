// py/modmicropython.c: the micropython module: access to interpreter internals (memory
// figures, heap lock, the const() marker the compiler may fold).
#include "py/obj.h"
#include "py/gc.h"

// const(x): the compiler folds `NAME = const(expr)` at module level; otherwise identity.
static fe_obj_t mp_const(fe_obj_t x) {
    return x;
}
static FE_DEFINE_FUN_1(mp_const_obj, Q_const, mp_const);

// The optimisation level is recorded only (asserts are always compiled).
static fe_obj_t mp_opt_level(size_t n_args, const fe_obj_t *args) {
    static fe_int_t level;
    if (n_args == 0) {
        return FE_NEW_SMALL_INT(level);
    }
    level = fe_get_int(args[0]);
    return fe_none;
}
static FE_DEFINE_FUN_VAR(mp_opt_level_obj, Q_opt_level, 0, 1, mp_opt_level);

static size_t stack_in_use(void) {
    char here;
    if (fe_state.stack_top == NULL || fe_state.stack_top < &here) {
        return 0;
    }
    return (size_t)(fe_state.stack_top - &here);
}

static fe_obj_t mp_stack_use(void) {
    return fe_int_from_uint(stack_in_use());
}
static FE_DEFINE_FUN_0(mp_stack_use_obj, Q_stack_use, mp_stack_use);

static fe_obj_t mp_mem_info(size_t n_args, const fe_obj_t *args) {
    fe_gc_info_t info;
    fe_gc_info(&info);
    size_t stack_size = 0;
    if (fe_state.stack_top != NULL && fe_state.stack_limit != NULL) {
        stack_size = (size_t)(fe_state.stack_top - fe_state.stack_limit);
    }
    fe_printf(&fe_print_stdout, "stack: %u out of %u\n", (unsigned)stack_in_use(), (unsigned)stack_size);
    fe_printf(&fe_print_stdout, "GC: total: %u, used: %u, free: %u\n",
        (unsigned)info.total, (unsigned)info.used, (unsigned)info.free);
    fe_printf(&fe_print_stdout,
        " No. of 1-blocks: %u, 2-blocks: %u, max blk sz: %u, max free sz: %u\n",
        (unsigned)info.n_1_blocks, (unsigned)info.n_2_blocks, (unsigned)info.max_block,
        (unsigned)info.max_free);
    if (n_args > 0 && fe_is_true(args[0])) {
        fe_printf(&fe_print_stdout, " block size: %u bytes, allocations: %u, collections: %u\n",
            (unsigned)info.block_bytes, (unsigned)info.n_allocs, (unsigned)info.n_collections);
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(mp_mem_info_obj, Q_mem_info, 0, 1, mp_mem_info);

static fe_obj_t mp_qstr_info(size_t n_args, const fe_obj_t *args) {
    fe_qstr_info_t info;
    fe_qstr_info(&info);
    fe_printf(&fe_print_stdout, "qstr pool: n_static=%u, n_qstr=%u, n_str_data_bytes=%u, n_total_bytes=%u\n",
        (unsigned)info.n_static, (unsigned)info.n_dynamic, (unsigned)info.data_bytes,
        (unsigned)info.total_bytes);
    if (n_args > 0 && fe_is_true(args[0])) {
        for (size_t i = 0; i < info.n_dynamic; i++) {
            fe_printf(&fe_print_stdout, "Q(%s)\n", qstr_str(Q_NUM_STATIC + i));
        }
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(mp_qstr_info_obj, Q_qstr_info, 0, 1, mp_qstr_info);

static fe_obj_t mp_heap_lock(void) {
    fe_gc_lock();
    return fe_none;
}
static FE_DEFINE_FUN_0(mp_heap_lock_obj, Q_heap_lock, mp_heap_lock);

static fe_obj_t mp_heap_unlock(void) {
    fe_gc_unlock();
    return fe_none;
}
static FE_DEFINE_FUN_0(mp_heap_unlock_obj, Q_heap_unlock, mp_heap_unlock);

// The MemoryError and KeyboardInterrupt raised without memory are preallocated at start-up,
// so the emergency buffer needs no space here; the size is only checked.
static fe_obj_t mp_alloc_emergency_exception_buf(fe_obj_t size) {
    fe_get_int(size);
    return fe_none;
}
static FE_DEFINE_FUN_1(mp_alloc_emergency_exception_buf_obj, Q_alloc_emergency_exception_buf,
    mp_alloc_emergency_exception_buf);

// kbd_intr(c): the character that raises KeyboardInterrupt (-1: none). The unix port takes
// Ctrl-C from the terminal's SIGINT, so the value is only recorded.
static fe_obj_t mp_kbd_intr(fe_obj_t chr) {
    fe_get_int(chr);
    return fe_none;
}
static FE_DEFINE_FUN_1(mp_kbd_intr_obj, Q_kbd_intr, mp_kbd_intr);

// schedule(func, arg): run func(arg) "very soon". Ports call Python code only from the
// main thread (no Python-level interrupt handlers yet), so soon is now: the call happens
// before schedule returns, and its exceptions propagate as they would from the scheduler.
static fe_obj_t mp_schedule(fe_obj_t func, fe_obj_t arg) {
    if (!fe_is_callable(func)) {
        fe_raise_msg(&fe_type_TypeError, "schedule: function must be callable");
    }
    fe_call1(func, arg);
    return fe_none;
}
static FE_DEFINE_FUN_2(mp_schedule_obj, Q_schedule, mp_schedule);

static const fe_map_elem_t mp_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_micropython)},
    {FE_ROM_QSTR(Q_const), FE_ROM_PTR(&mp_const_obj)},
    {FE_ROM_QSTR(Q_opt_level), FE_ROM_PTR(&mp_opt_level_obj)},
    {FE_ROM_QSTR(Q_mem_info), FE_ROM_PTR(&mp_mem_info_obj)},
    {FE_ROM_QSTR(Q_qstr_info), FE_ROM_PTR(&mp_qstr_info_obj)},
    {FE_ROM_QSTR(Q_stack_use), FE_ROM_PTR(&mp_stack_use_obj)},
    {FE_ROM_QSTR(Q_heap_lock), FE_ROM_PTR(&mp_heap_lock_obj)},
    {FE_ROM_QSTR(Q_heap_unlock), FE_ROM_PTR(&mp_heap_unlock_obj)},
    {FE_ROM_QSTR(Q_alloc_emergency_exception_buf), FE_ROM_PTR(&mp_alloc_emergency_exception_buf_obj)},
    {FE_ROM_QSTR(Q_kbd_intr), FE_ROM_PTR(&mp_kbd_intr_obj)},
    {FE_ROM_QSTR(Q_schedule), FE_ROM_PTR(&mp_schedule_obj)},
};
static FE_DEFINE_CONST_DICT(mp_globals, mp_globals_table);

const fe_module_t fe_module_micropython = {{&fe_type_module}, (fe_dict_t *)&mp_globals};
