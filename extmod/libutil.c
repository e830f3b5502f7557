// extmod/libutil.c: attrtuples, tuples with named fields (see libutil.h). The values live in an
// ordinary tuple; every tuple operation is delegated to it.
#include <string.h>
#include "extmod/libutil.h"

static const fe_attrtuple_desc_t *desc_of(fe_obj_t self) {
    return fe_typeof(self)->protocol;
}

fe_obj_t fe_attrtuple_new(const fe_type_t *type, size_t n, const fe_obj_t *items) {
    fe_attrtuple_t *t = fe_new(fe_attrtuple_t);
    t->base.type = type;
    t->tuple = fe_tuple_new(n, items);
    return t;
}

void fe_attrtuple_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const fe_attrtuple_desc_t *d = desc_of(self);
    size_t len;
    fe_obj_t *items;
    fe_tuple_get(((fe_attrtuple_t *)self)->tuple, &len, &items);
    fe_printf(print, "%s(", d->prefix);
    for (size_t i = 0; i < len && i < d->n_fields; i++) {
        fe_printf(print, "%s%q=%r", i ? ", " : "", (qstr)d->fields[i], items[i]);
    }
    fe_print_str(print, ")");
}

fe_obj_t fe_attrtuple_unary_op(fe_unary_op_t op, fe_obj_t self) {
    if (op == FE_UNARY_BOOL || op == FE_UNARY_LEN || op == FE_UNARY_HASH) {
        return fe_unary_op(op, ((fe_attrtuple_t *)self)->tuple);
    }
    return FE_NULL;
}

static fe_obj_t as_tuple(fe_obj_t o) {
    if (FE_IS_OBJ(o) && o != FE_NULL && fe_typeof(o)->print == fe_attrtuple_print) {
        return ((fe_attrtuple_t *)o)->tuple;
    }
    return o;
}

fe_obj_t fe_attrtuple_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    switch (op) {
        case FE_BINARY_LESS: case FE_BINARY_MORE: case FE_BINARY_EQUAL:
        case FE_BINARY_LESS_EQUAL: case FE_BINARY_MORE_EQUAL: case FE_BINARY_NOT_EQUAL:
        case FE_BINARY_IN: case FE_BINARY_ADD:
            return fe_binary_op(op, as_tuple(lhs), as_tuple(rhs));
        default:
            return FE_NULL;
    }
}

void fe_attrtuple_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    const fe_attrtuple_desc_t *d = desc_of(self);
    size_t len;
    fe_obj_t *items;
    fe_tuple_get(((fe_attrtuple_t *)self)->tuple, &len, &items);
    for (size_t i = 0; i < d->n_fields && i < len; i++) {
        if (d->fields[i] == attr) {
            dest[0] = items[i];
            return;
        }
    }
}

fe_obj_t fe_attrtuple_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    if (value != FE_SUBSCR_LOAD) {
        fe_raise_fmt(&fe_type_TypeError, "'%q' object does not support item assignment",
            (qstr)fe_typeof(self)->name);
    }
    return fe_subscr_load(((fe_attrtuple_t *)self)->tuple, index);
}

fe_obj_t fe_attrtuple_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return fe_getiter(((fe_attrtuple_t *)self)->tuple, buf);
}

bool fe_lib_get_int64(fe_obj_t o, int64_t *out) {
    fe_int_t v;
    if (fe_get_int_maybe(o, &v)) {
        *out = v;
        return true;
    }
    if (!fe_is_int(o)) {
        return false;
    }
    if (fe_is_true(fe_binary_op(FE_BINARY_LESS, o, fe_int_from_ll(INT64_MIN)))
        || fe_is_true(fe_binary_op(FE_BINARY_MORE, o, fe_int_from_ll(INT64_MAX)))) {
        return false;
    }
    *out = (int64_t)fe_lib_int_low64(o);
    return true;
}

uint64_t fe_lib_int_low64(fe_obj_t o) {
    fe_int_t v;
    if (fe_get_int_maybe(o, &v)) {
        return (uint64_t)(int64_t)v;
    }
    // 16-bit slices of the two's complement (Python's >> and & act on it for negatives);
    // each fits a small int even where a word is 32 bits
    uint64_t r = 0;
    for (int i = 0; i < 4; i++) {
        fe_obj_t chunk = fe_binary_op(FE_BINARY_AND,
            fe_binary_op(FE_BINARY_RSHIFT, o, FE_NEW_SMALL_INT(16 * i)), FE_NEW_SMALL_INT(0xffff));
        r |= (uint64_t)FE_SMALL_INT_VALUE(chunk) << (16 * i);
    }
    return r;
}
