// py/objrange.c: range objects and their iterator.
//
// Bounds are machine words (big-int bounds are not supported: OverflowError). Lengths and
// differences are computed in unsigned arithmetic so that ranges spanning most of the word
// do not overflow. The iterator fits an fe_iter_buf_t, so `for i in range(n)` allocates
// nothing per loop nor per step.
#include "py/obj.h"
#include "py/objseq.h"

typedef struct {
    fe_objbase_t base;
    fe_int_t start, stop, step;
} range_t;

static size_t range_len(const range_t *r) {
    if (r->step > 0) {
        if (r->start >= r->stop) {
            return 0;
        }
        return (size_t)(((fe_uint_t)r->stop - (fe_uint_t)r->start - 1) / (fe_uint_t)r->step) + 1;
    }
    if (r->start <= r->stop) {
        return 0;
    }
    return (size_t)(((fe_uint_t)r->start - (fe_uint_t)r->stop - 1) / (0 - (fe_uint_t)r->step)) + 1;
}

static fe_obj_t range_new(fe_int_t start, fe_int_t stop, fe_int_t step) {
    range_t *r = fe_new(range_t);
    r->base.type = &fe_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}

static fe_obj_t range_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_range, n_args, n_kw, 1, 3);
    fe_int_t start = 0, stop, step = 1;
    if (n_args == 1) {
        stop = fe_get_index(args[0]);
    } else {
        start = fe_get_index(args[0]);
        stop = fe_get_index(args[1]);
        if (n_args == 3) {
            step = fe_get_index(args[2]);
            if (step == 0) {
                fe_raise_msg(&fe_type_ValueError, "range() arg 3 must not be zero");
            }
        }
    }
    return range_new(start, stop, step);
}

static void range_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    range_t *r = self;
    fe_print_str(print, "range(");
    fe_print_obj(print, fe_int_from_int(r->start), FE_PRINT_REPR);
    fe_print_strn(print, ", ", 2);
    fe_print_obj(print, fe_int_from_int(r->stop), FE_PRINT_REPR);
    if (r->step != 1) {
        fe_print_strn(print, ", ", 2);
        fe_print_obj(print, fe_int_from_int(r->step), FE_PRINT_REPR);
    }
    fe_print_strn(print, ")", 1);
}

static fe_int_t range_item(const range_t *r, size_t i) {
    return (fe_int_t)((fe_uint_t)r->start + (fe_uint_t)i * (fe_uint_t)r->step);
}

static fe_obj_t range_unary_op(fe_unary_op_t op, fe_obj_t self) {
    range_t *r = self;
    switch (op) {
        case FE_UNARY_BOOL:
            return fe_bool(range_len(r) != 0);
        case FE_UNARY_LEN: {
            size_t n = range_len(r);
            if (!FE_SMALL_INT_FITS((fe_int_t)n) || (fe_int_t)n < 0) {
                fe_raise_msg(&fe_type_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return FE_NEW_SMALL_INT(n);
        }
        case FE_UNARY_HASH: {
            size_t n = range_len(r);
            fe_obj_t items[3] = {fe_int_from_uint(n), fe_none, fe_none};
            if (n > 0) {
                items[1] = fe_int_from_int(r->start);
                if (n > 1) {
                    items[2] = fe_int_from_int(r->step);
                }
            }
            return fe_hash_to_obj((fe_uint_t)fe_hash(fe_tuple_new(3, items)));
        }
        default:
            return FE_NULL;
    }
}

// Index of value v in r, or -1.
static fe_int_t range_find_int(const range_t *r, fe_int_t v) {
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) {
            return -1;
        }
        fe_uint_t d = (fe_uint_t)v - (fe_uint_t)r->start;
        if (d % (fe_uint_t)r->step != 0) {
            return -1;
        }
        return (fe_int_t)(d / (fe_uint_t)r->step);
    }
    if (v > r->start || v <= r->stop) {
        return -1;
    }
    fe_uint_t d = (fe_uint_t)r->start - (fe_uint_t)v;
    fe_uint_t s = 0 - (fe_uint_t)r->step;
    if (d % s != 0) {
        return -1;
    }
    return (fe_int_t)(d / s);
}

// Index of x in r (any object), or -1.
static fe_int_t range_find(const range_t *r, fe_obj_t x) {
    if (fe_is_int(x)) {
        fe_int_t v;
        if (!fe_get_int_maybe(x, &v)) {
            return -1;
        }
        return range_find_int(r, v);
    }
    size_t n = range_len(r);
    for (size_t i = 0; i < n; i++) {
        if (fe_equal(fe_int_from_int(range_item(r, i)), x)) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

static bool range_equal(const range_t *a, const range_t *b) {
    size_t n = range_len(a);
    if (n != range_len(b)) {
        return false;
    }
    if (n == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return n == 1 || a->step == b->step;
}

static fe_obj_t range_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (!fe_obj_is_type_ptr(lhs, &fe_type_range)) {
        return FE_NULL;
    }
    range_t *r = lhs;
    switch (op) {
        case FE_BINARY_IN:
            return fe_bool(range_find(r, rhs) >= 0);
        case FE_BINARY_EQUAL:
        case FE_BINARY_NOT_EQUAL:
            if (!fe_obj_is_type_ptr(rhs, &fe_type_range)) {
                return FE_NULL;
            }
            return fe_bool(range_equal(r, rhs) == (op == FE_BINARY_EQUAL));
        default:
            return FE_NULL;
    }
}

static fe_obj_t range_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    range_t *r = self;
    if (value != FE_SUBSCR_LOAD) {
        fe_raise_msg(&fe_type_TypeError, value == FE_NULL ? "'range' object doesn't support item deletion"
                                                          : "'range' object does not support item assignment");
    }
    size_t n = range_len(r);
    if (fe_obj_is_type_ptr(index, &fe_type_slice)) {
        fe_bound_slice_t b;
        fe_slice_indices(index, n, &b);
        fe_int_t start = (fe_int_t)((fe_uint_t)r->start + (fe_uint_t)b.start * (fe_uint_t)r->step);
        fe_int_t stop = (fe_int_t)((fe_uint_t)r->start + (fe_uint_t)b.stop * (fe_uint_t)r->step);
        return range_new(start, stop, r->step * b.step);
    }
    fe_int_t big;
    if (fe_is_int(index) && !fe_get_int_maybe(index, &big)) {
        fe_raise_msg(&fe_type_IndexError, "range object index out of range");  // CPython's, for any int
    }
    return fe_int_from_int(range_item(r, fe_get_seq_index(&fe_type_range, n, index)));
}

static void range_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    range_t *r = self;
    if (attr == Q_start) {
        dest[0] = fe_int_from_int(r->start);
    } else if (attr == Q_stop) {
        dest[0] = fe_int_from_int(r->stop);
    } else if (attr == Q_step) {
        dest[0] = fe_int_from_int(r->step);
    }
}

// ---- iterator ---------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_int_t next;
    size_t remaining;
    fe_int_t step;
} range_iter_t;

static fe_obj_t range_it_iternext(fe_obj_t self) {
    range_iter_t *it = self;
    if (it->remaining == 0) {
        return FE_NULL;
    }
    it->remaining--;
    fe_int_t v = it->next;
    it->next = (fe_int_t)((fe_uint_t)v + (fe_uint_t)it->step);
    if (FE_LIKELY(FE_SMALL_INT_FITS(v))) {
        return FE_NEW_SMALL_INT(v);
    }
    return fe_int_from_int(v);
}

static const fe_type_t range_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .getiter = fe_iter_getiter_self,
    .name = Q_range_iterator,
    .iternext = range_it_iternext,
};

static fe_obj_t range_iter_new(fe_int_t first, size_t n, fe_int_t step, fe_iter_buf_t *buf) {
    range_iter_t *it = buf ? (range_iter_t *)buf : fe_new(range_iter_t);
    it->base.type = &range_iterator_type;
    it->next = first;
    it->remaining = n;
    it->step = step;
    return it;
}

static fe_obj_t range_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    range_t *r = self;
    return range_iter_new(r->start, range_len(r), r->step, buf);
}

fe_obj_t fe_range_reversed(fe_obj_t self) {
    range_t *r = self;
    size_t n = range_len(r);
    fe_int_t last = n ? range_item(r, n - 1) : 0;
    return range_iter_new(last, n, (fe_int_t)(0 - (fe_uint_t)r->step), NULL);
}

// ---- methods ----------------------------------------------------------------------------

static fe_obj_t range_count(fe_obj_t self, fe_obj_t x) {
    range_t *r = fe_seq_native(self, &fe_type_range);
    if (fe_is_int(x)) {
        return FE_NEW_SMALL_INT(range_find(r, x) >= 0 ? 1 : 0);
    }
    size_t n = range_len(r);
    fe_int_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (fe_equal(fe_int_from_int(range_item(r, i)), x)) {
            count++;
        }
    }
    return FE_NEW_SMALL_INT(count);
}
static FE_DEFINE_FUN_2(range_count_obj, Q_count, range_count);

static fe_obj_t range_index(fe_obj_t self, fe_obj_t x) {
    fe_int_t i = range_find(fe_seq_native(self, &fe_type_range), x);
    if (i < 0) {
        fe_raise_fmt(&fe_type_ValueError, "%r is not in range", x);
    }
    return fe_int_from_int(i);
}
static FE_DEFINE_FUN_2(range_index_obj, Q_index, range_index);

static fe_obj_t range_reversed_m(fe_obj_t self) {
    return fe_range_reversed(self);
}
static FE_DEFINE_FUN_1(range_reversed_obj, Q___reversed__, range_reversed_m);

static const fe_map_elem_t range_locals_table[] = {
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&range_count_obj)},
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&range_index_obj)},
    {FE_ROM_QSTR(Q___reversed__), FE_ROM_PTR(&range_reversed_obj)},
    FE_SLOT_ENTRY(Q___repr__, fe_slot_repr_obj),
    FE_SLOT_ENTRY(Q___hash__, fe_slot_hash_obj),
    FE_SLOT_ENTRY(Q___eq__, fe_slot_eq_obj),
    FE_SLOT_ENTRY(Q___ne__, fe_slot_ne_obj),
    FE_SLOT_ENTRY(Q___contains__, fe_slot_contains_obj),
    FE_SLOT_ENTRY(Q___len__, fe_slot_len_obj),
    FE_SLOT_ENTRY(Q___iter__, fe_slot_iter_obj),
    FE_SLOT_ENTRY(Q___getitem__, fe_slot_getitem_obj),
};
static FE_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);

const fe_type_t fe_type_range = {
    .base = {&fe_type_type},
    .name = Q_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = (struct fe_dict *)&range_locals_dict,
};
