// py/objtuple.c: the tuple type, plus sequence helpers shared with list (py/objseq.h).
//
// Tuples are immutable once built, so the VM may share constant tuples and the empty tuple
// is one const object. Hashing follows CPython 3.11 (an xxHash-style mix of the item
// hashes), so sets and dicts keyed by tuples iterate in CPython's order.
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

const fe_tuple_t fe_empty_tuple_obj = {{&fe_type_tuple}, 0};

// ---- shared sequence helpers ------------------------------------------------------------

fe_obj_t fe_seq_compare(fe_binary_op_t op, fe_obj_t *const *pa, const size_t *pna, fe_obj_t *const *pb, const size_t *pnb) {
    fe_stack_check();  // nested sequences recurse through the item comparisons
    if ((op == FE_BINARY_EQUAL || op == FE_BINARY_NOT_EQUAL) && *pna != *pnb) {
        return fe_bool(op == FE_BINARY_NOT_EQUAL);
    }
    size_t i = 0;
    for (; i < *pna && i < *pnb; i++) {
        if (!fe_seq_item_equal((*pa)[i], (*pb)[i])) {
            break;
        }
    }
    size_t na = *pna, nb = *pnb;
    if (i >= na || i >= nb) {
        return fe_bool(fe_compare_holds(op, na < nb ? -1 : na > nb));
    }
    if (op == FE_BINARY_EQUAL) {
        return fe_false;
    }
    if (op == FE_BINARY_NOT_EQUAL) {
        return fe_true;
    }
    fe_obj_t x = (*pa)[i], y = (*pb)[i];
    if (FE_IS_SMALL_INT(x) && FE_IS_SMALL_INT(y)) {
        fe_int_t u = FE_SMALL_INT_VALUE(x), v = FE_SMALL_INT_VALUE(y);
        return fe_bool(fe_compare_holds(op, u < v ? -1 : u > v));
    }
    return fe_binary_op(op, x, y);
}

void fe_seq_print_items(const fe_print_t *print, const fe_obj_t *items, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            fe_print_strn(print, ", ", 2);
        }
        fe_print_obj(print, items[i], FE_PRINT_REPR);
    }
}

size_t fe_seq_clamp_index(fe_obj_t o, size_t len) {
    fe_int_t v;
    if (!fe_get_int_maybe(o, &v)) {
        if (!fe_is_int(o)) {
            v = fe_get_index(o);
        } else {
            // a big int: beyond either end
            v = fe_is_true(fe_binary_op(FE_BINARY_LESS, o, FE_NEW_SMALL_INT(0))) ? -(fe_int_t)len - 1 : (fe_int_t)len;
        }
    }
    if (v < 0) {
        v += (fe_int_t)len;
        if (v < 0) {
            v = 0;
        }
    } else if ((size_t)v > len) {
        v = (fe_int_t)len;
    }
    return (size_t)v;
}

void fe_seq_check_new_args(qstr name, size_t n_args, size_t n_kw, size_t min, size_t max) {
    if (n_kw != 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q() takes no keyword arguments", name);
    }
    if (n_args < min || n_args > max) {
        size_t want = n_args < min ? min : max;
        fe_raise_fmt(&fe_type_TypeError, "%q expected %s%u argument%s, got %u", name,
                     min == max ? "" : n_args < min ? "at least " : "at most ", (unsigned)want,
                     want == 1 ? "" : "s", (unsigned)n_args);
    }
}

// First i in [start, stop) with (*pitems)[i] == x, or -1 (re-reads the list after each comparison).
static fe_int_t seq_find(fe_obj_t *const *pitems, const size_t *pn, fe_obj_t x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < *pn; i++) {
        if (fe_seq_item_equal((*pitems)[i], x)) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

bool fe_seq_contains(fe_obj_t *const *pitems, const size_t *pn, fe_obj_t x) {
    return seq_find(pitems, pn, x, 0, (size_t)-1) >= 0;
}

fe_obj_t fe_seq_count(fe_obj_t *const *pitems, const size_t *pn, fe_obj_t x) {
    fe_int_t n = 0;
    for (size_t i = 0; i < *pn; i++) {
        n += fe_seq_item_equal((*pitems)[i], x);
    }
    return FE_NEW_SMALL_INT(n);
}

fe_int_t fe_seq_index(fe_obj_t *const *pitems, const size_t *pn, size_t n_args, const fe_obj_t *args) {
    size_t start = n_args >= 2 ? fe_seq_clamp_index(args[1], *pn) : 0;
    size_t stop = n_args >= 3 ? fe_seq_clamp_index(args[2], *pn) : *pn;
    return seq_find(pitems, pn, args[0], start, stop);
}

void fe_seq_take_slice(fe_obj_t *dst, const fe_obj_t *src, const fe_bound_slice_t *b) {
    fe_int_t j = b->start;
    for (size_t i = 0; i < b->len; i++, j += b->step) {
        dst[i] = src[j];
    }
}

size_t fe_seq_repeat_len(size_t n, size_t count) {
    if (count != 0 && n > ((size_t)-1 / sizeof(fe_obj_t)) / count) {
        fe_raise_memory_error();
    }
    return n * count;
}

void fe_seq_repeat_fill(fe_obj_t *dst, const fe_obj_t *src, size_t n, size_t count) {
    for (size_t i = dst == src; i < count; i++) {
        memcpy(dst + i * n, src, n * sizeof(fe_obj_t));
    }
}

FE_NORETURN static void raise_bad_repeat(fe_obj_t n) {
    fe_raise_fmt(&fe_type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
}

bool fe_seq_repeat_count(fe_obj_t n, size_t *count) {
    fe_int_t v;
    if (FE_IS_SMALL_INT(n)) {
        v = FE_SMALL_INT_VALUE(n);
    } else if (fe_is_int(n)) {
        if (!fe_get_int_maybe(n, &v)) {
            if (fe_is_true(fe_binary_op(FE_BINARY_LESS, n, FE_NEW_SMALL_INT(0)))) {
                v = 0;
            } else {
                fe_raise_msg(&fe_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
        }
    } else if (fe_typeof(n)->flags & FE_TYPE_FLAG_USER) {
        return false;  // NotImplemented: the user class may define __rmul__
    } else {
        raise_bad_repeat(n);
    }
    *count = v < 0 ? 0 : (size_t)v;
    return true;
}

fe_obj_t fe_hash_to_obj(fe_uint_t h) {
    fe_int_t v = (fe_int_t)h;
    if (FE_SMALL_INT_FITS(v)) {
        return FE_NEW_SMALL_INT(v);
    }
    return fe_int_from_int(v);
}

// ---- operator methods (see py/objseq.h) ------------------------------------------------

static fe_obj_t slot_binary(fe_binary_op_t op, fe_obj_t self, fe_obj_t other) {
    const fe_type_t *t = fe_typeof(self);
    fe_obj_t r = t->binary_op != NULL ? t->binary_op(op, self, other) : FE_NULL;
    return r != FE_NULL ? r : fe_notimplemented;
}

#define DEFINE_SLOT_BINARY(name, qname, op) \
    static fe_obj_t slot_##name(fe_obj_t self, fe_obj_t other) { \
        return slot_binary(op, self, other); \
    } \
    FE_DEFINE_FUN_2(fe_slot_##name##_obj, qname, slot_##name);

DEFINE_SLOT_BINARY(eq, Q___eq__, FE_BINARY_EQUAL)
DEFINE_SLOT_BINARY(ne, Q___ne__, FE_BINARY_NOT_EQUAL)
DEFINE_SLOT_BINARY(lt, Q___lt__, FE_BINARY_LESS)
DEFINE_SLOT_BINARY(le, Q___le__, FE_BINARY_LESS_EQUAL)
DEFINE_SLOT_BINARY(gt, Q___gt__, FE_BINARY_MORE)
DEFINE_SLOT_BINARY(ge, Q___ge__, FE_BINARY_MORE_EQUAL)
DEFINE_SLOT_BINARY(add, Q___add__, FE_BINARY_ADD)
DEFINE_SLOT_BINARY(mul, Q___mul__, FE_BINARY_MULTIPLY)
DEFINE_SLOT_BINARY(iadd, Q___iadd__, FE_BINARY_INPLACE_ADD)
DEFINE_SLOT_BINARY(imul, Q___imul__, FE_BINARY_INPLACE_MULTIPLY)
DEFINE_SLOT_BINARY(or, Q___or__, FE_BINARY_OR)
DEFINE_SLOT_BINARY(and, Q___and__, FE_BINARY_AND)
DEFINE_SLOT_BINARY(sub, Q___sub__, FE_BINARY_SUBTRACT)
DEFINE_SLOT_BINARY(xor, Q___xor__, FE_BINARY_XOR)
DEFINE_SLOT_BINARY(ior, Q___ior__, FE_BINARY_INPLACE_OR)
DEFINE_SLOT_BINARY(iand, Q___iand__, FE_BINARY_INPLACE_AND)
DEFINE_SLOT_BINARY(isub, Q___isub__, FE_BINARY_INPLACE_SUBTRACT)
DEFINE_SLOT_BINARY(ixor, Q___ixor__, FE_BINARY_INPLACE_XOR)

// n * seq: the slots take the operands in their original order
static fe_obj_t slot_rmul(fe_obj_t self, fe_obj_t other) {
    const fe_type_t *t = fe_typeof(self);
    fe_obj_t r = t->binary_op != NULL ? t->binary_op(FE_BINARY_MULTIPLY, other, self) : FE_NULL;
    return r != FE_NULL ? r : fe_notimplemented;
}
FE_DEFINE_FUN_2(fe_slot_rmul_obj, Q___rmul__, slot_rmul);

static fe_obj_t slot_contains(fe_obj_t self, fe_obj_t item) {
    return fe_binary_op(FE_BINARY_IN, item, self);
}
FE_DEFINE_FUN_2(fe_slot_contains_obj, Q___contains__, slot_contains);

static fe_obj_t slot_repr(fe_obj_t self) {
    return fe_repr(self);
}
FE_DEFINE_FUN_1(fe_slot_repr_obj, Q___repr__, slot_repr);

static fe_obj_t slot_hash(fe_obj_t self) {
    return fe_int_from_int(fe_hash(self));
}
FE_DEFINE_FUN_1(fe_slot_hash_obj, Q___hash__, slot_hash);

static fe_obj_t slot_len(fe_obj_t self) {
    return fe_int_from_uint(fe_len(self));
}
FE_DEFINE_FUN_1(fe_slot_len_obj, Q___len__, slot_len);

static fe_obj_t slot_iter(fe_obj_t self) {
    return fe_getiter(self, NULL);
}
FE_DEFINE_FUN_1(fe_slot_iter_obj, Q___iter__, slot_iter);

static fe_obj_t slot_getitem(fe_obj_t self, fe_obj_t index) {
    return fe_subscr_load(self, index);
}
FE_DEFINE_FUN_2(fe_slot_getitem_obj, Q___getitem__, slot_getitem);

// ---- tuple ------------------------------------------------------------------------------

fe_obj_t fe_tuple_new(size_t n, const fe_obj_t *items) {
    if (n == 0) {
        return fe_empty_tuple;
    }
    fe_tuple_t *t = fe_new_var(fe_tuple_t, fe_obj_t, n);
    t->base.type = &fe_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(fe_obj_t));
    }
    return t;
}

static fe_tuple_t *tuple_native(fe_obj_t o) {
    fe_obj_t t = fe_seq_native(o, &fe_type_tuple);
    if (t == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "expected a tuple, got '%T'", o);
    }
    return t;
}

void fe_tuple_get(fe_obj_t t, size_t *len, fe_obj_t **items) {
    fe_tuple_t *tup = tuple_native(t);
    *len = tup->len;
    *items = tup->items;
}

static void tuple_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_tuple_t *t = self;
    fe_print_strn(print, "(", 1);
    fe_seq_print_items(print, t->items, t->len);
    if (t->len == 1) {
        fe_print_strn(print, ",", 1);
    }
    fe_print_strn(print, ")", 1);
}

static void tuple_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_tuple_t *t = self;
    if (t->len == 0) {
        fe_print_strn(print, "()", 2);
        return;
    }
    if (!fe_repr_guard_call(print, self, kind, tuple_print_body)) {
        fe_print_strn(print, "(...)", 5);
    }
}

static fe_obj_t tuple_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_seq_check_new_args(Q_tuple, n_args, n_kw, 0, 1);
    if (n_args == 0) {
        return fe_empty_tuple;
    }
    fe_obj_t arg = args[0];
    if (fe_obj_is_type_ptr(arg, &fe_type_tuple)) {
        return arg;
    }
    size_t len;
    fe_obj_t *items;
    if (fe_obj_is_type_ptr(arg, &fe_type_list)) {
        fe_list_get(arg, &len, &items);
        return fe_tuple_new(len, items);
    }
    fe_obj_t list = fe_list_new(0, NULL);
    fe_list_extend(list, arg);
    fe_list_get(list, &len, &items);
    return fe_tuple_new(len, items);
}

// CPython 3.11's tuple hash (xxHash's mixing on the item hashes).
#if INTPTR_MAX > 0x7fffffff
#define XXPRIME_1 ((fe_uint_t)11400714785074694791ULL)
#define XXPRIME_2 ((fe_uint_t)14029467366897019727ULL)
#define XXPRIME_5 ((fe_uint_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((fe_uint_t)2654435761UL)
#define XXPRIME_2 ((fe_uint_t)2246822519UL)
#define XXPRIME_5 ((fe_uint_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

fe_uint_t fe_tuple_hash(fe_obj_t self) {
    fe_stack_check();  // nested tuples recurse
    fe_tuple_t *t = self;
    fe_uint_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        fe_uint_t lane = fe_map_key_hash(t->items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (fe_uint_t)-1) {
        return 1546275796;
    }
    return acc;
}

static fe_obj_t tuple_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_tuple_t *t = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(t->len != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(t->len);
        case FE_UNARY_HASH: return fe_hash_to_obj(fe_tuple_hash(t));
        default: return FE_NULL;
    }
}

static fe_obj_t tuple_repeat(fe_tuple_t *t, fe_obj_t n) {
    size_t count;
    if (!fe_seq_repeat_count(n, &count)) {
        return FE_NULL;
    }
    if (count == 1 || t->len == 0) {
        return t;
    }
    if (count == 0) {
        return fe_empty_tuple;
    }
    fe_tuple_t *r = fe_tuple_new(fe_seq_repeat_len(t->len, count), NULL);
    fe_seq_repeat_fill(r->items, t->items, t->len, count);
    return r;
}

static fe_obj_t tuple_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    // called as (op, lhs, rhs) also when only rhs is a tuple (the reflected try)
    if (!fe_obj_is_type_ptr(lhs, &fe_type_tuple)) {
        if (op == FE_BINARY_MULTIPLY && fe_obj_is_type_ptr(rhs, &fe_type_tuple) && fe_seq_reflected_count_ok(lhs)) {
            return tuple_repeat(rhs, lhs);
        }
        return FE_NULL;
    }
    fe_tuple_t *t = lhs;
    switch (op) {
        case FE_BINARY_ADD:
        case FE_BINARY_INPLACE_ADD: {
            fe_tuple_t *o = fe_seq_native(rhs, &fe_type_tuple);
            if (o == FE_NULL) {
                if (fe_typeof(rhs)->flags & FE_TYPE_FLAG_USER) {
                    return FE_NULL;
                }
                fe_raise_fmt(&fe_type_TypeError, "can only concatenate tuple (not \"%T\") to tuple", rhs);
            }
            if (o->len == 0) {
                return t;
            }
            if (t->len == 0) {
                return o;
            }
            fe_tuple_t *r = fe_tuple_new(t->len + o->len, NULL);
            memcpy(r->items, t->items, t->len * sizeof(fe_obj_t));
            memcpy(r->items + t->len, o->items, o->len * sizeof(fe_obj_t));
            return r;
        }
        case FE_BINARY_MULTIPLY:
        case FE_BINARY_INPLACE_MULTIPLY:
        case FE_BINARY_REVERSE_MULTIPLY:
            return tuple_repeat(t, rhs);
        case FE_BINARY_IN: {
            fe_obj_t *items = t->items;
            return fe_bool(fe_seq_contains(&items, &t->len, rhs));
        }
        case FE_BINARY_LESS:
        case FE_BINARY_MORE:
        case FE_BINARY_EQUAL:
        case FE_BINARY_LESS_EQUAL:
        case FE_BINARY_MORE_EQUAL:
        case FE_BINARY_NOT_EQUAL: {
            fe_tuple_t *o = fe_seq_native(rhs, &fe_type_tuple);
            if (o == FE_NULL) {
                return FE_NULL;
            }
            fe_obj_t *ia = t->items, *ib = o->items;
            return fe_seq_compare(op, &ia, &t->len, &ib, &o->len);
        }
        default:
            return FE_NULL;
    }
}

static fe_obj_t tuple_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    fe_tuple_t *t = self;
    if (value != FE_SUBSCR_LOAD) {
        if (value == FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "'tuple' object doesn't support item deletion");
        }
        fe_raise_msg(&fe_type_TypeError, "'tuple' object does not support item assignment");
    }
    if (fe_obj_is_type_ptr(index, &fe_type_slice)) {
        fe_bound_slice_t b;
        fe_slice_indices(index, t->len, &b);
        if (b.step == 1 && b.len == t->len) {
            return t;
        }
        fe_tuple_t *r = fe_tuple_new(b.len, NULL);
        fe_seq_take_slice(r->items, t->items, &b);
        return r;
    }
    // raises TypeError or IndexError("tuple index out of range") as needed
    return t->items[fe_get_seq_index(&fe_type_tuple, t->len, index)];
}

// ---- iterator shared with list (the list variant re-reads the length each step) ----------

static fe_obj_t tuple_it_iternext(fe_obj_t self) {
    fe_seq_iter_t *it = self;
    fe_tuple_t *t = it->seq;
    if (t == FE_NULL || it->index >= t->len) {
        it->seq = FE_NULL;
        return FE_NULL;
    }
    return t->items[it->index++];
}

static const fe_type_t tuple_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .getiter = fe_iter_getiter_self,
    .name = Q_tuple_iterator,
    .iternext = tuple_it_iternext,
};

static fe_obj_t tuple_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    fe_seq_iter_t *it = buf ? (fe_seq_iter_t *)buf : fe_new(fe_seq_iter_t);
    it->base.type = &tuple_iterator_type;
    it->seq = self;
    it->index = 0;
    return it;
}

// ---- methods ----------------------------------------------------------------------------

static fe_obj_t tuple_count(fe_obj_t self, fe_obj_t value) {
    fe_tuple_t *t = tuple_native(self);
    fe_obj_t *items = t->items;
    return fe_seq_count(&items, &t->len, value);
}
static FE_DEFINE_FUN_2(tuple_count_obj, Q_count, tuple_count);

static fe_obj_t tuple_index(size_t n_args, const fe_obj_t *args) {
    fe_tuple_t *t = tuple_native(args[0]);
    fe_obj_t *items = t->items;
    fe_int_t i = fe_seq_index(&items, &t->len, n_args - 1, args + 1);
    if (i >= 0) {
        return FE_NEW_SMALL_INT(i);
    }
    fe_raise_msg(&fe_type_ValueError, "tuple.index(x): x not in tuple");
}
static FE_DEFINE_FUN_VAR(tuple_index_obj, Q_index, 2, 4, tuple_index);

static const fe_map_elem_t tuple_locals_table[] = {
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&tuple_count_obj)},
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&tuple_index_obj)},
    FE_SLOT_ENTRY(Q___repr__, fe_slot_repr_obj),
    FE_SLOT_ENTRY(Q___hash__, fe_slot_hash_obj),
    FE_SLOT_COMPARE_ENTRIES,
    FE_SLOT_ENTRY(Q___add__, fe_slot_add_obj),
    FE_SLOT_ENTRY(Q___mul__, fe_slot_mul_obj),
    FE_SLOT_ENTRY(Q___rmul__, fe_slot_rmul_obj),
    FE_SLOT_ENTRY(Q___contains__, fe_slot_contains_obj),
    FE_SLOT_ENTRY(Q___len__, fe_slot_len_obj),
    FE_SLOT_ENTRY(Q___iter__, fe_slot_iter_obj),
    FE_SLOT_ENTRY(Q___getitem__, fe_slot_getitem_obj),
};
static FE_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const fe_type_t fe_type_tuple = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = (struct fe_dict *)&tuple_locals_dict,
};
