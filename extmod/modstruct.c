// extmod/modstruct.c: the struct module (ustruct): packing values to bytes and back.
//
// A format is an optional byte-order character (@ native with alignment, = native order
// with standard sizes, < little, > and ! big) followed by items [count]code (the half
// float 'e' and Pascal string 'p' need FE_STRUCT_EXTRA). Every format
// walk goes through fmt_next(), which validates as it goes, so a bad format raises
// struct.error and never reads past the end of the format string.
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "extmod/modexc.h"
#include "lib/libm/libm.h"
#include "extmod/libutil.h"
#include "extmod/binpack.h"

FE_EXTMOD_EXC_TYPE(fe_type_struct_error, Q_error, &fe_type_ValueError);

static FE_NORETURN void struct_error(const char *msg) {
    fe_raise_msg(&fe_type_struct_error, msg);
}

typedef struct {
    const char *p, *end;
    char order;  // '@', '=', '<' or '>'
} fmt_t;

static void fmt_init(fmt_t *f, fe_obj_t format) {
    size_t len;
    if (fe_is_str(format)) {
        f->p = fe_str_data(format, &len);
    } else if (fe_isinstance(format, &fe_type_bytes)) {
        f->p = fe_bytes_data(format, &len);
    } else {
        fe_raise_fmt(&fe_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", format);
    }
    f->end = f->p + len;
    f->order = '@';
    if (f->p < f->end) {
        switch (*f->p) {
            case '@': case '=': case '<': case '>':
                f->order = *f->p++;
                break;
            case '!':
                f->order = '>';
                f->p++;
                break;
        }
    }
}

// Size of one item of `code` (0: not a valid code in this mode).
static size_t code_size(char order, char code) {
    bool native = order == '@';
    switch (code) {
#if FE_STRUCT_EXTRA
        case 'p':
            return 1;
        case 'e':
            return 2;
#endif
        case 'x': case 'c': case 'b': case 'B': case '?': case 's':
            return 1;
        case 'h': case 'H':
            return 2;
        case 'i': case 'I':
            return native ? sizeof(int) : 4;
        case 'l': case 'L':
            return native ? sizeof(long) : 4;
        case 'q': case 'Q':
            return 8;
        case 'f':
            return 4;
        case 'd':
            return 8;
        case 'n': case 'N':
            return native ? sizeof(size_t) : 0;
        case 'P':
            return native ? sizeof(void *) : 0;
        default:
            return 0;
    }
}

// Next item; false at the end of the format.
static bool fmt_next(fmt_t *f, size_t *count, char *code, size_t *size) {
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n' || *f->p == '\r' ||
                             *f->p == '\v' || *f->p == '\f')) {
        f->p++;
    }
    if (f->p >= f->end) {
        return false;
    }
    size_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (n > ((size_t)-1 / 4) / 10) {
                struct_error("total struct size too long");
            }
            n = n * 10 + (size_t)(*f->p++ - '0');
        }
        if (f->p >= f->end) {
            struct_error("repeat count given without format specifier");
        }
    }
    *code = *f->p++;
    *size = code_size(f->order, *code);
    if (*size == 0) {
        struct_error("bad char in struct format");
    }
    *count = n;
    return true;
}

static size_t align_up(size_t offset, size_t align) {
    return (offset + align - 1) / align * align;
}

// Total size and the number of values the format packs.
static size_t fmt_calc(fe_obj_t format, size_t *n_values) {
    fmt_t f;
    fmt_init(&f, format);
    size_t total = 0, values = 0, count, size;
    char code;
    const size_t limit = (size_t)-1 / 4;
    while (fmt_next(&f, &count, &code, &size)) {
        if (f.order == '@') {
            total = align_up(total, size);
        }
        if (code == 's' || code == 'p') {
            values += 1;
        } else {
            if (code != 'x') {
                values += count;
            }
            if (count > limit / size) {
                struct_error("total struct size too long");
            }
            count *= size;
        }
        total += count;
        if (total > limit) {
            struct_error("total struct size too long");
        }
    }
    *n_values = values;
    return total;
}

static fe_obj_t struct_calcsize(fe_obj_t format) {
    size_t n;
    return fe_int_from_uint(fmt_calc(format, &n));
}
static FE_DEFINE_FUN_1(struct_calcsize_obj, Q_calcsize, struct_calcsize);

// ---- integers ----------------------------------------------------------------------------

static FE_NORETURN void int_range_error(char code, size_t size, bool is_signed) {
    if (size > 4) {
        struct_error("argument out of range");
    }
    uint32_t hi = (uint32_t)-1 >> (32 - 8 * size + is_signed);
    int lo = is_signed ? -(int)hi - 1 : 0;
    if (size == 4) {
        fe_raise_fmt(&fe_type_struct_error, "'%c' format requires %d <= number <= %u", code, lo, (unsigned)hi);
    }
    // "byte"/"ubyte", "short"/"ushort"
    fe_raise_fmt(&fe_type_struct_error, "%s format requires %d <= number <= %u",
                 (size == 1 ? "ubyte" : "ushort") + is_signed, lo, (unsigned)hi);
}

// The two's-complement bits of an int that must fit `size` bytes (signed for the
// lower-case codes).
static uint64_t get_int_bits(fe_obj_t v, char code, size_t size) {
    if (!fe_is_int(v)) {
        struct_error("required argument is not an integer");
    }
    bool is_signed = code >= 'a';
    int fit = fe_bin_int_check(v, size, is_signed);
    if (fit != 0) {
        if (fit < 0 && !is_signed && (size == 4 || size == 8)) {
            struct_error("argument out of range");
        }
        int_range_error(code, size, is_signed);
    }
    return fe_lib_int_low64(v);
}

// ---- floats ------------------------------------------------------------------------------

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
// Floats are fe_float_t throughout; on single-float ports the math comes from lib/libm
// and doubles ('d') are converted by bit pattern, so no double arithmetic is linked.
#if FE_STRUCT_EXTRA
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#define FABS fe_fabsf
#define FLOOR fe_floorf
#define FREXP fe_frexpf
#define LDEXP fe_ldexpf
#else
#define FABS fabs
#define FLOOR floor
#define FREXP frexp
#define LDEXP ldexp
#endif

// x rounded to the nearest integer, ties to even (x >= 0, below 2^24).
static uint32_t round_even(fe_float_t x) {
    fe_float_t r = FLOOR(x);
    fe_float_t diff = x - r;
    uint32_t n = (uint32_t)r;
    if (diff > (fe_float_t)0.5 || (diff == (fe_float_t)0.5 && (n & 1))) {
        n++;
    }
    return n;
}

// IEEE half precision, rounding to nearest even.
static uint16_t float_to_half(fe_float_t x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    x = FABS(x);
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    int e;
    fe_float_t m = FREXP(x, &e);  // x = m * 2^e, 0.5 <= m < 1
    if (x == 0) {
        return sign;
    }
    // Normal halves: 2^-14 <= x < 65520; exponent field e + 14.
    uint32_t bits;
    if (e >= -13) {
        uint32_t r = round_even(LDEXP(m, 11));  // 11 significant bits: in [1024, 2048]
        if (r >= 2048) {
            r /= 2;
            e++;
        }
        if (e + 14 >= 31) {
            fe_raise_msg(&fe_type_OverflowError, "float too large to pack with e format");
        }
        bits = ((uint32_t)(e + 14) << 10) | (r - 1024);
    } else {
        // subnormal: units of 2^-24
        bits = round_even(LDEXP(x, 24));  // may round up to the smallest normal (1024): still correct
    }
    return sign | (uint16_t)bits;
}

static fe_float_t half_to_float(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    fe_float_t r;
    if (exp == 0) {
        r = LDEXP((fe_float_t)mant, -24);
    } else if (exp == 31) {
        r = mant ? (fe_float_t)NAN : (fe_float_t)INFINITY;
    } else {
        r = LDEXP((fe_float_t)(mant + 1024), exp - 25);
    }
    return (h & 0x8000) ? -r : r;
}
#endif

static fe_float_t get_float_arg(fe_obj_t v) {
    fe_float_t f;
    if (!fe_get_float_maybe(v, &f)) {
        struct_error("required argument is not a float");
    }
    return f;
}
#endif

// ---- pack / unpack -----------------------------------------------------------------------

// Packs args (n of them, which must match the format) into buf (size from fmt_calc).
static void pack_values(fe_obj_t format, uint8_t *buf, size_t n, const fe_obj_t *args, const char *who) {
    size_t n_values;
    fmt_calc(format, &n_values);
    if (n != n_values) {
        fe_raise_fmt(&fe_type_struct_error, "%s expected %d items for packing (got %d)", who,
                     (int)n_values, (int)n);
    }
    fmt_t f;
    fmt_init(&f, format);
    bool big = f.order == '>' || (f.order != '<' && FE_BIN_HOST_BIG);
    size_t offset = 0, count, size, arg = 0;
    char code;
    while (fmt_next(&f, &count, &code, &size)) {
        if (f.order == '@') {
            offset = align_up(offset, size);
        }
        uint8_t *p = buf + offset;
        if (code == 's' || code == 'p') {
            fe_obj_t v = args[arg++];
            if (!fe_isinstance(v, &fe_type_bytes) && !fe_isinstance(v, &fe_type_bytearray)) {
                fe_raise_fmt(&fe_type_struct_error, "argument for '%c' must be a bytes object", code);
            }
            size_t len;
            const char *data = fe_bytes_data(v, &len);
            if (!FE_STRUCT_EXTRA || code == 's') {
                memcpy(p, data, len < count ? len : count);
            } else if (count > 0) {
                size_t room = count - 1;
                size_t k = len < room ? len : room;
                memcpy(p + 1, data, k);
                p[0] = (uint8_t)(k > 255 ? 255 : k);
            }
            offset += count;
            continue;
        }
        for (size_t i = 0; i < count; i++, p += size, offset += size) {
            if (code == 'x') {
                continue;
            }
            fe_obj_t v = args[arg++];
            switch (code) {
                case 'c': {
                    size_t len;
                    if (!fe_isinstance(v, &fe_type_bytes) && !fe_isinstance(v, &fe_type_bytearray)) {
                        struct_error("char format requires a bytes object of length 1");
                    }
                    const char *data = fe_bytes_data(v, &len);
                    if (len != 1) {
                        struct_error("char format requires a bytes object of length 1");
                    }
                    *p = (uint8_t)data[0];
                    break;
                }
                case '?':
                    *p = fe_is_true(v) ? 1 : 0;
                    break;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
#if FE_STRUCT_EXTRA
                case 'e':
                    fe_bin_put(p, 2, big, float_to_half(get_float_arg(v)));
                    break;
#endif
                case 'f': case 'd': {
                    fe_float_t d = get_float_arg(v);
                    if (code == 'f' && isinf((float)d) && !isinf(d)) {
                        fe_raise_msg(&fe_type_OverflowError, "float too large to pack with f format");
                    }
                    fe_bin_put(p, size, big, fe_bin_float_bits(d, size));
                    break;
                }
#else
                case 'e': case 'f': case 'd':
                    fe_raise_msg(&fe_type_NotImplementedError, "floats not supported");
#endif
                case 'P':  // CPython accepts negative addresses too
                    fe_bin_put(p, size, big, get_int_bits(v, fe_is_int(v) && fe_is_true(fe_binary_op(
                        FE_BINARY_LESS, v, FE_NEW_SMALL_INT(0))) ? 'n' : 'N', size));
                    break;
                default:
                    fe_bin_put(p, size, big, get_int_bits(v, code, size));
                    break;
            }
        }
    }
}

static fe_obj_t unpack_values(fe_obj_t format, const uint8_t *buf) {
    size_t n_values;
    fmt_calc(format, &n_values);
    fe_obj_t tuple = fe_tuple_new(n_values, NULL);
    fe_obj_t *out = ((fe_tuple_t *)tuple)->items;
    fmt_t f;
    fmt_init(&f, format);
    bool big = f.order == '>' || (f.order != '<' && FE_BIN_HOST_BIG);
    size_t offset = 0, count, size, k = 0;
    char code;
    while (fmt_next(&f, &count, &code, &size)) {
        if (f.order == '@') {
            offset = align_up(offset, size);
        }
        const uint8_t *p = buf + offset;
        if (code == 's') {
            out[k++] = fe_bytes_new(p, count);
            offset += count;
            continue;
        }
        if (FE_STRUCT_EXTRA && code == 'p') {
            size_t len = count == 0 ? 0 : p[0];
            if (count > 0 && len > count - 1) {
                len = count - 1;
            }
            out[k++] = fe_bytes_new(p + 1, len);
            offset += count;
            continue;
        }
        for (size_t i = 0; i < count; i++, p += size, offset += size) {
            switch (code) {
                case 'x':
                    break;
                case 'c':
                    out[k++] = fe_bytes_new(p, 1);
                    break;
                case '?':
                    out[k++] = fe_bool(*p != 0);
                    break;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
#if FE_STRUCT_EXTRA
                case 'e':
                    out[k++] = fe_float_new(half_to_float((uint16_t)fe_bin_get(p, 2, big)));
                    break;
#endif
#else
                case 'e': case 'f': case 'd':
                    fe_raise_msg(&fe_type_NotImplementedError, "floats not supported");
#endif
                default:  // integers, and f and d
                    out[k++] = fe_bin_load(p, size, big, fe_bin_kind(code));
                    break;
            }
        }
    }
    return tuple;
}

static fe_obj_t struct_pack(size_t n_args, const fe_obj_t *args) {
    size_t n;
    size_t size = fmt_calc(args[0], &n);
    fe_vstr_t v;
    fe_vstr_init(&v, size);
    uint8_t *buf = (uint8_t *)fe_vstr_extend(&v, size);
    memset(buf, 0, size);
    pack_values(args[0], buf, n_args - 1, args + 1, "pack");
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_VAR(struct_pack_obj, Q_pack, 1, FE_ARGS_VAR, struct_pack);

// Resolves an offset into a buffer of len bytes (negative from the end).
static size_t buffer_offset(fe_obj_t offset_obj, size_t len, size_t need, const char *who, const char *what) {
    fe_int_t offset = fe_get_index(offset_obj);
    if (offset < 0) {
        if ((size_t)-offset > len) {
            fe_raise_fmt(&fe_type_struct_error, "offset %d out of range for %d-byte buffer",
                         (int)offset, (int)len);
        }
        offset += (fe_int_t)len;
    }
    if ((size_t)offset > len || len - (size_t)offset < need) {
        fe_raise_fmt(&fe_type_struct_error,
                     "%s requires a buffer of at least %u bytes for %s %u bytes at offset %u (actual buffer size is %u)",
                     who, (unsigned)(need + (size_t)offset), what, (unsigned)need, (unsigned)offset, (unsigned)len);
    }
    return (size_t)offset;
}

static fe_obj_t struct_pack_into(size_t n_args, const fe_obj_t *args) {
    size_t n;
    size_t size = fmt_calc(args[0], &n);
    fe_buffer_info_t info;
    fe_get_buffer_raise(args[1], &info, FE_BUFFER_WRITE);
    size_t offset = buffer_offset(args[2], info.len, size, "pack_into", "packing");
    // pack into a scratch buffer first: converting values may run code that moves the target
    fe_vstr_t v;
    fe_vstr_init(&v, size);
    uint8_t *buf = (uint8_t *)fe_vstr_extend(&v, size);
    memset(buf, 0, size);
    pack_values(args[0], buf, n_args - 3, args + 3, "pack_into");
    fe_get_buffer_raise(args[1], &info, FE_BUFFER_WRITE);
    if (offset + size > info.len) {
        fe_raise_msg(&fe_type_struct_error, "buffer changed size");
    }
    memcpy((uint8_t *)info.buf + offset, buf, size);
    return fe_none;
}
static FE_DEFINE_FUN_VAR(struct_pack_into_obj, Q_pack_into, 3, FE_ARGS_VAR, struct_pack_into);

static fe_obj_t struct_unpack(fe_obj_t format, fe_obj_t data) {
    size_t n;
    size_t size = fmt_calc(format, &n);
    fe_buffer_info_t info;
    fe_get_buffer_raise(data, &info, FE_BUFFER_READ);
    if (info.len != size) {
        fe_raise_fmt(&fe_type_struct_error, "unpack requires a buffer of %u bytes", (unsigned)size);
    }
    return unpack_values(format, info.buf);
}
static FE_DEFINE_FUN_2(struct_unpack_obj, Q_unpack, struct_unpack);

static fe_obj_t struct_unpack_from(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_format, FE_ARG_REQUIRED, FE_NULL}, {Q_buffer, FE_ARG_REQUIRED, FE_NULL},
        {Q_offset, FE_ARG_OBJ, FE_ROM_INT(0)},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    size_t n;
    size_t size = fmt_calc(a[0], &n);
    fe_buffer_info_t info;
    fe_get_buffer_raise(a[1], &info, FE_BUFFER_READ);
    size_t offset = buffer_offset(a[2], info.len, size, "unpack_from", "unpacking");
    return unpack_values(a[0], (const uint8_t *)info.buf + offset);
}
static FE_DEFINE_FUN_KW(struct_unpack_from_obj, Q_unpack_from, 2, struct_unpack_from);

#if FE_LIBS_EXTRA
// iter_unpack: returns a list-iterator over the unpacked tuples (computed eagerly).
static fe_obj_t struct_iter_unpack(fe_obj_t format, fe_obj_t data) {
    size_t n;
    size_t size = fmt_calc(format, &n);
    if (size == 0) {
        struct_error("cannot iteratively unpack with a struct of length 0");
    }
    fe_buffer_info_t info;
    fe_get_buffer_raise(data, &info, FE_BUFFER_READ);
    if (info.len % size != 0) {
        fe_raise_fmt(&fe_type_struct_error,
                     "iterative unpacking requires a buffer of a multiple of %u bytes", (unsigned)size);
    }
    size_t count = info.len / size;
    fe_obj_t list = fe_list_new(count, NULL);
    for (size_t i = 0; i < count; i++) {
        fe_get_buffer_raise(data, &info, FE_BUFFER_READ);
        if (info.len < (i + 1) * size) {
            struct_error("buffer changed size");
        }
        ((fe_list_t *)list)->items[i] = unpack_values(format, (const uint8_t *)info.buf + i * size);
    }
    return fe_getiter(list, NULL);
}
static FE_DEFINE_FUN_2(struct_iter_unpack_obj, Q_iter_unpack, struct_iter_unpack);
#endif

static const fe_map_elem_t struct_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_struct)},
    {FE_ROM_QSTR(Q_calcsize), FE_ROM_PTR(&struct_calcsize_obj)},
    {FE_ROM_QSTR(Q_pack), FE_ROM_PTR(&struct_pack_obj)},
    {FE_ROM_QSTR(Q_pack_into), FE_ROM_PTR(&struct_pack_into_obj)},
    {FE_ROM_QSTR(Q_unpack), FE_ROM_PTR(&struct_unpack_obj)},
    {FE_ROM_QSTR(Q_unpack_from), FE_ROM_PTR(&struct_unpack_from_obj)},
#if FE_LIBS_EXTRA
    {FE_ROM_QSTR(Q_iter_unpack), FE_ROM_PTR(&struct_iter_unpack_obj)},
#endif
    {FE_ROM_QSTR(Q_error), FE_ROM_PTR(&fe_type_struct_error)},
};
static FE_DEFINE_CONST_DICT(struct_globals, struct_globals_table);

const fe_module_t fe_module_struct = {{&fe_type_module}, (fe_dict_t *)&struct_globals};
