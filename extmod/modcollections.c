// extmod/modcollections.c: the collections module (ucollections): deque, namedtuple,
// OrderedDict and defaultdict (defaultdict, deque's methods beyond append/appendleft/pop/
// popleft/extend/clear and namedtuple's rename/defaults/module need FE_COLLECTIONS_EXTRA;
// deque's operators other than == and != need FE_DEQUE_OPS; OrderedDict.move_to_end and
// namedtuple's _make/_replace need FE_COLLECTIONS_RARE).
//
// deque is a ring buffer. OrderedDict and defaultdict are native subtypes of dict whose
// instances begin with an fe_dict_t, so dict's methods (found through `parent`) work on
// them unchanged; their slots add the differences and forward the rest to dict's slots.
// namedtuple builds a tuple subclass with type(name, (tuple,), namespace): fields are
// properties whose getters are bound methods of one C function (index, self) -> self[index].
#include <string.h>
#include "py/obj.h"
#include "py/lexer.h"

// ---- deque ---------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    size_t head, len, cap;
    fe_int_t maxlen;  // -1: unbounded
    fe_obj_t *items;
} deque_t;

extern const fe_type_t fe_type_deque;

static deque_t *deque_get(fe_obj_t o) {
    deque_t *d = fe_native_self(o, &fe_type_deque);
    if (d == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'collections.deque' object but received a '%T'", o);
    }
    return d;
}

static fe_obj_t *dq_slot(deque_t *d, size_t i) {
    return &d->items[(d->head + i) % d->cap];
}

static void dq_grow(deque_t *d) {
    if (d->len < d->cap) {
        return;
    }
    size_t cap = d->cap ? d->cap * 2 : 8;
    fe_obj_t *items = fe_alloc(cap * sizeof(fe_obj_t));
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *dq_slot(d, i);
    }
    d->items = items;
    d->cap = cap;
    d->head = 0;
}

// Removes and returns the item at the right end, or at the left end when `left`.
static fe_obj_t dq_take(deque_t *d, bool left) {
    if (d->len == 0) {
        fe_raise_msg(&fe_type_IndexError, "pop from an empty deque");
    }
    fe_obj_t *s = dq_slot(d, left ? 0 : d->len - 1);
    fe_obj_t v = *s;
    *s = FE_NULL;
    if (left) {
        d->head = (d->head + 1) % d->cap;
    }
    d->len--;
    return v;
}

// Adds v at the right end, or at the left end when `left`; a full bounded deque first
// drops the item at the other end.
static void dq_put(deque_t *d, fe_obj_t v, bool left) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        dq_take(d, !left);
    }
    dq_grow(d);
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
    }
    *dq_slot(d, left ? 0 : d->len) = v;
    d->len++;
}

static fe_obj_t dq_tolist(deque_t *d) {
    fe_obj_t list = fe_list_new(d->len, NULL);
    for (size_t i = 0; i < d->len; i++) {
        ((fe_list_t *)list)->items[i] = *dq_slot(d, i);
    }
    return list;
}

static void dq_extend(deque_t *d, fe_obj_t iterable, bool left) {
    if (iterable == (fe_obj_t)d) {
        iterable = dq_tolist(d);
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(iterable, &buf);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        dq_put(d, item, left);
    }
}

static deque_t *dq_new(fe_int_t maxlen) {
    deque_t *d = fe_new(deque_t);
    d->base.type = &fe_type_deque;
    d->maxlen = maxlen;
    return d;
}

static fe_obj_t deque_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_iterable, FE_ARG_OBJ, FE_NULL}, {Q_maxlen, FE_ARG_OBJ, fe_none},
    };
    fe_obj_t a[2];
    fe_parse_args_pairs(n_args, n_kw, args, 2, spec, a);
    fe_int_t maxlen = -1;
    if (a[1] != fe_none) {
        maxlen = fe_get_int(a[1]);
        if (maxlen < 0) {
            fe_raise_msg(&fe_type_ValueError, "maxlen must be non-negative");
        }
    }
    deque_t *d = dq_new(maxlen);
    if (a[0] != FE_NULL) {
        dq_extend(d, a[0], false);
    }
    return d;
}

static void deque_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    deque_t *d = self;
    fe_print_str(print, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) {
            fe_print_str(print, ", ");
        }
        fe_print_obj(print, *dq_slot(d, i), FE_PRINT_REPR);
    }
    fe_print_str(print, "]");
    if (d->maxlen >= 0) {
        fe_printf(print, ", maxlen=%d", (int)d->maxlen);
    }
    fe_print_str(print, ")");
}

static void deque_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    if (!fe_repr_guard_call(print, self, kind, deque_print_body)) {
        fe_print_str(print, "[...]");
    }
}

static fe_obj_t deque_unary_op(fe_unary_op_t op, fe_obj_t self) {
    deque_t *d = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(d->len != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(d->len);
        case FE_UNARY_HASH: fe_raise_msg(&fe_type_TypeError, "unhashable type: 'collections.deque'");
        default: return FE_NULL;
    }
}

static fe_obj_t deque_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    deque_t *a = fe_native_self(lhs, &fe_type_deque);
    deque_t *b = fe_native_self(rhs, &fe_type_deque);
    switch (op) {
#if FE_DEQUE_OPS
        case FE_BINARY_LESS: case FE_BINARY_MORE: case FE_BINARY_LESS_EQUAL: case FE_BINARY_MORE_EQUAL:
#endif
        case FE_BINARY_EQUAL: case FE_BINARY_NOT_EQUAL:
            if (a == NULL || b == NULL) {
                return FE_NULL;
            }
            return fe_binary_op(op, dq_tolist(a), dq_tolist(b));
#if FE_DEQUE_OPS
        case FE_BINARY_IN:
            if (a == NULL) {
                return FE_NULL;
            }
            for (size_t i = 0; i < a->len; i++) {
                if (fe_equal(*dq_slot(a, i), rhs)) {
                    return fe_true;
                }
            }
            return fe_false;
        case FE_BINARY_INPLACE_ADD:
            if (a == NULL) {
                return FE_NULL;
            }
            dq_extend(a, rhs, false);
            return lhs;
        case FE_BINARY_ADD: {
            if (a == NULL || b == NULL) {
                if (a != NULL) {
                    fe_raise_fmt(&fe_type_TypeError, "can only concatenate deque (not \"%T\") to deque", rhs);
                }
                return FE_NULL;
            }
            deque_t *r = dq_new(a->maxlen);
            dq_extend(r, a, false);
            dq_extend(r, b, false);
            return r;
        }
#endif
        default:
            return FE_NULL;
    }
}

static fe_obj_t deque_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    deque_t *d = self;
    if (!fe_is_int(index)) {
        fe_raise_fmt(&fe_type_TypeError, "sequence index must be integer, not '%T'", index);
    }
    fe_int_t i = fe_get_int(index);
    if (i < 0) {
        i += (fe_int_t)d->len;
    }
    if (i < 0 || (size_t)i >= d->len) {
        fe_raise_msg(&fe_type_IndexError, "deque index out of range");
    }
    if (value == FE_SUBSCR_LOAD) {
        return *dq_slot(d, (size_t)i);
    }
#if FE_DEQUE_OPS || FE_COLLECTIONS_EXTRA
    if (value == FE_NULL) {
        // shift the tail left by one
        for (size_t k = (size_t)i; k + 1 < d->len; k++) {
            *dq_slot(d, k) = *dq_slot(d, k + 1);
        }
        dq_take(d, false);
        return fe_none;
    }
#else
    if (value == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "'collections.deque' object doesn't support item deletion");
    }
#endif
    *dq_slot(d, (size_t)i) = value;
    return fe_none;
}

// The iterator remembers the length to notice mutation, as CPython's does (approximately).
typedef struct {
    fe_objbase_t base;
    deque_t *d;
    size_t i, len;
} deque_iter_t;

static fe_obj_t deque_iter_next(fe_obj_t self) {
    deque_iter_t *it = self;
    if (it->d->len != it->len) {
        fe_raise_msg(&fe_type_RuntimeError, "deque mutated during iteration");
    }
    if (it->i >= it->len) {
        return FE_NULL;
    }
    return *dq_slot(it->d, it->i++);
}

static const fe_type_t deque_iter_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q__deque_iterator,
    .iternext = deque_iter_next,
};

static fe_obj_t deque_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    deque_iter_t *it = fe_new(deque_iter_t);
    it->base.type = &deque_iter_type;
    it->d = self;
    it->len = it->d->len;
    return it;
}

static void deque_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] == FE_NULL && attr == Q_maxlen) {
        deque_t *d = self;
        dest[0] = d->maxlen < 0 ? fe_none : FE_NEW_SMALL_INT(d->maxlen);
    }
}

static fe_obj_t deque_append(fe_obj_t self, fe_obj_t v) {
    dq_put(deque_get(self), v, false);
    return fe_none;
}
static FE_DEFINE_FUN_2(deque_append_obj, Q_append, deque_append);

static fe_obj_t deque_appendleft(fe_obj_t self, fe_obj_t v) {
    dq_put(deque_get(self), v, true);
    return fe_none;
}
static FE_DEFINE_FUN_2(deque_appendleft_obj, Q_appendleft, deque_appendleft);

static fe_obj_t deque_pop(fe_obj_t self) {
    return dq_take(deque_get(self), false);
}
static FE_DEFINE_FUN_1(deque_pop_obj, Q_pop, deque_pop);

static fe_obj_t deque_popleft(fe_obj_t self) {
    return dq_take(deque_get(self), true);
}
static FE_DEFINE_FUN_1(deque_popleft_obj, Q_popleft, deque_popleft);

static fe_obj_t deque_extend(fe_obj_t self, fe_obj_t it) {
    dq_extend(deque_get(self), it, false);
    return fe_none;
}
static FE_DEFINE_FUN_2(deque_extend_obj, Q_extend, deque_extend);

#if FE_COLLECTIONS_EXTRA
static fe_obj_t deque_extendleft(fe_obj_t self, fe_obj_t it) {
    dq_extend(deque_get(self), it, true);
    return fe_none;
}
static FE_DEFINE_FUN_2(deque_extendleft_obj, Q_extendleft, deque_extendleft);
#endif

static fe_obj_t deque_clear(fe_obj_t self) {
    deque_t *d = deque_get(self);
    d->items = NULL;
    d->cap = d->len = d->head = 0;
    return fe_none;
}
static FE_DEFINE_FUN_1(deque_clear_obj, Q_clear, deque_clear);

#if FE_COLLECTIONS_EXTRA
static fe_obj_t deque_rotate(size_t n_args, const fe_obj_t *args) {
    deque_t *d = deque_get(args[0]);
    fe_int_t n = n_args > 1 ? fe_get_int(args[1]) : 1;
    if (d->len <= 1) {
        return fe_none;
    }
    fe_int_t len = (fe_int_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    // rotating right by n moves the head back by n (the ring is full-length when len == cap
    // only if we compact first, so move items one by one for simplicity and correctness)
    for (fe_int_t k = 0; k < n; k++) {
        dq_put(d, dq_take(d, false), true);
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(deque_rotate_obj, Q_rotate, 1, 2, deque_rotate);

static fe_obj_t deque_copy(fe_obj_t self) {
    deque_t *d = deque_get(self);
    deque_t *r = dq_new(d->maxlen);
    dq_extend(r, d, false);
    return r;
}
static FE_DEFINE_FUN_1(deque_copy_obj, Q_copy, deque_copy);

static fe_obj_t deque_count(fe_obj_t self, fe_obj_t v) {
    deque_t *d = deque_get(self);
    fe_int_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        n += fe_equal(*dq_slot(d, i), v);
    }
    return FE_NEW_SMALL_INT(n);
}
static FE_DEFINE_FUN_2(deque_count_obj, Q_count, deque_count);

static fe_obj_t deque_index(size_t n_args, const fe_obj_t *args) {
    deque_t *d = deque_get(args[0]);
    fe_int_t len = (fe_int_t)d->len;
    fe_int_t start = n_args > 2 ? fe_get_int(args[2]) : 0;
    fe_int_t stop = n_args > 3 ? fe_get_int(args[3]) : len;
    if (start < 0) {
        start = start + len < 0 ? 0 : start + len;
    }
    if (stop < 0) {
        stop = stop + len < 0 ? 0 : stop + len;
    }
    for (fe_int_t i = start; i < stop && i < (fe_int_t)d->len; i++) {
        if (fe_equal(*dq_slot(d, (size_t)i), args[1])) {
            return FE_NEW_SMALL_INT(i);
        }
    }
    fe_raise_fmt(&fe_type_ValueError, "%r is not in deque", args[1]);
}
static FE_DEFINE_FUN_VAR(deque_index_obj, Q_index, 2, 4, deque_index);

static fe_obj_t deque_remove(fe_obj_t self, fe_obj_t v) {
    deque_t *d = deque_get(self);
    for (size_t i = 0; i < d->len; i++) {
        if (fe_equal(*dq_slot(d, i), v)) {
            deque_subscr(d, FE_NEW_SMALL_INT(i), FE_NULL);
            return fe_none;
        }
    }
    fe_raise_fmt(&fe_type_ValueError, "%r is not in deque", v);
}
static FE_DEFINE_FUN_2(deque_remove_obj, Q_remove, deque_remove);

static fe_obj_t deque_reverse(fe_obj_t self) {
    deque_t *d = deque_get(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        fe_obj_t t = *dq_slot(d, i);
        *dq_slot(d, i) = *dq_slot(d, j - 1);
        *dq_slot(d, j - 1) = t;
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(deque_reverse_obj, Q_reverse, deque_reverse);

static fe_obj_t deque_insert(fe_obj_t self, fe_obj_t index, fe_obj_t v) {
    deque_t *d = deque_get(self);
    if (d->maxlen >= 0 && d->len == (size_t)d->maxlen) {
        fe_raise_msg(&fe_type_IndexError, "deque already at its maximum size");
    }
    fe_int_t i = fe_get_int(index), len = (fe_int_t)d->len;
    if (i < 0) {
        i = i + len < 0 ? 0 : i + len;
    }
    if (i > len) {
        i = len;
    }
    dq_put(d, v, false);
    for (fe_int_t k = len; k > i; k--) {
        *dq_slot(d, (size_t)k) = *dq_slot(d, (size_t)k - 1);
    }
    *dq_slot(d, (size_t)i) = v;
    return fe_none;
}
static FE_DEFINE_FUN_3(deque_insert_obj, Q_insert, deque_insert);
#endif

static const fe_map_elem_t deque_locals_table[] = {
    {FE_ROM_QSTR(Q_append), FE_ROM_PTR(&deque_append_obj)},
    {FE_ROM_QSTR(Q_appendleft), FE_ROM_PTR(&deque_appendleft_obj)},
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&deque_clear_obj)},
    {FE_ROM_QSTR(Q_extend), FE_ROM_PTR(&deque_extend_obj)},
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&deque_pop_obj)},
    {FE_ROM_QSTR(Q_popleft), FE_ROM_PTR(&deque_popleft_obj)},
#if FE_COLLECTIONS_EXTRA
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&deque_copy_obj)},
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&deque_count_obj)},
    {FE_ROM_QSTR(Q_extendleft), FE_ROM_PTR(&deque_extendleft_obj)},
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&deque_index_obj)},
    {FE_ROM_QSTR(Q_insert), FE_ROM_PTR(&deque_insert_obj)},
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&deque_remove_obj)},
    {FE_ROM_QSTR(Q_reverse), FE_ROM_PTR(&deque_reverse_obj)},
    {FE_ROM_QSTR(Q_rotate), FE_ROM_PTR(&deque_rotate_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_table);

const fe_type_t fe_type_deque = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals_dict = (struct fe_dict *)&deque_locals_dict,
};

// ---- dict subtypes: OrderedDict, defaultdict ------------------------------------------------

typedef struct {
    fe_dict_t dict;
    fe_obj_t default_factory;  // fe_none when unset
} defaultdict_t;

extern const fe_type_t fe_type_OrderedDict, fe_type_defaultdict;

// Forwards an operator to dict's slot through a plain-dict header sharing this map.
static fe_obj_t dict_sub_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs, const fe_type_t *type) {
    fe_dict_t *self = fe_native_self(lhs, type);
    if (self == FE_NULL) {
        // the reflected try (dict == OrderedDict ...): dict's slot with a plain view of rhs
        fe_dict_t *other = fe_native_self(rhs, type);
        if (other == FE_NULL || op == FE_BINARY_INPLACE_OR) {
            return FE_NULL;
        }
        fe_dict_t view = *other;
        view.base.type = &fe_type_dict;
        return fe_type_dict.binary_op(op, lhs, &view);
    }
    fe_dict_t view = *self;
    view.base.type = &fe_type_dict;
    fe_obj_t r = fe_type_dict.binary_op(op, &view, rhs);
    self->map = view.map;  // in-place operators may have grown the table
    if (r == (fe_obj_t)&view) {
        return lhs;
    }
    if (op == FE_BINARY_OR && fe_obj_is_type_ptr(r, &fe_type_dict)) {
        // a | b keeps the type of a (r is a new dict nothing else refers to)
#if FE_COLLECTIONS_EXTRA
        if (type == &fe_type_defaultdict) {
            defaultdict_t *dd = fe_new(defaultdict_t);
            dd->dict = *(fe_dict_t *)r;
            dd->dict.base.type = type;
            dd->default_factory = ((defaultdict_t *)self)->default_factory;
            return dd;
        }
#endif
        ((fe_dict_t *)r)->base.type = type;
    }
    return r;
}

static fe_obj_t dict_sub_unary_op(fe_unary_op_t op, fe_obj_t self) {
    if (op == FE_UNARY_HASH) {
        fe_raise_fmt(&fe_type_TypeError, "unhashable type: 'collections.%q'", (qstr)fe_typeof(self)->name);
    }
    return fe_type_dict.unary_op(op, self);
}

// dict's own methods accept exact dicts only (and instances of Python subclasses), so they
// are called on an instance of these types with its header temporarily saying `dict`. The
// data layout is the same (an fe_dict_t comes first), and views or iterators made by the
// call keep pointing at this object's map. The header is restored however the call ends.
static fe_dict_t *dict_sub_native(fe_obj_t o) {
    fe_dict_t *d = fe_native_self(o, &fe_type_OrderedDict);
#if FE_COLLECTIONS_EXTRA
    if (d == FE_NULL) {
        d = fe_native_self(o, &fe_type_defaultdict);
    }
#endif
    if (d == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'dict' object but received a '%T'", o);
    }
    return d;
}

static fe_obj_t call_as_dict(qstr name, size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_dict_t *volatile d = dict_sub_native(args[0]);
    size_t n_kw = kw != NULL ? kw->used : 0;
    fe_obj_t *call = fe_alloc((n_args + 1 + 2 * n_kw) * sizeof(fe_obj_t));
    memcpy(call + 2, args + 1, (n_args - 1) * sizeof(fe_obj_t));
    if (n_kw) {
        memcpy(call + 1 + n_args, kw->table, n_kw * sizeof(fe_map_elem_t));
    }
    const fe_type_t *volatile saved = d->base.type;
    fe_handler_t h;
    if (FE_TRY(h)) {
        d->base.type = &fe_type_dict;
        fe_load_method(d, name, call);
        fe_obj_t r = fe_call_method(n_args - 1, n_kw, call);
        fe_handler_pop(&h);
        d->base.type = saved;
        return r == (fe_obj_t)d ? args[0] : r;
    }
    d->base.type = saved;
    fe_raise(h.exc);
}

// One forwarder per dict method (the qstr generator needs the names spelled out).
#define DICT_FORWARD(cname, qname, nmin) \
    static fe_obj_t fwd_##cname(size_t n_args, const fe_obj_t *args, fe_map_t *kw) { \
        return call_as_dict(qname, n_args, args, kw); \
    } \
    static FE_DEFINE_FUN_KW(fwd_##cname##_obj, qname, nmin, fwd_##cname);
DICT_FORWARD(clear, Q_clear, 1)
DICT_FORWARD(get, Q_get, 2)
DICT_FORWARD(items, Q_items, 1)
DICT_FORWARD(keys, Q_keys, 1)
DICT_FORWARD(pop, Q_pop, 2)
#if FE_COLLECTIONS_EXTRA
DICT_FORWARD(popitem, Q_popitem, 1)
#endif
DICT_FORWARD(setdefault, Q_setdefault, 2)
DICT_FORWARD(update, Q_update, 1)
DICT_FORWARD(values, Q_values, 1)
DICT_FORWARD(contains, Q___contains__, 2)
DICT_FORWARD(reversed, Q___reversed__, 1)

static fe_obj_t dict_sub_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    fe_obj_t args[1] = {self};
    fe_obj_t keys = call_as_dict(Q_keys, 1, args, NULL);
    return fe_getiter(keys, buf);
}

#define DICT_FORWARD_ENTRIES \
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&fwd_contains_obj)}, \
    {FE_ROM_QSTR(Q___reversed__), FE_ROM_PTR(&fwd_reversed_obj)}, \
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&fwd_clear_obj)}, \
    {FE_ROM_QSTR(Q_get), FE_ROM_PTR(&fwd_get_obj)}, \
    {FE_ROM_QSTR(Q_items), FE_ROM_PTR(&fwd_items_obj)}, \
    {FE_ROM_QSTR(Q_keys), FE_ROM_PTR(&fwd_keys_obj)}, \
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&fwd_pop_obj)}, \
    {FE_ROM_QSTR(Q_setdefault), FE_ROM_PTR(&fwd_setdefault_obj)}, \
    {FE_ROM_QSTR(Q_update), FE_ROM_PTR(&fwd_update_obj)}, \
    {FE_ROM_QSTR(Q_values), FE_ROM_PTR(&fwd_values_obj)}

// Fills a new instance from (positional..., keyword pairs...) via dict.update.
static void dict_sub_update(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args == 0 && n_kw == 0) {
        return;
    }
    size_t n = n_args + 2 * n_kw;
    fe_obj_t *call = fe_alloc((n + 2) * sizeof(fe_obj_t));
    fe_load_method(self, Q_update, call);
    memcpy(call + 2, args, n * sizeof(fe_obj_t));
    fe_call_method(n_args, n_kw, call);
}

static fe_obj_t ordereddict_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args > 1) {
        fe_raise_fmt(&fe_type_TypeError, "expected at most 1 argument, got %d", (int)n_args);
    }
    fe_dict_t *d = fe_new(fe_dict_t);
    d->base.type = &fe_type_OrderedDict;
    fe_map_init(&d->map, 0);
    dict_sub_update(d, n_args, n_kw, args);
    return d;
}

static fe_obj_t items_list(fe_dict_t *d) {
    fe_obj_t list = fe_list_new(0, NULL);
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(&d->map, &pos)) != NULL) {
        fe_obj_t t[2] = {e->key, e->value};
        fe_list_append(list, fe_tuple_new(2, t));
    }
    return list;
}

static void ordereddict_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_dict_t *d = self;
    if (d->map.count == 0) {
        fe_print_str(print, "OrderedDict()");
    } else {
        fe_printf(print, "OrderedDict(%r)", items_list(d));
    }
}

static void ordereddict_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    if (!fe_repr_guard_call(print, self, kind, ordereddict_print_body)) {
        fe_print_str(print, "...");  // an OrderedDict containing itself
    }
}

static fe_obj_t ordereddict_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    fe_dict_t *a = fe_native_self(lhs, &fe_type_OrderedDict);
    fe_dict_t *b = fe_native_self(rhs, &fe_type_OrderedDict);
    if ((op == FE_BINARY_EQUAL || op == FE_BINARY_NOT_EQUAL) && a != NULL && b != NULL) {
        // between two OrderedDicts equality is order-sensitive
        return fe_binary_op(op, items_list(a), items_list(b));
    }
    return dict_sub_binary_op(op, lhs, rhs, &fe_type_OrderedDict);
}

static fe_obj_t ordereddict_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    return fe_type_dict.subscr(self, index, value);
}

#if FE_COLLECTIONS_RARE
static fe_obj_t ordereddict_move_to_end(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL}, {Q_key, FE_ARG_REQUIRED, FE_NULL},
        {Q_last, FE_ARG_OBJ, fe_true},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    fe_dict_t *d = fe_native_self(a[0], &fe_type_OrderedDict);
    if (d == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "move_to_end() requires an OrderedDict");
    }
    fe_map_elem_t *e = fe_map_lookup(&d->map, a[1], FE_MAP_LOOKUP_REMOVE);
    if (e == NULL) {
        fe_raise(fe_exc_new(&fe_type_KeyError, 1, &a[1]));
    }
    fe_obj_t key = e->key, value = e->value;
    if (fe_is_true(a[2])) {
        fe_map_lookup(&d->map, key, FE_MAP_LOOKUP_ADD_IF_MISSING)->value = value;
        return fe_none;
    }
    // to the front: rebuild the map with this entry first
    fe_obj_t rest = items_list(d);
    fe_map_clear(&d->map);
    fe_map_lookup(&d->map, key, FE_MAP_LOOKUP_ADD_IF_MISSING)->value = value;
    size_t n;
    fe_obj_t *items;
    fe_list_get(rest, &n, &items);
    for (size_t i = 0; i < n; i++) {
        fe_tuple_t *t = items[i];
        fe_map_lookup(&d->map, t->items[0], FE_MAP_LOOKUP_ADD_IF_MISSING)->value = t->items[1];
    }
    return fe_none;
}
static FE_DEFINE_FUN_KW(ordereddict_move_to_end_obj, Q_move_to_end, 1, ordereddict_move_to_end);
#endif

static fe_obj_t ordereddict_popitem(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL}, {Q_last, FE_ARG_OBJ, fe_true},
    };
    fe_obj_t a[2];
    fe_parse_args(n_args, args, kw, 2, spec, a);
    fe_dict_t *d = fe_native_self(a[0], &fe_type_OrderedDict);
    if (d == FE_NULL || d->map.count == 0) {
        fe_raise_msg(&fe_type_KeyError, "dictionary is empty");
    }
    bool last = fe_is_true(a[1]);
    size_t pos = 0;
    fe_map_elem_t *e, *pick = NULL;
    while ((e = fe_map_next(&d->map, &pos)) != NULL) {
        pick = e;
        if (!last) {
            break;
        }
    }
    fe_obj_t t[2] = {pick->key, pick->value};
    fe_map_lookup(&d->map, t[0], FE_MAP_LOOKUP_REMOVE);
    return fe_tuple_new(2, t);
}
static FE_DEFINE_FUN_KW(ordereddict_popitem_obj, Q_popitem, 1, ordereddict_popitem);

static fe_obj_t ordereddict_copy(fe_obj_t self) {
    fe_dict_t *d = fe_native_self(self, &fe_type_OrderedDict);
    fe_obj_t r = ordereddict_make_new(&fe_type_OrderedDict, 0, 0, NULL);
    if (d != FE_NULL) {
        dict_sub_update(r, 1, 0, (fe_obj_t *)&d);
    }
    return r;
}
static FE_DEFINE_FUN_1(ordereddict_copy_obj, Q_copy, ordereddict_copy);

static const fe_map_elem_t ordereddict_locals_table[] = {
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&ordereddict_copy_obj)},
#if FE_COLLECTIONS_RARE
    {FE_ROM_QSTR(Q_move_to_end), FE_ROM_PTR(&ordereddict_move_to_end_obj)},
#endif
    {FE_ROM_QSTR(Q_popitem), FE_ROM_PTR(&ordereddict_popitem_obj)},
    DICT_FORWARD_ENTRIES,
};
static FE_DEFINE_CONST_DICT(ordereddict_locals_dict, ordereddict_locals_table);

const fe_type_t fe_type_OrderedDict = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_OrderedDict,
    .print = ordereddict_print,
    .make_new = ordereddict_make_new,
    .unary_op = dict_sub_unary_op,
    .binary_op = ordereddict_binary_op,
    .subscr = ordereddict_subscr,
    .getiter = dict_sub_getiter,
    .parent = &fe_type_dict,
    .locals_dict = (struct fe_dict *)&ordereddict_locals_dict,
};

#if FE_COLLECTIONS_EXTRA
static fe_obj_t defaultdict_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_obj_t factory = fe_none;
    if (n_args > 0) {
        factory = args[0];
        if (factory != fe_none && !fe_is_callable(factory)) {
            fe_raise_msg(&fe_type_TypeError, "first argument must be callable or None");
        }
        args++;
        n_args--;
    }
    defaultdict_t *d = fe_new(defaultdict_t);
    d->dict.base.type = &fe_type_defaultdict;
    fe_map_init(&d->dict.map, 0);
    d->default_factory = factory;
    dict_sub_update(d, n_args, n_kw, args);
    return d;
}

static void defaultdict_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    defaultdict_t *d = self;
    fe_printf(print, "defaultdict(%r, ", d->default_factory);
    fe_dict_t view = d->dict;
    view.base.type = &fe_type_dict;
    // print the dict part through dict's slot; recursion is guarded on `self` by the caller
    fe_type_dict.print(print, &view, kind);
    fe_print_str(print, ")");
}

static fe_obj_t defaultdict_missing(fe_obj_t self, fe_obj_t key) {
    defaultdict_t *d = fe_native_self(self, &fe_type_defaultdict);
    if (d == FE_NULL || d->default_factory == fe_none) {
        fe_raise(fe_exc_new(&fe_type_KeyError, 1, &key));
    }
    fe_obj_t value = fe_call0(d->default_factory);
    fe_map_lookup(&d->dict.map, key, FE_MAP_LOOKUP_ADD_IF_MISSING)->value = value;
    return value;
}
static FE_DEFINE_FUN_2(defaultdict_missing_obj, Q___missing__, defaultdict_missing);

static fe_obj_t defaultdict_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    if (value == FE_SUBSCR_LOAD) {
        defaultdict_t *d = self;
        fe_map_elem_t *e = fe_map_lookup(&d->dict.map, index, FE_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
        return defaultdict_missing(self, index);
    }
    return fe_type_dict.subscr(self, index, value);
}

static fe_obj_t defaultdict_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    return dict_sub_binary_op(op, lhs, rhs, &fe_type_defaultdict);
}

static void defaultdict_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (attr != Q_default_factory) {
        return;
    }
    defaultdict_t *d = self;
    if (dest[0] == FE_NULL) {
        dest[0] = d->default_factory;
    } else if (dest[0] == FE_ATTR_STORE_MARK && dest[1] != FE_NULL) {
        d->default_factory = dest[1];
        dest[0] = FE_NULL;
    }
}

static fe_obj_t defaultdict_copy(fe_obj_t self) {
    defaultdict_t *d = fe_native_self(self, &fe_type_defaultdict);
    fe_obj_t args[2] = {d->default_factory, (fe_obj_t)d};
    return defaultdict_make_new(&fe_type_defaultdict, 2, 0, args);
}
static FE_DEFINE_FUN_1(defaultdict_copy_obj, Q_copy, defaultdict_copy);

static const fe_map_elem_t defaultdict_locals_table[] = {
    {FE_ROM_QSTR(Q___missing__), FE_ROM_PTR(&defaultdict_missing_obj)},
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&defaultdict_copy_obj)},
    {FE_ROM_QSTR(Q_popitem), FE_ROM_PTR(&fwd_popitem_obj)},
    DICT_FORWARD_ENTRIES,
};
static FE_DEFINE_CONST_DICT(defaultdict_locals_dict, defaultdict_locals_table);

const fe_type_t fe_type_defaultdict = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_defaultdict,
    .print = defaultdict_print,
    .make_new = defaultdict_make_new,
    .unary_op = dict_sub_unary_op,
    .binary_op = defaultdict_binary_op,
    .attr = defaultdict_attr,
    .subscr = defaultdict_subscr,
    .getiter = dict_sub_getiter,
    .parent = &fe_type_dict,
    .locals_dict = (struct fe_dict *)&defaultdict_locals_dict,
};
#endif

// ---- namedtuple ----------------------------------------------------------------------------

// The getter of field `index`: bound as (index, self).
static fe_obj_t nt_field_get(fe_obj_t index, fe_obj_t self) {
    fe_obj_t t = fe_native_self(self, &fe_type_tuple);
    if (t == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "descriptor requires a tuple");
    }
    size_t len;
    fe_obj_t *items;
    fe_tuple_get(t, &len, &items);
    size_t i = (size_t)FE_SMALL_INT_VALUE(index);
    if (i >= len) {
        fe_raise_msg(&fe_type_IndexError, "tuple index out of range");
    }
    return items[i];
}
static FE_DEFINE_FUN_2(nt_field_get_obj, Q__tuplegetter, nt_field_get);

static fe_obj_t nt_field_set(fe_obj_t self, fe_obj_t value) {
    fe_raise_msg(&fe_type_AttributeError, "can't set attribute");
}
static FE_DEFINE_FUN_2(nt_field_set_obj, Q__tuplegetter, nt_field_set);

static void nt_fields(fe_obj_t cls, size_t *n, fe_obj_t **fields) {
    fe_obj_t f = fe_load_attr(cls, Q__fields);
    fe_tuple_get(f, n, fields);
}

// The fields of self's class and self's items; returns how many of both there are.
static size_t nt_self(fe_obj_t self, fe_obj_t **fields, fe_obj_t **items) {
    size_t n, len;
    nt_fields((fe_obj_t)fe_typeof(self), &n, fields);
    fe_tuple_get(fe_native_self(self, &fe_type_tuple), &len, items);
    return n < len ? n : len;
}

// tuple.__new__(cls, values)
static fe_obj_t nt_build(fe_obj_t cls, fe_obj_t values) {
    fe_obj_t tuple_new = fe_load_attr((fe_obj_t)&fe_type_tuple, Q___new__);
    return fe_call2(tuple_new, cls, values);
}

// Stores into v[i] the value kw gives for fields[i] (i < n); a field also among the first
// n_given positional values is an error. Returns the list of keywords that name no field.
static fe_obj_t nt_apply_kw(fe_obj_t *fields, size_t n, fe_obj_t *v, size_t n_given, fe_map_t *kw,
                            qstr cname) {
    fe_obj_t unknown = fe_list_new(0, NULL);
    if (kw == NULL) {
        return unknown;
    }
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        fe_map_elem_t *e = kw->count ? fe_map_lookup(kw, fields[i], FE_MAP_LOOKUP) : NULL;
        if (e != NULL) {
            if (i < n_given) {
                fe_raise_fmt(&fe_type_TypeError, "%q.__new__() got multiple values for argument '%S'",
                             cname, fields[i]);
            }
            v[i] = e->value;
            used++;
        }
    }
    if (used < kw->count) {
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(kw, &pos)) != NULL) {
            bool known = false;
            for (size_t i = 0; i < n && !known; i++) {
                known = fe_equal(fields[i], e->key);
            }
            if (!known) {
                fe_list_append(unknown, e->key);
            }
        }
    }
    return unknown;
}

// __new__(cls, *args, **kw): the values by position, keyword, or default.
static fe_obj_t nt_new(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_obj_t cls = args[0];
    qstr cname = ((const fe_type_t *)cls)->name;
    size_t n;
    fe_obj_t *fields;
    nt_fields(cls, &n, &fields);
    if (n_args - 1 > n) {
        fe_raise_fmt(&fe_type_TypeError, "%q.__new__() takes %d positional arguments but %d were given",
                     cname, (int)n + 1, (int)n_args);
    }
    fe_obj_t values = fe_tuple_new(n, NULL);
    fe_obj_t *v = ((fe_tuple_t *)values)->items;
    for (size_t i = 0; i < n_args - 1; i++) {
        v[i] = args[1 + i];
    }
    fe_list_t *unknown = nt_apply_kw(fields, n, v, n_args - 1, kw, cname);
    if (unknown->len > 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q.__new__() got an unexpected keyword argument '%S'",
                     cname, unknown->items[0]);
    }
    fe_obj_t defaults = fe_load_attr(cls, Q__field_defaults);
    size_t missing = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == FE_NULL) {
            fe_obj_t d = fe_dict_get_maybe(defaults, fields[i]);
            if (d != FE_NULL) {
                v[i] = d;
            } else {
                missing++;
            }
        }
    }
    if (missing > 0) {
        // CPython: "missing 2 required positional arguments: 'x' and 'y'"
        fe_vstr_t names;
        fe_vstr_init(&names, 16);
        fe_print_t p;
        fe_vstr_print_init(&names, &p);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (v[i] == FE_NULL) {
                if (k > 0) {
                    fe_print_str(&p, missing == 2 ? " and " : (k == missing - 1 ? ", and " : ", "));
                }
                fe_printf(&p, "'%S'", fields[i]);
                k++;
            }
        }
        fe_raise_fmt(&fe_type_TypeError, "%q.__new__() missing %d required positional argument%s: %S",
                     cname, (int)missing, missing == 1 ? "" : "s", fe_str_from_vstr(&names));
    }
    return nt_build(cls, values);
}
static FE_DEFINE_FUN_KW(nt_new_obj, Q___new__, 1, nt_new);
static FE_DEFINE_CONST_STATICMETHOD(nt_new_static_obj, &nt_new_obj);

static fe_obj_t nt_repr(fe_obj_t self) {
    fe_obj_t *fields, *items;
    size_t n = nt_self(self, &fields, &items);
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    fe_print_t p;
    fe_vstr_print_init(&v, &p);
    fe_printf(&p, "%q(", (qstr)fe_typeof(self)->name);
    for (size_t i = 0; i < n; i++) {
        fe_printf(&p, i ? ", %S=%r" : "%S=%r", fields[i], items[i]);
    }
    fe_print_str(&p, ")");
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(nt_repr_obj, Q___repr__, nt_repr);

static fe_obj_t nt_asdict(fe_obj_t self) {
    fe_obj_t *fields, *items;
    size_t n = nt_self(self, &fields, &items);
    fe_obj_t d = fe_dict_new(n);
    for (size_t i = 0; i < n; i++) {
        fe_dict_store(d, fields[i], items[i]);
    }
    return d;
}
static FE_DEFINE_FUN_1(nt_asdict_obj, Q__asdict, nt_asdict);

#if FE_COLLECTIONS_RARE
static fe_obj_t nt_replace(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 1) {
        fe_raise_fmt(&fe_type_TypeError, "%q._replace() takes 1 positional argument but %d were given",
                     (qstr)fe_typeof(args[0])->name, (int)n_args);
    }
    fe_obj_t self = args[0];
    fe_obj_t *fields, *items;
    size_t n = nt_self(self, &fields, &items);
    size_t len;
    fe_tuple_get(fe_native_self(self, &fe_type_tuple), &len, &items);
    fe_obj_t values = fe_tuple_new(len, items);
    fe_list_t *unknown = nt_apply_kw(fields, n, ((fe_tuple_t *)values)->items, 0, kw, 0);
    if (unknown->len > 0) {
        fe_raise_fmt(&fe_type_ValueError, "Got unexpected field names: %r", unknown);
    }
    return nt_build((fe_obj_t)fe_typeof(self), values);
}
static FE_DEFINE_FUN_KW(nt_replace_obj, Q__replace, 1, nt_replace);

static fe_obj_t nt_make(fe_obj_t cls, fe_obj_t iterable) {
    size_t n;
    fe_obj_t *fields;
    nt_fields(cls, &n, &fields);
    fe_obj_t values = fe_list_new(0, NULL);
    fe_list_extend(values, iterable);
    size_t len;
    fe_obj_t *items;
    fe_list_get(values, &len, &items);
    if (len != n) {
        fe_raise_fmt(&fe_type_TypeError, "Expected %d arguments, got %d", (int)n, (int)len);
    }
    return nt_build(cls, fe_tuple_new(len, items));
}
static FE_DEFINE_FUN_2(nt_make_obj, Q__make, nt_make);
static FE_DEFINE_CONST_CLASSMETHOD(nt_make_class_obj, &nt_make_obj);
#endif

// Builtin functions are not descriptors, so a method taking self is stored in the class as
// a property whose getter, (fun, self) -> bound method, does the binding.
static fe_obj_t nt_bind(fe_obj_t fun, fe_obj_t self) {
    return fe_bound_method_new(fun, self);
}
static FE_DEFINE_FUN_2(nt_bind_obj, Q__bind, nt_bind);

static fe_obj_t nt_method(const fe_builtin_fun_t *fun) {
    fe_obj_t getter = fe_bound_method_new((fe_obj_t)&nt_bind_obj, (fe_obj_t)fun);
    return fe_call1((fe_obj_t)&fe_type_property, getter);
}

// A keyword, as the lexer sees it (name is already a valid identifier, so its first token
// is a NAME or a keyword).
static bool is_keyword(fe_obj_t name) {
    size_t len;
    const char *s = fe_str_data(name, &len);
    fe_lexer_t lex;
    fe_lex_init(&lex, s, len, Q_namedtuple);
    fe_lex_next(&lex);
    return lex.tok.kind >= FE_TOK_KW_False && lex.tok.kind <= FE_TOK_KW_yield;
}

static bool is_identifier(fe_obj_t name) {
    fe_obj_t m[2];
    fe_load_method(name, Q_isidentifier, m);
    return fe_is_true(fe_call_method(0, 0, m));
}

static fe_obj_t collections_namedtuple(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_typename, FE_ARG_REQUIRED, FE_NULL}, {Q_field_names, FE_ARG_REQUIRED, FE_NULL},
#if FE_COLLECTIONS_EXTRA
        {Q_rename, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_false},
        {Q_defaults, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
        {Q_module, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
#endif
    };
    fe_obj_t a[5] = {FE_NULL, FE_NULL, fe_false, fe_none, fe_none};
    fe_parse_args(n_args, args, kw, FE_ARRAY_SIZE(spec), spec, a);
    fe_obj_t typename = a[0];
    if (!fe_is_str(typename)) {
        fe_raise_fmt(&fe_type_TypeError, "namedtuple() argument 1 must be str, not %T", typename);
    }
    fe_obj_t names = a[1];
    if (fe_is_str(names)) {
        // commas count as whitespace
        fe_obj_t m[3];
        fe_load_method(names, Q_replace, m);
        fe_obj_t args2[4] = {m[0], m[1], fe_str_new(",", 1), fe_str_new(" ", 1)};
        names = fe_call_method(2, 0, args2);
        fe_load_method(names, Q_split, m);
        names = fe_call_method(0, 0, m);
    } else {
        fe_obj_t list = fe_list_new(0, NULL);
        fe_list_extend(list, names);
        names = list;
    }
    size_t n;
    fe_obj_t *items;
    fe_list_get(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (!fe_is_str(items[i])) {
            fe_raise_msg(&fe_type_TypeError, "Type names and field names must be strings");
        }
        items[i] = fe_str(items[i]);
    }
    bool rename = fe_is_true(a[2]);
#if FE_COLLECTIONS_EXTRA
    if (rename) {
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *s = fe_str_data(items[i], &len);
            bool dup = false;
            for (size_t j = 0; j < i && !dup; j++) {
                dup = fe_equal(items[i], items[j]);
            }
            if (!is_identifier(items[i]) || is_keyword(items[i]) || (len > 0 && s[0] == '_') || dup) {
                fe_vstr_t v;
                fe_vstr_init(&v, 8);
                fe_print_t p;
                fe_vstr_print_init(&v, &p);
                fe_printf(&p, "_%u", (unsigned)i);
                items[i] = fe_str_from_vstr(&v);
            }
        }
    }
#endif
    for (size_t i = 0; i <= n; i++) {
        fe_obj_t name = i == 0 ? typename : items[i - 1];
        if (!is_identifier(name)) {
            fe_raise_fmt(&fe_type_ValueError, "Type names and field names must be valid identifiers: %r", name);
        }
        if (is_keyword(name)) {
            fe_raise_fmt(&fe_type_ValueError, "Type names and field names cannot be a keyword: %r", name);
        }
    }
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = fe_str_data(items[i], &len);
        if (!rename && len > 0 && s[0] == '_') {
            fe_raise_fmt(&fe_type_ValueError, "Field names cannot start with an underscore: %r", items[i]);
        }
        for (size_t j = 0; j < i; j++) {
            if (fe_equal(items[i], items[j])) {
                fe_raise_fmt(&fe_type_ValueError, "Encountered duplicate field name: %r", items[i]);
            }
        }
    }
    fe_obj_t fields = fe_tuple_new(n, items);
    fe_obj_t field_defaults = fe_dict_new(0);
#if FE_COLLECTIONS_EXTRA
    if (a[3] != fe_none) {
        fe_obj_t dl = fe_list_new(0, NULL);
        fe_list_extend(dl, a[3]);
        size_t nd;
        fe_obj_t *ditems;
        fe_list_get(dl, &nd, &ditems);
        if (nd > n) {
            fe_raise_msg(&fe_type_TypeError, "Got more default values than field names");
        }
        for (size_t i = 0; i < nd; i++) {
            fe_dict_store(field_defaults, items[n - nd + i], ditems[i]);
        }
    }
#endif
    fe_obj_t ns = fe_dict_new(8 + n);
    fe_dict_store(ns, FE_NEW_QSTR(Q___slots__), fe_empty_tuple);
    fe_dict_store(ns, FE_NEW_QSTR(Q__fields), fields);
    fe_dict_store(ns, FE_NEW_QSTR(Q__field_defaults), field_defaults);
    fe_dict_store(ns, FE_NEW_QSTR(Q___match_args__), fields);
    fe_dict_store(ns, FE_NEW_QSTR(Q___new__), (fe_obj_t)&nt_new_static_obj);
    fe_dict_store(ns, FE_NEW_QSTR(Q___repr__), nt_method(&nt_repr_obj));
    fe_dict_store(ns, FE_NEW_QSTR(Q__asdict), nt_method(&nt_asdict_obj));
#if FE_COLLECTIONS_RARE
    fe_dict_store(ns, FE_NEW_QSTR(Q__replace), nt_method(&nt_replace_obj));
    fe_dict_store(ns, FE_NEW_QSTR(Q__make), (fe_obj_t)&nt_make_class_obj);
#endif
#if FE_COLLECTIONS_EXTRA
    if (a[4] != fe_none) {
        fe_dict_store(ns, FE_NEW_QSTR(Q___module__), a[4]);
    }
#endif
    for (size_t i = 0; i < n; i++) {
        fe_obj_t getter = fe_bound_method_new((fe_obj_t)&nt_field_get_obj, FE_NEW_SMALL_INT(i));
        fe_dict_store(ns, items[i], fe_call2((fe_obj_t)&fe_type_property, getter, (fe_obj_t)&nt_field_set_obj));
    }
    fe_obj_t bases = fe_tuple_new(1, (fe_obj_t[]){(fe_obj_t)&fe_type_tuple});
    fe_obj_t targs[3] = {typename, bases, ns};
    return fe_call((fe_obj_t)&fe_type_type, 3, 0, targs);
}
static FE_DEFINE_FUN_KW(collections_namedtuple_obj, Q_namedtuple, 2, collections_namedtuple);

static const fe_map_elem_t collections_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_collections)},
    {FE_ROM_QSTR(Q_deque), FE_ROM_PTR(&fe_type_deque)},
    {FE_ROM_QSTR(Q_namedtuple), FE_ROM_PTR(&collections_namedtuple_obj)},
    {FE_ROM_QSTR(Q_OrderedDict), FE_ROM_PTR(&fe_type_OrderedDict)},
#if FE_COLLECTIONS_EXTRA
    {FE_ROM_QSTR(Q_defaultdict), FE_ROM_PTR(&fe_type_defaultdict)},
#endif
};
static FE_DEFINE_CONST_DICT(collections_globals, collections_globals_table);

const fe_module_t fe_module_collections = {{&fe_type_module}, (fe_dict_t *)&collections_globals};
