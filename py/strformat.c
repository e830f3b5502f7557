// py/strformat.c: the format mini-language and the two string-formatting front ends:
// `fmt % args` (printf-style, for str and bytes) and str.format / format_map, plus
// fe_format(value, spec), the engine behind format(), f-strings and str.format fields.
//
// Numbers format themselves (fe_format_int in py/objint.c, fe_format_float in
// py/floatfmt.c); this file parses specs, pads text, and routes values.
#include <string.h>
#include "py/obj.h"
#include "py/builtins.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/unicode.h"

// ---- spec parsing and padding ---------------------------------------------------------------

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads the decimal number at *p (at least one digit there) and advances past it.
static int parse_count(const char **p, const char *end) {
    int n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n > 100000000) {
            fe_raise_msg(&fe_type_ValueError, "Too many decimal digits in format string");
        }
        n = n * 10 + (*(*p)++ - '0');
    }
    return n;
}

// type_name: for the error message. *no_neg_zero tells whether the 'z' option was given;
// fe_format_spec_t has no field for it: floats act on it, ints and strings reject it.
static void spec_parse(const char *s, size_t len, fe_format_spec_t *spec, qstr type_name, bool *no_neg_zero) {
    memset(spec, 0, sizeof(*spec));
    spec->fill = ' ';
    spec->width = -1;
    spec->precision = -1;
    const char *p = s, *end = s + len;
    bool fill_given = false;
    // [[fill]align]: the fill may be any character, so look one character ahead
    if (p < end) {
        const char *q = p;
        unsigned c = fe_utf8_decode(&q);
        if (q < end && is_align(*q)) {
            fill_given = true;
            spec->fill = c;
            spec->align = *q;
            p = q + 1;
        } else if (is_align(*p)) {
            spec->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        spec->sign = *p++;
    }
    if (FE_STR_FORMAT_Z && p < end && *p == 'z') {
        *no_neg_zero = true;
        p++;
    }
    if (p < end && *p == '#') {
        spec->alternate = true;
        p++;
    }
    if (p < end && *p == '0') {
        spec->zero = true;  // '0' fill unless a fill was given; '=' is the numbers' business
        if (!fill_given) {
            spec->fill = '0';
        }
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        spec->width = parse_count(&p, end);
    } else if (spec->zero) {
        spec->width = 0;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        spec->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            fe_raise_msg(&fe_type_ValueError, *p == spec->grouping && *p == ',' ? "Cannot specify ',' with ','."
                                               : "Cannot specify both ',' and '_'.");
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') {
            fe_raise_msg(&fe_type_ValueError, "Format specifier missing precision");
        }
        spec->precision = parse_count(&p, end);
    }
    if (end - p > 1) {
        fe_raise_fmt(&fe_type_ValueError, "Invalid format specifier '%.*s' for object of type '%q'", (int)len, s,
                     type_name);
    }
    if (p < end) {
        spec->type = *p;
    }
    // as CPython, whatever the value's type: ',' only with decimal and float types, '_'
    // also with b o x X
    // (strchr also finds the terminating 0: no type given)
    if (spec->grouping && strchr(spec->grouping == '_' ? "deEfFgG%boxX" : "deEfFgG%", spec->type) == NULL) {
        fe_raise_fmt(&fe_type_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, spec->type);
    }
}

// Appends text (n characters wide) padded with fill to width, aligned by align ('<', '>',
// '^'; anything else counts as '<').
static void pad_aligned(fe_vstr_t *out, const char *text, size_t len, size_t n, int width, char align,
                        unsigned fill) {
    size_t pad = width > 0 && (size_t)width > n ? (size_t)width - n : 0;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    for (size_t i = 0; i < left; i++) {
        fe_vstr_add_char(out, fill);
    }
    fe_vstr_add_strn(out, text, len);
    for (size_t i = left; i < pad; i++) {
        fe_vstr_add_char(out, fill);
    }
}

void fe_format_pad(fe_vstr_t *out, const char *text, size_t len, const fe_format_spec_t *spec, char default_align) {
    unsigned fill = spec->fill ? spec->fill : ' ';
    if (spec->zero && spec->align == 0 && fill == ' ') {
        fill = '0';
    }
    pad_aligned(out, text, len, fe_utf8_count_chars(text, len), spec->width, spec->align ? spec->align : default_align,
                fill);
}

// ---- format(value, spec) ------------------------------------------------------------------

static void format_str(fe_vstr_t *out, const char *s, size_t len, const fe_format_spec_t *spec) {
    if (spec->grouping && spec->type == 0) {
        // (checked while parsing in CPython, where str's default type is 's')
        fe_raise_fmt(&fe_type_ValueError, "Cannot specify '%c' with 's'.", spec->grouping);
    }
    if (spec->type != 0 && spec->type != 's') {
        fe_raise_fmt(&fe_type_ValueError, "Unknown format code '%c' for object of type 'str'", spec->type);
    }
    if (spec->sign) {
        fe_raise_msg(&fe_type_ValueError, spec->sign == ' ' ? "Space not allowed in string format specifier"
                                                            : "Sign not allowed in string format specifier");
    }
    if (spec->alternate) {
        fe_raise_msg(&fe_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        fe_raise_msg(&fe_type_ValueError, "'=' alignment not allowed in string format specifier");
    }
    if (spec->precision >= 0) {
        len = fe_utf8_char_offset(s, len, (size_t)spec->precision);
    }
    fe_format_pad(out, s, len, spec, '<');
}

static bool spec_is_empty(fe_obj_t spec) {
    size_t len;
    fe_str_data(spec, &len);
    return len == 0;
}

// Presentation types each builtin number accepts (checked here so that the message names
// the value's own type: bool, or a subclass).
static bool type_code_ok(char code, const char *allowed) {
    return code == 0 || strchr(allowed, code) != NULL;
}

// format() of a native int/float/complex/str value `value`; type_name names it in errors.
static fe_obj_t format_native(fe_obj_t value, fe_obj_t spec_obj, qstr type_name) {
    const fe_type_t *t = fe_typeof(value);
    size_t slen;
    const char *s = fe_str_data(spec_obj, &slen);
    bool is_float = false;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    is_float = t == &fe_type_float;
#endif
    bool is_complex = false;
#if FE_ENABLE_COMPLEX
    is_complex = t == &fe_type_complex;
#endif
    if (!fe_is_int(value) && !is_float && !is_complex && !fe_is_str(value)) {
        fe_raise_fmt(&fe_type_TypeError, "unsupported format string passed to %q.__format__", type_name);
    }
    fe_format_spec_t spec;
    bool no_neg_zero = false;
    spec_parse(s, slen, &spec, type_name, &no_neg_zero);
    const char *allowed = fe_is_int(value) ? "bcdoxXneEfFgG%" : is_float ? "eEfFgGn%" : is_complex ? "eEfFgGn" : "s";
    if (!type_code_ok(spec.type, allowed) && !(spec.grouping && spec.type == 'n')) {
        if ((uint8_t)spec.type > 32 && (uint8_t)spec.type < 127) {
            fe_raise_fmt(&fe_type_ValueError, "Unknown format code '%c' for object of type '%q'", spec.type, type_name);
        }
        fe_raise_fmt(&fe_type_ValueError, "Unknown format code '\\x%x' for object of type '%q'",
                     (unsigned)(uint8_t)spec.type, type_name);
    }
    fe_vstr_t out;
    fe_vstr_init(&out, 16);
    if (fe_is_int(value)) {
        if (no_neg_zero) {
            fe_raise_msg(&fe_type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        fe_format_int(&out, value, &spec);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    } else if (is_float) {
        fe_float_t x = fe_float_value(value);
        if (no_neg_zero && (x < 0 || (x == 0 && 1 / x < 0))) {
            // 'z': a negative value that shows as zero loses its sign; format the magnitude
            // and keep it when every digit before any exponent is 0
            fe_format_spec_t bare = spec;
            bare.width = -1;
            bare.sign = 0;
            bare.grouping = 0;
            fe_vstr_t mag;
            fe_vstr_init(&mag, 16);
            fe_format_float(&mag, -x, &bare);
            bool all_zero = true;
            for (size_t i = 0; i < mag.len && mag.buf[i] != 'e' && mag.buf[i] != 'E'; i++) {
                if (mag.buf[i] >= '1' && mag.buf[i] <= '9') {
                    all_zero = false;
                }
                if ((mag.buf[i] | 0x20) == 'n' || (mag.buf[i] | 0x20) == 'i') {
                    all_zero = false;  // nan, inf
                }
            }
            if (all_zero) {
                x = -x;
            }
        }
        fe_format_float(&out, x, &spec);
#endif
#if FE_ENABLE_COMPLEX
    } else if (is_complex) {
        fe_format_complex(&out, value, &spec);
#endif
    } else {
        if (no_neg_zero) {
            fe_raise_msg(&fe_type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        }
        size_t len;
        const char *text = fe_str_data(value, &len);
        format_str(&out, text, len, &spec);
    }
    return fe_str_from_vstr(&out);
}

fe_obj_t fe_format(fe_obj_t value, fe_obj_t spec_obj) {
    if (!fe_is_str(spec_obj)) {
        fe_raise_fmt(&fe_type_TypeError, "format() argument 2 must be str, not %T", spec_obj);
    }
    const fe_type_t *t = fe_typeof(value);
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t dest[3];
        fe_load_method_maybe(value, Q___format__, dest);
        if (dest[0] != FE_NULL && !fe_obj_is_type_ptr(dest[0], &fe_type_builtin_function)) {
            dest[2] = spec_obj;
            fe_obj_t r = fe_call_method(1, 0, dest);
            if (!fe_is_str(r)) {
                fe_raise_fmt(&fe_type_TypeError, "__format__ must return a str, not %q", (qstr)fe_typeof(r)->name);
            }
            return r;
        }
        // a subclass of a builtin without its own __format__: format the native value
        // (an empty spec gives str(value), which honours a __str__ override)
        if (spec_is_empty(spec_obj)) {
            return fe_str(value);
        }
        const fe_type_t *nb = fe_type_native_base(t);
        fe_obj_t n = nb != NULL ? fe_native_self(value, nb) : FE_NULL;
        if (n != FE_NULL && n != value) {
            return format_native(n, spec_obj, t->name);  // (which rejects natives other than numbers and str)
        }
        fe_raise_fmt(&fe_type_TypeError, "unsupported format string passed to %q.__format__", (qstr)t->name);
    }
    if (spec_is_empty(spec_obj)) {
        return fe_str(value);
    }
    return format_native(value, spec_obj, t->name);
}

// ---- printf-style: fmt % args --------------------------------------------------------------

typedef struct {
    const fe_obj_t *items;
    size_t n;
    size_t next;
} pct_args_t;

static fe_obj_t pct_next_arg(pct_args_t *a) {
    if (a->next >= a->n) {
        fe_raise_msg(&fe_type_TypeError, "not enough arguments for format string");
    }
    return a->items[a->next++];
}

#if FE_STR_PCT_EXTRAS
static bool is_mapping_like(fe_obj_t o) {
    if (fe_obj_is_type_ptr(o, &fe_type_tuple) || fe_is_str(o)) {
        return false;
    }
    str_view_t v;
    if (fe_str_get_view(o, &v)) {
        return false;  // bytes and bytearray have __getitem__ but are not mappings
    }
    const fe_type_t *t = fe_typeof(o);
    if (t->flags & FE_TYPE_FLAG_USER) {
        return fe_native_self(o, &fe_type_dict) != FE_NULL || fe_load_attr_maybe(o, Q___getitem__) != FE_NULL;
    }
    return t->subscr != NULL;  // (dict among them; tuple was excluded above)
}
#endif

// An integer conversion (d i u o x X): spec carries the sign and '#' flags, the width, the
// alignment and the precision (the minimum number of digits, printf's meaning); zero: the
// '0' flag (zeros up to the width unless left-justified).
static void pct_format_int(fe_vstr_t *out, fe_obj_t value, fe_format_spec_t *spec, bool zero) {
    int width = spec->width, prec = spec->precision;
    spec->width = -1;
    spec->precision = -1;
    fe_vstr_t t;
    fe_vstr_init(&t, 24);
    fe_format_int(&t, value, spec);
    // split into head (sign and 0x/0o prefix) and digits
    size_t head = 0;
    if (t.buf[0] == '-' || t.buf[0] == '+' || t.buf[0] == ' ') {
        head++;
    }
    if (spec->alternate) {
        head += 2;
    }
    size_t ndig = t.len - head;
    size_t zeros = prec > 0 && (size_t)prec > ndig ? (size_t)prec - ndig : 0;
    if (zero && spec->align == '>' && width > 0 && (size_t)width > t.len + zeros) {
        zeros = (size_t)width - t.len;
    }
    // insert the zeros between head and digits, then pad with spaces
    fe_vstr_extend(&t, zeros);
    memmove(t.buf + head + zeros, t.buf + head, ndig);
    memset(t.buf + head, '0', zeros);
    pad_aligned(out, t.buf, t.len, t.len, width, spec->align, ' ');
}

static fe_obj_t pct_to_int(fe_obj_t v, char conv) {
    if (fe_is_int(v)) {
        return v;
    }
    bool hex_oct = conv == 'x' || conv == 'X' || conv == 'o';
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (!hex_oct && (fe_typeof(v) == &fe_type_float || fe_native_self(v, &fe_type_float) != FE_NULL)) {
        return fe_call1((fe_obj_t)&fe_type_int, v);
    }
#endif
    if (fe_typeof(v)->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(v, &fe_type_int);
        if (n != FE_NULL) {
            return n;
        }
        fe_obj_t dest[2];
        fe_load_method_maybe(v, Q___index__, dest);
        if (dest[0] == FE_NULL && !hex_oct) {
            fe_load_method_maybe(v, Q___int__, dest);
        }
        if (dest[0] != FE_NULL) {
            return fe_call_method(0, 0, dest);
        }
    }
    fe_raise_fmt(&fe_type_TypeError, hex_oct ? "%%%c format: an integer is required, not %T"
                                             : "%%%c format: a real number is required, not %T",
                 conv, v);
}

// The str of a %c argument: an int code point or a one-character str.
static fe_obj_t pct_char(fe_obj_t arg) {
    if (fe_is_int(arg)) {
        fe_int_t c;
        if (!fe_get_int_maybe(arg, &c) || c < 0 || c > 0x10ffff) {
            fe_raise_msg(&fe_type_OverflowError, "%c arg not in range(0x110000)");
        }
        return fe_str_from_char((unsigned)c);
    }
    if (!fe_is_str(arg) || fe_str_char_len(arg) != 1) {
        fe_raise_msg(&fe_type_TypeError, "%c requires int or char");
    }
    return arg;
}

#if FE_STR_BYTES_FORMAT
// The bytes of %s / %b for a bytes format (borrowed from v or from what __bytes__ returns).
static const char *bytes_arg(fe_obj_t v, size_t *len) {
    fe_buffer_info_t info;
    if (!fe_is_str(v) && fe_get_buffer(v, &info, FE_BUFFER_READ)) {
        *len = info.len;
        return info.buf;
    }
    fe_obj_t dest[2];
    if (FE_IS_OBJ(v) && v != FE_NULL && !fe_is_str(v)) {
        fe_load_method_maybe(v, Q___bytes__, dest);
        if (dest[0] != FE_NULL) {
            return fe_bytes_data(fe_call_method(0, 0, dest), len);
        }
    }
    fe_raise_fmt(&fe_type_TypeError,
                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%q'",
                 (qstr)fe_typeof(v)->name);
}

// A text conversion (s r a b c) of a bytes format.
static void pct_bytes_text(fe_vstr_t *out, char conv, fe_obj_t arg, int prec, const fe_format_spec_t *spec) {
    size_t len = 1;
    char c;
    const char *d = &c;
    if (conv == 'c') {
        str_view_t bv;
        fe_int_t i;
        if (fe_is_int(arg)) {
            if (!fe_get_int_maybe(arg, &i) || i < 0 || i > 255) {
                fe_raise_msg(&fe_type_OverflowError, "%c arg not in range(256)");
            }
            c = (char)i;
        } else if (!fe_str_get_view(arg, &bv) || bv.kind == STR_KIND_STR || bv.len != 1) {
            fe_raise_msg(&fe_type_TypeError, "%c requires an integer in range(256) or a single byte");
        } else {
            c = bv.data[0];
        }
    } else {
        d = conv == 's' || conv == 'b' ? bytes_arg(arg, &len) : fe_str_data(fe_builtin_ascii(arg), &len);
        if (prec >= 0 && (size_t)prec < len) {
            len = (size_t)prec;
        }
    }
    pad_aligned(out, d, len, len, spec->width, spec->align, ' ');
}
#endif

// ValueError for the conversion character at `at` in the format fv.
FE_NORETURN static void pct_unsupported(const str_view_t *fv, const char *at) {
    const char *p = at;
    unsigned c = fe_utf8_decode(&p);
    fe_raise_fmt(&fe_type_ValueError, "unsupported format character '%c' (0x%x) at index %u",
                 c >= 0x20 && c < 0x7f ? (int)c : '?', c, (unsigned)fe_utf8_count_chars(fv->data, (size_t)(at - fv->data)));
}

#if !FE_STR_PCT_EXTRAS
FE_NORETURN static void pct_no_extras(void) {
    fe_raise_msg(&fe_type_NotImplementedError, "%(key) and * not supported in % formatting");
}
#endif

// A width or precision at *f: '*' takes it from the arguments, else digits; -1 if neither.
static int pct_count(const char **f, const char *end, pct_args_t *a) {
    if (*f < end && **f == '*') {
#if FE_STR_PCT_EXTRAS
        (*f)++;
        fe_obj_t n = pct_next_arg(a);
        if (!fe_is_int(n)) {
            fe_raise_msg(&fe_type_TypeError, "* wants int");
        }
        return (int)fe_get_int(n);
#else
        pct_no_extras();
#endif
    }
    return *f < end && **f >= '0' && **f <= '9' ? parse_count(f, end) : -1;
}

fe_obj_t fe_str_modulo(fe_obj_t fmt_obj, fe_obj_t args_obj) {
    str_view_t fv;
    fe_str_get_view(fmt_obj, &fv);
    bool is_bytes = FE_STR_BYTES_FORMAT && fv.kind != STR_KIND_STR;  // (a constant false without)
    pct_args_t a = {&args_obj, 1, 0};
    fe_obj_t mapping = FE_NULL;
    fe_obj_t tuple = fe_native_self(args_obj, &fe_type_tuple);
    if (tuple != FE_NULL) {
        fe_obj_t *items;
        fe_tuple_get(tuple, &a.n, &items);
        a.items = items;
#if FE_STR_PCT_EXTRAS
    } else if (is_mapping_like(args_obj)) {
#else
    } else if (fe_native_self(args_obj, &fe_type_dict) != FE_NULL) {  // (only for "not all arguments converted")
#endif
        mapping = args_obj;
    }
    const char *f = fv.data, *end = fv.data + fv.len;
#if FE_STR_PCT_EXTRAS
    fe_obj_t keyed = FE_NULL;  // (the argument list after a %(key))
#endif
    fe_vstr_t out;
    fe_vstr_init(&out, fv.len + 16);
    for (;;) {
        const char *pct = memchr(f, '%', (size_t)(end - f));
        if (pct == NULL) {
            fe_vstr_add_strn(&out, f, (size_t)(end - f));
            break;
        }
        fe_vstr_add_strn(&out, f, (size_t)(pct - f));
        f = pct + 1;
        if (f < end && *f == '(') {
#if !FE_STR_PCT_EXTRAS
            pct_no_extras();
#else
            if (mapping == FE_NULL) {
                fe_raise_msg(&fe_type_TypeError, "format requires a mapping");
            }
            const char *key_start = ++f;
            int depth = 1;
            while (f < end && (*f != ')' || --depth > 0)) {
                depth += *f++ == '(';
            }
            if (f >= end) {
                fe_raise_msg(&fe_type_ValueError, "incomplete format key");
            }
            fe_obj_t key = fe_str_make_kind(is_bytes ? STR_KIND_BYTES : STR_KIND_STR, key_start, (size_t)(f - key_start));
            // as CPython: the looked-up value becomes the whole argument list, so a '*'
            // or a later key-less conversion finds no argument left
            keyed = fe_subscr_load(mapping, key);
            a.items = &keyed;
            a.n = 1;
            a.next = 0;
            f++;
#endif
        }
        // flags: bit k for the k-th character of "-0+ #"
        static const char flag_chars[] = "-0+ #";
        unsigned flags = 0;
        const char *k;
        while (f < end && *f != 0 && (k = strchr(flag_chars, *f)) != NULL) {
            flags |= 1u << (k - flag_chars);
            f++;
        }
        bool left = flags & 1, zero = flags & 2;
        bool star = f < end && *f == '*';
        int width = pct_count(&f, end, &a);
        if (star && width < 0) {
            left = true;
            width = -width;
        }
        int prec = -1;
        if (f < end && *f == '.') {
            f++;
            prec = pct_count(&f, end, &a);
            if (prec < 0) {
                prec = 0;  // '.' alone, or a negative '*'
            }
        }
        while (f < end && (*f == 'l' || *f == 'h' || *f == 'L')) {
            f++;  // length modifiers are accepted and ignored, as in CPython
        }
        if (f >= end) {
            fe_raise_msg(&fe_type_ValueError, "incomplete format");
        }
        char conv = *f++;
        if (conv == '%' && f - pct == 2) {
            fe_vstr_add_byte(&out, '%');
            continue;
        }
        fe_obj_t arg = pct_next_arg(&a);  // (also for a '%' with flags or width, as CPython 3.11 does)
        fe_format_spec_t spec;
        memset(&spec, 0, sizeof(spec));
        spec.fill = ' ';
        spec.width = width;
        spec.precision = prec;
        spec.sign = flags & 4 ? '+' : flags & 8 ? ' ' : 0;
        spec.alternate = flags & 16;
        spec.align = left ? '<' : '>';
        spec.type = conv;
#if FE_STR_BYTES_FORMAT
        if (is_bytes && strchr("srabc", conv) != NULL) {
            pct_bytes_text(&out, conv, arg, prec, &spec);
            continue;
        }
#endif
        switch (conv) {
            case 's':
            case 'r':
            case 'a':
            case 'c': {
                fe_obj_t s = conv == 's' ? fe_str(arg) : conv == 'r' ? fe_repr(arg) : conv == 'a' ? fe_builtin_ascii(arg)
                                                                                                  : pct_char(arg);
                size_t len;
                const char *d = fe_str_data(s, &len);
                if (prec >= 0 && conv != 'c') {
                    len = fe_utf8_char_offset(d, len, (size_t)prec);
                }
                fe_format_pad(&out, d, len, &spec, 0);  // (spec: fill ' ', no zero flag, align set)
                break;
            }
            case 'i':
            case 'u':
                spec.type = 'd';
                // fall through
            case 'd':
            case 'o':
            case 'x':
            case 'X':
                spec.alternate &= spec.type != 'd';
                pct_format_int(&out, pct_to_int(arg, conv), &spec, zero);
                break;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                fe_float_t x;
                if (!fe_get_float_maybe(arg, &x)) {
                    fe_raise_fmt(&fe_type_TypeError, "must be real number, not %T", arg);
                }
                if (prec < 0) {
                    spec.precision = 6;
                }
                if (zero && !left) {
                    spec.zero = true;
                    spec.align = '=';
                    spec.fill = '0';
                }
                fe_format_float(&out, x, &spec);
                break;
            }
#endif
            default:
                pct_unsupported(&fv, f - 1);
        }
    }
    if (a.next < a.n && mapping == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, is_bytes ? "not all arguments converted during bytes formatting"
                                                  : "not all arguments converted during string formatting");
    }
    return fe_str_make_kind_vstr(is_bytes ? fv.kind : STR_KIND_STR, &out);
}

// ---- str.format ---------------------------------------------------------------------------

typedef struct {
    size_t n_args;
    const fe_obj_t *args;
    fe_map_t *kw;
    fe_obj_t mapping;  // format_map
    int auto_index;    // next automatic field number; -1 after a manual one was used
    bool used_manual;
} fmt_state_t;

static bool all_digits(const char *s, size_t len) {
    if (len == 0) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

static size_t parse_size(const char *s, size_t len) {
    size_t v = 0;
    for (size_t i = 0; i < len; i++) {
        v = v * 10 + (size_t)(s[i] - '0');
    }
    return v;
}

// Resolves a field name ("0", "name", "", "0.attr[key]") to a value.
static fe_obj_t field_value(fmt_state_t *st, const char *s, size_t len) {
    size_t n = 0;
    while (n < len && s[n] != '.' && s[n] != '[') {
        n++;
    }
    fe_obj_t v;
    if (n == 0) {
        if (st->used_manual) {
            fe_raise_msg(&fe_type_ValueError,
                         "cannot switch from manual field specification to automatic field numbering");
        }
        size_t i = (size_t)st->auto_index++;
        if (st->mapping != FE_NULL || i >= st->n_args) {
            fe_raise_fmt(&fe_type_IndexError, "Replacement index %u out of range for positional args tuple",
                         (unsigned)i);
        }
        v = st->args[i];
    } else if (all_digits(s, n)) {
        if (st->auto_index > 0) {
            fe_raise_msg(&fe_type_ValueError,
                         "cannot switch from automatic field numbering to manual field specification");
        }
        st->used_manual = true;
        size_t i = parse_size(s, n);
        if (st->mapping != FE_NULL || i >= st->n_args) {
            fe_raise_fmt(&fe_type_IndexError, "Replacement index %u out of range for positional args tuple",
                         (unsigned)i);
        }
        v = st->args[i];
    } else {
        fe_obj_t key = fe_str_new(s, n);
        if (st->mapping != FE_NULL) {
            v = fe_subscr_load(st->mapping, key);
        } else {
            fe_map_elem_t *e = st->kw != NULL ? fe_map_lookup(st->kw, key, FE_MAP_LOOKUP)
                                              : NULL;
            if (e == NULL) {
                fe_raise(fe_exc_new(&fe_type_KeyError, 1, &key));
            }
            v = e->value;
        }
    }
#if FE_STR_FORMAT_FIELDS
    size_t i = n;
    while (i < len) {
        if (s[i] == '.') {
            size_t start = ++i;
            while (i < len && s[i] != '.' && s[i] != '[') {
                i++;
            }
            if (i == start) {
                fe_raise_msg(&fe_type_ValueError, "Empty attribute in format string");
            }
            v = fe_load_attr(v, qstr_from_strn(s + start, i - start));
        } else if (s[i] == '[') {
            size_t start = ++i;
            while (i < len && s[i] != ']') {
                i++;
            }
            if (i >= len) {
                fe_raise_msg(&fe_type_ValueError, "Missing ']' in format string");
            }
            if (i == start) {
                fe_raise_msg(&fe_type_ValueError, "Empty attribute in format string");
            }
            fe_obj_t key = all_digits(s + start, i - start) ? fe_int_from_uint(parse_size(s + start, i - start))
                                                            : fe_str_new(s + start, i - start);
            v = fe_subscr_load(v, key);
            i++;
            if (i < len && s[i] != '.' && s[i] != '[') {
                fe_raise_msg(&fe_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            fe_raise_msg(&fe_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
#else
    if (n < len) {
        fe_raise_msg(&fe_type_NotImplementedError, "attribute and index lookups in format fields");
    }
#endif
    return v;
}

static void format_into(fmt_state_t *st, fe_vstr_t *out, const char *s, size_t len, int depth);

// Outputs one replacement field: its name, conversion (0 if none) and spec text.
static void format_field(fmt_state_t *st, fe_vstr_t *out, const char *name, size_t name_len, char conv,
                         const char *spec, size_t spec_len, int depth) {
    fe_obj_t v = field_value(st, name, name_len);
    switch (conv) {
        case 0:
            break;
        case 'r':
            v = fe_repr(v);
            break;
        case 's':
            v = fe_str(v);
            break;
        case 'a':
            v = fe_builtin_ascii(v);
            break;
        default:
            if ((uint8_t)conv >= 0x20 && (uint8_t)conv < 0x7f) {
                fe_raise_fmt(&fe_type_ValueError, "Unknown conversion specifier %c", conv);
            }
            fe_raise_msg(&fe_type_ValueError, "Unknown conversion specifier");
    }
    fe_obj_t spec_obj = FE_NEW_QSTR(Q_empty);
    if (spec_len > 0) {
        if (memchr(spec, '{', spec_len) != NULL) {
            if (depth >= 1) {
                fe_raise_msg(&fe_type_ValueError, "Max string recursion exceeded");
            }
            fe_vstr_t sv;
            fe_vstr_init(&sv, spec_len + 8);
            format_into(st, &sv, spec, spec_len, depth + 1);
            spec_obj = fe_str_from_vstr(&sv);
        } else {
            spec_obj = fe_str_new(spec, spec_len);
        }
    }
    fe_obj_t r;
    if (spec_len == 0 && (FE_IS_QSTR(v) || fe_obj_is_type_ptr(v, &fe_type_str))) {
        r = v;
    } else {
        r = fe_format(v, spec_obj);
    }
    size_t rlen;
    const char *rs = fe_str_data(r, &rlen);
    fe_vstr_add_strn(out, rs, rlen);
}

static void format_into(fmt_state_t *st, fe_vstr_t *out, const char *s, size_t len, int depth) {
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < len && s[i + 1] == '}') {
                fe_vstr_add_byte(out, '}');
                i += 2;
                continue;
            }
            fe_raise_msg(&fe_type_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') {
            size_t start = i;
            while (i < len && s[i] != '{' && s[i] != '}') {
                i++;
            }
            fe_vstr_add_strn(out, s + start, i - start);
            continue;
        }
        if (i + 1 < len && s[i + 1] == '{') {
            fe_vstr_add_byte(out, '{');
            i += 2;
            continue;
        }
        if (i + 1 >= len) {
            fe_raise_msg(&fe_type_ValueError, "Single '{' encountered in format string");
        }
        // field name: up to '!', ':' or '}' ([...] may contain anything but ']')
        size_t name = ++i;
        while (i < len && s[i] != '!' && s[i] != ':' && s[i] != '}') {
            if (s[i] == '[') {
                while (i < len && s[i] != ']') {
                    i++;
                }
                if (i >= len) {
                    break;
                }
            } else if (s[i] == '{') {
                fe_raise_msg(&fe_type_ValueError, "unexpected '{' in field name");
            }
            i++;
        }
        if (i >= len) {
            fe_raise_msg(&fe_type_ValueError, "expected '}' before end of string");
        }
        size_t name_len = i - name;
        char conv = 0;
        if (s[i] == '!') {
            i++;
            if (i >= len) {
                fe_raise_msg(&fe_type_ValueError, "end of string while looking for conversion specifier");
            }
            conv = s[i++];
            if (i >= len) {
                fe_raise_msg(&fe_type_ValueError, "unmatched '{' in format spec");
            }
            if (s[i] != ':' && s[i] != '}') {
                fe_raise_msg(&fe_type_ValueError, "expected ':' after conversion specifier");
            }
        }
        const char *spec = s + i;
        size_t spec_len = 0;
        if (s[i] == ':') {
            size_t start = ++i;
            int level = 1;
            while (i < len) {
                if (s[i] == '{') {
                    level++;
                } else if (s[i] == '}' && --level == 0) {
                    break;
                }
                i++;
            }
            if (i >= len) {
                fe_raise_msg(&fe_type_ValueError, "unmatched '{' in format spec");
            }
            spec = s + start;
            spec_len = i - start;
        }
        // s[i] is the closing '}'
        format_field(st, out, s + name, name_len, conv, spec, spec_len, depth);
        i++;
    }
}

fe_obj_t fe_str_format(fe_obj_t fmt, size_t n_args, const fe_obj_t *args, fe_map_t *kw, fe_obj_t mapping) {
    size_t len;
    const char *s = fe_str_data(fmt, &len);
    fmt_state_t st = {n_args, args, kw, mapping, 0, false};
    fe_vstr_t out;
    fe_vstr_init(&out, len + 16);
    format_into(&st, &out, s, len, 0);
    return fe_str_from_vstr(&out);
}
