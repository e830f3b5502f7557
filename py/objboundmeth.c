// py/objboundmeth.c: bound methods, the (function, self) pairs that attribute access on an
// instance produces. Method calls through fe_load_method avoid creating these; they exist
// only when a method is used as a value (m = obj.f).
#include "py/obj.h"
#include "py/objtype.h"

// A builtin function bound to an object ([].append) is a builtin_function_or_method in
// CPython: same layout and behaviour as fe_type_bound_method, another name.
static const fe_type_t bound_builtin_type;

static bool is_bound_method(fe_obj_t o) {
    return fe_obj_is_type_ptr(o, &fe_type_bound_method) || fe_obj_is_type_ptr(o, &bound_builtin_type);
}

fe_obj_t fe_bound_method_new(fe_obj_t fun, fe_obj_t self) {
    fe_bound_method_t *m = fe_new(fe_bound_method_t);
    m->base.type = fe_obj_is_type_ptr(fun, &fe_type_builtin_function) ? &bound_builtin_type : &fe_type_bound_method;
    m->fun = fun;
    m->self = self;
    return m;
}

static fe_obj_t bound_method_call(fe_obj_t self_in, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_bound_method_t *m = self_in;
    return fe_call_with_self(m->fun, m->self, n_args, n_kw, args);
}

static void bound_method_print(const fe_print_t *print, fe_obj_t self_in, fe_print_kind_t kind) {
    fe_bound_method_t *m = self_in;
    if (fe_obj_is_type_ptr(m->fun, &fe_type_builtin_function)) {
        const fe_builtin_fun_t *f = m->fun;
        fe_printf(print, "<built-in method %q of %q object at %p>", (qstr)f->name, fe_type_name(m->self), m->self);
        return;
    }
    fe_obj_t name = fe_load_attr_maybe(m->fun, Q___qualname__);
    if (name == FE_NULL) {
        name = fe_load_attr_maybe(m->fun, Q___name__);
    }
    fe_printf(print, "<bound method %S of %r>", name != FE_NULL ? name : fe_str_new_cstr("?"), m->self);
}

static void bound_method_attr(fe_obj_t self_in, qstr attr, fe_obj_t *dest) {
    fe_bound_method_t *m = self_in;
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    if (attr == Q___self__) {
        dest[0] = m->self;
    } else if (attr == Q___func__) {
        dest[0] = m->fun;
    } else {
        // everything else (__name__, __doc__, __qualname__, __module__ ...) comes from the function
        dest[0] = fe_load_attr_maybe(m->fun, attr);
    }
}

static fe_obj_t bound_method_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op != FE_BINARY_EQUAL || !is_bound_method(lhs) || !is_bound_method(rhs)) {
        return FE_NULL;
    }
    fe_bound_method_t *a = lhs, *b = rhs;
    return fe_bool(a->self == b->self && fe_equal(a->fun, b->fun));
}

static fe_obj_t bound_method_unary_op(fe_unary_op_t op, fe_obj_t self_in) {
    fe_bound_method_t *m = self_in;
    if (op == FE_UNARY_HASH) {
        fe_uint_t h = ((fe_uint_t)m->self >> 3) ^ ((fe_uint_t)m->fun >> 2);
        return FE_NEW_SMALL_INT(h & (FE_SMALL_INT_MAX >> 1));
    }
    return FE_NULL;
}

const fe_type_t fe_type_bound_method = {
    .base = {&fe_type_type},
    .name = Q_method,
    .print = bound_method_print,
    .call = bound_method_call,
    .unary_op = bound_method_unary_op,
    .binary_op = bound_method_binary_op,
    .attr = bound_method_attr,
};

static const fe_type_t bound_builtin_type = {
    .base = {&fe_type_type},
    .name = Q_builtin_function_or_method,
    .print = bound_method_print,
    .call = bound_method_call,
    .unary_op = bound_method_unary_op,
    .binary_op = bound_method_binary_op,
    .attr = bound_method_attr,
};
