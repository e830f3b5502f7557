// py/objseq.h: helpers shared by the container files (objtuple.c, objlist.c, objdict.c,
// objset.c, objrange.c, objiter.c). Not part of the contract between areas (py/obj.h is).
#ifndef FE_PY_OBJSEQ_H
#define FE_PY_OBJSEQ_H

#include "py/obj.h"

// Lexicographic comparison of two sequences as CPython compares lists and tuples; returns
// fe_true/fe_false (or whatever an item's comparison returned). The arrays and lengths are
// passed by address and re-read after every item comparison, because a comparison may
// run Python code that changes a list (and moves its items).
fe_obj_t fe_seq_compare(fe_binary_op_t op, fe_obj_t *const *a, const size_t *na, fe_obj_t *const *b, const size_t *nb);
// Prints items separated by ", " (repr of each).
void fe_seq_print_items(const fe_print_t *print, const fe_obj_t *items, size_t n);
// Equality with the identity shortcut that containers use (x is y implies x == y).
static inline bool fe_seq_item_equal(fe_obj_t a, fe_obj_t b) {
    if (a == b) {
        return true;
    }
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        return false;
    }
    return fe_equal(a, b);
}
// Argument checks of a constructor that takes no keywords and min .. max positionals
// ("list() takes no keyword arguments", "range expected at most 3 arguments, got 4").
void fe_seq_check_new_args(qstr name, size_t n_args, size_t n_kw, size_t min, size_t max);
// An index argument clamped into [0, len] as CPython's slice-style bounds (negative counts
// from the end; big ints lie beyond either end).
size_t fe_seq_clamp_index(fe_obj_t index, size_t len);
// Helpers for list and tuple methods. The items array and length are passed by address and
// re-read after every item comparison, as for fe_seq_compare.
bool fe_seq_contains(fe_obj_t *const *items, const size_t *n, fe_obj_t x);
// x.count(item) as a small int.
fe_obj_t fe_seq_count(fe_obj_t *const *items, const size_t *n, fe_obj_t x);
// index(x[, start[, stop]]) with args = {x, start, stop} (start/stop clamped as CPython does):
// the first position of x, or -1.
fe_int_t fe_seq_index(fe_obj_t *const *items, const size_t *n, size_t n_args, const fe_obj_t *args);
// Copies the b->len items of src selected by a bound slice to dst.
void fe_seq_take_slice(fe_obj_t *dst, const fe_obj_t *src, const fe_bound_slice_t *b);
// n * count items for seq * count; MemoryError if that overflows.
size_t fe_seq_repeat_len(size_t n, size_t count);
// Fills dst with count copies of src[0 .. n) (dst may be src itself: then copies 1 .. count-1).
void fe_seq_repeat_fill(fe_obj_t *dst, const fe_obj_t *src, size_t n, size_t count);
// Repeat count for seq * n: false if n is an instance of a user class (NotImplemented);
// TypeError if n is another non-int; negative -> 0.
bool fe_seq_repeat_count(fe_obj_t n, size_t *count);
// For n * seq: true if n is an int; false (NotImplemented) for another sequence or a user
// class instance; TypeError otherwise, as CPython.
static inline bool fe_seq_reflected_count_ok(fe_obj_t n) {
    if (fe_is_int(n)) {
        return true;
    }
    const fe_type_t *t = fe_typeof(n);
    if ((t->flags & FE_TYPE_FLAG_USER) || t->subscr != NULL) {
        return false;
    }
    fe_raise_fmt(&fe_type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
}
// A hash value as the object the FE_UNARY_HASH slot returns (small int, else a big int).
fe_obj_t fe_hash_to_obj(fe_uint_t h);
// The native list/tuple/dict/set behind o (o itself, or the native part of an instance of a
// subclass), or FE_NULL.
static inline fe_obj_t fe_seq_native(fe_obj_t o, const fe_type_t *t) {
    if (fe_obj_is_type_ptr(o, t)) {
        return o;
    }
    if (FE_IS_OBJ(o) && o != FE_NULL && (fe_typeof(o)->flags & FE_TYPE_FLAG_USER)) {
        return fe_native_self(o, t);
    }
    return FE_NULL;
}

// The hash dicts and sets use for a key (py/map.c): fe_hash() with fast paths for strings
// and small ints. TypeError for unhashable keys.
fe_uint_t fe_map_key_hash(fe_obj_t key);
// CPython's hash of a tuple, unboxed (py/objtuple.c).
fe_uint_t fe_tuple_hash(fe_obj_t tuple);

// getiter slot of iterators: returns self (py/objiter.c).
fe_obj_t fe_iter_getiter_self(fe_obj_t self, fe_iter_buf_t *buf);

// Whether comparison op (FE_BINARY_LESS ... FE_BINARY_NOT_EQUAL) holds for operands whose
// three-way comparison is c (<0, 0, >0): bit 0 of the op's mask says "true when less",
// bit 1 "when equal", bit 2 "when greater".
static inline bool fe_compare_holds(fe_binary_op_t op, int c) {
    static const uint8_t masks[6] = {1, 4, 2, 3, 6, 5};  // < > == <= >= !=
    return (masks[op - FE_BINARY_LESS] >> ((c > 0) - (c < 0) + 1)) & 1;
}

// Operator methods for the containers' method tables (__eq__, __add__ ...), so that
// subclasses can call super().__add__(x) and code can call [1].__eq__(x). Each calls the
// type's slot; NotImplemented when the slot declines.
extern const fe_builtin_fun_t fe_slot_repr_obj, fe_slot_hash_obj, fe_slot_eq_obj, fe_slot_ne_obj,
    fe_slot_lt_obj, fe_slot_le_obj, fe_slot_gt_obj, fe_slot_ge_obj, fe_slot_add_obj, fe_slot_mul_obj,
    fe_slot_rmul_obj, fe_slot_iadd_obj, fe_slot_imul_obj, fe_slot_or_obj, fe_slot_and_obj,
    fe_slot_sub_obj, fe_slot_xor_obj, fe_slot_ior_obj, fe_slot_iand_obj, fe_slot_isub_obj,
    fe_slot_ixor_obj, fe_slot_contains_obj, fe_slot_len_obj, fe_slot_iter_obj, fe_slot_getitem_obj;
#define FE_SLOT_ENTRY(name, obj) {FE_ROM_QSTR(name), FE_ROM_PTR(&obj)}
#define FE_SLOT_COMPARE_ENTRIES \
    FE_SLOT_ENTRY(Q___eq__, fe_slot_eq_obj), FE_SLOT_ENTRY(Q___ne__, fe_slot_ne_obj), \
    FE_SLOT_ENTRY(Q___lt__, fe_slot_lt_obj), FE_SLOT_ENTRY(Q___le__, fe_slot_le_obj), \
    FE_SLOT_ENTRY(Q___gt__, fe_slot_gt_obj), FE_SLOT_ENTRY(Q___ge__, fe_slot_ge_obj)

// Iterator over a list or tuple: fits an fe_iter_buf_t.
typedef struct {
    fe_objbase_t base;
    fe_obj_t seq;
    size_t index;
} fe_seq_iter_t;

// Set internals used by the dict views and frozenset hashing (py/objset.c).
bool fe_is_anyset(fe_obj_t o);
// set(x) or frozenset(x) built exactly as CPython builds it (iteration order matters).
fe_obj_t fe_set_make(const fe_type_t *type, fe_obj_t iterable);
// True if the set contains key.
bool fe_set_contains(fe_obj_t set, fe_obj_t key);

// reversed(range) (py/objrange.c).
fe_obj_t fe_range_reversed(fe_obj_t range);

// Creates an iterator over a dict in reverse (for reversed(dict) and reversed(views)).
fe_obj_t fe_dict_reversed(fe_obj_t view_or_dict);

#endif
