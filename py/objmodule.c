// py/objmodule.c: module objects. A module is a namespace dict (its globals); attribute
// access reads and writes that dict. Builtin modules are const and have a FE_MAP_FIXED
// dict, so their attributes cannot be assigned.
#include "py/obj.h"

fe_obj_t fe_module_new(qstr name) {
    fe_module_t *m = fe_new(fe_module_t);
    m->base.type = &fe_type_module;
    m->globals = (fe_dict_t *)fe_dict_new(4);
    fe_dict_store(m->globals, FE_NEW_QSTR(Q___name__), FE_NEW_QSTR(name));
    return m;
}

static void module_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_module_t *m = self;
    fe_obj_t name = fe_dict_get_maybe(m->globals, FE_NEW_QSTR(Q___name__));
    fe_obj_t file = fe_dict_get_maybe(m->globals, FE_NEW_QSTR(Q___file__));
    fe_print_str(print, "<module ");
    fe_print_obj(print, name != FE_NULL ? name : FE_NEW_QSTR(Q_question), FE_PRINT_REPR);
    if (file != FE_NULL) {
        fe_print_str(print, " from ");
        fe_print_obj(print, file, FE_PRINT_REPR);
    } else if (m->globals->map.flags & FE_MAP_FIXED) {
        fe_print_str(print, " (built-in)");
    }
    fe_print_str(print, ">");
}

static void module_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_module_t *m = self;
    fe_map_t *map = &m->globals->map;
    if (self == (fe_obj_t)&fe_module_builtins) {
        // the builtins namespace is const; the first store makes a writable copy that the
        // VM then uses for name lookups (fe_state.builtins_override)
        if (fe_state.builtins_override == FE_NULL && dest[0] != FE_NULL) {
            fe_obj_t d = fe_dict_new(map->count + 4);
            size_t it = 0;
            fe_map_elem_t *e;
            while ((e = fe_map_next(map, &it)) != NULL) {
                fe_dict_store(d, e->key, e->value);
            }
            fe_state.builtins_override = d;
        }
        if (fe_state.builtins_override != FE_NULL) {
            map = fe_dict_get_map(fe_state.builtins_override);
        }
    }
    if (dest[0] == FE_NULL) {
        if (attr == Q___dict__) {
            dest[0] = m->globals;
            if (self == (fe_obj_t)&fe_module_builtins && fe_state.builtins_override != FE_NULL) {
                dest[0] = fe_state.builtins_override;
            }
            return;
        }
        fe_map_elem_t *e = fe_map_lookup(map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
        }
        return;
    }
    if (map->flags & FE_MAP_FIXED) {
        return;  // builtin module: read-only
    }
    if (dest[1] == FE_NULL) {
        if (fe_map_lookup(map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_REMOVE) == NULL) {
            return;
        }
    } else {
        fe_map_lookup(map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = dest[1];
    }
    dest[0] = FE_NULL;
}

// module(name): rarely used, but CPython allows it (types.ModuleType).
static fe_obj_t module_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_arg_check_num(n_args, n_kw, 1, 2, false);
    return fe_module_new(fe_str_to_qstr(args[0]));
}

const fe_type_t fe_type_module = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_module,
    .print = module_print,
    .make_new = module_make_new,
    .attr = module_attr,
};
