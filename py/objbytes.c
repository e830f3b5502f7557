// py/objbytes.c: the bytes and bytearray types, the buffer protocol entry points
// (fe_get_buffer) and the bytearray mutation methods. The str-like methods they share
// with str are in py/objstr_methods.c.
//
// A bytes is an immutable fe_str_t (py/objstr.h: n_chars == len, hash cached); a
// bytearray is an fe_bytearray_t whose data block grows by doubling.
#include <stddef.h>
#include <string.h>
#include "py/obj.h"
#include "py/objstr.h"

// ---- construction -------------------------------------------------------------------------

static const fe_str_t empty_bytes_obj = {{&fe_type_bytes}, 2166136261u, 0, 0, ""};

fe_obj_t fe_bytes_new(const void *data, size_t len) {
    if (len == 0) {
        return (fe_obj_t)&empty_bytes_obj;
    }
    char *d;
    fe_str_t *b = fe_str_alloc_kind(&fe_type_bytes, len, &d);
    memcpy(d, data, len);
    return fe_str_finish(b);
}

fe_obj_t fe_bytes_from_vstr(fe_vstr_t *v) {
    return fe_text_from_vstr(&fe_type_bytes, v);
}

fe_obj_t fe_bytearray_new(const void *data, size_t len) {
    fe_bytearray_t *b = fe_new(fe_bytearray_t);
    b->base.type = &fe_type_bytearray;
    b->alloc = len < 8 ? 8 : len + 1;
    b->data = fe_alloc(b->alloc);
    if (len > 0 && data != NULL) {
        memcpy(b->data, data, len);
    }
    b->len = len;
    return b;
}

const char *fe_bytes_data(fe_obj_t o, size_t *len) {
    str_view_t v;
    if (!fe_str_get_view(o, &v) || v.kind == STR_KIND_STR) {
        fe_buffer_info_t info;
        if (!fe_is_str(o) && fe_get_buffer(o, &info, FE_BUFFER_READ)) {
            if (len) {
                *len = info.len;
            }
            return info.buf;
        }
        fe_raise_fmt(&fe_type_TypeError, "expected bytes, got %T", o);
    }
    if (len) {
        *len = v.len;
    }
    return v.data;
}

// ---- the buffer protocol ------------------------------------------------------------------

bool fe_get_buffer(fe_obj_t o, fe_buffer_info_t *info, int flags) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *t = fe_typeof(o);
    if (t->buffer != NULL) {
        return t->buffer(o, info, flags);
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        static const fe_type_t *const natives[] = {&fe_type_bytes, &fe_type_bytearray, &fe_type_memoryview};
        for (size_t i = 0; i < FE_ARRAY_SIZE(natives); i++) {
            fe_obj_t n = fe_native_self(o, natives[i]);
            if (n != FE_NULL && n != o) {
                return fe_get_buffer(n, info, flags);
            }
        }
    }
    return false;
}

void fe_get_buffer_raise(fe_obj_t o, fe_buffer_info_t *info, int flags) {
    if (!fe_get_buffer(o, info, flags)) {
        if (flags & FE_BUFFER_WRITE) {
            fe_buffer_info_t ro;
            if (fe_get_buffer(o, &ro, FE_BUFFER_READ)) {
                fe_raise_msg(&fe_type_TypeError, "buffer is not writable");  // no read-write buffer
            }
        }
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%q'", (qstr)fe_typeof(o)->name);
    }
}

static bool bytes_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    if (flags & FE_BUFFER_WRITE) {
        return false;
    }
    fe_str_t *b = self;
    info->buf = (void *)b->data;
    info->len = b->len;
    info->typecode = 'B';
    return true;
}

static bool bytearray_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    fe_bytearray_t *b = self;
    info->buf = b->data;
    info->len = b->len;
    info->typecode = 'B';
    return true;
}

// ---- constructors from Python ------------------------------------------------------------

static uint8_t byte_value(fe_obj_t o) {
    fe_int_t v = fe_get_index(o);
    if (v < 0 || v > 255) {
        fe_raise_msg(&fe_type_ValueError, "byte must be in range(0, 256)");
    }
    return (uint8_t)v;
}

// A new vstr holding a copy of d[0..len).
static void vstr_copy(fe_vstr_t *v, const void *d, size_t len) {
    fe_vstr_init(v, len + 1);
    fe_vstr_add_strn(v, d, len);
}

// Fills v from the single argument of bytes(x)/bytearray(x) (not str); for_bytes picks
// CPython's wording of the range error ("bytes must be" for bytes(), "byte must be" else).
static void bytes_from_object(fe_vstr_t *v, fe_obj_t o, bool for_bytes) {
    if (fe_is_int(o)) {
        fe_int_t n = fe_get_int(o);
        if (n < 0) {
            fe_raise_msg(&fe_type_ValueError, "negative count");
        }
        fe_vstr_init(v, (size_t)n + 1);
        memset(fe_vstr_extend(v, (size_t)n), 0, (size_t)n);
        return;
    }
    fe_buffer_info_t info;
    if (fe_get_buffer(o, &info, FE_BUFFER_READ)) {
        vstr_copy(v, info.buf, info.len);
        return;
    }
    const fe_type_t *t = fe_typeof(o);
    if (t->getiter == NULL && t->subscr == NULL && !(t->flags & FE_TYPE_FLAG_USER)) {
        fe_raise_fmt(&fe_type_TypeError, "cannot convert '%q' object to %s", (qstr)t->name, "bytes");
    }
    fe_vstr_init(v, 16);
    fe_obj_t it = fe_getiter(o, NULL);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        if (!fe_is_int(item) && !(fe_typeof(item)->flags & FE_TYPE_FLAG_USER)) {
            fe_raise_fmt(&fe_type_TypeError, "'%q' object cannot be interpreted as an integer",
                         (qstr)fe_typeof(item)->name);
        }
        fe_int_t b = fe_get_index(item);
        if (b < 0 || b > 255) {
            fe_raise_msg(&fe_type_ValueError, for_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
        }
        fe_vstr_add_byte(v, (uint8_t)b);
    }
}

static void constructor_data(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args, fe_vstr_t *v) {
    static const fe_arg_spec_t spec[] = {
        {Q_source, 0, FE_NULL},
        {Q_encoding, 0, FE_NULL},
        {Q_errors, 0, FE_NULL},
    };
    fe_obj_t a[3];
    fe_parse_args_pairs(n_args, n_kw, args, 3, spec, a);
    if (a[0] != FE_NULL && fe_is_str(a[0])) {
        fe_codec_check_args(type == &fe_type_bytes ? "bytes" : "bytearray", a[1], a[2]);
        if (a[1] == FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "string argument without an encoding");
        }
        fe_obj_t b = fe_str_encode(a[0], a[1], a[2], &fe_type_bytes);
        size_t len;
        const char *d = fe_bytes_data(b, &len);
        vstr_copy(v, d, len);
        return;
    }
    if (a[1] != FE_NULL || a[2] != FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, a[1] != FE_NULL ? "encoding without a string argument"
                                                        : "errors without a string argument");
    }
    if (a[0] == FE_NULL) {
        fe_vstr_init(v, 8);
        return;
    }
    if (type == &fe_type_bytes && FE_IS_OBJ(a[0])) {
        fe_obj_t dest[2];
        fe_load_method_maybe(a[0], Q___bytes__, dest);
        if (dest[0] != FE_NULL) {
            fe_obj_t r = fe_call_method(0, 0, dest);
            if (!fe_obj_is_type_ptr(r, &fe_type_bytes)) {
                fe_raise_fmt(&fe_type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            }
            size_t len;
            const char *d = fe_bytes_data(r, &len);
            vstr_copy(v, d, len);
            return;
        }
    }
    bytes_from_object(v, a[0], type == &fe_type_bytes);
}

static fe_obj_t bytes_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args == 1 && n_kw == 0 && fe_obj_is_type_ptr(args[0], &fe_type_bytes)) {
        return args[0];
    }
    fe_vstr_t v;
    constructor_data(&fe_type_bytes, n_args, n_kw, args, &v);
    return fe_bytes_from_vstr(&v);
}

static fe_obj_t bytearray_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_vstr_t v;
    constructor_data(&fe_type_bytearray, n_args, n_kw, args, &v);
    fe_bytearray_t *b = fe_new(fe_bytearray_t);
    b->base.type = &fe_type_bytearray;
    b->data = v.buf;
    b->len = v.len;
    b->alloc = v.alloc;
    return b;
}

// ---- printing, operators ---------------------------------------------------------------

static void bytes_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_str_t *b = self;
    fe_str_print_repr(print, b->data, b->len, 1);
}

static void bytearray_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_bytearray_t *b = self;
    fe_print_str(print, "bytearray(");
    fe_str_print_repr(print, b->data, b->len, 2);
    fe_print_str(print, ")");
}

static fe_obj_t bytes_unary_op(fe_unary_op_t op, fe_obj_t self) {
    str_view_t v;
    fe_str_get_view(self, &v);
    switch (op) {
        case FE_UNARY_BOOL:
            return fe_bool(v.len != 0);
        case FE_UNARY_LEN:
            return FE_NEW_SMALL_INT(v.len);
        case FE_UNARY_HASH:
            if (v.kind == STR_KIND_BYTES) {
                return fe_int_from_int((fe_int_t)((fe_str_t *)fe_native_self(self, &fe_type_bytes))->hash);
            }
            return FE_NULL;
        default:
            return FE_NULL;
    }
}

static void bytearray_reserve(fe_bytearray_t *b, size_t need) {
    if (need + 1 <= b->alloc) {
        return;
    }
    size_t alloc = b->alloc ? b->alloc : 8;
    while (alloc < need + 1) {
        alloc *= 2;
    }
    b->data = fe_realloc(b->data, alloc);
    b->alloc = alloc;
}

static void bytearray_extend_bytes(fe_bytearray_t *b, const char *d, size_t n) {
    bytearray_reserve(b, b->len + n);
    memmove(b->data + b->len, d, n);
    b->len += n;
}

// Replaces bytes [start, stop) of b by n bytes from d (d may alias b's data: copy first).
static void bytearray_replace(fe_bytearray_t *b, size_t start, size_t stop, const char *d, size_t n) {
    char *copy = NULL;
    if (n > 0 && d >= b->data && d < b->data + b->alloc) {
        copy = fe_alloc(n);
        memcpy(copy, d, n);
        d = copy;
    }
    size_t removed = stop - start;
    if (n > removed) {
        bytearray_reserve(b, b->len + n - removed);
    }
    memmove(b->data + start + n, b->data + stop, b->len - stop);
    if (n > 0) {
        memcpy(b->data + start, d, n);
    }
    b->len = b->len + n - removed;
    fe_free(copy);
}

static fe_obj_t bytes_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    str_view_t a, b;
    bool have_a = fe_str_get_view(lhs, &a) && a.kind != STR_KIND_STR;
    bool have_b = fe_str_get_view(rhs, &b) && b.kind != STR_KIND_STR;
    fe_buffer_info_t info;
    switch (op) {
        case FE_BINARY_INPLACE_MULTIPLY:
            if (have_a && a.kind == STR_KIND_BYTEARRAY && fe_is_int(rhs)) {
                fe_bytearray_t *ba = fe_native_self(lhs, &fe_type_bytearray);
                fe_int_t n = fe_get_int(rhs);
                size_t len = ba->len;
                if (n <= 0) {
                    ba->len = 0;
                } else {
                    bytearray_reserve(ba, len * (size_t)n);
                    for (fe_int_t i = 1; i < n; i++) {
                        memcpy(ba->data + len * (size_t)i, ba->data, len);
                    }
                    ba->len = len * (size_t)n;
                }
                return lhs;
            }
            return FE_NULL;
        case FE_BINARY_INPLACE_ADD:  // (bytes += x falls back to +)
        case FE_BINARY_ADD:
            if (!have_a || (op == FE_BINARY_INPLACE_ADD && a.kind != STR_KIND_BYTEARRAY)) {
                return FE_NULL;
            }
            if (!fe_get_buffer(rhs, &info, FE_BUFFER_READ)) {
                if (fe_str_is_user_object(rhs)) {
                    return FE_NULL;
                }
                fe_raise_fmt(&fe_type_TypeError, "can't concat %q to %q", (qstr)fe_typeof(rhs)->name,
                             (qstr)(a.kind == STR_KIND_BYTES ? Q_bytes : Q_bytearray));
            }
            if (op == FE_BINARY_INPLACE_ADD) {
                bytearray_extend_bytes(fe_native_self(lhs, &fe_type_bytearray), info.buf, info.len);
                return lhs;
            }
            {
                fe_vstr_t v;
                fe_vstr_init(&v, a.len + info.len + 1);
                fe_vstr_add_strn(&v, a.data, a.len);
                fe_vstr_add_strn(&v, info.buf, info.len);
                return fe_str_make_kind_vstr(a.kind, &v);
            }
        case FE_BINARY_MULTIPLY: {
            if (!have_a && !have_b) {
                return FE_NULL;
            }
            str_view_t *s = have_a ? &a : &b;
            return fe_str_repeat(s->kind, s->data, s->len, have_a ? rhs : lhs);
        }
#if FE_STR_BYTES_FORMAT
        case FE_BINARY_MODULO:
            if (!have_a) {
                return FE_NULL;
            }
            return fe_str_modulo(lhs, rhs);
#endif
        case FE_BINARY_IN:
            if (!have_a) {
                return FE_NULL;
            }
            if (fe_is_int(rhs)) {
                uint8_t c = byte_value(rhs);
                return fe_bool(a.len > 0 && memchr(a.data, c, a.len) != NULL);
            }
            if (fe_is_str(rhs) || !fe_get_buffer(rhs, &info, FE_BUFFER_READ)) {
                fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%q'",
                             (qstr)fe_typeof(rhs)->name);
            }
            return fe_bool(fe_str_find_bytes(a.data, a.len, info.buf, info.len, 0) >= 0);
        default:  // the comparisons (FE_NULL for any other operator)
            if (!have_a || !have_b) {
                return FE_NULL;
            }
            return fe_str_compare_op(op, a.data, a.len, b.data, b.len);
    }
}

// ---- indexing -----------------------------------------------------------------------------

static fe_obj_t slice_of(str_view_t *v, fe_obj_t slice) {
    fe_bound_slice_t b;
    fe_slice_indices(slice, v->len, &b);
    return fe_str_slice_bytes(v->kind, v->data, &b);
}

static size_t bytes_item_index(str_view_t *v, fe_obj_t index) {
    return fe_get_seq_index(v->kind == STR_KIND_BYTES ? &fe_type_bytes : &fe_type_bytearray, v->len, index);
}

static void bytearray_delete_slice(fe_bytearray_t *ba, fe_obj_t slice) {
    fe_bound_slice_t b;
    fe_slice_indices(slice, ba->len, &b);
    if (b.len == 0) {
        return;
    }
    if (b.step == 1) {
        bytearray_replace(ba, (size_t)b.start, (size_t)b.start + b.len, NULL, 0);
        return;
    }
    FE_STR_CHECK_STEP(b.step);
#if FE_STR_EXTENDED_SLICES
    fe_int_t start = b.start, step = b.step;
    if (step < 0) {
        start = start + (fe_int_t)(b.len - 1) * step;
        step = -step;
    }
    size_t out = (size_t)start, next_del = (size_t)start, deleted = 0;
    for (size_t i = (size_t)start; i < ba->len; i++) {
        if (deleted < b.len && i == next_del) {
            deleted++;
            next_del += (size_t)step;
            continue;
        }
        ba->data[out++] = ba->data[i];
    }
    ba->len = out;
#endif
}

static void bytearray_assign_slice(fe_bytearray_t *ba, fe_obj_t slice, fe_obj_t value) {
    fe_vstr_t v;
    if (fe_is_int(value) || fe_is_str(value)) {
        fe_raise_msg(&fe_type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    bytes_from_object(&v, value, false);
    fe_bound_slice_t b;
    fe_slice_indices(slice, ba->len, &b);
    if (b.step == 1) {
        bytearray_replace(ba, (size_t)b.start, (size_t)b.start + b.len, v.buf, v.len);
        return;
    }
#if FE_STR_EXTENDED_SLICES
    if (v.len == 0) {
        bytearray_delete_slice(ba, slice);  // as CPython: an empty value deletes an extended slice
        return;
    }
    if (v.len != b.len) {
        fe_raise_fmt(&fe_type_ValueError, "attempt to assign bytes of size %u to extended slice of size %u",
                     (unsigned)v.len, (unsigned)b.len);
    }
    fe_int_t j = b.start;
    for (size_t i = 0; i < v.len; i++, j += b.step) {
        ba->data[j] = v.buf[i];
    }
#else
    FE_STR_CHECK_STEP(b.step);
#endif
}

static fe_obj_t bytes_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    str_view_t v;
    fe_str_get_view(self, &v);
    bool is_slice = fe_obj_is_type_ptr(index, &fe_type_slice);
    if (value == FE_SUBSCR_LOAD) {
        if (is_slice) {
            return slice_of(&v, index);
        }
        return FE_NEW_SMALL_INT((uint8_t)v.data[bytes_item_index(&v, index)]);
    }
    if (v.kind != STR_KIND_BYTEARRAY) {
        return FE_NULL;
    }
    fe_bytearray_t *ba = fe_native_self(self, &fe_type_bytearray);
    if (value == FE_NULL) {
        if (is_slice) {
            bytearray_delete_slice(ba, index);
        } else {
            size_t i = bytes_item_index(&v, index);
            bytearray_replace(ba, i, i + 1, NULL, 0);
        }
        return fe_none;
    }
    if (is_slice) {
        bytearray_assign_slice(ba, index, value);
    } else {
        size_t i = bytes_item_index(&v, index);
        ba->data[i] = (char)byte_value(value);
    }
    return fe_none;
}

// ---- iteration ----------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t seq;
    size_t pos;
} bytes_iter_t;

// (through the buffer protocol, which also checks a memoryview's state)
static fe_obj_t bytes_it_iternext(fe_obj_t self) {
    bytes_iter_t *it = self;
    fe_buffer_info_t info;
    fe_get_buffer_raise(it->seq, &info, FE_BUFFER_READ);
    if (it->pos >= info.len) {
        return FE_NULL;
    }
    return FE_NEW_SMALL_INT(((const uint8_t *)info.buf)[it->pos++]);
}

static const fe_type_t bytes_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_bytes_iterator,
    .iternext = bytes_it_iternext,
};

#if FE_STR_ITER_NAMES
static const fe_type_t bytearray_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_bytearray_iterator,
    .iternext = bytes_it_iternext,
};
#endif

fe_obj_t fe_bytes_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    bytes_iter_t *it = buf != NULL ? (bytes_iter_t *)buf : fe_new(bytes_iter_t);
    it->base.type = &bytes_iterator_type;
#if FE_STR_ITER_NAMES
    if (fe_obj_is_type_ptr(self, &fe_type_bytearray)) {
        it->base.type = &bytearray_iterator_type;
    }
#endif
    it->seq = self;
    it->pos = 0;
    return it;
}

// ---- fromhex ------------------------------------------------------------------------------

#if FE_STR_EXTRA_METHODS
static fe_obj_t fromhex_common(fe_obj_t cls, fe_obj_t s) {
    if (!fe_is_str(s)) {
        fe_raise_fmt(&fe_type_TypeError, "fromhex() argument must be str, not %T", s);
    }
    size_t len;
    const char *d = fe_str_data(s, &len);
    fe_vstr_t v;
    fe_vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    for (;;) {
        while (i < len && (d[i] == ' ' || (d[i] >= 9 && d[i] <= 13))) {
            i++;
        }
        if (i >= len) {
            break;
        }
        int hi = fe_hex_value((uint8_t)d[i]);
        if (hi < 0) {
            fe_raise_fmt(&fe_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u",
                         (unsigned)i);
        }
        int lo = i + 1 < len ? fe_hex_value((uint8_t)d[i + 1]) : -1;
        if (lo < 0) {
            fe_raise_fmt(&fe_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u",
                         (unsigned)(i + 1));
        }
        fe_vstr_add_byte(&v, (uint8_t)(hi * 16 + lo));
        i += 2;
    }
    const fe_type_t *t = (const fe_type_t *)cls;
    if (t == &fe_type_bytearray || (FE_IS_OBJ(cls) && fe_issubclass(t, &fe_type_bytearray))) {
        fe_obj_t r = fe_bytearray_new(v.buf, v.len);
        return t == &fe_type_bytearray ? r : fe_call1(cls, r);
    }
    fe_obj_t r = fe_bytes_from_vstr(&v);
    return t == &fe_type_bytes ? r : fe_call1(cls, r);
}
static FE_DEFINE_FUN_2(bytes_fromhex_fun, Q_fromhex, fromhex_common);
static FE_DEFINE_CONST_CLASSMETHOD(bytes_fromhex_obj, &bytes_fromhex_fun);
#endif

// ---- bytearray methods --------------------------------------------------------------------

static fe_bytearray_t *ba_self(fe_obj_t o) {
    fe_obj_t n = fe_native_self(o, &fe_type_bytearray);
    if (n == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'bytearray' object but received a '%q'",
                     (qstr)fe_typeof(o)->name);
    }
    return n;
}

static fe_obj_t ba_append(fe_obj_t self, fe_obj_t x) {
    fe_bytearray_t *b = ba_self(self);
    char c = (char)byte_value(x);
    bytearray_extend_bytes(b, &c, 1);
    return fe_none;
}
static FE_DEFINE_FUN_2(ba_append_obj, Q_append, ba_append);

static fe_obj_t ba_extend(fe_obj_t self, fe_obj_t x) {
    fe_bytearray_t *b = ba_self(self);
    if (fe_is_str(x)) {
        fe_raise_msg(&fe_type_TypeError, "'str' object cannot be interpreted as an integer");
    }
    if (fe_is_int(x)) {
        fe_raise_fmt(&fe_type_TypeError, "can't extend bytearray with %T", x);
    }
    fe_vstr_t v;
    bytes_from_object(&v, x, false);
    bytearray_extend_bytes(b, v.buf, v.len);
    return fe_none;
}
static FE_DEFINE_FUN_2(ba_extend_obj, Q_extend, ba_extend);

// The list-like mutators beyond append/extend (insert, pop, remove, reverse, clear, copy).
#if FE_STR_EXTRA_METHODS
static fe_obj_t ba_insert(fe_obj_t self, fe_obj_t index, fe_obj_t x) {
    fe_bytearray_t *b = ba_self(self);
    fe_int_t i = fe_get_index(index);
    char c = (char)byte_value(x);
    if (i < 0) {
        i += (fe_int_t)b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > b->len) {
        i = (fe_int_t)b->len;
    }
    bytearray_replace(b, (size_t)i, (size_t)i, &c, 1);
    return fe_none;
}
static FE_DEFINE_FUN_3(ba_insert_obj, Q_insert, ba_insert);

static fe_obj_t ba_pop(size_t n_args, const fe_obj_t *args) {
    fe_bytearray_t *b = ba_self(args[0]);
    if (b->len == 0) {
        fe_raise_msg(&fe_type_IndexError, "pop from empty bytearray");
    }
    fe_int_t i = n_args > 1 ? fe_get_index(args[1]) : -1;
    if (i < 0) {
        i += (fe_int_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        fe_raise_msg(&fe_type_IndexError, "pop index out of range");
    }
    uint8_t c = (uint8_t)b->data[i];
    bytearray_replace(b, (size_t)i, (size_t)i + 1, NULL, 0);
    return FE_NEW_SMALL_INT(c);
}
static FE_DEFINE_FUN_VAR(ba_pop_obj, Q_pop, 1, 2, ba_pop);

static fe_obj_t ba_remove(fe_obj_t self, fe_obj_t x) {
    fe_bytearray_t *b = ba_self(self);
    uint8_t c = byte_value(x);
    char *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (p == NULL) {
        fe_raise_msg(&fe_type_ValueError, "value not found in bytearray");
    }
    size_t i = (size_t)(p - b->data);
    bytearray_replace(b, i, i + 1, NULL, 0);
    return fe_none;
}
static FE_DEFINE_FUN_2(ba_remove_obj, Q_remove, ba_remove);

static fe_obj_t ba_reverse(fe_obj_t self) {
    fe_bytearray_t *b = ba_self(self);
    for (size_t i = 0; i < b->len / 2; i++) {
        char t = b->data[i];
        b->data[i] = b->data[b->len - 1 - i];
        b->data[b->len - 1 - i] = t;
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(ba_reverse_obj, Q_reverse, ba_reverse);

static fe_obj_t ba_clear(fe_obj_t self) {
    ba_self(self)->len = 0;
    return fe_none;
}
static FE_DEFINE_FUN_1(ba_clear_obj, Q_clear, ba_clear);

static fe_obj_t ba_copy(fe_obj_t self) {
    fe_bytearray_t *b = ba_self(self);
    return fe_bytearray_new(b->data, b->len);
}
static FE_DEFINE_FUN_1(ba_copy_obj, Q_copy, ba_copy);
#endif

// The dunders object lacks, for explicit calls (bytes.__len__(b), super().__getitem__(i)
// ...); operators and builtins reach the slots directly.
#if FE_STR_DUNDERS
// (of str and bytes)
static fe_obj_t text_getnewargs(fe_obj_t self) {
    str_view_t v;
    fe_str_get_view(self, &v);
    fe_obj_t a = fe_str_make_kind(v.kind, v.data, v.len);
    return fe_tuple_new(1, &a);
}
static FE_DEFINE_FUN_1(text_getnewargs_obj, Q___getnewargs__, text_getnewargs);

static fe_obj_t bytes_getitem_m(fe_obj_t self, fe_obj_t index) {
    return bytes_subscr(self, index, FE_SUBSCR_LOAD);
}
static FE_DEFINE_FUN_2(bytes_getitem_obj, Q___getitem__, bytes_getitem_m);

static fe_obj_t ba_setitem_m(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    return bytes_subscr(ba_self(self), index, value);
}
static FE_DEFINE_FUN_3(ba_setitem_obj, Q___setitem__, ba_setitem_m);

static fe_obj_t ba_delitem_m(fe_obj_t self, fe_obj_t index) {
    return bytes_subscr(ba_self(self), index, FE_NULL);
}
static FE_DEFINE_FUN_2(ba_delitem_obj, Q___delitem__, ba_delitem_m);

static fe_obj_t bytes_len_m(fe_obj_t self) {
    size_t len;
    fe_bytes_data(self, &len);
    return FE_NEW_SMALL_INT(len);
}
static FE_DEFINE_FUN_1(bytes_len_obj, Q___len__, bytes_len_m);

static fe_obj_t bytes_contains_m(fe_obj_t self, fe_obj_t x) {
    return bytes_binary_op(FE_BINARY_IN, self, x);
}
static FE_DEFINE_FUN_2(bytes_contains_obj, Q___contains__, bytes_contains_m);
#endif

static fe_obj_t bytes_op_result(fe_obj_t r) {
    return r == FE_NULL ? fe_notimplemented : r;
}
static fe_obj_t bytes_native(fe_obj_t o) {
    fe_obj_t n = fe_native_self(o, &fe_type_bytes);
    return n != FE_NULL ? n : ba_self(o);
}
#define BYTES_BINARY_DUNDER(cname, qname, op, swap) \
    static fe_obj_t cname(fe_obj_t self, fe_obj_t other) { \
        self = bytes_native(self); \
        return bytes_op_result(swap ? bytes_binary_op(op, other, self) : bytes_binary_op(op, self, other)); \
    } \
    static FE_DEFINE_FUN_2(cname##_obj, qname, cname)
BYTES_BINARY_DUNDER(bytes_eq_m, Q___eq__, FE_BINARY_EQUAL, false);
BYTES_BINARY_DUNDER(bytes_ne_m, Q___ne__, FE_BINARY_NOT_EQUAL, false);
BYTES_BINARY_DUNDER(bytes_lt_m, Q___lt__, FE_BINARY_LESS, false);
BYTES_BINARY_DUNDER(bytes_le_m, Q___le__, FE_BINARY_LESS_EQUAL, false);
BYTES_BINARY_DUNDER(bytes_gt_m, Q___gt__, FE_BINARY_MORE, false);
BYTES_BINARY_DUNDER(bytes_ge_m, Q___ge__, FE_BINARY_MORE_EQUAL, false);

// __hash__ of str and bytes (a bytearray is unhashable).
static fe_obj_t text_hash_m(fe_obj_t self) {
    fe_obj_t n = fe_native_self(self, &fe_type_str);
    if (n == FE_NULL) {
        n = fe_native_self(self, &fe_type_bytes);
    }
    if (n == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "unhashable type: 'bytearray'");
    }
    return fe_unary_op(FE_UNARY_HASH, n);
}
static FE_DEFINE_FUN_1(text_hash_obj, Q___hash__, text_hash_m);

#if FE_STR_DUNDERS
BYTES_BINARY_DUNDER(bytes_add_m, Q___add__, FE_BINARY_ADD, false);
BYTES_BINARY_DUNDER(bytes_mul_m, Q___mul__, FE_BINARY_MULTIPLY, false);
BYTES_BINARY_DUNDER(bytes_rmul_m, Q___rmul__, FE_BINARY_MULTIPLY, true);
BYTES_BINARY_DUNDER(bytes_mod_m, Q___mod__, FE_BINARY_MODULO, false);
BYTES_BINARY_DUNDER(ba_iadd_m, Q___iadd__, FE_BINARY_INPLACE_ADD, false);

static fe_obj_t bytes_iter_m(fe_obj_t self) {
    return fe_bytes_getiter(bytes_native(self), NULL);
}
static FE_DEFINE_FUN_1(bytes_iter_obj, Q___iter__, bytes_iter_m);
#endif

static fe_obj_t bytes_repr_m(fe_obj_t self) {
    return fe_repr(bytes_native(self));
}
static FE_DEFINE_FUN_1(bytes_repr_obj, Q___repr__, bytes_repr_m);

// ---- the types ----------------------------------------------------------------------------

// One method table for str, bytes and bytearray, laid out so that each type's methods are
// one contiguous run of it (fixed maps are searched linearly, so order is free):
//     [bytearray only][bytes and bytearray][all three][str and bytes][str only]
// bytearray takes the first three parts, bytes the middle three, str the last three.
#define BYTEARRAY_ONLY \
    {FE_ROM_QSTR(Q_append), FE_ROM_PTR(&ba_append_obj)}, \
    {FE_ROM_QSTR(Q_extend), FE_ROM_PTR(&ba_extend_obj)}, \
    BYTEARRAY_ONLY_EXTRA BYTEARRAY_ONLY_DUNDERS
#define BYTES_AND_BYTEARRAY \
    {FE_ROM_QSTR(Q___eq__), FE_ROM_PTR(&bytes_eq_m_obj)}, \
    {FE_ROM_QSTR(Q___ge__), FE_ROM_PTR(&bytes_ge_m_obj)}, \
    {FE_ROM_QSTR(Q___gt__), FE_ROM_PTR(&bytes_gt_m_obj)}, \
    {FE_ROM_QSTR(Q___le__), FE_ROM_PTR(&bytes_le_m_obj)}, \
    {FE_ROM_QSTR(Q___lt__), FE_ROM_PTR(&bytes_lt_m_obj)}, \
    {FE_ROM_QSTR(Q___ne__), FE_ROM_PTR(&bytes_ne_m_obj)}, \
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&bytes_repr_obj)}, \
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&bytes_repr_obj)}, \
    {FE_ROM_QSTR(Q_decode), FE_ROM_PTR(&fe_strm_decode_obj)}, \
    {FE_ROM_QSTR(Q_hex), FE_ROM_PTR(&fe_strm_hex_obj)}, \
    BYTES_EXTRA BYTES_DUNDERS
#define ALL_THREE \
    {FE_ROM_QSTR(Q_count), FE_ROM_PTR(&fe_strm_count_obj)}, \
    {FE_ROM_QSTR(Q_endswith), FE_ROM_PTR(&fe_strm_endswith_obj)}, \
    {FE_ROM_QSTR(Q_find), FE_ROM_PTR(&fe_strm_find_obj)}, \
    {FE_ROM_QSTR(Q_index), FE_ROM_PTR(&fe_strm_index_obj)}, \
    {FE_ROM_QSTR(Q_isalpha), FE_ROM_PTR(&fe_strm_isalpha_obj)}, \
    {FE_ROM_QSTR(Q_isdigit), FE_ROM_PTR(&fe_strm_isdigit_obj)}, \
    {FE_ROM_QSTR(Q_islower), FE_ROM_PTR(&fe_strm_islower_obj)}, \
    {FE_ROM_QSTR(Q_isspace), FE_ROM_PTR(&fe_strm_isspace_obj)}, \
    {FE_ROM_QSTR(Q_isupper), FE_ROM_PTR(&fe_strm_isupper_obj)}, \
    {FE_ROM_QSTR(Q_join), FE_ROM_PTR(&fe_strm_join_obj)}, \
    {FE_ROM_QSTR(Q_lower), FE_ROM_PTR(&fe_strm_lower_obj)}, \
    {FE_ROM_QSTR(Q_lstrip), FE_ROM_PTR(&fe_strm_lstrip_obj)}, \
    {FE_ROM_QSTR(Q_replace), FE_ROM_PTR(&fe_strm_replace_obj)}, \
    {FE_ROM_QSTR(Q_rfind), FE_ROM_PTR(&fe_strm_rfind_obj)}, \
    {FE_ROM_QSTR(Q_rsplit), FE_ROM_PTR(&fe_strm_rsplit_obj)}, \
    {FE_ROM_QSTR(Q_rstrip), FE_ROM_PTR(&fe_strm_rstrip_obj)}, \
    {FE_ROM_QSTR(Q_split), FE_ROM_PTR(&fe_strm_split_obj)}, \
    {FE_ROM_QSTR(Q_startswith), FE_ROM_PTR(&fe_strm_startswith_obj)}, \
    {FE_ROM_QSTR(Q_strip), FE_ROM_PTR(&fe_strm_strip_obj)}, \
    {FE_ROM_QSTR(Q_upper), FE_ROM_PTR(&fe_strm_upper_obj)}, \
    {FE_ROM_QSTR(Q_zfill), FE_ROM_PTR(&fe_strm_zfill_obj)}, \
    {FE_ROM_QSTR(Q_rindex), FE_ROM_PTR(&fe_strm_rindex_obj)}, \
    {FE_ROM_QSTR(Q_center), FE_ROM_PTR(&fe_strm_center_obj)}, \
    {FE_ROM_QSTR(Q_ljust), FE_ROM_PTR(&fe_strm_ljust_obj)}, \
    {FE_ROM_QSTR(Q_rjust), FE_ROM_PTR(&fe_strm_rjust_obj)}, \
    {FE_ROM_QSTR(Q_partition), FE_ROM_PTR(&fe_strm_partition_obj)}, \
    {FE_ROM_QSTR(Q_rpartition), FE_ROM_PTR(&fe_strm_rpartition_obj)}, \
    {FE_ROM_QSTR(Q_splitlines), FE_ROM_PTR(&fe_strm_splitlines_obj)}, \
    ALL_THREE_EXTRA
#define STR_AND_BYTES \
    {FE_ROM_QSTR(Q___hash__), FE_ROM_PTR(&text_hash_obj)}, \
    STR_AND_BYTES_DUNDERS
#define STR_ONLY \
    {FE_ROM_QSTR(Q___eq__), FE_ROM_PTR(&fe_str_eq_m_obj)}, \
    {FE_ROM_QSTR(Q___format__), FE_ROM_PTR(&fe_str_format_dunder_obj)}, \
    {FE_ROM_QSTR(Q___ge__), FE_ROM_PTR(&fe_str_ge_m_obj)}, \
    {FE_ROM_QSTR(Q___gt__), FE_ROM_PTR(&fe_str_gt_m_obj)}, \
    {FE_ROM_QSTR(Q___le__), FE_ROM_PTR(&fe_str_le_m_obj)}, \
    {FE_ROM_QSTR(Q___lt__), FE_ROM_PTR(&fe_str_lt_m_obj)}, \
    {FE_ROM_QSTR(Q___ne__), FE_ROM_PTR(&fe_str_ne_m_obj)}, \
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&fe_str_repr_obj)}, \
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&fe_str_str_obj)}, \
    {FE_ROM_QSTR(Q_encode), FE_ROM_PTR(&fe_strm_encode_obj)}, \
    {FE_ROM_QSTR(Q_format), FE_ROM_PTR(&fe_strm_format_obj)}, \
    {FE_ROM_QSTR(Q_isidentifier), FE_ROM_PTR(&fe_strm_isidentifier_obj)}, \
    STR_ONLY_EXTRA STR_ONLY_DUNDERS

#if FE_STR_EXTRA_METHODS
#define BYTEARRAY_ONLY_EXTRA \
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&ba_clear_obj)}, \
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&ba_copy_obj)}, \
    {FE_ROM_QSTR(Q_insert), FE_ROM_PTR(&ba_insert_obj)}, \
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&ba_pop_obj)}, \
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&ba_remove_obj)}, \
    {FE_ROM_QSTR(Q_reverse), FE_ROM_PTR(&ba_reverse_obj)},
#define BYTES_EXTRA \
    {FE_ROM_QSTR(Q_fromhex), FE_ROM_PTR(&bytes_fromhex_obj)}, \
    {FE_ROM_QSTR(Q_maketrans), FE_ROM_PTR(&fe_bytes_maketrans_obj)},
#define ALL_THREE_EXTRA \
    {FE_ROM_QSTR(Q_isalnum), FE_ROM_PTR(&fe_strm_isalnum_obj)}, \
    {FE_ROM_QSTR(Q_isascii), FE_ROM_PTR(&fe_strm_isascii_obj)}, \
    {FE_ROM_QSTR(Q_capitalize), FE_ROM_PTR(&fe_strm_capitalize_obj)}, \
    {FE_ROM_QSTR(Q_expandtabs), FE_ROM_PTR(&fe_strm_expandtabs_obj)}, \
    {FE_ROM_QSTR(Q_istitle), FE_ROM_PTR(&fe_strm_istitle_obj)}, \
    {FE_ROM_QSTR(Q_removeprefix), FE_ROM_PTR(&fe_strm_removeprefix_obj)}, \
    {FE_ROM_QSTR(Q_removesuffix), FE_ROM_PTR(&fe_strm_removesuffix_obj)}, \
    {FE_ROM_QSTR(Q_swapcase), FE_ROM_PTR(&fe_strm_swapcase_obj)}, \
    {FE_ROM_QSTR(Q_title), FE_ROM_PTR(&fe_strm_title_obj)}, \
    {FE_ROM_QSTR(Q_translate), FE_ROM_PTR(&fe_strm_translate_obj)},
#define STR_ONLY_EXTRA \
    {FE_ROM_QSTR(Q_casefold), FE_ROM_PTR(&fe_strm_casefold_obj)}, \
    {FE_ROM_QSTR(Q_format_map), FE_ROM_PTR(&fe_strm_format_map_obj)}, \
    {FE_ROM_QSTR(Q_isdecimal), FE_ROM_PTR(&fe_strm_isdecimal_obj)}, \
    {FE_ROM_QSTR(Q_isnumeric), FE_ROM_PTR(&fe_strm_isnumeric_obj)}, \
    {FE_ROM_QSTR(Q_isprintable), FE_ROM_PTR(&fe_strm_isprintable_obj)}, \
    {FE_ROM_QSTR(Q_maketrans), FE_ROM_PTR(&fe_strm_maketrans_obj)},
#else
#define BYTEARRAY_ONLY_EXTRA
#define BYTES_EXTRA
#define ALL_THREE_EXTRA
#define STR_ONLY_EXTRA
#endif

#if FE_STR_DUNDERS
#define BYTEARRAY_ONLY_DUNDERS \
    {FE_ROM_QSTR(Q___iadd__), FE_ROM_PTR(&ba_iadd_m_obj)}, \
    {FE_ROM_QSTR(Q___delitem__), FE_ROM_PTR(&ba_delitem_obj)}, \
    {FE_ROM_QSTR(Q___setitem__), FE_ROM_PTR(&ba_setitem_obj)},
#define BYTES_DUNDERS \
    {FE_ROM_QSTR(Q___add__), FE_ROM_PTR(&bytes_add_m_obj)}, \
    {FE_ROM_QSTR(Q___iter__), FE_ROM_PTR(&bytes_iter_obj)}, \
    {FE_ROM_QSTR(Q___mod__), FE_ROM_PTR(&bytes_mod_m_obj)}, \
    {FE_ROM_QSTR(Q___mul__), FE_ROM_PTR(&bytes_mul_m_obj)}, \
    {FE_ROM_QSTR(Q___rmul__), FE_ROM_PTR(&bytes_rmul_m_obj)}, \
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&bytes_contains_obj)}, \
    {FE_ROM_QSTR(Q___getitem__), FE_ROM_PTR(&bytes_getitem_obj)}, \
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&bytes_len_obj)},
#define STR_AND_BYTES_DUNDERS \
    {FE_ROM_QSTR(Q___getnewargs__), FE_ROM_PTR(&text_getnewargs_obj)},
#define STR_ONLY_DUNDERS \
    {FE_ROM_QSTR(Q___add__), FE_ROM_PTR(&fe_str_add_m_obj)}, \
    {FE_ROM_QSTR(Q___iter__), FE_ROM_PTR(&fe_str_iter_obj)}, \
    {FE_ROM_QSTR(Q___mul__), FE_ROM_PTR(&fe_str_mul_m_obj)}, \
    {FE_ROM_QSTR(Q___rmod__), FE_ROM_PTR(&fe_str_rmod_obj)}, \
    {FE_ROM_QSTR(Q___rmul__), FE_ROM_PTR(&fe_str_rmul_m_obj)}, \
    {FE_ROM_QSTR(Q___sizeof__), FE_ROM_PTR(&fe_str_sizeof_obj)}, \
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&fe_str_contains_obj)}, \
    {FE_ROM_QSTR(Q___getitem__), FE_ROM_PTR(&fe_str_getitem_obj)}, \
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&fe_str_len_obj)}, \
    {FE_ROM_QSTR(Q___mod__), FE_ROM_PTR(&fe_str_mod_obj)},
#else
#define BYTEARRAY_ONLY_DUNDERS
#define BYTES_DUNDERS
#define STR_AND_BYTES_DUNDERS
#define STR_ONLY_DUNDERS
#endif

#define N_ENTRIES(list) (sizeof((const fe_map_elem_t[]){list}) / sizeof(fe_map_elem_t))
typedef struct {
    fe_map_elem_t bytearray_only[N_ENTRIES(BYTEARRAY_ONLY)];
    fe_map_elem_t bytes_and_bytearray[N_ENTRIES(BYTES_AND_BYTEARRAY)];
    fe_map_elem_t all_three[N_ENTRIES(ALL_THREE)];
    fe_map_elem_t str_and_bytes[N_ENTRIES(STR_AND_BYTES)];
    fe_map_elem_t str_only[N_ENTRIES(STR_ONLY)];
} text_methods_t;
static const text_methods_t text_methods = {
    {BYTEARRAY_ONLY}, {BYTES_AND_BYTEARRAY}, {ALL_THREE}, {STR_AND_BYTES}, {STR_ONLY}};
#define TEXT_METHODS_INDEX(part) (offsetof(text_methods_t, part) / sizeof(fe_map_elem_t))
// the parts follow one another without gaps (arrays of one element type)
_Static_assert(TEXT_METHODS_INDEX(str_only) + N_ENTRIES(STR_ONLY) == sizeof(text_methods_t) / sizeof(fe_map_elem_t),
               "text_methods has padding");

// A fixed dict of the n entries of text_methods starting at `first`.
#define TEXT_METHODS_DICT(obj, first, n) \
    const fe_dict_t obj = {{&fe_type_dict}, {(n), (n), (n), (fe_map_elem_t *)(first), NULL, \
        FE_MAP_FIXED | FE_MAP_ALL_QSTR_KEYS}}
static TEXT_METHODS_DICT(bytearray_locals_dict, text_methods.bytearray_only, TEXT_METHODS_INDEX(str_and_bytes));
static TEXT_METHODS_DICT(bytes_locals_dict, text_methods.bytes_and_bytearray,
                         TEXT_METHODS_INDEX(str_only) - TEXT_METHODS_INDEX(bytes_and_bytearray));
TEXT_METHODS_DICT(fe_str_locals_dict, text_methods.all_three,
                  sizeof(text_methods_t) / sizeof(fe_map_elem_t) - TEXT_METHODS_INDEX(all_three));

const fe_type_t fe_type_bytes = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_bytes,
    .print = bytes_print,
    .make_new = bytes_make_new,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .subscr = bytes_subscr,
    .getiter = fe_bytes_getiter,
    .buffer = bytes_buffer,
    .locals_dict = (struct fe_dict *)&bytes_locals_dict,
};

const fe_type_t fe_type_bytearray = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_bytearray,
    .print = bytearray_print,
    .make_new = bytearray_make_new,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .subscr = bytes_subscr,
    .getiter = fe_bytes_getiter,
    .buffer = bytearray_buffer,
    .locals_dict = (struct fe_dict *)&bytearray_locals_dict,
};
