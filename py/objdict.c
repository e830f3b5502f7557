// py/objdict.c: dict, its views (dict_keys, dict_values, dict_items) and their iterators.
//
// A dict is an fe_map_t (py/map.c) with a type header; order is insertion order. Iterators
// remember the entry count they started with and raise RuntimeError when it changes, as
// CPython does. Set operations on keys/items views build sets exactly as CPython does, so
// the results iterate in the same order.
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

static fe_dict_t *dict_native(fe_obj_t o) {
    fe_dict_t *d = fe_seq_native(o, &fe_type_dict);
    if (d == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'dict' object but received a '%T'", o);
    }
    return d;
}

fe_obj_t fe_dict_new(size_t n) {
    fe_dict_t *d = fe_new(fe_dict_t);
    d->base.type = &fe_type_dict;
    fe_map_init(&d->map, n);
    return d;
}

fe_map_t *fe_dict_get_map(fe_obj_t dict) {
    return &dict_native(dict)->map;
}

static void dict_set(fe_dict_t *d, fe_obj_t key, fe_obj_t value) {
    fe_map_lookup(&d->map, key, FE_MAP_LOOKUP_ADD_IF_MISSING)->value = value;
}

void fe_dict_store(fe_obj_t dict, fe_obj_t key, fe_obj_t value) {
    dict_set(dict_native(dict), key, value);
}

fe_obj_t fe_dict_get_maybe(fe_obj_t dict, fe_obj_t key) {
    fe_dict_t *d = dict_native(dict);
    fe_map_elem_t *e = fe_map_lookup(&d->map, key, FE_MAP_LOOKUP);
    return e ? e->value : FE_NULL;
}

FE_NORETURN static void raise_key_error(fe_obj_t key) {
    fe_raise(fe_exc_new(&fe_type_KeyError, 1, &key));
}

void fe_dict_delete(fe_obj_t dict, fe_obj_t key) {
    fe_dict_t *d = dict_native(dict);
    if (fe_map_lookup(&d->map, key, FE_MAP_LOOKUP_REMOVE) == NULL) {
        raise_key_error(key);
    }
}

// Stores every entry of src into d.
static void dict_merge(fe_dict_t *d, fe_map_t *src) {
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(src, &pos)) != NULL) {
        dict_set(d, e->key, e->value);
    }
}

static fe_obj_t dict_copy_of(fe_dict_t *src) {
    fe_dict_t *d = fe_dict_new(src->map.count);
    dict_merge(d, &src->map);
    return d;
}

static const fe_builtin_fun_t dict_iter_obj;

// A dict, or a dict subclass that keeps dict's __iter__: CPython copies its entries
// directly, without calling an overridden __getitem__.
static fe_dict_t *plain_dict_source(fe_obj_t other) {
    fe_dict_t *od = fe_seq_native(other, &fe_type_dict);
    if (od == FE_NULL || od == other) {
        return od;
    }
    fe_obj_t dest[2];
    fe_load_method_maybe(other, Q___iter__, dest);
    return dest[0] == (fe_obj_t)&dict_iter_obj ? od : FE_NULL;
}

// dict.update(other) / dict(other): a dict, a mapping with keys(), or pairs.
static void dict_update_from(fe_dict_t *d, fe_obj_t other) {
    fe_dict_t *od = plain_dict_source(other);
    if (od != FE_NULL) {
        dict_merge(d, &od->map);
        return;
    }
    fe_obj_t dest[2];
    fe_load_method_maybe(other, Q_keys, dest);
    if (dest[0] != FE_NULL) {
        fe_obj_t keys = fe_call_method(0, 0, dest);
        fe_iter_buf_t buf;
        fe_obj_t it = fe_getiter(keys, &buf);
        fe_obj_t k;
        while ((k = fe_iternext(it)) != FE_NULL) {
            dict_set(d, k, fe_subscr_load(other, k));
        }
        return;
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(other, &buf);
    fe_obj_t item;
    for (size_t index = 0; (item = fe_iternext(it)) != FE_NULL; index++) {
        size_t n;
        fe_obj_t *items;
        const fe_type_t *t = fe_typeof(item);
        if (t->getiter == NULL && t->subscr == NULL && !(t->flags & FE_TYPE_FLAG_USER)) {
            fe_raise_fmt(&fe_type_TypeError, "cannot convert dictionary update sequence element #%u to a sequence",
                         (unsigned)index);
        }
        fe_get_array(item, &n, &items);
        if (n != 2) {
            fe_raise_fmt(&fe_type_ValueError, "dictionary update sequence element #%u has length %u; 2 is required",
                         (unsigned)index, (unsigned)n);
        }
        fe_obj_t value = items[1];  // read first: hashing the key may run Python code
        dict_set(d, items[0], value);
    }
}

static void dict_store_kw_pairs(fe_dict_t *d, size_t n_kw, const fe_obj_t *pairs) {
    for (size_t i = 0; i < n_kw; i++) {
        dict_set(d, pairs[2 * i], pairs[2 * i + 1]);
    }
}

static fe_obj_t dict_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args > 1) {
        fe_raise_fmt(&fe_type_TypeError, "dict expected at most 1 argument, got %u", (unsigned)n_args);
    }
    fe_dict_t *d = fe_dict_new(0);
    if (n_args == 1) {
        dict_update_from(d, args[0]);
    }
    dict_store_kw_pairs(d, n_kw, args + n_args);
    return d;
}

static void dict_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_dict_t *d = self;
    fe_print_strn(print, "{", 1);
    size_t pos = 0;
    fe_map_elem_t *e;
    bool first = true;
    while ((e = fe_map_next(&d->map, &pos)) != NULL) {
        if (!first) {
            fe_print_strn(print, ", ", 2);
        }
        first = false;
        fe_obj_t value = e->value;
        fe_print_obj(print, e->key, FE_PRINT_REPR);
        fe_print_strn(print, ": ", 2);
        fe_print_obj(print, value, FE_PRINT_REPR);
    }
    fe_print_strn(print, "}", 1);
}

static void dict_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_dict_t *d = self;
    if (d->map.count == 0) {
        fe_print_strn(print, "{}", 2);
        return;
    }
    if (!fe_repr_guard_call(print, self, kind, dict_print_body)) {
        fe_print_strn(print, "{...}", 5);
    }
}

static fe_obj_t dict_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_dict_t *d = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(d->map.count != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(d->map.count);
        case FE_UNARY_HASH: fe_raise_msg(&fe_type_TypeError, "unhashable type: 'dict'");
        default: return FE_NULL;
    }
}

static bool dict_equal(fe_dict_t *a, fe_dict_t *b) {
    fe_stack_check();  // nested dicts recurse through the value comparisons
    if (a == b) {
        return true;
    }
    if (a->map.count != b->map.count) {
        return false;
    }
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(&a->map, &pos)) != NULL) {
        fe_obj_t key = e->key, value = e->value;
        fe_map_elem_t *o = fe_map_lookup(&b->map, key, FE_MAP_LOOKUP);
        if (o == NULL || !fe_seq_item_equal(value, o->value)) {
            return false;
        }
    }
    return true;
}

static fe_obj_t dict_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (!fe_obj_is_type_ptr(lhs, &fe_type_dict)) {
        return FE_NULL;  // the reflected try: dict operators need a dict on the left
    }
    fe_dict_t *d = lhs;
    switch (op) {
        case FE_BINARY_IN:
            return fe_bool(fe_map_lookup(&d->map, rhs, FE_MAP_LOOKUP) != NULL);
        case FE_BINARY_EQUAL:
        case FE_BINARY_NOT_EQUAL: {
            fe_dict_t *o = fe_seq_native(rhs, &fe_type_dict);
            if (o == FE_NULL) {
                return FE_NULL;
            }
            return fe_bool(dict_equal(d, o) == (op == FE_BINARY_EQUAL));
        }
        case FE_BINARY_OR: {
            fe_dict_t *o = fe_seq_native(rhs, &fe_type_dict);
            if (o == FE_NULL) {
                return FE_NULL;
            }
            fe_dict_t *r = dict_copy_of(d);
            dict_update_from(r, o);
            return r;
        }
        case FE_BINARY_INPLACE_OR:
            dict_update_from(d, rhs);
            return d;
        default:
            return FE_NULL;
    }
}

static fe_obj_t dict_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    fe_dict_t *d = self;
    if (value == FE_SUBSCR_LOAD) {
        fe_map_elem_t *e = fe_map_lookup(&d->map, index, FE_MAP_LOOKUP);
        if (e == NULL) {
            raise_key_error(index);
        }
        return e->value;
    }
    if (value == FE_NULL) {
        if (fe_map_lookup(&d->map, index, FE_MAP_LOOKUP_REMOVE) == NULL) {
            raise_key_error(index);
        }
        return fe_none;
    }
    dict_set(d, index, value);
    return fe_none;
}

// ---- iterators ----------------------------------------------------------------------------
// dict_keyiterator / dict_valueiterator / dict_itemiterator and their reversed forms; all
// fit an fe_iter_buf_t. `pos` is the next table position (forward) or one past it (reverse).
// As CPython, an iterator raises RuntimeError when the dict's size changed since it started,
// and when it finds more entries than the dict had then (keys replaced by others). Both
// counts share one word, half each; counts beyond a half word saturate and disable the
// second check (only dicts of 65535+ entries on a 32-bit target).
#define HALF_BITS (sizeof(size_t) * 4)
#define HALF_MASK (((size_t)1 << HALF_BITS) - 1)
#define STATE_BROKEN ((size_t)-1)  // size change seen: raise again on every call

typedef struct {
    fe_objbase_t base;
    fe_dict_t *dict;
    size_t pos;
    size_t state;  // (entry count at start << HALF_BITS) | entries still expected
} dict_iter_t;

static inline size_t saturate_half(size_t n) {
    return n < HALF_MASK ? n : HALF_MASK;
}

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static fe_obj_t dict_iter_result(int kind, fe_map_elem_t *e) {
    if (kind == KIND_KEYS) {
        return e->key;
    }
    if (kind == KIND_VALUES) {
        return e->value;
    }
    fe_obj_t pair[2] = {e->key, e->value};
    return fe_tuple_new(2, pair);
}

static fe_map_elem_t *dict_iter_step(dict_iter_t *it, bool reverse) {
    fe_dict_t *d = it->dict;
    if (d == NULL) {
        return NULL;
    }
    size_t start_count = it->state >> HALF_BITS;
    if (it->state == STATE_BROKEN || saturate_half(d->map.count) != start_count) {
        it->state = STATE_BROKEN;
        fe_raise_msg(&fe_type_RuntimeError, "dictionary changed size during iteration");
    }
    fe_map_elem_t *e = NULL;
    if (!reverse) {
        e = fe_map_next(&d->map, &it->pos);
    } else {
        size_t pos = it->pos;
        if (pos > d->map.used) {
            pos = d->map.used;
        }
        while (pos > 0) {
            pos--;
            if (d->map.table[pos].key != FE_NULL) {
                it->pos = pos;
                e = &d->map.table[pos];
                break;
            }
        }
    }
    if (e == NULL) {
        it->dict = NULL;
        return NULL;
    }
    if (start_count != HALF_MASK) {
        if ((it->state & HALF_MASK) == 0) {
            it->dict = NULL;
            fe_raise_msg(&fe_type_RuntimeError, "dictionary keys changed during iteration");
        }
        it->state--;
    }
    return e;
}

#define DEFINE_DICT_ITER(cname, pyname, kind, reverse) \
    static fe_obj_t cname##_iternext(fe_obj_t self) { \
        fe_map_elem_t *e = dict_iter_step(self, reverse); \
        return e ? dict_iter_result(kind, e) : FE_NULL; \
    } \
    static const fe_type_t cname##_type = { \
        .base = {&fe_type_type}, \
        .flags = FE_TYPE_FLAG_ITER_IS_SELF, \
        .getiter = fe_iter_getiter_self, \
        .name = pyname, \
        .iternext = cname##_iternext, \
    };

DEFINE_DICT_ITER(dict_keyiter, Q_dict_keyiterator, KIND_KEYS, false)
DEFINE_DICT_ITER(dict_valueiter, Q_dict_valueiterator, KIND_VALUES, false)
DEFINE_DICT_ITER(dict_itemiter, Q_dict_itemiterator, KIND_ITEMS, false)
DEFINE_DICT_ITER(dict_revkeyiter, Q_dict_reversekeyiterator, KIND_KEYS, true)
DEFINE_DICT_ITER(dict_revvalueiter, Q_dict_reversevalueiterator, KIND_VALUES, true)
DEFINE_DICT_ITER(dict_revitemiter, Q_dict_reverseitemiterator, KIND_ITEMS, true)

static const fe_type_t *const dict_iter_types[2][3] = {
    {&dict_keyiter_type, &dict_valueiter_type, &dict_itemiter_type},
    {&dict_revkeyiter_type, &dict_revvalueiter_type, &dict_revitemiter_type},
};

static fe_obj_t dict_iter_new(fe_dict_t *d, int kind, bool reverse, fe_iter_buf_t *buf) {
    dict_iter_t *it = buf ? (dict_iter_t *)buf : fe_new(dict_iter_t);
    it->base.type = dict_iter_types[reverse][kind];
    it->dict = d;
    it->pos = reverse ? d->map.used : 0;
    size_t n = saturate_half(d->map.count);
    it->state = (n << HALF_BITS) | n;
    return it;
}

static fe_obj_t dict_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return dict_iter_new(self, KIND_KEYS, false, buf);
}

// ---- views --------------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_dict_t *dict;
} dict_view_t;

static int view_kind(fe_obj_t o) {
    const fe_type_t *t = fe_typeof(o);
    if (t == &fe_type_dict_keys) {
        return KIND_KEYS;
    }
    if (t == &fe_type_dict_values) {
        return KIND_VALUES;
    }
    if (t == &fe_type_dict_items) {
        return KIND_ITEMS;
    }
    return -1;
}

static fe_obj_t view_new(fe_dict_t *d, int kind) {
    static const fe_type_t *const types[3] = {&fe_type_dict_keys, &fe_type_dict_values, &fe_type_dict_items};
    dict_view_t *v = fe_new(dict_view_t);
    v->base.type = types[kind];
    v->dict = d;
    return v;
}

fe_obj_t fe_dict_reversed(fe_obj_t o) {
    int kind = view_kind(o);
    if (kind >= 0) {
        return dict_iter_new(((dict_view_t *)o)->dict, kind, true, NULL);
    }
    return dict_iter_new(dict_native(o), KIND_KEYS, true, NULL);
}

static void view_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    dict_view_t *v = self;
    fe_print_str(print, qstr_str(fe_typeof(self)->name));
    fe_print_strn(print, "([", 2);
    fe_iter_buf_t buf;
    fe_obj_t it = dict_iter_new(v->dict, view_kind(self), false, &buf);
    fe_obj_t x;
    bool first = true;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (!first) {
            fe_print_strn(print, ", ", 2);
        }
        first = false;
        fe_print_obj(print, x, FE_PRINT_REPR);
    }
    fe_print_strn(print, "])", 2);
}

static void view_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    if (!fe_repr_guard_call(print, self, kind, view_print_body)) {
        fe_print_strn(print, "...", 3);
    }
}

static fe_obj_t view_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    dict_view_t *v = self;
    return dict_iter_new(v->dict, view_kind(self), false, buf);
}

static fe_obj_t view_unary_op(fe_unary_op_t op, fe_obj_t self) {
    dict_view_t *v = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(v->dict->map.count != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(v->dict->map.count);
        case FE_UNARY_HASH:
            fe_raise_fmt(&fe_type_TypeError, "unhashable type: '%q'", (qstr)fe_typeof(self)->name);
        default: return FE_NULL;
    }
}

static bool view_contains(dict_view_t *v, int kind, fe_obj_t x) {
    if (kind == KIND_KEYS) {
        return fe_map_lookup(&v->dict->map, x, FE_MAP_LOOKUP) != NULL;
    }
    if (kind == KIND_ITEMS) {
        if (!fe_obj_is_type_ptr(x, &fe_type_tuple) || ((fe_tuple_t *)x)->len != 2) {
            return false;
        }
        fe_tuple_t *t = x;
        fe_map_elem_t *e = fe_map_lookup(&v->dict->map, t->items[0], FE_MAP_LOOKUP);
        return e != NULL && fe_seq_item_equal(e->value, t->items[1]);
    }
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(&v->dict->map, &pos)) != NULL) {
        if (fe_seq_item_equal(e->value, x)) {
            return true;
        }
    }
    return false;
}

#if FE_OBJ_DICT_VIEW_SETOPS
static bool is_set_like(fe_obj_t o) {
    int k = view_kind(o);
    return k == KIND_KEYS || k == KIND_ITEMS || fe_is_anyset(o);
}

// `x in o` for a set-like o (a set or a keys/items view).
static bool set_like_contains(fe_obj_t o, fe_obj_t x) {
    int k = view_kind(o);
    if (k >= 0) {
        return view_contains(o, k, x);
    }
    return fe_set_contains(o, x);
}

// all elements of a are in b
static bool set_like_all_in(fe_obj_t a, fe_obj_t b) {
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(a, &buf);
    fe_obj_t x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (!set_like_contains(b, x)) {
            return false;
        }
    }
    return true;
}

static fe_obj_t set_method(fe_obj_t set, qstr name, fe_obj_t arg) {
    fe_obj_t args[3];
    fe_load_method(set, name, args);
    args[2] = arg;
    return fe_call_method(1, 0, args);
}

// set(x) for the left operand of a view operation (the dict itself for a keys view, which
// takes CPython's presized path).
static fe_obj_t view_to_set(fe_obj_t o) {
    if (view_kind(o) == KIND_KEYS && fe_typeof(((dict_view_t *)o)->dict) == &fe_type_dict) {
        return fe_set_make(&fe_type_set, ((dict_view_t *)o)->dict);
    }
    return fe_set_make(&fe_type_set, o);
}

static fe_obj_t view_intersect(fe_obj_t self, fe_obj_t other) {
    if (view_kind(self) < 0) {
        fe_obj_t t = self;
        self = other;
        other = t;
    }
    size_t len_self = fe_len(self);
    if (fe_obj_is_type_ptr(other, &fe_type_set) && len_self <= fe_len(other)) {
        return set_method(other, Q_intersection, self);
    }
    int ko = view_kind(other);
    if ((ko == KIND_KEYS || ko == KIND_ITEMS) && fe_len(other) > len_self) {
        fe_obj_t t = self;
        self = other;
        other = t;
    }
    fe_obj_t result = fe_set_new(0, NULL);
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(other, &buf);
    fe_obj_t x;
    int ks = view_kind(self);
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (view_contains(self, ks, x)) {
            fe_set_add(result, x);
        }
    }
    return result;
}

static fe_obj_t items_xor(dict_view_t *a, dict_view_t *b) {
    fe_dict_t *tmp = dict_copy_of(a->dict);
    fe_obj_t result = fe_set_new(0, NULL);
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(&b->dict->map, &pos)) != NULL) {
        fe_obj_t key = e->key, val2 = e->value;
        fe_map_elem_t *t = fe_map_lookup(&tmp->map, key, FE_MAP_LOOKUP);
        if (t != NULL && fe_seq_item_equal(t->value, val2)) {
            fe_map_lookup(&tmp->map, key, FE_MAP_LOOKUP_REMOVE);
        } else {
            fe_obj_t pair[2] = {key, val2};
            fe_set_add(result, fe_tuple_new(2, pair));
        }
    }
    set_method(result, Q_update, view_new(tmp, KIND_ITEMS));
    return result;
}

// left OP right where one of them is a keys/items view
static fe_obj_t view_set_op(fe_binary_op_t op, fe_obj_t left, fe_obj_t right) {
    switch (op) {
        case FE_BINARY_AND:
            return view_intersect(left, right);
        case FE_BINARY_OR: {
            fe_obj_t r = view_to_set(left);
            set_method(r, Q_update, right);
            return r;
        }
        case FE_BINARY_SUBTRACT: {
            fe_obj_t r = view_to_set(left);
            set_method(r, Q_difference_update, right);
            return r;
        }
        default: {  // XOR
            if (view_kind(left) == KIND_ITEMS && view_kind(right) == KIND_ITEMS) {
                return items_xor(left, right);
            }
            fe_obj_t r = view_to_set(left);
            set_method(r, Q_symmetric_difference_update, right);
            return r;
        }
    }
}

#endif

// Called with (op, lhs, rhs) where lhs or rhs (the reflected try) is a view.
static fe_obj_t view_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    int kind = view_kind(lhs);
    if (op == FE_BINARY_IN) {
        return fe_bool(view_contains(lhs, kind, rhs));
    }
#if FE_OBJ_DICT_VIEW_SETOPS
    if (kind == KIND_VALUES || view_kind(rhs) == KIND_VALUES) {
        return FE_NULL;  // values views compare by identity and have no set operations
    }
    switch (op) {
        case FE_BINARY_EQUAL:
        case FE_BINARY_NOT_EQUAL:
        case FE_BINARY_LESS:
        case FE_BINARY_LESS_EQUAL:
        case FE_BINARY_MORE:
        case FE_BINARY_MORE_EQUAL: {
            if (!is_set_like(rhs) || !is_set_like(lhs)) {
                return FE_NULL;
            }
            size_t la = fe_len(lhs), lb = fe_len(rhs);
            bool r;
            switch (op) {
                case FE_BINARY_EQUAL: r = la == lb && set_like_all_in(lhs, rhs); break;
                case FE_BINARY_NOT_EQUAL: r = !(la == lb && set_like_all_in(lhs, rhs)); break;
                case FE_BINARY_LESS: r = la < lb && set_like_all_in(lhs, rhs); break;
                case FE_BINARY_LESS_EQUAL: r = la <= lb && set_like_all_in(lhs, rhs); break;
                case FE_BINARY_MORE: r = la > lb && set_like_all_in(rhs, lhs); break;
                default: r = la >= lb && set_like_all_in(rhs, lhs); break;
            }
            return fe_bool(r);
        }
        case FE_BINARY_AND:
        case FE_BINARY_OR:
        case FE_BINARY_SUBTRACT:
        case FE_BINARY_XOR:
        case FE_BINARY_INPLACE_AND:
        case FE_BINARY_INPLACE_OR:
        case FE_BINARY_INPLACE_SUBTRACT:
        case FE_BINARY_INPLACE_XOR: {
            fe_binary_op_t plain = op >= FE_BINARY_OR ? op : FE_BINARY_INPLACE_TO_PLAIN(op);
            return view_set_op(plain, lhs, rhs);
        }
        default:
            return FE_NULL;
    }
#else
    return FE_NULL;
#endif
}

#if FE_OBJ_DICT_VIEW_SETOPS
static fe_obj_t view_isdisjoint(fe_obj_t self, fe_obj_t other) {
    dict_view_t *v = self;
    int kind = view_kind(self);
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(other, &buf);
    fe_obj_t x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (view_contains(v, kind, x)) {
            return fe_false;
        }
    }
    return fe_true;
}
static FE_DEFINE_FUN_2(view_isdisjoint_obj, Q_isdisjoint, view_isdisjoint);

static const fe_map_elem_t view_locals_table[] = {
    {FE_ROM_QSTR(Q_isdisjoint), FE_ROM_PTR(&view_isdisjoint_obj)},
};
static FE_DEFINE_CONST_DICT(view_locals_dict, view_locals_table);
#endif

const fe_type_t fe_type_dict_keys = {
    .base = {&fe_type_type},
    .name = Q_dict_keys,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
#if FE_OBJ_DICT_VIEW_SETOPS
    .locals_dict = (struct fe_dict *)&view_locals_dict,
#endif
};

const fe_type_t fe_type_dict_items = {
    .base = {&fe_type_type},
    .name = Q_dict_items,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
#if FE_OBJ_DICT_VIEW_SETOPS
    .locals_dict = (struct fe_dict *)&view_locals_dict,
#endif
};

const fe_type_t fe_type_dict_values = {
    .base = {&fe_type_type},
    .name = Q_dict_values,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
};

// ---- methods ----------------------------------------------------------------------------

static fe_obj_t dict_clear(fe_obj_t self) {
    fe_map_clear(&dict_native(self)->map);
    return fe_none;
}
static FE_DEFINE_FUN_1(dict_clear_obj, Q_clear, dict_clear);

static fe_obj_t dict_copy(fe_obj_t self) {
    return dict_copy_of(dict_native(self));
}
static FE_DEFINE_FUN_1(dict_copy_obj, Q_copy, dict_copy);

static fe_obj_t dict_fromkeys(size_t n_args, const fe_obj_t *args) {
    // args[0] is the class
    fe_obj_t value = n_args > 2 ? args[2] : fe_none;
    fe_obj_t d;
    if (args[0] == (fe_obj_t)&fe_type_dict) {
        d = fe_dict_new(0);
    } else {
        d = fe_call0(args[0]);
    }
    fe_dict_t *nd = fe_seq_native(d, &fe_type_dict);
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(args[1], &buf);
    fe_obj_t k;
    while ((k = fe_iternext(it)) != FE_NULL) {
        if (nd != FE_NULL && d == (fe_obj_t)nd) {
            dict_set(nd, k, value);
        } else {
            fe_subscr_store(d, k, value);
        }
    }
    return d;
}
static FE_DEFINE_FUN_VAR(dict_fromkeys_fun_obj, Q_fromkeys, 2, 3, dict_fromkeys);
static FE_DEFINE_CONST_CLASSMETHOD(dict_fromkeys_obj, &dict_fromkeys_fun_obj);

static fe_obj_t dict_get(size_t n_args, const fe_obj_t *args) {
    fe_map_elem_t *e = fe_map_lookup(&dict_native(args[0])->map, args[1], FE_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    return n_args > 2 ? args[2] : fe_none;
}
static FE_DEFINE_FUN_VAR(dict_get_obj, Q_get, 2, 3, dict_get);

static fe_obj_t dict_keys(fe_obj_t self) {
    return view_new(dict_native(self), KIND_KEYS);
}
static FE_DEFINE_FUN_1(dict_keys_obj, Q_keys, dict_keys);

static fe_obj_t dict_values(fe_obj_t self) {
    return view_new(dict_native(self), KIND_VALUES);
}
static FE_DEFINE_FUN_1(dict_values_obj, Q_values, dict_values);

static fe_obj_t dict_items(fe_obj_t self) {
    return view_new(dict_native(self), KIND_ITEMS);
}
static FE_DEFINE_FUN_1(dict_items_obj, Q_items, dict_items);

static fe_obj_t dict_pop(size_t n_args, const fe_obj_t *args) {
    fe_map_elem_t *e = fe_map_lookup(&dict_native(args[0])->map, args[1], FE_MAP_LOOKUP_REMOVE);
    if (e != NULL) {
        return e->value;
    }
    if (n_args > 2) {
        return args[2];
    }
    raise_key_error(args[1]);
}
static FE_DEFINE_FUN_VAR(dict_pop_obj, Q_pop, 2, 3, dict_pop);

static fe_obj_t dict_popitem(fe_obj_t self) {
    fe_dict_t *d = dict_native(self);
    if (d->map.count == 0) {
        fe_raise_msg(&fe_type_KeyError, "popitem(): dictionary is empty");
    }
    size_t i = d->map.used;
    while (i > 0 && d->map.table[i - 1].key == FE_NULL) {
        i--;
    }
    fe_obj_t key = d->map.table[i - 1].key;
    fe_map_elem_t *e = fe_map_lookup(&d->map, key, FE_MAP_LOOKUP_REMOVE);
    fe_obj_t pair[2] = {e->key, e->value};
    return fe_tuple_new(2, pair);
}
static FE_DEFINE_FUN_1(dict_popitem_obj, Q_popitem, dict_popitem);

static fe_obj_t dict_setdefault(size_t n_args, const fe_obj_t *args) {
    fe_dict_t *d = dict_native(args[0]);
    fe_map_elem_t *e = fe_map_lookup(&d->map, args[1], FE_MAP_LOOKUP_ADD_IF_MISSING);
    if (e->value == FE_NULL) {
        e->value = n_args > 2 ? args[2] : fe_none;
    }
    return e->value;
}
static FE_DEFINE_FUN_VAR(dict_setdefault_obj, Q_setdefault, 2, 3, dict_setdefault);

static fe_obj_t dict_update(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_dict_t *d = dict_native(args[0]);
    if (n_args > 2) {
        fe_raise_fmt(&fe_type_TypeError, "update expected at most 1 argument, got %u", (unsigned)(n_args - 1));
    }
    if (n_args == 2) {
        dict_update_from(d, args[1]);
    }
    if (kw != NULL) {
        dict_merge(d, kw);
    }
    return fe_none;
}
static FE_DEFINE_FUN_KW(dict_update_obj, Q_update, 1, dict_update);

static fe_obj_t dict_getitem_m(fe_obj_t self, fe_obj_t key) {
    return dict_subscr(dict_native(self), key, FE_SUBSCR_LOAD);
}
static FE_DEFINE_FUN_2(dict_getitem_obj, Q___getitem__, dict_getitem_m);

static fe_obj_t dict_setitem_m(fe_obj_t self, fe_obj_t key, fe_obj_t value) {
    return dict_subscr(dict_native(self), key, value);
}
static FE_DEFINE_FUN_3(dict_setitem_obj, Q___setitem__, dict_setitem_m);

static fe_obj_t dict_delitem_m(fe_obj_t self, fe_obj_t key) {
    return dict_subscr(dict_native(self), key, FE_NULL);
}
static FE_DEFINE_FUN_2(dict_delitem_obj, Q___delitem__, dict_delitem_m);

static fe_obj_t dict_contains_m(fe_obj_t self, fe_obj_t key) {
    return fe_bool(fe_map_lookup(&dict_native(self)->map, key, FE_MAP_LOOKUP) != NULL);
}
static FE_DEFINE_FUN_2(dict_contains_obj, Q___contains__, dict_contains_m);

static fe_obj_t dict_len_m(fe_obj_t self) {
    return FE_NEW_SMALL_INT(dict_native(self)->map.count);
}
static FE_DEFINE_FUN_1(dict_len_obj, Q___len__, dict_len_m);

static fe_obj_t dict_iter_m(fe_obj_t self) {
    return dict_iter_new(dict_native(self), KIND_KEYS, false, NULL);
}
static FE_DEFINE_FUN_1(dict_iter_obj, Q___iter__, dict_iter_m);

static fe_obj_t dict_reversed_m(fe_obj_t self) {
    return dict_iter_new(dict_native(self), KIND_KEYS, true, NULL);
}
static FE_DEFINE_FUN_1(dict_reversed_obj, Q___reversed__, dict_reversed_m);

static const fe_map_elem_t dict_locals_table[] = {
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&dict_clear_obj)},
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&dict_copy_obj)},
    {FE_ROM_QSTR(Q_fromkeys), FE_ROM_PTR(&dict_fromkeys_obj)},
    {FE_ROM_QSTR(Q_get), FE_ROM_PTR(&dict_get_obj)},
    {FE_ROM_QSTR(Q_items), FE_ROM_PTR(&dict_items_obj)},
    {FE_ROM_QSTR(Q_keys), FE_ROM_PTR(&dict_keys_obj)},
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&dict_pop_obj)},
    {FE_ROM_QSTR(Q_popitem), FE_ROM_PTR(&dict_popitem_obj)},
    {FE_ROM_QSTR(Q_setdefault), FE_ROM_PTR(&dict_setdefault_obj)},
    {FE_ROM_QSTR(Q_update), FE_ROM_PTR(&dict_update_obj)},
    {FE_ROM_QSTR(Q_values), FE_ROM_PTR(&dict_values_obj)},
    {FE_ROM_QSTR(Q___getitem__), FE_ROM_PTR(&dict_getitem_obj)},
    {FE_ROM_QSTR(Q___setitem__), FE_ROM_PTR(&dict_setitem_obj)},
    {FE_ROM_QSTR(Q___delitem__), FE_ROM_PTR(&dict_delitem_obj)},
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&dict_contains_obj)},
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&dict_len_obj)},
    {FE_ROM_QSTR(Q___iter__), FE_ROM_PTR(&dict_iter_obj)},
    {FE_ROM_QSTR(Q___reversed__), FE_ROM_PTR(&dict_reversed_obj)},
    FE_SLOT_ENTRY(Q___repr__, fe_slot_repr_obj),
    FE_SLOT_ENTRY(Q___eq__, fe_slot_eq_obj),
    FE_SLOT_ENTRY(Q___ne__, fe_slot_ne_obj),
    FE_SLOT_ENTRY(Q___or__, fe_slot_or_obj),
    FE_SLOT_ENTRY(Q___ior__, fe_slot_ior_obj),
};
static FE_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const fe_type_t fe_type_dict = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = (struct fe_dict *)&dict_locals_dict,
};
