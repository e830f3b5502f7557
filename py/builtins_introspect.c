// py/builtins_introspect.c: the builtins that look at objects: dir, vars and help.
#include "py/obj.h"
#include "py/builtins.h"

// Adds the keys of map to the dict `names` (used as an ordered set).
static void add_map_keys(fe_obj_t names, const fe_map_t *map) {
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(map, &pos)) != NULL) {
        fe_dict_store(names, el->key, fe_none);
    }
}

static void add_type_dict(fe_obj_t names, const fe_type_t *t) {
    if (t->locals_dict != NULL) {
        add_map_keys(names, &t->locals_dict->map);
    }
}

// Names defined along a class's MRO (a user class's mro tuple, or a builtin type's
// parent chain ending in object).
static void add_type_names(fe_obj_t names, const fe_type_t *type) {
    fe_obj_t mro = FE_TYPE_MRO(type);
    if (mro != FE_NULL) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(mro, &n, &items);
        for (size_t i = 0; i < n; i++) {
            const fe_type_t *t = items[i];
            if (t->flags & FE_TYPE_FLAG_USER) {
                add_type_dict(names, t);
            } else {
                add_type_names(names, t);
            }
        }
        return;
    }
    bool saw_object = false;
    for (const fe_type_t *t = type; t != NULL; t = t->parent) {
        add_type_dict(names, t);
        saw_object |= t == &fe_type_object;
    }
    if (!saw_object) {
        add_type_dict(names, &fe_type_object);
    }
}

// Exceptions keep `args` outside any method table: list it as CPython does.
static void add_exception_names(fe_obj_t names, const fe_type_t *type) {
    if (fe_issubclass(type, &fe_type_BaseException)) {
        fe_dict_store(names, FE_NEW_QSTR(Q_args), fe_none);
    }
}

static fe_obj_t sorted_keys(fe_obj_t dict) {
    fe_obj_t list = fe_list_new(0, NULL);
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(fe_dict_get_map(dict), &pos)) != NULL) {
        fe_list_append(list, el->key);
    }
    fe_list_sort(list, FE_NULL, false);
    return list;
}

static fe_obj_t builtin_dir(size_t n_args, const fe_obj_t *args) {
    if (n_args == 0) {
        return sorted_keys(fe_vm_locals());
    }
    fe_obj_t o = args[0];
    const fe_type_t *type = fe_typeof(o);
    if (type->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t dest[2];
        fe_load_method_maybe(o, Q___dir__, dest);
        if (dest[0] != FE_NULL) {
            fe_obj_t list = fe_list_new(0, NULL);
            fe_list_extend(list, fe_call_method(0, 0, dest));
            fe_list_sort(list, FE_NULL, false);
            return list;
        }
    }
    fe_obj_t names = fe_dict_new(16);
    if (fe_obj_is_type_ptr(o, &fe_type_module)) {
        add_map_keys(names, &((fe_module_t *)o)->globals->map);
    } else if (fe_builtin_is_type(o)) {
        add_type_names(names, (const fe_type_t *)o);
        add_exception_names(names, (const fe_type_t *)o);
    } else {
        fe_obj_t d = fe_load_attr_maybe(o, Q___dict__);
        if (d != FE_NULL && fe_isinstance(d, &fe_type_dict)) {
            add_map_keys(names, fe_dict_get_map(d));
            fe_dict_store(names, FE_NEW_QSTR(Q___dict__), fe_none);
        }
        add_type_names(names, type);
        add_exception_names(names, type);
        fe_dict_store(names, FE_NEW_QSTR(Q___class__), fe_none);
    }
    if (!fe_obj_is_type_ptr(o, &fe_type_module)) {
        // CPython keeps a class's __qualname__ in the type, not in its namespace
        fe_map_lookup(fe_dict_get_map(names), FE_NEW_QSTR(Q___qualname__), FE_MAP_LOOKUP_REMOVE);
    }
    return sorted_keys(names);
}
FE_DEFINE_FUN_VAR(fe_builtin_dir_obj, Q_dir, 0, 1, builtin_dir);

static fe_obj_t builtin_vars(size_t n_args, const fe_obj_t *args) {
    if (n_args == 0) {
        return fe_vm_locals();
    }
    fe_obj_t o = args[0];
    if (fe_obj_is_type_ptr(o, &fe_type_module)) {
        return (fe_obj_t)((fe_module_t *)o)->globals;
    }
    fe_obj_t d = fe_load_attr_maybe(o, Q___dict__);
    if (d == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}
FE_DEFINE_FUN_VAR(fe_builtin_vars_obj, Q_vars, 0, 1, builtin_vars);

// ---- help --------------------------------------------------------------------------------------

#if FE_BUILTINS_HELP
static const char help_text[] =
    "Welcome to Ferrite, a Python 3 for microcontrollers!\n"
    "\n"
    "Ferrite runs the code.py (or main.py) file on the board's drive at start-up and after\n"
    "every change to it; the REPL (this prompt) lets you try Python one line at a time.\n"
    "\n"
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, do a soft reset of the board\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For further help on a specific object, type help(obj)\n"
    "For a list of available modules, type help('modules')\n";

static void print_members(const fe_map_t *map) {
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(map, &pos)) != NULL) {
        fe_print_str(&fe_print_stdout, "  ");
        fe_print_obj(&fe_print_stdout, el->key, FE_PRINT_STR);
        fe_print_str(&fe_print_stdout, " -- ");
        fe_print_obj(&fe_print_stdout, el->value, FE_PRINT_STR);
        fe_print_str(&fe_print_stdout, "\n");
    }
}

#else
// The short form: no member listing; help(obj) names the object's type only.
static const char help_text[] =
    "Welcome to Ferrite! CTRL-C interrupts a program, CTRL-D soft-resets the board.\n"
    "For a list of available modules, type help('modules')\n";
#endif

// help('modules'): the builtin modules in columns, then a word on the filesystem.
static void print_module_list(void) {
    fe_obj_t list = fe_list_new(0, NULL);
    for (size_t i = 0; i < fe_builtin_modules_count; i++) {
        fe_list_append(list, FE_NEW_QSTR(fe_builtin_modules[i].name));
    }
    fe_list_sort(list, FE_NULL, false);
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    const size_t col_width = 18, n_cols = 4;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = fe_str_data(items[i], &len);
        fe_print_strn(&fe_print_stdout, s, len);
        if (i % n_cols == n_cols - 1 || i == n - 1) {
            fe_print_str(&fe_print_stdout, "\n");
        } else {
            for (size_t k = len; k < col_width; k++) {
                fe_print_str(&fe_print_stdout, " ");
            }
        }
    }
    fe_print_str(&fe_print_stdout, "Plus any modules on the filesystem\n");
}

static fe_obj_t builtin_help(size_t n_args, const fe_obj_t *args) {
    if (n_args == 0) {
        fe_print_str(&fe_print_stdout, help_text);
        return fe_none;
    }
    fe_obj_t o = args[0];
    if (fe_is_str(o)) {
        size_t len;
        const char *s = fe_str_data(o, &len);
        if (len == 7 && __builtin_memcmp(s, "modules", 7) == 0) {
            print_module_list();
            return fe_none;
        }
    }
    const fe_type_t *type = fe_typeof(o);
    fe_printf(&fe_print_stdout, "object %S is of type %q\n", o, (qstr)type->name);
#if FE_BUILTINS_HELP
    if (fe_obj_is_type_ptr(o, &fe_type_module)) {
        print_members(&((fe_module_t *)o)->globals->map);
        return fe_none;
    }
    if (fe_builtin_is_type(o)) {
        type = o;
    }
    if (type->locals_dict != NULL) {
        print_members(&type->locals_dict->map);
    }
#endif
    return fe_none;
}
FE_DEFINE_FUN_VAR(fe_builtin_help_obj, Q_help, 0, 1, builtin_help);
