// py/objbool.c: bool, the int subclass with exactly two (const) instances. Arithmetic goes
// to int with the values 0 and 1; & | ^ between two bools stay bools.
#include "py/obj.h"
#include "py/bigint.h"

const fe_bool_obj_t fe_true_obj = {{&fe_type_bool}, true};
const fe_bool_obj_t fe_false_obj = {{&fe_type_bool}, false};

static void bool_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_print_str(print, ((const fe_bool_obj_t *)self)->value ? "True" : "False");
}

static fe_obj_t bool_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw != 0) {
        fe_raise_msg(&fe_type_TypeError, "bool() takes no keyword arguments");
    }
    if (n_args > 1) {
        fe_raise_fmt(&fe_type_TypeError, "bool expected at most 1 argument, got %d", (int)n_args);
    }
    return n_args == 0 ? fe_false : fe_bool(fe_is_true(args[0]));
}

static fe_obj_t bool_unary_op(fe_unary_op_t op, fe_obj_t self) {
    if (op == FE_UNARY_BOOL) {
        return self;
    }
    fe_obj_t i = FE_NEW_SMALL_INT(((const fe_bool_obj_t *)self)->value);
    return fe_type_int.unary_op(op, i);
}

static fe_obj_t bool_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    fe_binary_op_t plain = op;
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        plain = FE_BINARY_INPLACE_TO_PLAIN(op);
    } else if (op >= FE_BINARY_REVERSE_OR) {
        plain = op - FE_BINARY_REVERSE_OR + FE_BINARY_OR;
    }
    if ((plain == FE_BINARY_AND || plain == FE_BINARY_OR || plain == FE_BINARY_XOR)
        && fe_typeof(lhs) == &fe_type_bool && fe_typeof(rhs) == &fe_type_bool) {
        bool a = ((const fe_bool_obj_t *)lhs)->value, b = ((const fe_bool_obj_t *)rhs)->value;
        return fe_bool(plain == FE_BINARY_AND ? (a && b) : plain == FE_BINARY_OR ? (a || b) : (a != b));
    }
    return fe_int_binary_op(op, lhs, rhs);
}

#if FE_NUMBERS_BOOL_DUNDERS
// bool's own & | ^ (and reflected) methods, so that True.__and__(False) stays a bool.
static fe_obj_t bool_dunder(fe_binary_op_t op, fe_obj_t a, fe_obj_t b) {
    if (fe_int_unwrap(a) == FE_NULL || fe_int_unwrap(b) == FE_NULL) {
        return fe_notimplemented;
    }
    return bool_binary_op(op, a, b);
}
static fe_obj_t bool_and(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_AND, self, other);
}
static fe_obj_t bool_or(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_OR, self, other);
}
static fe_obj_t bool_xor(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_XOR, self, other);
}
static fe_obj_t bool_rand(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_AND, other, self);
}
static fe_obj_t bool_ror(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_OR, other, self);
}
static fe_obj_t bool_rxor(fe_obj_t self, fe_obj_t other) {
    return bool_dunder(FE_BINARY_XOR, other, self);
}
static FE_DEFINE_FUN_2(bool_and_obj, Q___and__, bool_and);
static FE_DEFINE_FUN_2(bool_or_obj, Q___or__, bool_or);
static FE_DEFINE_FUN_2(bool_xor_obj, Q___xor__, bool_xor);
static FE_DEFINE_FUN_2(bool_rand_obj, Q___rand__, bool_rand);
static FE_DEFINE_FUN_2(bool_ror_obj, Q___ror__, bool_ror);
static FE_DEFINE_FUN_2(bool_rxor_obj, Q___rxor__, bool_rxor);
#endif

// __repr__/__str__ (for subclasses and explicit calls).
static fe_obj_t bool_repr_method(fe_obj_t self) {
    bool v = fe_typeof(self) == &fe_type_bool ? ((const fe_bool_obj_t *)self)->value : fe_is_true(self);
    return fe_str_new_cstr(v ? "True" : "False");
}
static FE_DEFINE_FUN_1(bool_repr_obj, Q___repr__, bool_repr_method);
static FE_DEFINE_FUN_1(bool_str_obj, Q___str__, bool_repr_method);

static const fe_map_elem_t bool_locals_table[] = {
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&bool_repr_obj)},
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&bool_str_obj)},
#if FE_NUMBERS_BOOL_DUNDERS
    {FE_ROM_QSTR(Q___and__), FE_ROM_PTR(&bool_and_obj)},
    {FE_ROM_QSTR(Q___or__), FE_ROM_PTR(&bool_or_obj)},
    {FE_ROM_QSTR(Q___xor__), FE_ROM_PTR(&bool_xor_obj)},
    {FE_ROM_QSTR(Q___rand__), FE_ROM_PTR(&bool_rand_obj)},
    {FE_ROM_QSTR(Q___ror__), FE_ROM_PTR(&bool_ror_obj)},
    {FE_ROM_QSTR(Q___rxor__), FE_ROM_PTR(&bool_rxor_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(bool_locals_dict, bool_locals_table);

const fe_type_t fe_type_bool = {
    .base = {&fe_type_type},
    .flags = 0,
    .name = Q_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = fe_int_attr,
    .locals_dict = (struct fe_dict *)&bool_locals_dict,
    .parent = &fe_type_int,
};
