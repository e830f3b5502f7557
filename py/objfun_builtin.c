// py/objfun_builtin.c: builtin functions (const fe_builtin_fun_t objects in ROM tables).
// Calling one checks the argument count against min/max with CPython-like messages and
// calls the C function with the signature its kind says. FE_FUN_KW functions receive their
// keywords as a fixed map laid directly over the (key, value) pairs of the call: no copy.
#include "py/obj.h"
#include "py/objtype.h"

// fe_builtin_fun_t keeps its name (always a static qstr) in 16 bits.
_Static_assert(Q_NUM_STATIC <= 0x10000, "static qstr numbers no longer fit fe_builtin_fun_t.name");

static const char *plural_args(unsigned n) {
    return n == 1 ? "argument" : "arguments";
}

// True if the call is a method call: args[0] is an object whose type has f as its method.
static bool is_method_call(const fe_builtin_fun_t *f, size_t n_args, const fe_obj_t *args) {
    if (n_args == 0) {
        return false;
    }
    const fe_type_t *t = fe_typeof(args[0]);
    while (t->flags & FE_TYPE_FLAG_USER) {
        t = t->parent != NULL ? t->parent : &fe_type_object;
    }
    return fe_type_lookup(t, f->name).value == (fe_obj_t)f;
}

// CPython's messages for a wrong argument count. A method call counts without self and
// names the type for the one-form methods: "list.append() takes exactly one argument (0
// given)", "insert expected 2 arguments, got 1".
static FE_NORETURN void raise_count(const fe_builtin_fun_t *f, size_t n_args, const fe_obj_t *args) {
    qstr name = f->name;
    int given = (int)n_args, min = f->min_args, max = f->max_args, self = 0;
    const fe_type_t *t = NULL;
    if (is_method_call(f, n_args, args)) {
        t = fe_typeof(args[0]);
        while (t->flags & FE_TYPE_FLAG_USER) {
            t = t->parent != NULL ? t->parent : &fe_type_object;
        }
        self = 1;
        given--;
        min--;
        max--;
    }
    int fixed = (int)f->kind - self;  // the count a fixed-arity kind takes
    if (f->kind <= FE_FUN_3 && fixed <= 1) {
        fe_raise_fmt(&fe_type_TypeError, "%s%s%q() takes %s (%d given)", self ? qstr_str(t->name) : "",
            self ? "." : "", name, fixed ? "exactly one argument" : "no arguments", given);
    }
    int n = given < min ? min : max;
    const char *bound = min == max ? "" : given < min ? "at least " : "at most ";
    if (self && (t == &fe_type_str || t == &fe_type_bytes || t == &fe_type_bytearray)
        && (name == Q_count || name == Q_find || name == Q_index || name == Q_rfind || name == Q_rindex
            || name == Q_startswith || name == Q_endswith)) {
        // these string methods keep the older message form (they take 1 to 3 arguments)
        fe_raise_fmt(&fe_type_TypeError, "%q() takes %s%d %s (%d given)", name, bound, n, plural_args(n), given);
    }
    fe_raise_fmt(&fe_type_TypeError, "%q expected %s%d %s, got %d", name, bound, n, plural_args(n), given);
}

static fe_obj_t builtin_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_builtin_fun_t *f = self;
    if (f->kind == FE_FUN_KW) {
        if (n_args < f->min_args) {
            raise_count(f, n_args, args);
        }
        // The (key, value) pairs after the positionals have the layout of map elements.
        fe_map_t kw;
        fe_map_init_fixed(&kw, n_kw, (const fe_map_elem_t *)(args + n_args));
        return f->fun.kw(n_args, args, &kw);
    }
    if (n_kw != 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q() takes no keyword arguments", (qstr)f->name);
    }
    if (n_args < f->min_args || (n_args > f->max_args && f->max_args != FE_ARGS_VAR)) {
        raise_count(f, n_args, args);
    }
    switch (f->kind) {
        case FE_FUN_0:
            return f->fun.f0();
        case FE_FUN_1:
            return f->fun.f1(args[0]);
        case FE_FUN_2:
            return f->fun.f2(args[0], args[1]);
        case FE_FUN_3:
            return f->fun.f3(args[0], args[1], args[2]);
        default:
            return f->fun.var(n_args, args);
    }
}

static void builtin_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const fe_builtin_fun_t *f = self;
    fe_printf(print, "<built-in function %q>", (qstr)f->name);
}

static void builtin_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    const fe_builtin_fun_t *f = self;
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    if (attr == Q___name__ || attr == Q___qualname__) {
        dest[0] = FE_NEW_QSTR(f->name);
    } else if (attr == Q___doc__) {
        dest[0] = fe_none;
    } else if (attr == Q___module__) {
        dest[0] = FE_NEW_QSTR(Q_builtins);
    }
}

const fe_type_t fe_type_builtin_function = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_builtin_function_or_method,
    .print = builtin_print,
    .call = builtin_call,
    .attr = builtin_attr,
};
