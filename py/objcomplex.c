// py/objcomplex.c: the complex type: arithmetic (CPython's division and power algorithms),
// ==, abs, hash, complex() from numbers or text, and CPython's repr ((1+2j), 1j, (-0-1j)).
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "py/bigint.h"

#if FE_ENABLE_COMPLEX

typedef struct {
    fe_objbase_t base;
    fe_float_t real, imag;
} complex_obj_t;

#define HASH_IMAG 1000003  // CPython's multiplier for the imaginary part's hash

fe_obj_t fe_complex_new(fe_float_t real, fe_float_t imag) {
    complex_obj_t *o = fe_new(complex_obj_t);
    o->base.type = &fe_type_complex;
    o->real = real;
    o->imag = imag;
    return o;
}

bool fe_complex_unwrap(fe_obj_t o, fe_float_t *re, fe_float_t *im) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((const fe_objbase_t *)o)->type;
    if (t == &fe_type_complex) {
        *re = ((const complex_obj_t *)o)->real;
        *im = ((const complex_obj_t *)o)->imag;
        return true;
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_complex);
        if (n != FE_NULL && n != o) {
            return fe_complex_unwrap(n, re, im);
        }
    }
    return false;
}

// Any number as a complex; false if o is not a number.
static bool as_complex(fe_obj_t o, fe_float_t *re, fe_float_t *im) {
    if (fe_complex_unwrap(o, re, im)) {
        return true;
    }
    *im = 0;
    if (fe_float_unwrap(o, re)) {
        return true;
    }
    fe_obj_t i = fe_int_unwrap(o);
    if (i != FE_NULL) {
        *re = fe_int_to_float(i);
        return true;
    }
    return false;
}

// repr of one part: shortest digits, no ".0" for integral values; optional leading sign.
static void add_part(fe_vstr_t *out, fe_float_t v, bool with_sign) {
    fe_vstr_t t;
    fe_vstr_init(&t, 24);
    fe_float_repr(&t, v);
    if (t.len >= 2 && t.buf[t.len - 2] == '.' && t.buf[t.len - 1] == '0') {
        t.len -= 2;
    }
    if (with_sign && t.buf[0] != '-') {
        fe_vstr_add_byte(out, '+');
    }
    fe_vstr_add_strn(out, t.buf, t.len);
}

static void complex_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const complex_obj_t *c = self;
    fe_vstr_t out;
    fe_vstr_init(&out, 32);
    if (c->real == 0 && !signbit(c->real)) {
        add_part(&out, c->imag, false);
        fe_vstr_add_byte(&out, 'j');
    } else {
        fe_vstr_add_byte(&out, '(');
        add_part(&out, c->real, false);
        add_part(&out, c->imag, true);
        fe_vstr_add_str(&out, "j)");
    }
    fe_print_strn(print, out.buf, out.len);
}

// One part of a formatted complex: shortest repr without ".0" for the omitted type,
// else the float formatting of the spec; sign as given ('+' forces one).
static void format_part(fe_vstr_t *out, fe_float_t v, const fe_format_spec_t *spec, char type, char sign) {
    if (type == 'r') {
        // nan never shows a minus sign, so it takes the requested one
        if (sign && (isnan(v) || !signbit(v))) {
            fe_vstr_add_byte(out, (uint8_t)sign);
        }
        add_part(out, v, false);
        return;
    }
    fe_format_spec_t s = *spec;
    s.type = type;
    s.sign = sign;
    s.width = -1;
    s.align = 0;
    s.zero = false;
    s.fill = ' ';
    fe_format_float(out, v, &s);
}

void fe_format_complex(fe_vstr_t *out, fe_obj_t value, const fe_format_spec_t *spec) {
    fe_float_t re, im;
    if (!fe_complex_unwrap(value, &re, &im)) {
        fe_raise_msg(&fe_type_TypeError, "complex expected");
    }
    char type = spec->type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            fe_raise_fmt(&fe_type_ValueError, "Unknown format code '%s' for object of type 'complex'", (const char[]){type, 0});
    }
    if (spec->zero || (spec->fill == '0' && spec->align)) {
        fe_raise_msg(&fe_type_ValueError, "Zero padding is not allowed in complex format specifier");
    }
    if (spec->align == '=') {
        fe_raise_msg(&fe_type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    }
    bool skip_re = false, parens = false;
    if (type == 0) {
        type = 'r';  // like str(): shortest digits
        if (re == 0 && !signbit(re)) {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if (type == 'n') {
        type = 'g';
    }
    if (type == 'r' && spec->precision >= 0) {
        type = 'g';
    }
    char re_sign = spec->sign == '+' || spec->sign == ' ' ? spec->sign : 0;
    fe_vstr_t body;
    fe_vstr_init(&body, 32);
    if (parens) {
        fe_vstr_add_byte(&body, '(');
    }
    if (!skip_re) {
        format_part(&body, re, spec, type, re_sign);
    }
    format_part(&body, im, spec, type, skip_re ? re_sign : '+');
    fe_vstr_add_byte(&body, 'j');
    if (parens) {
        fe_vstr_add_byte(&body, ')');
    }
    fe_format_spec_t pad = *spec;
    pad.sign = 0;
    pad.grouping = 0;
    pad.zero = false;
    fe_format_number(out, &pad, false, "", "", 0, body.buf, body.len);
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Length of the longest float literal at s (0 if none).
static size_t float_prefix(const char *s, const char *end) {
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-')) {
        p++;
    }
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (size_t w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - p) >= n) {
            size_t i = 0;
            while (i < n && (p[i] | 0x20) == words[w][i]) {
                i++;
            }
            if (i == n) {
                return (size_t)(p + n - s);
            }
        }
    }
    const char *digits_start = p;
    bool any = false;
    while (p < end && ((*p >= '0' && *p <= '9') || (*p == '_' && any))) {
        any = true;
        p++;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) {
            any = true;
            p++;
        }
    }
    if (!any || p == digits_start) {
        return 0;
    }
    if (p < end && (*p | 0x20) == 'e') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q < end && *q >= '0' && *q <= '9') {
            while (q < end && ((*q >= '0' && *q <= '9') || *q == '_')) {
                q++;
            }
            p = q;
        }
    }
    return (size_t)(p - s);
}

FE_NORETURN static void raise_malformed(void) {
    fe_raise_msg(&fe_type_ValueError, "complex() arg is a malformed string");
}

static fe_float_t parse_part(const char *s, size_t n) {
    fe_float_t v;
    if (!fe_float_parse_text(s, n, true, &v)) {
        raise_malformed();
    }
    return v;
}

static fe_obj_t complex_parse(const char *s, size_t len) {
    const char *end = s + len;
    while (s < end && is_space(*s)) {
        s++;
    }
    while (end > s && is_space(end[-1])) {
        end--;
    }
    if (s < end && *s == '(') {
        if (end[-1] != ')') {
            raise_malformed();
        }
        s++;
        end--;
        while (s < end && is_space(*s)) {
            s++;
        }
        while (end > s && is_space(end[-1])) {
            end--;
        }
    }
    fe_float_t re = 0, im = 0;
    size_t n = float_prefix(s, end);
    if (n > 0) {
        fe_float_t x = parse_part(s, n);
        s += n;
        if (s < end && (*s == '+' || *s == '-')) {
            re = x;
            size_t m = float_prefix(s, end);
            if (m > 0) {
                im = parse_part(s, m);
                s += m;
            } else {
                im = *s == '-' ? -1 : 1;
                s++;
            }
            if (s >= end || (*s | 0x20) != 'j') {
                raise_malformed();
            }
            s++;
        } else if (s < end && (*s | 0x20) == 'j') {
            im = x;
            s++;
        } else {
            re = x;
        }
    } else {
        fe_float_t sign = 1;
        if (s < end && (*s == '+' || *s == '-')) {
            sign = *s == '-' ? -1 : 1;
            s++;
        }
        if (s >= end || (*s | 0x20) != 'j') {
            raise_malformed();
        }
        s++;
        im = sign;
    }
    if (s != end) {
        raise_malformed();
    }
    return fe_complex_new(re, im);
}

static bool get_number_part(fe_obj_t o, fe_float_t *re, fe_float_t *im) {
    if (as_complex(o, re, im)) {
        return true;
    }
    fe_float_t f;
    if (fe_get_float_maybe(o, &f)) {
        *re = f;
        *im = 0;
        return true;
    }
    if (fe_typeof(o)->flags & FE_TYPE_FLAG_USER) {
        // user classes convert through __complex__, else __float__ or __index__
        static const uint16_t converters[] = {Q___complex__, Q___float__, Q___index__};
        for (size_t i = 0; i < sizeof(converters) / sizeof(converters[0]); i++) {
            fe_obj_t dest[2];
            fe_load_method_maybe(o, converters[i], dest);
            if (dest[0] != FE_NULL) {
                fe_obj_t v = fe_call_method(0, 0, dest);
                if (i == 0 && !fe_obj_is_type_ptr(v, &fe_type_complex)) {
                    fe_raise_fmt(&fe_type_TypeError, "__complex__ returned non-complex (type %T)", v);
                }
                return get_number_part(v, re, im);
            }
        }
    }
    return false;
}

static fe_obj_t complex_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_real, 0, FE_NULL},
        {Q_imag, 0, FE_NULL},
    };
    fe_obj_t a[2];
    fe_parse_args_pairs(n_args, n_kw, args, 2, spec, a);
    if (a[0] == FE_NULL && a[1] == FE_NULL) {
        return fe_complex_new(0, 0);
    }
    if (a[0] != FE_NULL && fe_is_str(a[0])) {
        if (a[1] != FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = fe_str_data(a[0], &len);
        return complex_parse(s, len);
    }
    if (a[1] != FE_NULL && fe_is_str(a[1])) {
        fe_raise_msg(&fe_type_TypeError, "complex() second arg can't be a string");
    }
    // as CPython: the imaginary argument's real part is used as is (keeping -0.0); parts are
    // only combined when an argument is itself complex
    fe_float_t r_re = 0, r_im = 0, i_re = 0, i_im = 0;
    if (a[0] != FE_NULL && !get_number_part(a[0], &r_re, &r_im)) {
        fe_raise_fmt(&fe_type_TypeError, "complex() first argument must be a string or a number, not '%T'", a[0]);
    }
    if (a[1] != FE_NULL && !get_number_part(a[1], &i_re, &i_im)) {
        fe_raise_fmt(&fe_type_TypeError, "complex() second argument must be a number, not '%T'", a[1]);
    }
    if (a[1] == FE_NULL && a[0] != FE_NULL && fe_typeof(a[0]) == &fe_type_complex) {
        return a[0];
    }
    bool r_complex = a[0] != FE_NULL && fe_complex_unwrap(a[0], &r_re, &r_im);
    bool i_complex = a[1] != FE_NULL && fe_complex_unwrap(a[1], &i_re, &i_im);
    if (i_complex) {
        r_re -= i_im;
    }
    if (r_complex && a[1] != FE_NULL) {
        i_re += r_im;
    } else if (a[1] == FE_NULL) {
        i_re = r_im;
    }
    return fe_complex_new(r_re, i_re);
}

static fe_float_t complex_abs(fe_float_t re, fe_float_t im) {
    if (isinf(re) || isinf(im)) {
        return (fe_float_t)INFINITY;
    }
    if (isnan(re) || isnan(im)) {
        return (fe_float_t)NAN;
    }
    fe_float_t r = (fe_float_t)hypot(re, im);
    if (isinf(r)) {
        fe_raise_msg(&fe_type_OverflowError, "absolute value too large");
    }
    return r;
}

static fe_obj_t complex_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_float_t re, im;
    if (!fe_complex_unwrap(self, &re, &im)) {
        return FE_NULL;
    }
    switch (op) {
        case FE_UNARY_BOOL:
            return fe_bool(re != 0 || im != 0);
        case FE_UNARY_HASH: {
            // word-wide wrap-around arithmetic as CPython; the result may not fit a small int
            fe_uint_t h = (fe_uint_t)fe_float_hash(re) + (fe_uint_t)HASH_IMAG * (fe_uint_t)fe_float_hash(im);
            fe_int_t r = (fe_int_t)h;
            if (r == -1) {
                r = -2;
            }
            return fe_int_from_int(r);
        }
        case FE_UNARY_POSITIVE:
            return fe_complex_new(re, im);
        case FE_UNARY_NEGATIVE:
            return fe_complex_new(-re, -im);
        case FE_UNARY_ABS:
            return fe_float_new(complex_abs(re, im));
        default:
            return FE_NULL;
    }
}

typedef struct {
    fe_float_t re, im;
} cval_t;

static cval_t c_prod(cval_t a, cval_t b) {
    cval_t r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

static cval_t c_quot(cval_t a, cval_t b) {
    cval_t r;
    fe_float_t abs_br = b.re < 0 ? -b.re : b.re;
    fe_float_t abs_bi = b.im < 0 ? -b.im : b.im;
    if (abs_br >= abs_bi) {
        if (abs_br == 0) {
            fe_raise_msg(&fe_type_ZeroDivisionError, "complex division by zero");
        }
        fe_float_t ratio = b.im / b.re;
        fe_float_t denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        fe_float_t ratio = b.re / b.im;
        fe_float_t denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = (fe_float_t)NAN;
    }
    return r;
}

static cval_t c_powu(cval_t x, long n) {
    cval_t r = {1, 0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static cval_t c_pow(cval_t a, cval_t b) {
    cval_t r;
    if (b.re == 0 && b.im == 0) {
        r.re = 1;
        r.im = 0;
    } else if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) {
            fe_raise_msg(&fe_type_ZeroDivisionError, "0.0 to a negative or complex power");
        }
        r.re = r.im = 0;
    } else {
        fe_float_t vabs = (fe_float_t)hypot(a.re, a.im);
        fe_float_t len = (fe_float_t)pow(vabs, b.re);
        fe_float_t at = (fe_float_t)atan2(a.im, a.re);
        fe_float_t phase = at * b.re;
        if (b.im != 0) {
            len /= (fe_float_t)exp(at * b.im);
            phase += b.im * (fe_float_t)log(vabs);
        }
        r.re = len * (fe_float_t)cos(phase);
        r.im = len * (fe_float_t)sin(phase);
    }
    return r;
}

fe_obj_t fe_complex_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        op = FE_BINARY_INPLACE_TO_PLAIN(op);
    } else if (op >= FE_BINARY_REVERSE_OR) {
        fe_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        op = op - FE_BINARY_REVERSE_OR + FE_BINARY_OR;
    }
    cval_t a, b;
    if (!as_complex(lhs, &a.re, &a.im) || !as_complex(rhs, &b.re, &b.im)) {
        return FE_NULL;
    }
    cval_t r;
    switch (op) {
        case FE_BINARY_EQUAL:
        case FE_BINARY_NOT_EQUAL: {
            bool eq;
            // exact comparison when one side is an int (its value may not be a float exactly)
            fe_obj_t ia = fe_int_unwrap(lhs), ib = fe_int_unwrap(rhs);
            if (ia != FE_NULL || ib != FE_NULL) {
                fe_obj_t i = ia != FE_NULL ? ia : ib;
                cval_t c = ia != FE_NULL ? b : a;
                eq = c.im == 0 && fe_float_binary_op(FE_BINARY_EQUAL, fe_float_new(c.re), i) == fe_true;
            } else {
                eq = a.re == b.re && a.im == b.im;
            }
            return fe_bool(op == FE_BINARY_EQUAL ? eq : !eq);
        }
        case FE_BINARY_ADD:
            r.re = a.re + b.re;
            r.im = a.im + b.im;
            break;
        case FE_BINARY_SUBTRACT:
            r.re = a.re - b.re;
            r.im = a.im - b.im;
            break;
        case FE_BINARY_MULTIPLY:
            r = c_prod(a, b);
            break;
        case FE_BINARY_TRUE_DIVIDE:
            r = c_quot(a, b);
            break;
        case FE_BINARY_POWER:
            if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
                long n = (long)b.re;
                if (n > 0) {
                    r = c_powu(a, n);
                } else {
                    if (n < 0 && a.re == 0 && a.im == 0) {
                        fe_raise_msg(&fe_type_ZeroDivisionError, "0.0 to a negative or complex power");
                    }
                    cval_t one = {1, 0};
                    r = c_quot(one, c_powu(a, -n));
                }
            } else {
                r = c_pow(a, b);
            }
            if ((isinf(r.re) || isinf(r.im)) && isfinite(a.re) && isfinite(a.im) && isfinite(b.re) && isfinite(b.im)) {
                fe_raise_msg(&fe_type_OverflowError, "complex exponentiation");
            }
            break;
        default:
            return FE_NULL;
    }
    return fe_complex_new(r.re, r.im);
}

static fe_obj_t complex_conjugate(fe_obj_t self) {
    fe_float_t re, im;
    if (!fe_complex_unwrap(self, &re, &im)) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'complex' object but received a '%T'", self);
    }
    return fe_complex_new(re, -im);
}
static FE_DEFINE_FUN_1(complex_conjugate_obj, Q_conjugate, complex_conjugate);

static const fe_map_elem_t complex_locals_table[] = {
    {FE_ROM_QSTR(Q_conjugate), FE_ROM_PTR(&complex_conjugate_obj)},
};
static FE_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_table);

static void complex_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    fe_float_t re, im;
    if (!fe_complex_unwrap(self, &re, &im)) {
        return;
    }
    if (attr == Q_real) {
        dest[0] = fe_float_new(re);
    } else if (attr == Q_imag) {
        dest[0] = fe_float_new(im);
    }
}

const fe_type_t fe_type_complex = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = fe_complex_binary_op,
    .attr = complex_attr,
    .locals_dict = (struct fe_dict *)&complex_locals_dict,
};

#endif
