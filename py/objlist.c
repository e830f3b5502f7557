// py/objlist.c: the list type (a growable array of object words).
//
// items[0 .. len) are the elements; items[len .. alloc) are spare and kept FE_NULL where
// cheap, so that the conservative GC does not retain removed objects. Every loop that
// calls back into Python (==, <, __index__ ...) re-reads len and items after the call,
// because the callee may have changed the list.
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

static fe_list_t *list_native(fe_obj_t o) {
    fe_list_t *l = fe_seq_native(o, &fe_type_list);
    if (l == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'list' object but received a '%T'", o);
    }
    return l;
}

static void list_reserve(fe_list_t *l, size_t need) {
    if (need <= l->alloc) {
        return;
    }
    size_t new_alloc = l->alloc + l->alloc / 2 + 4;
    if (new_alloc < need) {
        new_alloc = need;
    }
    if (new_alloc > (size_t)-1 / sizeof(fe_obj_t)) {
        fe_raise_memory_error();
    }
    // grows in place when the heap allows; new space past len is zeroed or unused
    l->items = fe_realloc(l->items, new_alloc * sizeof(fe_obj_t));
    l->alloc = new_alloc;
}

fe_obj_t fe_list_new(size_t n, const fe_obj_t *items) {
    fe_list_t *l = fe_new(fe_list_t);
    l->base.type = &fe_type_list;
    l->alloc = n < 4 ? 4 : n;
    if (l->alloc > (size_t)-1 / sizeof(fe_obj_t)) {
        fe_raise_memory_error();
    }
    l->items = fe_alloc(l->alloc * sizeof(fe_obj_t));
    l->len = n;
    if (items != NULL && n > 0) {
        memcpy(l->items, items, n * sizeof(fe_obj_t));
    }
    return l;
}

void fe_list_append(fe_obj_t list, fe_obj_t item) {
    fe_list_t *l = list_native(list);
    if (l->len == l->alloc) {
        list_reserve(l, l->len + 1);
    }
    l->items[l->len++] = item;
}

static void list_append_items(fe_list_t *l, const fe_obj_t *items, size_t n) {
    if (n == 0) {
        return;
    }
    bool self = items == l->items;
    list_reserve(l, l->len + n);
    if (self) {
        items = l->items;
    }
    memcpy(l->items + l->len, items, n * sizeof(fe_obj_t));
    l->len += n;
}

void fe_list_extend(fe_obj_t list, fe_obj_t iterable) {
    fe_list_t *l = list_native(list);
    if (fe_obj_is_type_ptr(iterable, &fe_type_list)) {
        fe_list_t *o = iterable;
        list_append_items(l, o->items, o->len);
        return;
    }
    if (fe_obj_is_type_ptr(iterable, &fe_type_tuple)) {
        fe_tuple_t *t = iterable;
        list_append_items(l, t->items, t->len);
        return;
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(iterable, &buf);
    fe_obj_t x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (l->len == l->alloc) {
            list_reserve(l, l->len + 1);
        }
        l->items[l->len++] = x;
    }
}

void fe_list_get(fe_obj_t list, size_t *len, fe_obj_t **items) {
    fe_list_t *l = list_native(list);
    *len = l->len;
    *items = l->items;
}

static void list_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_list_t *l = self;
    fe_print_strn(print, "[", 1);
    fe_seq_print_items(print, l->items, l->len);
    fe_print_strn(print, "]", 1);
}

static void list_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    if (!fe_repr_guard_call(print, self, kind, list_print_body)) {
        fe_print_strn(print, "[...]", 5);
    }
}

static fe_obj_t list_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_list, n_args, n_kw, 0, 1);
    fe_obj_t l = fe_list_new(0, NULL);
    if (n_args == 1) {
        fe_list_extend(l, args[0]);
    }
    return l;
}

static fe_obj_t list_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_list_t *l = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(l->len != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(l->len);
        case FE_UNARY_HASH: fe_raise_msg(&fe_type_TypeError, "unhashable type: 'list'");
        default: return FE_NULL;
    }
}

static void list_clear_tail(fe_list_t *l, size_t from, size_t to) {
    for (size_t i = from; i < to && i < l->alloc; i++) {
        l->items[i] = FE_NULL;
    }
}

static fe_obj_t list_repeat(fe_list_t *l, size_t count) {
    fe_list_t *r = fe_list_new(fe_seq_repeat_len(l->len, count), NULL);
    fe_seq_repeat_fill(r->items, l->items, l->len, count);
    return r;
}

static bool list_contains(fe_list_t *l, fe_obj_t x) {
    return fe_seq_contains(&l->items, &l->len, x);
}

static fe_obj_t list_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    // called as (op, lhs, rhs) also when only rhs is a list (the reflected try)
    if (!fe_obj_is_type_ptr(lhs, &fe_type_list)) {
        size_t count;
        if (op == FE_BINARY_MULTIPLY && fe_obj_is_type_ptr(rhs, &fe_type_list) && fe_seq_reflected_count_ok(lhs)
            && fe_seq_repeat_count(lhs, &count)) {
            return list_repeat(rhs, count);
        }
        return FE_NULL;
    }
    fe_list_t *l = lhs;
    switch (op) {
        case FE_BINARY_ADD: {
            fe_list_t *o = fe_seq_native(rhs, &fe_type_list);
            if (o == FE_NULL) {
                if (fe_typeof(rhs)->flags & FE_TYPE_FLAG_USER) {
                    return FE_NULL;
                }
                fe_raise_fmt(&fe_type_TypeError, "can only concatenate list (not \"%T\") to list", rhs);
            }
            fe_list_t *r = fe_list_new(l->len + o->len, NULL);
            memcpy(r->items, l->items, l->len * sizeof(fe_obj_t));
            memcpy(r->items + l->len, o->items, o->len * sizeof(fe_obj_t));
            return r;
        }
        case FE_BINARY_INPLACE_ADD:
            fe_list_extend(l, rhs);
            return l;
        case FE_BINARY_MULTIPLY:
        case FE_BINARY_REVERSE_MULTIPLY: {
            size_t count;
            if (!fe_seq_repeat_count(rhs, &count)) {
                return FE_NULL;
            }
            return list_repeat(l, count);
        }
        case FE_BINARY_INPLACE_MULTIPLY: {
            size_t count;
            if (!fe_seq_repeat_count(rhs, &count)) {
                return FE_NULL;
            }
            size_t n = l->len;
            if (count == 0 || n == 0) {
                list_clear_tail(l, 0, n);
                l->len = 0;
                return l;
            }
            list_reserve(l, fe_seq_repeat_len(n, count));
            fe_seq_repeat_fill(l->items, l->items, n, count);
            l->len = n * count;
            return l;
        }
        case FE_BINARY_IN:
            return fe_bool(list_contains(l, rhs));
        case FE_BINARY_LESS:
        case FE_BINARY_MORE:
        case FE_BINARY_EQUAL:
        case FE_BINARY_LESS_EQUAL:
        case FE_BINARY_MORE_EQUAL:
        case FE_BINARY_NOT_EQUAL: {
            fe_list_t *o = fe_seq_native(rhs, &fe_type_list);
            if (o == FE_NULL) {
                return FE_NULL;
            }
            return fe_seq_compare(op, &l->items, &l->len, &o->items, &o->len);
        }
        default:
            return FE_NULL;
    }
}

// Replaces items [start, stop) by n new ones (items may alias the list's own array).
static void list_replace_range(fe_list_t *l, size_t start, size_t stop, const fe_obj_t *items, size_t n) {
    size_t old_len = l->len;
    size_t removed = stop - start;
    if (n > removed) {
        list_reserve(l, old_len + n - removed);
    }
    memmove(l->items + start + n, l->items + stop, (old_len - stop) * sizeof(fe_obj_t));
    if (n > 0) {
        memcpy(l->items + start, items, n * sizeof(fe_obj_t));
    }
    l->len = old_len + n - removed;
    if (l->len < old_len) {
        list_clear_tail(l, l->len, old_len);
    }
}

static void list_delete_slice(fe_list_t *l, fe_obj_t slice) {
    fe_bound_slice_t b;
    fe_slice_indices(slice, l->len, &b);
    if (b.len == 0) {
        return;
    }
    if (b.step == 1) {
        list_replace_range(l, b.start, b.start + b.len, NULL, 0);
        return;
    }
    fe_int_t start = b.start, step = b.step;
    if (step < 0) {
        start = start + (fe_int_t)(b.len - 1) * step;
        step = -step;
    }
    // compact: keep every item not at start + k * step (k < b.len)
    size_t out = (size_t)start;
    size_t next_del = (size_t)start;
    size_t deleted = 0;
    for (size_t i = (size_t)start; i < l->len; i++) {
        if (deleted < b.len && i == next_del) {
            deleted++;
            next_del += (size_t)step;
            continue;
        }
        l->items[out++] = l->items[i];
    }
    size_t old_len = l->len;
    l->len = out;
    list_clear_tail(l, out, old_len);
}

static void list_assign_slice(fe_list_t *l, fe_obj_t slice, fe_obj_t value) {
    size_t n;
    fe_obj_t *items;
    bool direct = false;  // value is a list or tuple whose items are read at the end
    if (value == l) {
        // a[i:j] = a: take a snapshot first
        fe_obj_t copy = fe_tuple_new(l->len, l->items);
        fe_tuple_get(copy, &n, &items);
    } else if (fe_obj_is_type_ptr(value, &fe_type_list) || fe_obj_is_type_ptr(value, &fe_type_tuple)) {
        direct = true;
    } else {
        const fe_type_t *t = fe_typeof(value);
        if (t->getiter == NULL && t->subscr == NULL && !(t->flags & FE_TYPE_FLAG_USER)) {
            fe_bound_slice_t b;
            fe_slice_indices(slice, l->len, &b);
            fe_raise_msg(&fe_type_TypeError, b.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        fe_get_array(value, &n, &items);  // a private copy: iterating may run Python code
    }
    // resolved after the conversion above, which may have changed the list
    fe_bound_slice_t b;
    fe_slice_indices(slice, l->len, &b);
    if (direct) {
        fe_get_array(value, &n, &items);  // no Python code runs from here on
    }
    if (b.step == 1) {
        size_t start = (size_t)b.start;
        size_t stop = start + b.len;
        list_replace_range(l, start, stop, items, n);
        return;
    }
    if (n != b.len) {
        fe_raise_fmt(&fe_type_ValueError, "attempt to assign sequence of size %u to extended slice of size %u",
                     (unsigned)n, (unsigned)b.len);
    }
    fe_int_t j = b.start;
    for (size_t i = 0; i < n; i++, j += b.step) {
        l->items[j] = items[i];
    }
}

static size_t list_index_of(fe_list_t *l, fe_obj_t index) {
    if (FE_IS_SMALL_INT(index)) {
        fe_int_t i = FE_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (fe_int_t)l->len;
        }
        if (i < 0 || (size_t)i >= l->len) {
            return (size_t)-1;
        }
        return (size_t)i;
    }
    // raises TypeError for a non-index, IndexError("list index out of range")
    return fe_get_seq_index(&fe_type_list, l->len, index);
}

static fe_obj_t list_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    fe_list_t *l = self;
    if (fe_obj_is_type_ptr(index, &fe_type_slice)) {
        if (value == FE_SUBSCR_LOAD) {
            fe_bound_slice_t b;
            fe_slice_indices(index, l->len, &b);
            fe_list_t *r = fe_list_new(b.len, NULL);
            fe_seq_take_slice(r->items, l->items, &b);
            return r;
        }
        if (value == FE_NULL) {
            list_delete_slice(l, index);
        } else {
            list_assign_slice(l, index, value);
        }
        return fe_none;
    }
    size_t i = list_index_of(l, index);
    if (i == (size_t)-1) {
        fe_raise_msg(&fe_type_IndexError, value == FE_SUBSCR_LOAD ? "list index out of range"
                                           : "list assignment index out of range");
    }
    if (value == FE_SUBSCR_LOAD) {
        return l->items[i];
    }
    if (value == FE_NULL) {
        list_replace_range(l, i, i + 1, NULL, 0);
    } else {
        l->items[i] = value;
    }
    return fe_none;
}

// ---- iterator ---------------------------------------------------------------------------

static fe_obj_t list_it_iternext(fe_obj_t self) {
    fe_seq_iter_t *it = self;
    fe_list_t *l = it->seq;
    if (l == FE_NULL || it->index >= l->len) {
        it->seq = FE_NULL;
        return FE_NULL;
    }
    return l->items[it->index++];
}

static const fe_type_t list_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .getiter = fe_iter_getiter_self,
    .name = Q_list_iterator,
    .iternext = list_it_iternext,
};

static fe_obj_t list_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    fe_seq_iter_t *it = buf ? (fe_seq_iter_t *)buf : fe_new(fe_seq_iter_t);
    it->base.type = &list_iterator_type;
    it->seq = self;
    it->index = 0;
    return it;
}

// ---- methods ----------------------------------------------------------------------------

static fe_obj_t list_append_m(fe_obj_t self, fe_obj_t x) {
    fe_list_append(self, x);
    return fe_none;
}
static FE_DEFINE_FUN_2(list_append_obj, Q_append, list_append_m);

static fe_obj_t list_extend_m(fe_obj_t self, fe_obj_t x) {
    fe_list_extend(self, x);
    return fe_none;
}
static FE_DEFINE_FUN_2(list_extend_obj, Q_extend, list_extend_m);

static fe_obj_t list_clear(fe_obj_t self) {
    fe_list_t *l = list_native(self);
    l->len = 0;
    l->alloc = 4;
    l->items = fe_alloc(4 * sizeof(fe_obj_t));
    return fe_none;
}
static FE_DEFINE_FUN_1(list_clear_obj, Q_clear, list_clear);

static fe_obj_t list_copy(fe_obj_t self) {
    fe_list_t *l = list_native(self);
    return fe_list_new(l->len, l->items);
}
static FE_DEFINE_FUN_1(list_copy_obj, Q_copy, list_copy);

static fe_obj_t list_count(fe_obj_t self, fe_obj_t x) {
    fe_list_t *l = list_native(self);
    return fe_seq_count(&l->items, &l->len, x);
}
static FE_DEFINE_FUN_2(list_count_obj, Q_count, list_count);

static fe_obj_t list_index(size_t n_args, const fe_obj_t *args) {
    fe_list_t *l = list_native(args[0]);
    fe_int_t i = fe_seq_index(&l->items, &l->len, n_args - 1, args + 1);
    if (i >= 0) {
        return FE_NEW_SMALL_INT(i);
    }
    fe_raise_fmt(&fe_type_ValueError, "%r is not in list", args[1]);
}
static FE_DEFINE_FUN_VAR(list_index_obj, Q_index, 2, 4, list_index);

static fe_obj_t list_insert(fe_obj_t self, fe_obj_t index, fe_obj_t x) {
    fe_list_t *l = list_native(self);
    if (fe_is_int(index)) {
        (void)fe_get_int(index);  // beyond a machine word: OverflowError (index() clamps instead)
    }
    size_t i = fe_seq_clamp_index(index, l->len);
    if (i > l->len) {
        i = l->len;  // __index__ shortened the list
    }
    list_replace_range(l, i, i, &x, 1);
    return fe_none;
}
static FE_DEFINE_FUN_3(list_insert_obj, Q_insert, list_insert);

static fe_obj_t list_pop(size_t n_args, const fe_obj_t *args) {
    fe_list_t *l = list_native(args[0]);
    if (l->len == 0) {
        fe_raise_msg(&fe_type_IndexError, "pop from empty list");
    }
    size_t i = l->len - 1;
    if (n_args == 2) {
        fe_int_t v = fe_get_index(args[1]);
        if (v < 0) {
            v += (fe_int_t)l->len;
        }
        if (v < 0 || (size_t)v >= l->len) {
            fe_raise_msg(&fe_type_IndexError, "pop index out of range");
        }
        i = (size_t)v;
    }
    fe_obj_t x = l->items[i];
    list_replace_range(l, i, i + 1, NULL, 0);
    if (l->alloc > 16 && l->len < l->alloc / 4) {
        // shrink after many pops
        size_t new_alloc = l->alloc / 2;
        l->items = fe_realloc(l->items, new_alloc * sizeof(fe_obj_t));
        l->alloc = new_alloc;
    }
    return x;
}
static FE_DEFINE_FUN_VAR(list_pop_obj, Q_pop, 1, 2, list_pop);

static fe_obj_t list_remove(fe_obj_t self, fe_obj_t x) {
    fe_list_t *l = list_native(self);
    fe_int_t i = fe_seq_index(&l->items, &l->len, 1, &x);
    if (i < 0) {
        fe_raise_msg(&fe_type_ValueError, "list.remove(x): x not in list");
    }
    if ((size_t)i < l->len) {  // the comparison may have shortened the list
        list_replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    return fe_none;
}
static FE_DEFINE_FUN_2(list_remove_obj, Q_remove, list_remove);

static fe_obj_t list_reverse(fe_obj_t self) {
    fe_list_t *l = list_native(self);
    if (l->len > 1) {
        for (size_t i = 0, j = l->len - 1; i < j; i++, j--) {
            fe_obj_t t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(list_reverse_obj, Q_reverse, list_reverse);

static fe_obj_t list_sort(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 1) {
        fe_raise_msg(&fe_type_TypeError, "sort() takes no positional arguments");
    }
    static const fe_arg_spec_t spec[] = {
        {Q_key, FE_ARG_KW_ONLY | FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_reverse, FE_ARG_KW_ONLY | FE_ARG_OBJ, FE_ROM_PTR(&fe_false_obj)},
    };
    fe_obj_t out[2];
    fe_parse_args(0, args + 1, kw, 2, spec, out);
    fe_list_sort(list_native(args[0]), out[0] == fe_none ? FE_NULL : out[0], fe_is_true(out[1]));
    return fe_none;
}
static FE_DEFINE_FUN_KW(list_sort_obj, Q_sort, 1, list_sort);

#if FE_OBJ_CONTAINER_DUNDERS
// dunder forms, for subclasses calling super().__getitem__(i) and the like
static fe_obj_t list_getitem_m(fe_obj_t self, fe_obj_t index) {
    return list_subscr(list_native(self), index, FE_SUBSCR_LOAD);
}
static FE_DEFINE_FUN_2(list_getitem_obj, Q___getitem__, list_getitem_m);

static fe_obj_t list_setitem_m(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    return list_subscr(list_native(self), index, value);
}
static FE_DEFINE_FUN_3(list_setitem_obj, Q___setitem__, list_setitem_m);

static fe_obj_t list_delitem_m(fe_obj_t self, fe_obj_t index) {
    return list_subscr(list_native(self), index, FE_NULL);
}
static FE_DEFINE_FUN_2(list_delitem_obj, Q___delitem__, list_delitem_m);

static fe_obj_t list_len_m(fe_obj_t self) {
    return FE_NEW_SMALL_INT(list_native(self)->len);
}
static FE_DEFINE_FUN_1(list_len_obj, Q___len__, list_len_m);

static fe_obj_t list_contains_m(fe_obj_t self, fe_obj_t x) {
    return fe_bool(list_contains(list_native(self), x));
}
static FE_DEFINE_FUN_2(list_contains_obj, Q___contains__, list_contains_m);

static fe_obj_t list_iter_m(fe_obj_t self) {
    return list_getiter(list_native(self), NULL);
}
static FE_DEFINE_FUN_1(list_iter_obj, Q___iter__, list_iter_m);

static fe_obj_t list_reversed_m(fe_obj_t self) {
    return fe_call1((fe_obj_t)&fe_type_reversed, list_native(self));
}
static FE_DEFINE_FUN_1(list_reversed_obj, Q___reversed__, list_reversed_m);
#endif

static const fe_map_elem_t list_locals_table[] = {
    {FE_ROM_QSTR(Q_append), FE_ROM_PTR(&list_append_obj)},
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&list_clear_obj)},
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&list_copy_obj)},
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&list_count_obj)},
    {FE_ROM_QSTR(Q_extend), FE_ROM_PTR(&list_extend_obj)},
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&list_index_obj)},
    {FE_ROM_QSTR(Q_insert), FE_ROM_PTR(&list_insert_obj)},
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&list_pop_obj)},
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&list_remove_obj)},
    {FE_ROM_QSTR(Q_reverse), FE_ROM_PTR(&list_reverse_obj)},
    {FE_ROM_QSTR(Q_sort), FE_ROM_PTR(&list_sort_obj)},
#if FE_OBJ_CONTAINER_DUNDERS
    {FE_ROM_QSTR(Q___getitem__), FE_ROM_PTR(&list_getitem_obj)},
    {FE_ROM_QSTR(Q___setitem__), FE_ROM_PTR(&list_setitem_obj)},
    {FE_ROM_QSTR(Q___delitem__), FE_ROM_PTR(&list_delitem_obj)},
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&list_len_obj)},
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&list_contains_obj)},
    {FE_ROM_QSTR(Q___iter__), FE_ROM_PTR(&list_iter_obj)},
    {FE_ROM_QSTR(Q___reversed__), FE_ROM_PTR(&list_reversed_obj)},
#endif
    FE_SLOT_ENTRY(Q___repr__, fe_slot_repr_obj),
    FE_SLOT_COMPARE_ENTRIES,
    FE_SLOT_ENTRY(Q___add__, fe_slot_add_obj),
    FE_SLOT_ENTRY(Q___mul__, fe_slot_mul_obj),
    FE_SLOT_ENTRY(Q___rmul__, fe_slot_rmul_obj),
    FE_SLOT_ENTRY(Q___iadd__, fe_slot_iadd_obj),
    FE_SLOT_ENTRY(Q___imul__, fe_slot_imul_obj),
};
static FE_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const fe_type_t fe_type_list = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = (struct fe_dict *)&list_locals_dict,
};
