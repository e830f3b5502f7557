// py/objsingletons.c: None, Ellipsis and NotImplemented, and their types.
// Each is a const object with no state; equality is identity and the hash is id-based.
#include "py/obj.h"

static void none_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_print_str(print, "None");
}

static void ellipsis_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_print_str(print, "Ellipsis");
}

static void notimplemented_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_print_str(print, "NotImplemented");
}

// type(None)() and friends return the singleton, as in CPython.
static fe_obj_t singleton_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q takes no arguments", (qstr)type->name);
    }
    if (type == &fe_type_none) {
        return fe_none;
    }
    if (type == &fe_type_ellipsis) {
        return fe_ellipsis;
    }
    return fe_notimplemented;
}

static fe_obj_t none_unary_op(fe_unary_op_t op, fe_obj_t self) {
    if (op == FE_UNARY_BOOL) {
        return fe_false;
    }
    return FE_NULL;
}

#define SINGLETON_FLAGS (FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID)

const fe_type_t fe_type_none = {
    .base = {&fe_type_type},
    .flags = SINGLETON_FLAGS,
    .name = Q_NoneType,
    .print = none_print,
    .make_new = singleton_make_new,
    .unary_op = none_unary_op,
};

const fe_type_t fe_type_ellipsis = {
    .base = {&fe_type_type},
    .flags = SINGLETON_FLAGS,
    .name = Q_ellipsis,
    .print = ellipsis_print,
    .make_new = singleton_make_new,
};

const fe_type_t fe_type_notimplemented = {
    .base = {&fe_type_type},
    .flags = SINGLETON_FLAGS,
    .name = Q_NotImplementedType,
    .print = notimplemented_print,
    .make_new = singleton_make_new,
};

const fe_singleton_t fe_none_obj = {{&fe_type_none}};
const fe_singleton_t fe_ellipsis_obj = {{&fe_type_ellipsis}};
const fe_singleton_t fe_notimplemented_obj = {{&fe_type_notimplemented}};
