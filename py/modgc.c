// py/modgc.c: the gc module (collect, enable, disable, isenabled, mem_free, mem_alloc,
// threshold), over the collector in py/gc.c.
#include "py/obj.h"
#include "py/gc.h"

static fe_obj_t gc_collect(void) {
    fe_gc_collect();
    return fe_none;
}
static FE_DEFINE_FUN_0(gc_collect_obj, Q_collect, gc_collect);

static fe_obj_t gc_enable(void) {
    fe_gc_enable(true);
    return fe_none;
}
static FE_DEFINE_FUN_0(gc_enable_obj, Q_enable, gc_enable);

static fe_obj_t gc_disable(void) {
    fe_gc_enable(false);
    return fe_none;
}
static FE_DEFINE_FUN_0(gc_disable_obj, Q_disable, gc_disable);

static fe_obj_t gc_isenabled(void) {
    return fe_bool(fe_gc_is_enabled());
}
static FE_DEFINE_FUN_0(gc_isenabled_obj, Q_isenabled, gc_isenabled);

static fe_obj_t gc_mem_free(void) {
    return fe_int_from_uint(fe_gc_mem_free());
}
static FE_DEFINE_FUN_0(gc_mem_free_obj, Q_mem_free, gc_mem_free);

static fe_obj_t gc_mem_alloc(void) {
    return fe_int_from_uint(fe_gc_mem_alloc());
}
static FE_DEFINE_FUN_0(gc_mem_alloc_obj, Q_mem_alloc, gc_mem_alloc);

// threshold() -> current (-1: only when full); threshold(n): collect after n bytes allocated.
static fe_obj_t gc_threshold(size_t n_args, const fe_obj_t *args) {
    if (n_args == 0) {
        return fe_int_from_int(fe_gc_get_threshold());
    }
    fe_gc_set_threshold(fe_get_int(args[0]));
    return fe_none;
}
static FE_DEFINE_FUN_VAR(gc_threshold_obj, Q_threshold, 0, 1, gc_threshold);

static const fe_map_elem_t gc_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_gc)},
    {FE_ROM_QSTR(Q_collect), FE_ROM_PTR(&gc_collect_obj)},
    {FE_ROM_QSTR(Q_enable), FE_ROM_PTR(&gc_enable_obj)},
    {FE_ROM_QSTR(Q_disable), FE_ROM_PTR(&gc_disable_obj)},
    {FE_ROM_QSTR(Q_isenabled), FE_ROM_PTR(&gc_isenabled_obj)},
    {FE_ROM_QSTR(Q_mem_free), FE_ROM_PTR(&gc_mem_free_obj)},
    {FE_ROM_QSTR(Q_mem_alloc), FE_ROM_PTR(&gc_mem_alloc_obj)},
    {FE_ROM_QSTR(Q_threshold), FE_ROM_PTR(&gc_threshold_obj)},
};
static FE_DEFINE_CONST_DICT(gc_globals, gc_globals_table);

const fe_module_t fe_module_gc = {{&fe_type_module}, (fe_dict_t *)&gc_globals};
