// py/objiter.c: the builtin iterator types (enumerate, zip, map, filter, reversed), the
// iterator over __getitem__ sequences, iter(callable, sentinel), and the helpers that turn
// any iterable into items: fe_get_array() and fe_unpack_sequence().
//
// All iterator types here return themselves from getiter; iterators that need no heap
// object (list/tuple/range/dict/set iterators in `for` loops) live in those types' files.
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

fe_obj_t fe_iter_getiter_self(fe_obj_t self, fe_iter_buf_t *buf) {
    return self;
}

#define ITERATOR_TYPE(cname, qname, next_fn, new_fn) \
    const fe_type_t cname = { \
        .base = {&fe_type_type}, \
        .flags = FE_TYPE_FLAG_ITER_IS_SELF, \
        .name = qname, \
        .make_new = new_fn, \
        .getiter = fe_iter_getiter_self, \
        .iternext = next_fn, \
    }

// ---- enumerate ------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t iter;
    fe_obj_t count;
} enumerate_t;

static fe_obj_t enumerate_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_iterable, FE_ARG_REQUIRED | FE_ARG_OBJ, FE_NULL},
        {Q_start, FE_ARG_OBJ, FE_ROM_INT(0)},
    };
    fe_obj_t out[2];
    fe_parse_args_pairs(n_args, n_kw, args, 2, spec, out);
    if (!fe_is_int(out[1])) {
        out[1] = fe_int_from_int(fe_get_index(out[1]));
    }
    enumerate_t *e = fe_new(enumerate_t);
    e->base.type = &fe_type_enumerate;
    e->iter = fe_getiter(out[0], NULL);
    e->count = out[1];
    return e;
}

static fe_obj_t enumerate_iternext(fe_obj_t self) {
    enumerate_t *e = self;
    fe_obj_t x = fe_iternext(e->iter);
    if (x == FE_NULL) {
        return FE_NULL;
    }
    fe_obj_t pair[2] = {e->count, x};
    fe_obj_t c = e->count;
    if (FE_IS_SMALL_INT(c) && FE_SMALL_INT_VALUE(c) < FE_SMALL_INT_MAX) {
        e->count = FE_NEW_SMALL_INT(FE_SMALL_INT_VALUE(c) + 1);
    } else {
        e->count = fe_binary_op(FE_BINARY_ADD, c, FE_NEW_SMALL_INT(1));
    }
    return fe_tuple_new(2, pair);
}

ITERATOR_TYPE(fe_type_enumerate, Q_enumerate, enumerate_iternext, enumerate_make_new);

// ---- zip --------------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    size_t n;
    bool strict;
    fe_obj_t iters[];
} zip_t;

static fe_obj_t zip_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        if (args[n_args + 2 * i] != FE_NEW_QSTR(Q_strict)) {
            fe_raise_fmt(&fe_type_TypeError, "zip() got an unexpected keyword argument '%S'", args[n_args + 2 * i]);
        }
        strict = fe_is_true(args[n_args + 2 * i + 1]);
    }
    zip_t *z = fe_new_var(zip_t, fe_obj_t, n_args);
    z->base.type = &fe_type_zip;
    z->n = n_args;
    z->strict = strict;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = fe_getiter(args[i], NULL);
    }
    return z;
}

static fe_obj_t zip_iternext(fe_obj_t self) {
    zip_t *z = self;
    if (z->n == 0) {
        return FE_NULL;
    }
    fe_tuple_t *t = fe_tuple_new(z->n, NULL);
    for (size_t i = 0; i < z->n; i++) {
        fe_obj_t x = fe_iternext(z->iters[i]);
        if (x == FE_NULL) {
            if (z->strict) {
                if (i > 0) {
                    fe_raise_fmt(&fe_type_ValueError, "zip() argument %u is shorter than argument%s%u",
                                 (unsigned)(i + 1), i == 1 ? " " : "s 1-", (unsigned)i);
                }
                for (size_t j = 1; j < z->n; j++) {
                    if (fe_iternext(z->iters[j]) != FE_NULL) {
                        fe_raise_fmt(&fe_type_ValueError, "zip() argument %u is longer than argument%s%u",
                                     (unsigned)(j + 1), j == 1 ? " " : "s 1-", (unsigned)j);
                    }
                }
            }
            return FE_NULL;
        }
        t->items[i] = x;
    }
    return t;
}

ITERATOR_TYPE(fe_type_zip, Q_zip, zip_iternext, zip_make_new);

// ---- map ----------------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t fun;
    size_t n;
    fe_obj_t iters[];
} map_t;

static fe_obj_t map_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_map, n_args, n_kw, 0, (size_t)-1);
    if (n_args < 2) {
        fe_raise_msg(&fe_type_TypeError, "map() must have at least two arguments.");
    }
    map_t *m = fe_new_var(map_t, fe_obj_t, n_args - 1);
    m->base.type = &fe_type_map;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = fe_getiter(args[i], NULL);
    }
    return m;
}

static fe_obj_t map_iternext(fe_obj_t self) {
    map_t *m = self;
    if (m->n == 1) {
        fe_obj_t x = fe_iternext(m->iters[0]);
        return x == FE_NULL ? FE_NULL : fe_call1(m->fun, x);
    }
    fe_obj_t small[4];
    fe_obj_t *args = m->n <= 4 ? small : fe_alloc(m->n * sizeof(fe_obj_t));
    for (size_t i = 0; i < m->n; i++) {
        args[i] = fe_iternext(m->iters[i]);
        if (args[i] == FE_NULL) {
            return FE_NULL;
        }
    }
    return fe_call(m->fun, m->n, 0, args);
}

ITERATOR_TYPE(fe_type_map, Q_map, map_iternext, map_make_new);

// ---- filter -------------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t fun;  // fe_none: keep true items
    fe_obj_t iter;
} filter_t;

static fe_obj_t filter_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_filter, n_args, n_kw, 2, 2);
    filter_t *f = fe_new(filter_t);
    f->base.type = &fe_type_filter;
    f->fun = args[0];
    f->iter = fe_getiter(args[1], NULL);
    return f;
}

static fe_obj_t filter_iternext(fe_obj_t self) {
    filter_t *f = self;
    fe_obj_t x;
    while ((x = fe_iternext(f->iter)) != FE_NULL) {
        bool keep = f->fun == fe_none ? fe_is_true(x) : fe_is_true(fe_call1(f->fun, x));
        if (keep) {
            return x;
        }
    }
    return FE_NULL;
}

ITERATOR_TYPE(fe_type_filter, Q_filter, filter_iternext, filter_make_new);

// ---- reversed -----------------------------------------------------------------------------------
// Over a list or tuple the items are read directly (a list may shrink meanwhile: the
// iteration then ends); over other sequences through subscr until index -1.

typedef struct {
    fe_objbase_t base;
    fe_obj_t seq;    // FE_NULL once exhausted
    fe_int_t index;  // next index to produce
} reversed_t;

static bool is_exc_of(fe_obj_t exc, const fe_type_t *t) {
    return fe_exc_matches(exc, t);
}

static fe_obj_t reversed_iternext(fe_obj_t self) {
    reversed_t *r = self;
    fe_obj_t seq = r->seq;
    if (seq == FE_NULL || r->index < 0) {
        r->seq = FE_NULL;
        return FE_NULL;
    }
    fe_int_t i = r->index--;
    if (fe_obj_is_type_ptr(seq, &fe_type_list)) {
        fe_list_t *l = seq;
        if ((size_t)i < l->len) {
            return l->items[i];
        }
        r->seq = FE_NULL;
        return FE_NULL;
    }
    if (fe_obj_is_type_ptr(seq, &fe_type_tuple)) {
        return ((fe_tuple_t *)seq)->items[i];
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t x = fe_subscr_load(seq, FE_NEW_SMALL_INT(i));
        fe_handler_pop(&h);
        return x;
    } else {
        if (is_exc_of(h.exc, &fe_type_IndexError) || is_exc_of(h.exc, &fe_type_StopIteration)) {
            r->seq = FE_NULL;
            return FE_NULL;
        }
        fe_raise((fe_obj_t)h.exc);
    }
}

// CPython names the reverse iterator over a list differently; it behaves the same.
static const fe_type_t list_reverseiterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_list_reverseiterator,
    .getiter = fe_iter_getiter_self,
    .iternext = reversed_iternext,
};

static fe_obj_t reversed_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_reversed, n_args, n_kw, 1, 1);
    fe_obj_t seq = args[0];
    const fe_type_t *t = fe_typeof(seq);
    if (t == &fe_type_range) {
        return fe_range_reversed(seq);
    }
    if (t == &fe_type_dict || t == &fe_type_dict_keys || t == &fe_type_dict_values || t == &fe_type_dict_items) {
        return fe_dict_reversed(seq);
    }
    if (t != &fe_type_list && t != &fe_type_tuple) {
        fe_obj_t dest[2];
        fe_load_method_maybe(seq, Q___reversed__, dest);
        if (dest[0] != FE_NULL) {
            return fe_call_method(0, 0, dest);
        }
        bool sequence;
        if (t->flags & FE_TYPE_FLAG_USER) {
            fe_load_method_maybe(seq, Q___getitem__, dest);
            sequence = dest[0] != FE_NULL;
        } else {
            sequence = t->subscr != NULL && t != &fe_type_dict && !fe_is_anyset(seq);
        }
        if (!sequence || fe_len_maybe(seq) == FE_NULL) {
            fe_raise_fmt(&fe_type_TypeError, "'%T' object is not reversible", seq);
        }
    }
    reversed_t *r = fe_new(reversed_t);
    r->base.type = t == &fe_type_list ? &list_reverseiterator_type : &fe_type_reversed;
    r->seq = seq;
    r->index = (fe_int_t)fe_len(seq) - 1;
    return r;
}

ITERATOR_TYPE(fe_type_reversed, Q_reversed, reversed_iternext, reversed_make_new);

// ---- iteration over __getitem__ ------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t seq;  // FE_NULL once exhausted
    size_t index;
} getitem_iter_t;

static fe_obj_t getitem_iternext(fe_obj_t self) {
    getitem_iter_t *it = self;
    if (it->seq == FE_NULL) {
        return FE_NULL;
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t x = fe_subscr_load(it->seq, fe_int_from_uint(it->index));
        fe_handler_pop(&h);
        it->index++;
        return x;
    } else {
        if (is_exc_of(h.exc, &fe_type_IndexError) || is_exc_of(h.exc, &fe_type_StopIteration)) {
            it->seq = FE_NULL;
            return FE_NULL;
        }
        fe_raise((fe_obj_t)h.exc);
    }
}

static const fe_type_t getitem_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_iterator,
    .getiter = fe_iter_getiter_self,
    .iternext = getitem_iternext,
};

fe_obj_t fe_seq_iter_new(fe_obj_t seq) {
    getitem_iter_t *it = fe_new(getitem_iter_t);
    it->base.type = &getitem_iterator_type;
    it->seq = seq;
    it->index = 0;
    return it;
}

// ---- iter(callable, sentinel) ----------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t fun;  // FE_NULL once exhausted
    fe_obj_t sentinel;
} callable_iter_t;

static fe_obj_t callable_iternext(fe_obj_t self) {
    callable_iter_t *it = self;
    if (it->fun == FE_NULL) {
        return FE_NULL;
    }
    fe_obj_t x = fe_call0(it->fun);
    if (fe_seq_item_equal(x, it->sentinel)) {
        it->fun = FE_NULL;
        return FE_NULL;
    }
    return x;
}

static const fe_type_t callable_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_callable_iterator,
    .getiter = fe_iter_getiter_self,
    .iternext = callable_iternext,
};

fe_obj_t fe_callable_iter_new(fe_obj_t callable, fe_obj_t sentinel) {
    callable_iter_t *it = fe_new(callable_iter_t);
    it->base.type = &callable_iterator_type;
    it->fun = callable;
    it->sentinel = sentinel;
    return it;
}

// ---- items of any iterable ---------------------------------------------------------------------

void fe_get_array(fe_obj_t seq, size_t *len, fe_obj_t **items) {
    if (fe_obj_is_type_ptr(seq, &fe_type_tuple)) {
        fe_tuple_t *t = seq;
        *len = t->len;
        *items = t->items;
        return;
    }
    if (fe_obj_is_type_ptr(seq, &fe_type_list)) {
        fe_list_t *l = seq;
        *len = l->len;
        *items = l->items;
        return;
    }
    fe_obj_t list = fe_list_new(0, NULL);
    fe_list_extend(list, seq);
    fe_list_get(list, len, items);
}

static bool maybe_iterable(fe_obj_t o) {
    const fe_type_t *t = fe_typeof(o);
    if (t->getiter != NULL || t->subscr != NULL || (t->flags & FE_TYPE_FLAG_ITER_IS_SELF)) {
        return true;
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t dest[2];
        fe_load_method_maybe(o, Q___iter__, dest);
        if (dest[0] != FE_NULL) {
            return true;
        }
        fe_load_method_maybe(o, Q___getitem__, dest);
        return dest[0] != FE_NULL;
    }
    return false;
}

void fe_unpack_sequence(fe_obj_t seq, size_t n, fe_obj_t *items) {
    size_t len;
    fe_obj_t *src;
    if (fe_obj_is_type_ptr(seq, &fe_type_tuple) || fe_obj_is_type_ptr(seq, &fe_type_list)) {
        fe_get_array(seq, &len, &src);
        if (len < n) {
            fe_raise_fmt(&fe_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)len);
        }
        if (len > n) {
            fe_raise_fmt(&fe_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
        }
        memcpy(items, src, n * sizeof(fe_obj_t));
        return;
    }
    if (!maybe_iterable(seq)) {
        fe_raise_fmt(&fe_type_TypeError, "cannot unpack non-iterable %T object", seq);
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(seq, &buf);
    for (size_t i = 0; i < n; i++) {
        fe_obj_t x = fe_iternext(it);
        if (x == FE_NULL) {
            fe_raise_fmt(&fe_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)i);
        }
        items[i] = x;
    }
    if (fe_iternext(it) != FE_NULL) {
        fe_raise_fmt(&fe_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
    }
}
