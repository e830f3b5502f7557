// py/objstr.c: the str type: construction, hashing, repr, operators, indexing, iteration,
// and the codecs (utf-8, ascii, latin-1) shared with bytes.
//
// A str value is either an immediate qstr (FE_IS_QSTR) or a heap fe_str_t (py/objstr.h).
// Both hash with fe_str_hash over the UTF-8 bytes, so 'ab' as a qstr and as a heap str are
// equal, hash equal and meet as dict keys. Single ASCII characters are const objects in
// ROM (ascii_chars, switch FE_STR_ASCII_TABLE), so indexing and iterating ASCII text
// allocates nothing; without the table they are ordinary heap strs.
#include <string.h>
#include "py/obj.h"
#include "py/objstr.h"
#include "py/unicode.h"

// FNV-1a, 32 bits: tools/makeqstrs.py computes the same for the static qstrs.
size_t fe_str_hash(const char *data, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (uint8_t)data[i]) * 16777619u;
    }
    return h;
}

// ---- the 128 one-character ASCII strings, in ROM -----------------------------------------
#if FE_STR_ASCII_TABLE
#define ONE_HASH(c) ((uint32_t)((uint32_t)(2166136261u ^ (uint32_t)(c)) * 16777619u))
#define T1(c) {(char)(c), 0}
#define T8(b) T1(b), T1(b + 1), T1(b + 2), T1(b + 3), T1(b + 4), T1(b + 5), T1(b + 6), T1(b + 7)
#define T64(b) T8(b), T8(b + 8), T8(b + 16), T8(b + 24), T8(b + 32), T8(b + 40), T8(b + 48), T8(b + 56)
static const char ascii_text[128][2] = {T64(0), T64(64)};
#define C1(c) {{&fe_type_str}, ONE_HASH(c), 1, 1, ascii_text[c]}
#define C8(b) C1(b), C1(b + 1), C1(b + 2), C1(b + 3), C1(b + 4), C1(b + 5), C1(b + 6), C1(b + 7)
#define C64(b) C8(b), C8(b + 8), C8(b + 16), C8(b + 24), C8(b + 32), C8(b + 40), C8(b + 48), C8(b + 56)
static const fe_str_t ascii_chars[128] = {C64(0), C64(64)};
#endif

// ---- construction -------------------------------------------------------------------------

fe_str_t *fe_str_alloc_kind(const fe_type_t *type, size_t len, char **data) {
    fe_str_t *s = fe_alloc(sizeof(fe_str_t) + len + 1);
    s->base.type = type;
    s->len = len;
    *data = (char *)(s + 1);
    s->data = *data;
    return s;
}

fe_obj_t fe_str_finish(fe_str_t *s) {
    s->hash = (uint32_t)fe_str_hash(s->data, s->len);
    s->n_chars = s->base.type == &fe_type_str ? (uint32_t)fe_utf8_count_chars(s->data, s->len) : (uint32_t)s->len;
    return s;
}

fe_obj_t fe_str_new(const char *data, size_t len) {
    if (len == 0) {
        return FE_NEW_QSTR(Q_empty);
    }
#if FE_STR_ASCII_TABLE
    if (len == 1 && (uint8_t)data[0] < 0x80) {
        return (fe_obj_t)&ascii_chars[(uint8_t)data[0]];
    }
#endif
    char *d;
    fe_str_t *s = fe_str_alloc_kind(&fe_type_str, len, &d);
    memcpy(d, data, len);
    return fe_str_finish(s);
}

fe_obj_t fe_str_new_cstr(const char *s) {
    return fe_str_new(s, strlen(s));
}

fe_obj_t fe_str_from_char(unsigned cp) {
    char buf[4];
    size_t n = fe_utf8_encode(cp, buf);
    return fe_str_new(buf, n);
}

// Text shorter than this is copied out of a vstr into a one-block str (and the vstr's
// buffer freed at once): cheaper than a second allocation and kinder to the heap.
#define STR_COPY_MAX 128

fe_obj_t fe_text_from_vstr(const fe_type_t *type, fe_vstr_t *v) {
    if (v->len < STR_COPY_MAX || v->buf == NULL) {
        fe_obj_t r = type == &fe_type_str ? fe_str_new(v->buf, v->len) : fe_bytes_new(v->buf, v->len);
        fe_vstr_clear(v);
        return r;
    }
    fe_str_t *s = fe_new(fe_str_t);
    s->base.type = type;
    s->len = v->len;
    s->data = fe_vstr_take(v);
    return fe_str_finish(s);
}

fe_obj_t fe_str_from_vstr(fe_vstr_t *v) {
    return fe_text_from_vstr(&fe_type_str, v);
}

fe_obj_t fe_str_intern(const char *data, size_t len) {
    return FE_NEW_QSTR(qstr_from_strn(data, len));
}

// The native str behind o (o itself, or the str inside a str-subclass instance); FE_NULL
// if o is not a str.
static fe_obj_t str_native(fe_obj_t o) {
    if (FE_IS_QSTR(o) || fe_obj_is_type_ptr(o, &fe_type_str)) {
        return o;
    }
    if (!FE_IS_OBJ(o) || o == FE_NULL || FE_IS_SMALL_INT(o)) {
        return FE_NULL;
    }
    if (!(((fe_objbase_t *)o)->type->flags & FE_TYPE_FLAG_USER)) {
        return FE_NULL;
    }
    return fe_native_self(o, &fe_type_str);
}

// Text of a str (any representation) or NULL if o is not a str.
static const char *str_text(fe_obj_t o, size_t *len) {
    o = str_native(o);
    if (o == FE_NULL) {
        return NULL;
    }
    if (FE_IS_QSTR(o)) {
        return qstr_data(FE_QSTR_VALUE(o), len);
    }
    const fe_str_t *s = o;
    *len = s->len;
    return s->data;
}

bool fe_is_str(fe_obj_t o) {
    return str_native(o) != FE_NULL;
}

const char *fe_str_data(fe_obj_t o, size_t *len) {
    size_t dummy;
    const char *s = str_text(o, len ? len : &dummy);
    if (s == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "expected str, got %T", o);
    }
    return s;
}

qstr fe_str_to_qstr(fe_obj_t o) {
    if (FE_IS_QSTR(o)) {
        return FE_QSTR_VALUE(o);
    }
    size_t len;
    const char *s = fe_str_data(o, &len);
    return qstr_from_strn(s, len);
}

size_t fe_str_char_len(fe_obj_t o) {
    o = str_native(o);
    if (FE_IS_QSTR(o)) {
        size_t len;
        const char *s = qstr_data(FE_QSTR_VALUE(o), &len);
        return fe_utf8_count_chars(s, len);
    }
    return ((const fe_str_t *)o)->n_chars;
}

static size_t str_hash_of(fe_obj_t o) {
    if (FE_IS_QSTR(o)) {
        return qstr_hash(FE_QSTR_VALUE(o));
    }
    return ((const fe_str_t *)o)->hash;
}

bool fe_str_get_view(fe_obj_t o, str_view_t *v) {
    fe_obj_t n = str_native(o);
    if (n != FE_NULL) {
        if (FE_IS_QSTR(n)) {
            v->data = qstr_data(FE_QSTR_VALUE(n), &v->len);
            v->n_chars = fe_utf8_count_chars(v->data, v->len);
        } else {
            const fe_str_t *s = n;
            v->data = s->data;
            v->len = s->len;
            v->n_chars = s->n_chars;
        }
        v->kind = STR_KIND_STR;
        return true;
    }
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    n = fe_native_self(o, &fe_type_bytes);
    if (n != FE_NULL) {
        v->data = ((const fe_str_t *)n)->data;
        v->len = ((const fe_str_t *)n)->len;
        v->kind = STR_KIND_BYTES;
        v->n_chars = v->len;
        return true;
    }
    n = fe_native_self(o, &fe_type_bytearray);
    if (n != FE_NULL) {
        v->data = ((const fe_bytearray_t *)n)->data;
        v->len = ((const fe_bytearray_t *)n)->len;
        v->kind = STR_KIND_BYTEARRAY;
        v->n_chars = v->len;
        return true;
    }
    return false;
}

fe_obj_t fe_str_make_kind(str_kind_t kind, const char *data, size_t len) {
    switch (kind) {
        case STR_KIND_STR:
            return fe_str_new(data, len);
        case STR_KIND_BYTES:
            return fe_bytes_new(data, len);
        default:
            return fe_bytearray_new(data, len);
    }
}

fe_obj_t fe_str_make_kind_vstr(str_kind_t kind, fe_vstr_t *v) {
    switch (kind) {
        case STR_KIND_STR:
            return fe_str_from_vstr(v);
        case STR_KIND_BYTES:
            return fe_bytes_from_vstr(v);
        default:
            return fe_bytearray_new(v->buf, v->len);
    }
}

// ---- repr ---------------------------------------------------------------------------------

// Writes the escape of code point cp as Python writes it (\xhh, \uhhhh or \Uhhhhhhhh) to
// out (room for 10 bytes); returns its length.
static size_t escape_code_point(char *out, unsigned cp) {
    static const char hex[] = "0123456789abcdef";
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    out[0] = '\\';
    out[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = 0; k < digits; k++) {
        out[2 + k] = hex[(cp >> (4 * (digits - 1 - k))) & 15];
    }
    return 2 + (size_t)digits;
}

void fe_str_add_escape(fe_vstr_t *v, unsigned cp) {
    char buf[10];
    fe_vstr_add_strn(v, buf, escape_code_point(buf, cp));
}

void fe_str_print_repr(const fe_print_t *print, const char *s, size_t len, int bytes_kind) {
    bool is_bytes = bytes_kind != 0;
    char quote = '\'';
    if (memchr(s, '\'', len) != NULL && memchr(s, '"', len) == NULL) {
        quote = '"';
    }
    if (is_bytes) {
        fe_print_strn(print, "b", 1);
    }
    fe_print_strn(print, &quote, 1);
    const char *end = s + len;
    const char *run = s;  // start of a run of characters printed as they are
    while (s < end) {
        uint8_t c = (uint8_t)*s;
        char esc[10];
        size_t n = 0;
        const char *next = s + 1;
        if (c == '\\' || c == (uint8_t)quote || (c == '\'' && bytes_kind == 2)) {
            esc[0] = '\\';
            esc[1] = (char)c;
            n = 2;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            esc[0] = '\\';
            esc[1] = c == '\n' ? 'n' : c == '\t' ? 't' : 'r';
            n = 2;
        } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
            n = escape_code_point(esc, c);
        } else if (c >= 0x80) {
            const char *p = s;
            unsigned cp = fe_utf8_decode(&p);
            next = p;
            if (!fe_unichar_isprintable(cp)) {
                n = escape_code_point(esc, cp);
            }
        }
        if (n > 0) {
            fe_print_strn(print, run, (size_t)(s - run));
            fe_print_strn(print, esc, n);
            run = next;
        }
        s = next;
    }
    fe_print_strn(print, run, (size_t)(end - run));
    fe_print_strn(print, &quote, 1);
}

static void str_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    size_t len;
    const char *s = fe_str_data(self, &len);
    if (kind == FE_PRINT_STR) {
        fe_print_strn(print, s, len);
    } else {
        fe_str_print_repr(print, s, len, 0);
    }
}

// ---- codecs -------------------------------------------------------------------------------

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } codec_t;

void fe_codec_check_args(const char *fname, fe_obj_t encoding, fe_obj_t errors) {
    bool bad_encoding = encoding != FE_NULL && !fe_is_str(encoding);
    if (bad_encoding || (errors != FE_NULL && !fe_is_str(errors))) {
        fe_raise_fmt(&fe_type_TypeError, "%s() argument '%s' must be str, not %T", fname,
                     bad_encoding ? "encoding" : "errors", bad_encoding ? encoding : errors);
    }
}

// The accepted spellings of each codec (after lower-casing and '_' -> '-'), in codec_t
// order: each group ends with an empty name and starts with the canonical one.
static const char codec_names[] = "utf-8\0utf8\0u8\0\0ascii\0us-ascii\0\0"
#if FE_STR_CODECS
                                  "latin-1\0latin1\0iso-8859-1\0iso8859-1\0l1\0latin\0\0"
#endif
    ;

static codec_t codec_lookup(fe_obj_t encoding, const char **name) {
    if (encoding == FE_NULL || encoding == fe_none) {
        *name = codec_names;
        return CODEC_UTF8;
    }
    size_t len;
    const char *s = str_text(encoding, &len);
    if (s == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "encode() argument 'encoding' must be str, not %T", encoding);
    }
    char norm[16];
    if (len < sizeof(norm)) {
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            norm[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c == '_' ? '-' : c;
        }
        norm[len] = 0;
        const char *group = codec_names;
        int codec = 0;
        for (const char *p = codec_names; p < codec_names + sizeof(codec_names) - 1; p += strlen(p) + 1) {
            if (*p == 0) {
                group = p + 1;
                codec++;
            } else if (!strcmp(norm, p)) {
                *name = group;
                return (codec_t)codec;
            }
        }
    }
    fe_raise_fmt(&fe_type_LookupError, "unknown encoding: %s", fe_str_data(fe_str(encoding), NULL));
}

// The error handlers, in errors_t order.
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH } errors_t;
static const char error_names[] = "strict"
#if FE_STR_CODECS
                                  "\0ignore\0replace\0backslashreplace"
#endif
    ;

static errors_t errors_lookup(fe_obj_t errors) {
    if (errors == FE_NULL || errors == fe_none) {
        return ERR_STRICT;
    }
    size_t len;
    const char *s = fe_str_data(errors, &len);
    int k = 0;
    for (const char *p = error_names; p < error_names + sizeof(error_names); p += strlen(p) + 1, k++) {
        if (strlen(p) == len && !memcmp(s, p, len)) {
            return (errors_t)k;
        }
    }
    fe_raise_fmt(&fe_type_LookupError, "unknown error handler name '%s'", s);
}

FE_NORETURN static void raise_unicode_error(const fe_type_t *type, const char *codec, fe_obj_t obj, size_t start,
                                            size_t end, const char *reason) {
    fe_obj_t args[5] = {fe_str_new_cstr(codec), obj, FE_NEW_SMALL_INT(start), FE_NEW_SMALL_INT(end),
                        fe_str_new_cstr(reason)};
    fe_raise(fe_exc_new(type, 5, args));
}

fe_obj_t fe_bytes_decode(const char *data, size_t len, fe_obj_t encoding, fe_obj_t errors) {
    const char *name;
    codec_t codec = codec_lookup(encoding, &name);
    errors_t err = errors_lookup(errors);
    fe_vstr_t v;
    fe_vstr_init(&v, len + 1);
    size_t i = 0;
    while (i < len) {
        uint8_t c = (uint8_t)data[i];
        if (c < 0x80) {
            size_t j = i + 1;
            while (j < len && (uint8_t)data[j] < 0x80) {
                j++;
            }
            fe_vstr_add_strn(&v, data + i, j - i);
            i = j;
            continue;
        }
#if FE_STR_CODECS
        if (codec == CODEC_LATIN1) {
            fe_vstr_add_char(&v, c);
            i++;
            continue;
        }
#endif
        size_t bad_len = 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_UTF8) {
            size_t bad;
            size_t n = fe_utf8_seq_len(c);
            if (n > 1 && i + n <= len && fe_utf8_validate(data + i, n, &bad, &bad_len, &reason)) {
                fe_vstr_add_strn(&v, data + i, n);
                i += n;
                continue;
            }
            fe_utf8_validate(data + i, n <= len - i ? n : len - i, &bad, &bad_len, &reason);
            if (n == 1 || bad_len == 0) {
                bad_len = 1;
                reason = "invalid start byte";
            }
        }
        if (err == ERR_STRICT) {
            raise_unicode_error(&fe_type_UnicodeDecodeError, name, fe_bytes_new(data, len), i, i + bad_len, reason);
        }
#if FE_STR_CODECS
        if (err == ERR_REPLACE) {
            fe_vstr_add_char(&v, 0xfffd);
        } else if (err == ERR_BACKSLASH) {
            for (size_t k = 0; k < bad_len; k++) {
                fe_str_add_escape(&v, (uint8_t)data[i + k]);
            }
        }
#endif
        i += bad_len;
    }
    return fe_str_from_vstr(&v);
}

fe_obj_t fe_str_encode(fe_obj_t str, fe_obj_t encoding, fe_obj_t errors, const fe_type_t *type) {
    size_t len;
    const char *s = fe_str_data(str, &len);
    const char *name;
    codec_t codec = codec_lookup(encoding, &name);
    errors_t err = errors_lookup(errors);
    fe_vstr_t v;
    fe_vstr_init(&v, len + 1);
    if (codec == CODEC_UTF8) {
        fe_vstr_add_strn(&v, s, len);
    } else {
        unsigned limit = codec == CODEC_ASCII ? 0x80 : 0x100;
        const char *p = s, *end = s + len;
        size_t index = 0;
        while (p < end) {
            unsigned cp = fe_utf8_decode(&p);
            if (cp < limit) {
                fe_vstr_add_byte(&v, (uint8_t)cp);
            } else if (err == ERR_STRICT) {
                size_t stop = index + 1;
                const char *q = p;
                while (q < end) {
                    const char *q0 = q;
                    if (fe_utf8_decode(&q) < limit) {
                        q = q0;
                        break;
                    }
                    stop++;
                }
                raise_unicode_error(&fe_type_UnicodeEncodeError, name, str, index, stop,
                                    codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
            }
#if FE_STR_CODECS
            else if (err == ERR_REPLACE) {
                fe_vstr_add_byte(&v, '?');
            } else if (err == ERR_BACKSLASH) {
                fe_str_add_escape(&v, cp);
            }
#endif
            index++;
        }
    }
    if (type == &fe_type_bytearray) {
        return fe_bytearray_new(v.buf, v.len);
    }
    return fe_bytes_from_vstr(&v);
}

// ---- the type -----------------------------------------------------------------------------

static fe_obj_t str_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args == 0 && n_kw == 0) {
        return FE_NEW_QSTR(Q_empty);
    }
    static const fe_arg_spec_t spec[] = {
        {Q_object, 0, FE_NULL},
        {Q_encoding, 0, FE_NULL},
        {Q_errors, 0, FE_NULL},
    };
    fe_obj_t a[3];
    fe_parse_args_pairs(n_args, n_kw, args, 3, spec, a);
    if (a[1] == FE_NULL && a[2] == FE_NULL) {
        if (a[0] == FE_NULL) {
            return FE_NEW_QSTR(Q_empty);
        }
        fe_obj_t r = fe_str(a[0]);
        if (!FE_IS_QSTR(r) && !fe_obj_is_type_ptr(r, &fe_type_str)) {
            fe_obj_t n = str_native(r);
            if (n == FE_NULL) {
                fe_raise_fmt(&fe_type_TypeError, "__str__ returned non-string (type %T)", r);
            }
            r = n;
        }
        return r;
    }
    fe_codec_check_args("str", a[1], a[2]);
    if (a[0] == FE_NULL) {
        return FE_NEW_QSTR(Q_empty);
    }
    if (fe_is_str(a[0])) {
        fe_raise_msg(&fe_type_TypeError, "decoding str is not supported");
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(a[0], &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    }
    return fe_bytes_decode(info.buf, info.len, a[1], a[2]);
}

static fe_obj_t str_unary_op(fe_unary_op_t op, fe_obj_t self) {
    switch (op) {
        case FE_UNARY_BOOL: {
            size_t len;
            fe_str_data(self, &len);
            return fe_bool(len != 0);
        }
        case FE_UNARY_LEN:
            return FE_NEW_SMALL_INT(fe_str_char_len(self));
        case FE_UNARY_HASH:
            return fe_int_from_int((fe_int_t)str_hash_of(str_native(self)));
        default:
            return FE_NULL;
    }
}

bool fe_str_is_user_object(fe_obj_t o) {
    return FE_IS_OBJ(o) && o != FE_NULL && (((fe_objbase_t *)o)->type->flags & FE_TYPE_FLAG_USER);
}

// text * count for str and bytes; FE_NULL (NotImplemented) when count is a user object
// that is not an int, so that its __rmul__ gets a chance.
fe_obj_t fe_str_repeat(str_kind_t kind, const char *s, size_t len, fe_obj_t count_obj) {
    if (!fe_is_int(count_obj)) {
        if (fe_str_is_user_object(count_obj)) {
            return FE_NULL;
        }
        fe_raise_fmt(&fe_type_TypeError, "can't multiply sequence by non-int of type '%q'",
                     (qstr)fe_typeof(count_obj)->name);
    }
    fe_int_t count;
    if (!fe_get_int_maybe(count_obj, &count)) {
        fe_raise_fmt(&fe_type_OverflowError, "cannot fit '%q' into an index-sized integer",
                     (qstr)fe_typeof(count_obj)->name);
    }
    if (count <= 0 || len == 0) {
        return fe_str_make_kind(kind, "", 0);
    }
    if ((size_t)count > ((size_t)-1 >> 2) / len) {
        fe_raise_memory_error();
    }
    fe_vstr_t v;
    fe_vstr_init(&v, len * (size_t)count + 1);
    char *p = fe_vstr_extend(&v, len * (size_t)count);
    for (fe_int_t i = 0; i < count; i++) {
        memcpy(p + (size_t)i * len, s, len);
    }
    return fe_str_make_kind_vstr(kind, &v);
}

fe_obj_t fe_str_compare_op(fe_binary_op_t op, const char *a, size_t alen, const char *b, size_t blen) {
    _Static_assert(FE_BINARY_MORE == FE_BINARY_LESS + 1 && FE_BINARY_EQUAL == FE_BINARY_LESS + 2 &&
                       FE_BINARY_LESS_EQUAL == FE_BINARY_LESS + 3 && FE_BINARY_MORE_EQUAL == FE_BINARY_LESS + 4 &&
                       FE_BINARY_NOT_EQUAL == FE_BINARY_LESS + 5,
                   "the comparisons follow one another");
    unsigned i = (unsigned)op - FE_BINARY_LESS;
    if (i > 5) {
        return FE_NULL;
    }
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c == 0) {
        c = (alen > blen) - (alen < blen);
    }
    // 4 bits per comparison from LESS on: which outcomes (bit 0 less, 1 equal, 2 greater)
    // make it true
    return fe_bool((0x563241u >> (4 * i + (c < 0 ? 0 : c == 0 ? 1 : 2))) & 1);
}

// Finds needle in haystack at or after byte offset `from`; returns the offset or -1.
fe_int_t fe_str_find_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen, size_t from) {
    if (nlen == 0) {
        return from <= hlen ? (fe_int_t)from : -1;
    }
    if (nlen > hlen) {
        return -1;
    }
    for (size_t i = from; i + nlen <= hlen; i++) {
        const char *p = memchr(hay + i, needle[0], hlen - nlen + 1 - i);
        if (p == NULL) {
            return -1;
        }
        i = (size_t)(p - hay);
        if (memcmp(p, needle, nlen) == 0) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

static fe_obj_t str_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    size_t alen, blen;
    const char *a = str_text(lhs, &alen);
    const char *b = str_text(rhs, &blen);
    switch (op) {
        case FE_BINARY_ADD:
            if (a == NULL) {
                return FE_NULL;
            }
            if (b == NULL) {
                if (fe_str_is_user_object(rhs)) {
                    return FE_NULL;
                }
                fe_raise_fmt(&fe_type_TypeError, "can only concatenate str (not \"%q\") to str",
                             (qstr)fe_typeof(rhs)->name);
            }
            if (blen == 0 && fe_obj_is_type_ptr(lhs, &fe_type_str)) {
                return lhs;
            }
            if (alen == 0 && fe_obj_is_type_ptr(rhs, &fe_type_str)) {
                return rhs;
            }
            {
                char *d;
                fe_str_t *s = fe_str_alloc_kind(&fe_type_str, alen + blen, &d);
                memcpy(d, a, alen);
                memcpy(d + alen, b, blen);
                return fe_str_finish(s);
            }
        case FE_BINARY_MULTIPLY:
            return fe_str_repeat(STR_KIND_STR, a ? a : b, a ? alen : blen, a ? rhs : lhs);
        case FE_BINARY_MODULO:
            if (a == NULL) {
                return FE_NULL;
            }
            return fe_str_modulo(lhs, rhs);
        case FE_BINARY_IN:
            // (IN, container, item)
            if (a == NULL) {
                return FE_NULL;
            }
            if (b == NULL) {
                fe_raise_fmt(&fe_type_TypeError, "'in <string>' requires string as left operand, not %T", rhs);
            }
            return fe_bool(fe_str_find_bytes(a, alen, b, blen, 0) >= 0);
        default:
            if (a == NULL || b == NULL) {
                return FE_NULL;
            }
            return fe_str_compare_op(op, a, alen, b, blen);
    }
}

// ---- indexing -----------------------------------------------------------------------------

#if !FE_STR_EXTENDED_SLICES
void fe_str_raise_extended_slice(void) {
    fe_raise_msg(&fe_type_NotImplementedError, "only slices with step 1 are supported");
}
#endif

fe_obj_t fe_str_slice_bytes(str_kind_t kind, const char *data, const fe_bound_slice_t *b) {
    if (b->step == 1) {
        return fe_str_make_kind(kind, data + b->start, b->len);
    }
    fe_vstr_t out;
    fe_vstr_init(&out, b->len + 1);
    char *p = fe_vstr_extend(&out, b->len);
    fe_int_t i = b->start;
    for (size_t k = 0; k < b->len; k++, i += b->step) {
        p[k] = data[i];
    }
    return fe_str_make_kind_vstr(kind, &out);
}

static fe_obj_t str_slice(const char *s, size_t len, fe_obj_t self, fe_obj_t slice) {
    size_t n_chars = fe_str_char_len(self);
    fe_bound_slice_t b;
    fe_slice_indices(slice, n_chars, &b);
    if (b.step == 1 && b.len == n_chars && fe_obj_is_type_ptr(self, &fe_type_str)) {
        return self;
    }
    if (n_chars == len) {
        return fe_str_slice_bytes(STR_KIND_STR, s, &b);  // ASCII: characters are bytes
    }
    if (b.step == 1) {
        size_t from = fe_utf8_char_offset(s, len, (size_t)b.start);
        size_t to = from + fe_utf8_char_offset(s + from, len - from, b.len);
        return fe_str_new(s + from, to - from);
    }
    // strided over non-ASCII text (rare): find each character from the start
    fe_vstr_t v;
    fe_vstr_init(&v, b.len + 1);
    fe_int_t i = b.start;
    for (size_t k = 0; k < b.len; k++, i += b.step) {
        size_t from = fe_utf8_char_offset(s, len, (size_t)i);
        fe_vstr_add_strn(&v, s + from, fe_utf8_seq_len((uint8_t)s[from]));
    }
    return fe_str_from_vstr(&v);
}

static fe_obj_t str_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    if (value != FE_SUBSCR_LOAD) {
        return FE_NULL;
    }
    size_t len;
    const char *s = fe_str_data(self, &len);
    if (fe_obj_is_type_ptr(index, &fe_type_slice)) {
        return str_slice(s, len, self, index);
    }
    size_t n_chars = fe_str_char_len(self);
    size_t i = fe_get_seq_index(&fe_type_str, n_chars, index);
    if (n_chars == len) {
        return fe_str_new(s + i, 1);
    }
    size_t off = fe_utf8_char_offset(s, len, (size_t)i);
    const char *p = s + off;
    return fe_str_from_char(fe_utf8_decode(&p));
}

// ---- iteration ----------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    fe_obj_t str;
    size_t pos;  // byte offset of the next character
} str_iter_t;

static fe_obj_t str_it_iternext(fe_obj_t self) {
    str_iter_t *it = self;
    size_t len;
    const char *s = fe_str_data(it->str, &len);
    if (it->pos >= len) {
        return FE_NULL;
    }
    const char *p = s + it->pos;
    unsigned cp = fe_utf8_decode(&p);
    it->pos = (size_t)(p - s);
    return fe_str_from_char(cp);
}

static const fe_type_t str_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_str_iterator,
    .getiter = NULL,
    .iternext = str_it_iternext,
};

#if FE_STR_ITER_NAMES
// CPython 3.11 names the iterator of an all-ASCII str differently.
static const fe_type_t str_ascii_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_str_ascii_iterator,
    .iternext = str_it_iternext,
};
#endif

static fe_obj_t str_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    str_iter_t *it = buf != NULL ? (str_iter_t *)buf : fe_new(str_iter_t);
    self = str_native(self);
    it->base.type = &str_iterator_type;
#if FE_STR_ITER_NAMES
    size_t len;
    fe_str_data(self, &len);
    if (fe_str_char_len(self) == len) {
        it->base.type = &str_ascii_iterator_type;
    }
#endif
    it->str = self;
    it->pos = 0;
    return it;
}

// ---- methods ------------------------------------------------------------------------------
// (the method table, shared with bytes and bytearray, is in py/objbytes.c)

// The operator dunders, for explicit calls (str.__add__(a, b), super().__lt__(x) ...).
static fe_obj_t str_op_result(fe_obj_t r) {
    return r == FE_NULL ? fe_notimplemented : r;
}
#define STR_BINARY_DUNDER(cname, qname, op, swap) \
    static fe_obj_t cname(fe_obj_t self, fe_obj_t other) { \
        self = str_native(self); \
        return str_op_result(swap ? str_binary_op(op, other, self) : str_binary_op(op, self, other)); \
    } \
    FE_DEFINE_FUN_2(fe_##cname##_obj, qname, cname)
STR_BINARY_DUNDER(str_eq_m, Q___eq__, FE_BINARY_EQUAL, false);
STR_BINARY_DUNDER(str_ne_m, Q___ne__, FE_BINARY_NOT_EQUAL, false);
STR_BINARY_DUNDER(str_lt_m, Q___lt__, FE_BINARY_LESS, false);
STR_BINARY_DUNDER(str_le_m, Q___le__, FE_BINARY_LESS_EQUAL, false);
STR_BINARY_DUNDER(str_gt_m, Q___gt__, FE_BINARY_MORE, false);
STR_BINARY_DUNDER(str_ge_m, Q___ge__, FE_BINARY_MORE_EQUAL, false);

static fe_obj_t str_repr_m(fe_obj_t self) {
    return fe_repr(str_native(self));
}
FE_DEFINE_FUN_1(fe_str_repr_obj, Q___repr__, str_repr_m);

static fe_obj_t str_str_m(fe_obj_t self) {
    return str_native(self);
}
FE_DEFINE_FUN_1(fe_str_str_obj, Q___str__, str_str_m);

static fe_obj_t str_format_m(fe_obj_t self, fe_obj_t spec) {
    return fe_format(str_native(self), spec);
}
FE_DEFINE_FUN_2(fe_str_format_dunder_obj, Q___format__, str_format_m);


// The dunders object lacks, for explicit calls (str.__len__(s), super().__getitem__(i) ...);
// operators and builtins reach the slots directly.
#if FE_STR_DUNDERS
static fe_obj_t str_getitem_m(fe_obj_t self, fe_obj_t index) {
    return str_subscr(str_native(self), index, FE_SUBSCR_LOAD);
}
FE_DEFINE_FUN_2(fe_str_getitem_obj, Q___getitem__, str_getitem_m);

static fe_obj_t str_len_m(fe_obj_t self) {
    return FE_NEW_SMALL_INT(fe_str_char_len(self));
}
FE_DEFINE_FUN_1(fe_str_len_obj, Q___len__, str_len_m);

static fe_obj_t str_contains_m(fe_obj_t self, fe_obj_t x) {
    return str_binary_op(FE_BINARY_IN, str_native(self), x);
}
FE_DEFINE_FUN_2(fe_str_contains_obj, Q___contains__, str_contains_m);

static fe_obj_t str_mod_m(fe_obj_t self, fe_obj_t args) {
    return fe_str_modulo(str_native(self), args);
}
FE_DEFINE_FUN_2(fe_str_mod_obj, Q___mod__, str_mod_m);

STR_BINARY_DUNDER(str_add_m, Q___add__, FE_BINARY_ADD, false);
STR_BINARY_DUNDER(str_mul_m, Q___mul__, FE_BINARY_MULTIPLY, false);
STR_BINARY_DUNDER(str_rmul_m, Q___rmul__, FE_BINARY_MULTIPLY, true);

static fe_obj_t str_rmod_m(fe_obj_t self, fe_obj_t other) {
    return fe_is_str(other) ? fe_str_modulo(str_native(other), self) : fe_notimplemented;
}
FE_DEFINE_FUN_2(fe_str_rmod_obj, Q___rmod__, str_rmod_m);

static fe_obj_t str_iter_m(fe_obj_t self) {
    return str_getiter(self, NULL);
}
FE_DEFINE_FUN_1(fe_str_iter_obj, Q___iter__, str_iter_m);

static fe_obj_t str_sizeof_m(fe_obj_t self) {
    size_t len;
    fe_str_data(self, &len);
    return FE_NEW_SMALL_INT(sizeof(fe_str_t) + len + 1);
}
FE_DEFINE_FUN_1(fe_str_sizeof_obj, Q___sizeof__, str_sizeof_m);
#endif


const fe_type_t fe_type_str = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .locals_dict = (struct fe_dict *)&fe_str_locals_dict,
};
