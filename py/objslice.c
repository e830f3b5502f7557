// py/objslice.c: slice objects and fe_slice_indices(), the one place where a slice is
// resolved against a sequence length (CPython's PySlice_GetIndicesEx semantics: bounds
// clamp, negative values count from the end, negative steps walk backwards).
#include "py/obj.h"
#include "py/objseq.h"

#define INDEX_MAX INTPTR_MAX

fe_obj_t fe_slice_new(fe_obj_t start, fe_obj_t stop, fe_obj_t step) {
    fe_slice_t *s = fe_new(fe_slice_t);
    s->base.type = &fe_type_slice;
    s->start = start == FE_NULL ? fe_none : start;
    s->stop = stop == FE_NULL ? fe_none : stop;
    s->step = step == FE_NULL ? fe_none : step;
    return s;
}

// A slice bound as a word, clamped to [-INDEX_MAX, INDEX_MAX] when it is a bigger int.
static fe_int_t slice_bound(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        return FE_SMALL_INT_VALUE(o);
    }
    fe_int_t v;
    if (fe_is_int(o)) {
        if (fe_get_int_maybe(o, &v)) {
            return v < -INDEX_MAX ? -INDEX_MAX : v;
        }
        return fe_is_true(fe_binary_op(FE_BINARY_LESS, o, FE_NEW_SMALL_INT(0))) ? -INDEX_MAX : INDEX_MAX;
    }
    if (!(fe_typeof(o)->flags & FE_TYPE_FLAG_USER)) {
        fe_raise_msg(&fe_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    return fe_get_index(o);
}

void fe_slice_indices(fe_obj_t slice, size_t seq_len, fe_bound_slice_t *out) {
    fe_slice_t *s = slice;
    fe_int_t length = (fe_int_t)seq_len;
    fe_int_t step = 1;
    if (s->step != fe_none) {
        step = slice_bound(s->step);
        if (step == 0) {
            fe_raise_msg(&fe_type_ValueError, "slice step cannot be zero");
        }
    }
    fe_int_t start, stop;
    if (s->start == fe_none) {
        start = step < 0 ? INDEX_MAX : 0;
    } else {
        start = slice_bound(s->start);
    }
    if (s->stop == fe_none) {
        stop = step < 0 ? -INDEX_MAX : INDEX_MAX;
    } else {
        stop = slice_bound(s->stop);
    }
    if (start < 0) {
        start += length;
        if (start < 0) {
            start = step < 0 ? -1 : 0;
        }
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) {
            stop = step < 0 ? -1 : 0;
        }
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    size_t len = 0;
    if (step < 0) {
        if (stop < start) {
            len = (size_t)((fe_uint_t)(start - stop - 1) / (fe_uint_t)(-step)) + 1;
        }
    } else if (start < stop) {
        len = (size_t)((fe_uint_t)(stop - start - 1) / (fe_uint_t)step) + 1;
    }
    out->start = start;
    out->stop = stop;
    out->step = step;
    out->len = len;
}

static void slice_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_slice_t *s = self;
    fe_print_str(print, "slice(");
    fe_print_obj(print, s->start, FE_PRINT_REPR);
    fe_print_strn(print, ", ", 2);
    fe_print_obj(print, s->stop, FE_PRINT_REPR);
    fe_print_strn(print, ", ", 2);
    fe_print_obj(print, s->step, FE_PRINT_REPR);
    fe_print_strn(print, ")", 1);
}

static fe_obj_t slice_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw != 0) {
        fe_raise_msg(&fe_type_TypeError, "slice() takes no keyword arguments");
    }
    if (n_args == 0 || n_args > 3) {
        fe_raise_fmt(&fe_type_TypeError, n_args == 0 ? "slice expected at least 1 argument, got %u"
                                                     : "slice expected at most 3 arguments, got %u", (unsigned)n_args);
    }
    if (n_args == 1) {
        return fe_slice_new(fe_none, args[0], fe_none);
    }
    return fe_slice_new(args[0], args[1], n_args == 3 ? args[2] : fe_none);
}

static fe_obj_t slice_as_tuple(fe_slice_t *s) {
    fe_obj_t items[3] = {s->start, s->stop, s->step};
    return fe_tuple_new(3, items);
}

static fe_obj_t slice_unary_op(fe_unary_op_t op, fe_obj_t self) {
    if (op == FE_UNARY_HASH) {
        fe_raise_msg(&fe_type_TypeError, "unhashable type: 'slice'");
    }
    return FE_NULL;
}

static fe_obj_t slice_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (!fe_obj_is_type_ptr(lhs, &fe_type_slice)) {
        return FE_NULL;
    }
    switch (op) {
        case FE_BINARY_LESS:
        case FE_BINARY_MORE:
        case FE_BINARY_EQUAL:
        case FE_BINARY_LESS_EQUAL:
        case FE_BINARY_MORE_EQUAL:
        case FE_BINARY_NOT_EQUAL:
            if (!fe_obj_is_type_ptr(rhs, &fe_type_slice)) {
                return FE_NULL;
            }
            return fe_binary_op(op, slice_as_tuple(lhs), slice_as_tuple(rhs));
        default:
            return FE_NULL;
    }
}

static void slice_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    fe_slice_t *s = self;
    if (attr == Q_start) {
        dest[0] = s->start;
    } else if (attr == Q_stop) {
        dest[0] = s->stop;
    } else if (attr == Q_step) {
        dest[0] = s->step;
    }
}

static fe_obj_t slice_indices(fe_obj_t self, fe_obj_t length) {
    fe_int_t len = fe_get_index(length);
    if (len < 0) {
        fe_raise_msg(&fe_type_ValueError, "length should not be negative");
    }
    fe_bound_slice_t b;
    fe_slice_indices(self, (size_t)len, &b);
    fe_obj_t items[3] = {fe_int_from_int(b.start), fe_int_from_int(b.stop), fe_int_from_int(b.step)};
    return fe_tuple_new(3, items);
}
static FE_DEFINE_FUN_2(slice_indices_obj, Q_indices, slice_indices);

static const fe_map_elem_t slice_locals_table[] = {
    {FE_ROM_QSTR(Q_indices), FE_ROM_PTR(&slice_indices_obj)},
};
static FE_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_table);

const fe_type_t fe_type_slice = {
    .base = {&fe_type_type},
    .name = Q_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = (struct fe_dict *)&slice_locals_dict,
};
