// extmod/modarray.c: the array module (uarray): compact arrays of machine numbers with
// typecodes b B h H i I l L q Q f d (native sizes), CPython's messages, and the buffer
// protocol (so bytes(), memoryview, struct.unpack_from ... work on them). Methods beyond
// append/extend/tobytes/tolist, `*` and the ordering comparisons need FE_ARRAY_EXTRA.
#include <string.h>
#include "py/obj.h"
#include "lib/libm/libm.h"
#include "extmod/libutil.h"
#include "extmod/binpack.h"

typedef struct {
    fe_objbase_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;    // items
    size_t alloc;  // items
    uint8_t *items;
} fe_array_t;

extern const fe_type_t fe_type_array;

static size_t typecode_size(int tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        case 'f': return 4;
        case 'd': return 8;
#endif
        default: return 0;
    }
}

static fe_array_t *array_get(fe_obj_t o) {
    fe_obj_t n = fe_native_self(o, &fe_type_array);
    if (n == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'array.array' object but received a '%T'", o);
    }
    return n;
}

static fe_array_t *array_new(char tc, size_t n) {
    fe_array_t *a = fe_new(fe_array_t);
    a->base.type = &fe_type_array;
    a->typecode = tc;
    a->itemsize = (uint8_t)typecode_size(tc);
    a->len = n;
    a->alloc = n;
    a->items = fe_alloc((n ? n : 1) * a->itemsize);  // never NULL: memcpy/memmove need a pointer
    return a;
}

static void array_reserve(fe_array_t *a, size_t extra) {
    if (extra > ((size_t)-1 / 2) / a->itemsize - a->len) {
        fe_raise_memory_error();
    }
    if (a->len + extra > a->alloc) {
        size_t n = a->alloc * 2 > a->len + extra ? a->alloc * 2 : a->len + extra + 4;
        a->items = fe_realloc(a->items, n * a->itemsize);
        a->alloc = n;
    }
}

// ---- item conversion ---------------------------------------------------------------------

// Items are in the host's byte order.
static fe_obj_t item_load(const fe_array_t *a, size_t i) {
    return fe_bin_load(a->items + i * a->itemsize, a->itemsize, FE_BIN_HOST_BIG, fe_bin_kind(a->typecode));
}

// CPython's overflow messages for each integer typecode.
static FE_NORETURN void int_overflow(char tc, bool too_big) {
    static const char *const names[] = {"signed char", "unsigned byte integer", "signed short integer",
                                        "unsigned short", "signed integer", "unsigned int"};
    if (!too_big && (tc == 'I' || tc == 'L')) {
        fe_raise_msg(&fe_type_OverflowError, "can't convert negative value to unsigned int");
    }
    if (tc == 'l' || tc == 'L') {
        fe_raise_fmt(&fe_type_OverflowError, "Python int too large to convert to C %s", tc == 'l' ? "long" : "unsigned long");
    }
    if (tc == 'q' || tc == 'Q') {
        fe_raise_msg(&fe_type_OverflowError, too_big || tc == 'q' ? "int too big to convert" : "can't convert negative int to unsigned");
    }
    const char *name = names[strchr("bBhHiI", tc) - "bBhHiI"];
    fe_raise_fmt(&fe_type_OverflowError, too_big ? "%s is greater than maximum" : "%s is less than minimum", name);
}

// Converts v for this array into buf (itemsize bytes) without touching the array.
static void item_convert(char tc, size_t size, fe_obj_t v, uint8_t *buf) {
    int kind = fe_bin_kind(tc);
    uint64_t bits;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (kind == FE_BIN_FLOAT) {
        fe_float_t f;
        if (!fe_get_float_maybe(v, &f)) {
            fe_raise_fmt(&fe_type_TypeError, "must be real number, not %T", v);
        }
        bits = fe_bin_float_bits(f, size);
    } else
#endif
    {
        if (!fe_is_int(v)) {
            fe_get_index(v);  // raises the CPython TypeError for non-integers ...
            v = fe_unary_op(FE_UNARY_INT, v);  // ... or converts an __index__ object
        }
        int fit = fe_bin_int_check(v, size, kind == FE_BIN_SIGNED);
        if (fit != 0) {
            int_overflow(tc, fit > 0);
        }
        bits = fe_lib_int_low64(v);
    }
    fe_bin_put(buf, size, FE_BIN_HOST_BIG, bits);
}

static void array_append_value(fe_array_t *a, fe_obj_t v) {
    uint8_t buf[8];
    item_convert(a->typecode, a->itemsize, v, buf);
    array_reserve(a, 1);
    memcpy(a->items + a->len * a->itemsize, buf, a->itemsize);
    a->len++;
}

static void array_extend_bytes(fe_array_t *a, const void *data, size_t nbytes) {
    if (nbytes % a->itemsize != 0) {
        fe_raise_msg(&fe_type_ValueError, "bytes length not a multiple of item size");
    }
    size_t n = nbytes / a->itemsize;
    array_reserve(a, n);
    memmove(a->items + a->len * a->itemsize, data, nbytes);
    a->len += n;
}

static void array_extend_iterable(fe_array_t *a, fe_obj_t iterable) {
    fe_obj_t other = fe_native_self(iterable, &fe_type_array);
    if (other != FE_NULL) {
        fe_array_t *o = other;
        if (o->typecode != a->typecode) {
            fe_raise_msg(&fe_type_TypeError, "can only extend with array of same kind");
        }
        array_extend_bytes(a, o->items, o->len * o->itemsize);
        return;
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(iterable, &buf);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        array_append_value(a, item);
    }
}

// ---- the type ------------------------------------------------------------------------------

static fe_obj_t array_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_arg_check_num(n_args, n_kw, 1, 2, false);
    size_t len = 0;
    const char *tcs = fe_is_str(args[0]) ? fe_str_data(args[0], &len) : NULL;
    if (tcs == NULL || len != 1) {
        fe_raise_fmt(&fe_type_TypeError, "array() argument 1 must be a unicode character, not %T", args[0]);
    }
    char tc = tcs[0];
    if (typecode_size((uint8_t)tc) == 0) {
        fe_raise_msg(&fe_type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    fe_array_t *a = array_new(tc, 0);
    if (n_args == 2) {
        fe_obj_t init = args[1];
        if (fe_is_str(init)) {
            fe_raise_fmt(&fe_type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
        }
        if (fe_isinstance(init, &fe_type_bytes) || fe_isinstance(init, &fe_type_bytearray)) {
            size_t n;
            const char *d = fe_bytes_data(init, &n);
            array_extend_bytes(a, d, n);
        } else {
            array_extend_iterable(a, init);
        }
    }
    return a;
}

static void array_print_items(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_array_t *a = self;
    fe_print_str(print, ", [");
    for (size_t i = 0; i < a->len; i++) {
        if (i > 0) {
            fe_print_str(print, ", ");
        }
        fe_print_obj(print, item_load(a, i), FE_PRINT_REPR);
    }
    fe_print_str(print, "]");
}

static void array_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_array_t *a = self;
    fe_printf(print, "array('%c'", a->typecode);
    if (a->len > 0) {
        array_print_items(print, self, kind);
    }
    fe_print_str(print, ")");
}

static fe_obj_t array_tolist(fe_obj_t self) {
    fe_array_t *a = array_get(self);
    fe_obj_t list = fe_list_new(a->len, NULL);
    for (size_t i = 0; i < a->len; i++) {
        ((fe_list_t *)list)->items[i] = item_load(a, i);
    }
    return list;
}
static FE_DEFINE_FUN_1(array_tolist_obj, Q_tolist, array_tolist);

static fe_obj_t array_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_array_t *a = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(a->len != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(a->len);
        default: return FE_NULL;
    }
}

static fe_obj_t array_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    fe_array_t *a = fe_native_self(lhs, &fe_type_array);
    fe_array_t *b = fe_native_self(rhs, &fe_type_array);
    switch (op) {
#if FE_ARRAY_EXTRA
        case FE_BINARY_LESS: case FE_BINARY_MORE: case FE_BINARY_LESS_EQUAL: case FE_BINARY_MORE_EQUAL:
#endif
        case FE_BINARY_EQUAL: case FE_BINARY_NOT_EQUAL:
            if (a == NULL || b == NULL) {
                return FE_NULL;
            }
            if (op == FE_BINARY_EQUAL && a->len != b->len) {
                return fe_false;
            }
            if (op == FE_BINARY_EQUAL && a->typecode == b->typecode &&
                a->typecode != 'f' && a->typecode != 'd') {
                return fe_bool(memcmp(a->items, b->items, a->len * a->itemsize) == 0);
            }
            return fe_binary_op(op, array_tolist(a), array_tolist(b));
        case FE_BINARY_ADD:
        case FE_BINARY_INPLACE_ADD: {
            if (a == NULL) {
                return FE_NULL;
            }
            if (b == NULL) {
                fe_raise_fmt(&fe_type_TypeError, "can only append array (not \"%T\") to array", rhs);
            }
            if (a->typecode != b->typecode) {
                fe_raise_msg(&fe_type_TypeError, "bad argument type for built-in operation");
            }
            if (op == FE_BINARY_INPLACE_ADD) {
                array_extend_bytes(a, b->items, b->len * b->itemsize);
                return lhs;
            }
            fe_array_t *r = array_new(a->typecode, 0);
            array_extend_bytes(r, a->items, a->len * a->itemsize);
            array_extend_bytes(r, b->items, b->len * b->itemsize);
            return r;
        }
#if FE_ARRAY_EXTRA
        case FE_BINARY_MULTIPLY:
        case FE_BINARY_INPLACE_MULTIPLY: {
            fe_obj_t count = rhs;
            if (a == NULL) {
                a = b;
                count = lhs;
                if (op != FE_BINARY_MULTIPLY) {
                    return FE_NULL;
                }
            }
            if (!fe_is_int(count)) {
                if (a == fe_native_self(lhs, &fe_type_array) && !(fe_typeof(count)->flags & FE_TYPE_FLAG_USER)) {
                    fe_raise_fmt(&fe_type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
                }
                return FE_NULL;
            }
            fe_int_t n = fe_get_int(count);
            if (n < 0) {
                n = 0;
            }
            size_t bytes = a->len * a->itemsize;
            if (bytes != 0 && (size_t)n > ((size_t)-1 / 2) / bytes) {
                fe_raise_memory_error();
            }
            fe_array_t *r = array_new(a->typecode, a->len * (size_t)n);
            for (fe_int_t k = 0; k < n; k++) {
                memcpy(r->items + (size_t)k * bytes, a->items, bytes);
            }
            if (op == FE_BINARY_INPLACE_MULTIPLY) {
                a->items = r->items;
                a->len = a->alloc = r->len;
                return lhs;
            }
            return r;
        }
#endif
        case FE_BINARY_IN: {
            if (a == NULL) {
                return FE_NULL;
            }
            for (size_t i = 0; i < a->len; i++) {
                if (fe_equal(item_load(a, i), rhs)) {
                    return fe_true;
                }
            }
            return fe_false;
        }
        default:
            return FE_NULL;
    }
}

static fe_obj_t array_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    fe_array_t *a = self;
    if (fe_obj_is_type_ptr(index, &fe_type_slice)) {
        fe_bound_slice_t s;
        fe_slice_indices(index, a->len, &s);
        size_t sz = a->itemsize;
        if (value == FE_SUBSCR_LOAD) {
            fe_array_t *r = array_new(a->typecode, s.len);
            for (size_t k = 0; k < s.len; k++) {
                memcpy(r->items + k * sz, a->items + (size_t)(s.start + (fe_int_t)k * s.step) * sz, sz);
            }
            return r;
        }
        if (value == FE_NULL) {
            if (s.step < 0) {  // same set of items as a forward walk
                s.start = s.start + (fe_int_t)(s.len - 1) * s.step;
                s.step = -s.step;
            }
            size_t w = s.len ? (size_t)s.start : a->len, k = 0;
            for (size_t r = w; r < a->len; r++) {
                if (k < s.len && r == (size_t)(s.start + (fe_int_t)k * s.step)) {
                    k++;
                    continue;
                }
                memmove(a->items + w * sz, a->items + r * sz, sz);
                w++;
            }
            if (s.len) {
                a->len = w;
            }
            return fe_none;
        }
        fe_array_t *src = fe_native_self(value, &fe_type_array);
        if (src == NULL) {
            fe_raise_fmt(&fe_type_TypeError, "can only assign array (not \"%T\") to array slice", value);
        }
        if (src->typecode != a->typecode) {
            fe_raise_msg(&fe_type_TypeError, "bad argument type for built-in operation");
        }
        // copy the source first: it may be this array
        size_t n = src->len;
        uint8_t *copy = fe_alloc(n * sz + 1);
        memcpy(copy, src->items, n * sz);
        if (s.step == 1) {
            size_t start = (size_t)s.start, old = s.len;
            if (n > old) {
                array_reserve(a, n - old);
            }
            memmove(a->items + (start + n) * sz, a->items + (start + old) * sz, (a->len - start - old) * sz);
            memcpy(a->items + start * sz, copy, n * sz);
            a->len = a->len - old + n;
            return fe_none;
        }
        if (n != s.len) {
            fe_raise_fmt(&fe_type_ValueError, "attempt to assign array of size %u to extended slice of size %u",
                         (unsigned)n, (unsigned)s.len);
        }
        for (size_t k = 0; k < n; k++) {
            memcpy(a->items + (size_t)(s.start + (fe_int_t)k * s.step) * sz, copy + k * sz, sz);
        }
        return fe_none;
    }
    size_t i = fe_get_seq_index(&fe_type_array, a->len, index);
    if (value == FE_SUBSCR_LOAD) {
        return item_load(a, i);
    }
    if (value == FE_NULL) {
        memmove(a->items + i * a->itemsize, a->items + (i + 1) * a->itemsize, (a->len - i - 1) * a->itemsize);
        a->len--;
        return fe_none;
    }
    uint8_t buf[8];
    item_convert(a->typecode, a->itemsize, value, buf);
    i = fe_get_seq_index(&fe_type_array, a->len, index);
    memcpy(a->items + i * a->itemsize, buf, a->itemsize);
    return fe_none;
}

static fe_obj_t array_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return fe_seq_iter_new(self);
}

static bool array_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    fe_array_t *a = self;
    info->buf = a->items;
    info->len = a->len * a->itemsize;
    info->typecode = a->typecode;
    return true;
}

static void array_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    fe_array_t *a = self;
    if (attr == Q_typecode) {
        char tc = a->typecode;
        dest[0] = fe_str_new(&tc, 1);
    } else if (attr == Q_itemsize) {
        dest[0] = FE_NEW_SMALL_INT(a->itemsize);
    }
}

// ---- methods -------------------------------------------------------------------------------

static fe_obj_t array_append(fe_obj_t self, fe_obj_t v) {
    array_append_value(array_get(self), v);
    return fe_none;
}
static FE_DEFINE_FUN_2(array_append_obj, Q_append, array_append);

static fe_obj_t array_extend(fe_obj_t self, fe_obj_t iterable) {
    array_extend_iterable(array_get(self), iterable);
    return fe_none;
}
static FE_DEFINE_FUN_2(array_extend_obj, Q_extend, array_extend);

#if FE_ARRAY_EXTRA
static fe_obj_t array_fromlist(fe_obj_t self, fe_obj_t list) {
    fe_array_t *a = array_get(self);
    if (!fe_isinstance(list, &fe_type_list)) {
        fe_raise_msg(&fe_type_TypeError, "arg must be list");
    }
    array_extend_iterable(a, list);
    return fe_none;
}
static FE_DEFINE_FUN_2(array_fromlist_obj, Q_fromlist, array_fromlist);

static fe_obj_t array_frombytes(fe_obj_t self, fe_obj_t data) {
    fe_array_t *a = array_get(self);
    fe_buffer_info_t info;
    fe_get_buffer_raise(data, &info, FE_BUFFER_READ);
    array_extend_bytes(a, info.buf, info.len);
    return fe_none;
}
static FE_DEFINE_FUN_2(array_frombytes_obj, Q_frombytes, array_frombytes);
#endif

static fe_obj_t array_tobytes(fe_obj_t self) {
    fe_array_t *a = array_get(self);
    return fe_bytes_new(a->items, a->len * a->itemsize);
}
static FE_DEFINE_FUN_1(array_tobytes_obj, Q_tobytes, array_tobytes);

#if FE_ARRAY_EXTRA
static fe_obj_t array_insert(fe_obj_t self, fe_obj_t index, fe_obj_t v) {
    fe_array_t *a = array_get(self);
    fe_int_t i = fe_get_index(index);
    uint8_t buf[8];
    item_convert(a->typecode, a->itemsize, v, buf);
    if (i < 0) {
        i += (fe_int_t)a->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > a->len) {
        i = (fe_int_t)a->len;
    }
    array_reserve(a, 1);
    memmove(a->items + ((size_t)i + 1) * a->itemsize, a->items + (size_t)i * a->itemsize,
            (a->len - (size_t)i) * a->itemsize);
    memcpy(a->items + (size_t)i * a->itemsize, buf, a->itemsize);
    a->len++;
    return fe_none;
}
static FE_DEFINE_FUN_3(array_insert_obj, Q_insert, array_insert);

static fe_obj_t array_pop(size_t n_args, const fe_obj_t *args) {
    fe_array_t *a = array_get(args[0]);
    if (a->len == 0) {
        fe_raise_msg(&fe_type_IndexError, "pop from empty array");
    }
    fe_int_t i = n_args > 1 ? fe_get_index(args[1]) : -1;
    if (i < 0) {
        i += (fe_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        fe_raise_msg(&fe_type_IndexError, "pop index out of range");
    }
    fe_obj_t v = item_load(a, (size_t)i);
    array_subscr(a, FE_NEW_SMALL_INT(i), FE_NULL);
    return v;
}
static FE_DEFINE_FUN_VAR(array_pop_obj, Q_pop, 1, 2, array_pop);

static fe_int_t array_find(fe_array_t *a, fe_obj_t v) {
    for (size_t i = 0; i < a->len; i++) {
        if (fe_equal(item_load(a, i), v)) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

static fe_obj_t array_index(fe_obj_t self, fe_obj_t v) {
    fe_int_t i = array_find(array_get(self), v);
    if (i < 0) {
        fe_raise_msg(&fe_type_ValueError, "array.index(x): x not in array");
    }
    return FE_NEW_SMALL_INT(i);
}
static FE_DEFINE_FUN_2(array_index_obj, Q_index, array_index);

static fe_obj_t array_remove(fe_obj_t self, fe_obj_t v) {
    fe_array_t *a = array_get(self);
    fe_int_t i = array_find(a, v);
    if (i < 0) {
        fe_raise_msg(&fe_type_ValueError, "array.remove(x): x not in array");
    }
    array_subscr(a, FE_NEW_SMALL_INT(i), FE_NULL);
    return fe_none;
}
static FE_DEFINE_FUN_2(array_remove_obj, Q_remove, array_remove);

static fe_obj_t array_count(fe_obj_t self, fe_obj_t v) {
    fe_array_t *a = array_get(self);
    fe_int_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += fe_equal(item_load(a, i), v);
    }
    return FE_NEW_SMALL_INT(n);
}
static FE_DEFINE_FUN_2(array_count_obj, Q_count, array_count);

static fe_obj_t array_reverse(fe_obj_t self) {
    fe_array_t *a = array_get(self);
    uint8_t tmp[8];
    size_t sz = a->itemsize;
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->items + i * sz, sz);
        memcpy(a->items + i * sz, a->items + (j - 1) * sz, sz);
        memcpy(a->items + (j - 1) * sz, tmp, sz);
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(array_reverse_obj, Q_reverse, array_reverse);

static fe_obj_t array_byteswap(fe_obj_t self) {
    fe_array_t *a = array_get(self);
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->items + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(array_byteswap_obj, Q_byteswap, array_byteswap);

static fe_obj_t array_buffer_info(fe_obj_t self) {
    fe_array_t *a = array_get(self);
    fe_obj_t t[2] = {fe_int_from_uint((fe_uint_t)(uintptr_t)a->items), FE_NEW_SMALL_INT(a->len)};
    return fe_tuple_new(2, t);
}
static FE_DEFINE_FUN_1(array_buffer_info_obj, Q_buffer_info, array_buffer_info);
#endif

static const fe_map_elem_t array_locals_table[] = {
    {FE_ROM_QSTR(Q_append), FE_ROM_PTR(&array_append_obj)},
    {FE_ROM_QSTR(Q_extend), FE_ROM_PTR(&array_extend_obj)},
#if FE_ARRAY_EXTRA
    {FE_ROM_QSTR(Q_buffer_info), FE_ROM_PTR(&array_buffer_info_obj)},
    {FE_ROM_QSTR(Q_byteswap), FE_ROM_PTR(&array_byteswap_obj)},
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&array_count_obj)},
    {FE_ROM_QSTR(Q_frombytes), FE_ROM_PTR(&array_frombytes_obj)},
    {FE_ROM_QSTR(Q_fromlist), FE_ROM_PTR(&array_fromlist_obj)},
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&array_index_obj)},
    {FE_ROM_QSTR(Q_insert), FE_ROM_PTR(&array_insert_obj)},
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&array_pop_obj)},
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&array_remove_obj)},
    {FE_ROM_QSTR(Q_reverse), FE_ROM_PTR(&array_reverse_obj)},
#endif
    {FE_ROM_QSTR(Q_tobytes), FE_ROM_PTR(&array_tobytes_obj)},
    {FE_ROM_QSTR(Q_tolist), FE_ROM_PTR(&array_tolist_obj)},
};
static FE_DEFINE_CONST_DICT(array_locals_dict, array_locals_table);

const fe_type_t fe_type_array = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_buffer,
    .locals_dict = (struct fe_dict *)&array_locals_dict,
};

static const fe_map_elem_t array_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_array)},
    {FE_ROM_QSTR(Q_array), FE_ROM_PTR(&fe_type_array)},
};
static FE_DEFINE_CONST_DICT(array_globals, array_globals_table);

const fe_module_t fe_module_array = {{&fe_type_module}, (fe_dict_t *)&array_globals};
