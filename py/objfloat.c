// py/objfloat.c: the float type: arithmetic with CPython's semantics (floor division and
// modulo signs, pow special cases, OverflowError), exact comparisons with ints, CPython's
// hash, float(), and methods (is_integer, as_integer_ratio, hex, __round__ ...).
// Text conversion lives in py/floatfmt.c.
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "py/bigint.h"
#include "py/objseq.h"

#if FE_FLOAT_IMPL != FE_FLOAT_NONE

#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
#define FLOOR floor
#define FMOD fmod
#define POW pow
#define FREXP frexp
#define LDEXP ldexp
#define COPYSIGN copysign
#define MANT_BITS 53
#define EXACT_INT_LIMIT 9007199254740992.0  // 2**53
#else
// lib/libm: no double arithmetic on single-float ports
#include "lib/libm/libm.h"
#define FLOOR fe_floorf
#define FMOD fe_fmodf
#define POW fe_powf
#define FREXP fe_frexpf
#define LDEXP fe_ldexpf
#define COPYSIGN fe_copysignf
#define MANT_BITS 24
#define EXACT_INT_LIMIT 16777216.0f  // 2**24
#endif

fe_obj_t fe_float_new(fe_float_t v) {
    fe_float_obj_t *o = fe_new(fe_float_obj_t);
    o->base.type = &fe_type_float;
    o->value = v;
    return o;
}

fe_float_t fe_float_value(fe_obj_t o) {
    return ((const fe_float_obj_t *)o)->value;
}

bool fe_float_unwrap(fe_obj_t o, fe_float_t *out) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((const fe_objbase_t *)o)->type;
    if (t == &fe_type_float) {
        *out = ((const fe_float_obj_t *)o)->value;
        return true;
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_float);
        if (n != FE_NULL && n != o) {
            return fe_float_unwrap(n, out);
        }
    }
    return false;
}

fe_int_t fe_float_hash(fe_float_t v) {
    if (isinf(v)) {
        return v > 0 ? FE_HASH_INF : -FE_HASH_INF;
    }
    if (isnan(v)) {
        return 0;  // CPython hashes NaN by identity; any fixed value is acceptable
    }
    int e;
    fe_float_t m = FREXP(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // process 28 bits at a time: x = x * 2**28 + next bits, modulo P
    fe_uint_t x = 0;
    while (m) {
        x = ((x << 28) & FE_HASH_MODULUS) | x >> (FE_HASH_BITS - 28);
        m *= (fe_float_t)268435456.0;  // 2**28
        e -= 28;
        fe_uint_t y = (fe_uint_t)m;
        m -= (fe_float_t)y;
        x += y;
        if (x >= FE_HASH_MODULUS) {
            x -= FE_HASH_MODULUS;
        }
    }
    // multiply by 2**e modulo P: a rotation by e mod FE_HASH_BITS
    e = e >= 0 ? e % FE_HASH_BITS : FE_HASH_BITS - 1 - ((-1 - e) % FE_HASH_BITS);
    x = ((x << e) & FE_HASH_MODULUS) | x >> (FE_HASH_BITS - e);
    fe_int_t r = (fe_int_t)x * sign;
    return r == -1 ? -2 : r;
}

static void float_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_vstr_t v;
    fe_vstr_init(&v, 24);
    fe_float_repr(&v, fe_float_value(self));
    fe_print_strn(print, v.buf, v.len);
}

static fe_obj_t float_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw != 0) {
        fe_raise_msg(&fe_type_TypeError, "float() takes no keyword arguments");
    }
    if (n_args > 1) {
        fe_raise_fmt(&fe_type_TypeError, "float expected at most 1 argument, got %d", (int)n_args);
    }
    if (n_args == 0) {
        return fe_float_new(0);
    }
    fe_obj_t x = args[0];
    fe_float_t f;
    if (fe_float_unwrap(x, &f)) {
        return fe_typeof(x) == &fe_type_float ? x : fe_float_new(f);
    }
    fe_obj_t i = fe_int_unwrap(x);
    if (i != FE_NULL) {
        return fe_float_new(fe_int_to_float(i));
    }
    if (fe_is_str(x)) {
        size_t len;
        const char *s = fe_str_data(x, &len);
        return fe_float_parse(s, len, false);
    }
    const fe_type_t *t = fe_typeof(x);
    if (t == &fe_type_bytes || t == &fe_type_bytearray) {
        size_t len;
        const char *s = fe_bytes_data(x, &len);
        return fe_float_parse(s, len, false);
    }
    if (t->unary_op != NULL && (!FE_ENABLE_COMPLEX || t != &fe_type_complex)) {
        fe_obj_t r = t->unary_op(FE_UNARY_FLOAT, x);
        if (r != FE_NULL) {
            if (fe_float_unwrap(r, &f)) {
                return fe_float_new(f);
            }
            fe_raise_fmt(&fe_type_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
        }
        // CPython falls back on __index__ (not __int__)
        fe_obj_t method[2];
        fe_load_method_maybe(x, Q___index__, method);
        if (method[0] != FE_NULL) {
            r = fe_call_method(0, 0, method);
            if (fe_int_unwrap(r) != FE_NULL) {
                return fe_float_new(fe_int_to_float(fe_int_unwrap(r)));
            }
            fe_raise_fmt(&fe_type_TypeError, "__index__ returned non-int (type %T)", r);
        }
    }
    fe_raise_fmt(&fe_type_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static fe_obj_t float_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_float_t v;
    if (!fe_float_unwrap(self, &v)) {
        return FE_NULL;
    }
    switch (op) {
        case FE_UNARY_BOOL:
            return fe_bool(v != 0);
        case FE_UNARY_HASH:
            return FE_NEW_SMALL_INT(fe_float_hash(v));
        case FE_UNARY_POSITIVE:
            return fe_typeof(self) == &fe_type_float ? self : fe_float_new(v);
        case FE_UNARY_NEGATIVE:
            return fe_float_new(-v);
        case FE_UNARY_ABS:
            return fe_float_new(v < 0 || signbit(v) ? -v : v);
        case FE_UNARY_INT:
            return fe_int_from_float(v);
        case FE_UNARY_FLOAT:
            return fe_typeof(self) == &fe_type_float ? self : fe_float_new(v);
        default:
            return FE_NULL;
    }
}

// Compares int i with float f exactly: -1, 0, 1, or 2 when unordered (nan).
static int compare_int_float(fe_obj_t i, fe_float_t f) {
    if (isnan(f)) {
        return 2;
    }
    if (isinf(f)) {
        return f > 0 ? -1 : 1;
    }
    if (FE_IS_SMALL_INT(i)) {
        fe_int_t v = FE_SMALL_INT_VALUE(i);
        if (v <= (fe_int_t)EXACT_INT_LIMIT && v >= -(fe_int_t)EXACT_INT_LIMIT) {
            fe_float_t fv = (fe_float_t)v;
            return fv < f ? -1 : fv > f ? 1 : 0;
        }
    }
    fe_float_t fl = FLOOR(f);
    fe_obj_t fi = fe_int_from_float(fl);
    if (fe_int_binary_op(FE_BINARY_LESS, i, fi) == fe_true) {
        return -1;
    }
    if (fe_int_binary_op(FE_BINARY_MORE, i, fi) == fe_true) {
        return 1;
    }
    return f > fl ? -1 : 0;
}

FE_NORETURN static void raise_range_error(void) {
    fe_obj_t args[2] = {FE_NEW_SMALL_INT(34), fe_str_new_cstr("Numerical result out of range")};
    fe_raise(fe_exc_new(&fe_type_OverflowError, 2, args));
}

// Python's float ** is C99's pow (nan, inf and signed-zero cases included) except for
// three errors: 0 to a negative power, a negative base to a non-integer power (complex
// where complex numbers exist), and overflow from finite operands.
static fe_obj_t float_pow(fe_float_t iv, fe_float_t iw) {
    if (iv == 0 && iw < 0 && !isinf(iw)) {
        fe_raise_msg(&fe_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (iv < 0 && isfinite(iv) && isfinite(iw) && iw != FLOOR(iw)) {
#if FE_ENABLE_COMPLEX
        return fe_complex_binary_op(FE_BINARY_POWER, fe_complex_new(iv, 0), fe_complex_new(iw, 0));
#else
        fe_raise_msg(&fe_type_ValueError, "math domain error");
#endif
    }
    fe_float_t r = POW(iv, iw);
    if (isinf(r) && isfinite(iv) && isfinite(iw)) {
        raise_range_error();
    }
    return fe_float_new(r);
}

// CPython's float divmod: remainder takes the divisor's sign; the quotient is floored and
// nudged so that q * w + r == v as closely as possible.
static void float_divmod(fe_float_t vx, fe_float_t wx, fe_float_t *floordiv, fe_float_t *mod) {
    fe_float_t m = FMOD(vx, wx);
    fe_float_t div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1;
        }
    } else {
        m = COPYSIGN(0, wx);
    }
    fe_float_t fd;
    if (div) {
        fd = FLOOR(div);
        if (div - fd > (fe_float_t)0.5) {
            fd += 1;
        }
    } else {
        fd = COPYSIGN(0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

fe_obj_t fe_float_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        op = FE_BINARY_INPLACE_TO_PLAIN(op);
    } else if (op >= FE_BINARY_REVERSE_OR) {
        fe_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        op = op - FE_BINARY_REVERSE_OR + FE_BINARY_OR;
    }
    fe_float_t a, b;
    fe_obj_t ai = FE_NULL, bi = FE_NULL;
    bool a_float = fe_float_unwrap(lhs, &a);
    bool b_float = fe_float_unwrap(rhs, &b);
    if (!a_float) {
        ai = fe_int_unwrap(lhs);
    }
    if (!b_float) {
        bi = fe_int_unwrap(rhs);
    }
    if ((!a_float && ai == FE_NULL) || (!b_float && bi == FE_NULL)) {
#if FE_ENABLE_COMPLEX
        fe_float_t re, im;
        if (fe_complex_unwrap(a_float || ai != FE_NULL ? rhs : lhs, &re, &im)) {
            return fe_complex_binary_op(op, lhs, rhs);
        }
#endif
        return FE_NULL;
    }
    if (!a_float && !b_float) {
        return fe_int_binary_op(op, ai, bi);
    }
    if (op <= FE_BINARY_NOT_EQUAL) {
        // three-way comparison, exact between ints and floats; 2 when unordered (nan)
        int c;
        if (a_float && b_float) {
            c = isnan(a) || isnan(b) ? 2 : a < b ? -1 : a > b;
        } else if (a_float) {
            c = compare_int_float(bi, a);
            c = c == 2 ? 2 : -c;
        } else {
            c = compare_int_float(ai, b);
        }
        return fe_bool(c == 2 ? op == FE_BINARY_NOT_EQUAL : fe_compare_holds(op, c));
    }
    if (!a_float) {
        a = fe_int_to_float(ai);
    }
    if (!b_float) {
        b = fe_int_to_float(bi);
    }
    switch (op) {
        case FE_BINARY_ADD:
            return fe_float_new(a + b);
        case FE_BINARY_SUBTRACT:
            return fe_float_new(a - b);
        case FE_BINARY_MULTIPLY:
            return fe_float_new(a * b);
        case FE_BINARY_TRUE_DIVIDE:
            if (b == 0) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "float division by zero");
            }
            return fe_float_new(a / b);
        case FE_BINARY_FLOOR_DIVIDE: {
            if (b == 0) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "float floor division by zero");
            }
            fe_float_t q, m;
            float_divmod(a, b, &q, &m);
            return fe_float_new(q);
        }
        case FE_BINARY_MODULO: {
            if (b == 0) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "float modulo");
            }
            fe_float_t m = FMOD(a, b);
            if (m) {
                if ((b < 0) != (m < 0)) {
                    m += b;
                }
            } else {
                m = COPYSIGN(0, b);
            }
            return fe_float_new(m);
        }
        case FE_BINARY_DIVMOD: {
            if (b == 0) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "float divmod()");
            }
            fe_float_t q, m;
            float_divmod(a, b, &q, &m);
            fe_obj_t items[2] = {fe_float_new(q), fe_float_new(m)};
            return fe_tuple_new(2, items);
        }
        case FE_BINARY_POWER:
            return float_pow(a, b);
        default:
            return FE_NULL;
    }
}

// ---- methods -------------------------------------------------------------------------------

static fe_float_t self_float(fe_obj_t self) {
    fe_float_t v;
    if (!fe_float_unwrap(self, &v)) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'float' object but received a '%T'", self);
    }
    return v;
}

static fe_obj_t float_is_integer(fe_obj_t self) {
    fe_float_t v = self_float(self);
    return fe_bool(isfinite(v) && FLOOR(v) == v);
}
static FE_DEFINE_FUN_1(float_is_integer_obj, Q_is_integer, float_is_integer);

#if FE_FLOAT_EXTRA_METHODS
static fe_obj_t float_as_integer_ratio(fe_obj_t self) {
    fe_float_t v = self_float(self);
    if (isinf(v)) {
        fe_raise_msg(&fe_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        fe_raise_msg(&fe_type_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    fe_float_t m = FREXP(v, &e);
    long long mant = (long long)LDEXP(m, MANT_BITS);
    e -= MANT_BITS;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant /= 2;
        e++;
    }
    fe_obj_t items[2];
    if (mant == 0) {
        items[0] = FE_NEW_SMALL_INT(0);
        items[1] = FE_NEW_SMALL_INT(1);
    } else if (e >= 0) {
        items[0] = fe_int_binary_op(FE_BINARY_LSHIFT, fe_int_from_ll(mant), FE_NEW_SMALL_INT(e));
        items[1] = FE_NEW_SMALL_INT(1);
    } else {
        items[0] = fe_int_from_ll(mant);
        items[1] = fe_int_binary_op(FE_BINARY_LSHIFT, FE_NEW_SMALL_INT(1), FE_NEW_SMALL_INT(-e));
    }
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_1(float_as_integer_ratio_obj, Q_as_integer_ratio, float_as_integer_ratio);
#endif

static fe_obj_t float_conjugate(fe_obj_t self) {
    return fe_float_new(self_float(self));
}
static FE_DEFINE_FUN_1(float_conjugate_obj, Q_conjugate, float_conjugate);

// round(x): nearest int, ties to even. round(x, n): the float nearest to the decimal value
// rounded to n digits (exact decimal rounding, as CPython does with dtoa).
static fe_obj_t float_round(size_t n_args, const fe_obj_t *args) {
    fe_float_t v = self_float(args[0]);
    if (n_args < 2 || args[1] == fe_none) {
        fe_float_t r = FLOOR(v);
        fe_float_t diff = v - r;
        if (diff > (fe_float_t)0.5 || (diff == (fe_float_t)0.5 && FMOD(r, (fe_float_t)2) != 0)) {
            r += 1;
        }
        return fe_int_from_float(r);
    }
    fe_int_t nd = fe_get_index(args[1]);
    if (!isfinite(v) || v == 0) {
        return fe_float_new(v);
    }
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
    const fe_int_t nd_max = 323, nd_min = -308;
#else
    const fe_int_t nd_max = 50, nd_min = -40;
#endif
    if (nd > nd_max) {
        return fe_float_new(v);
    }
    if (nd < nd_min) {
        return fe_float_new(v * 0);
    }
    fe_float_t r = fe_float_round_places(v < 0 ? -v : v, (int)nd);
    if (isinf(r)) {
        fe_raise_msg(&fe_type_OverflowError, "rounded value too large to represent");
    }
    return fe_float_new(v < 0 ? -r : r);
}
static FE_DEFINE_FUN_VAR(float_round_obj, Q___round__, 1, 2, float_round);

#if FE_FLOAT_EXTRA_METHODS
static fe_obj_t float_hex(fe_obj_t self) {
    fe_float_t v = self_float(self);
    fe_vstr_t out;
    fe_vstr_init(&out, 32);
    if (isnan(v) || isinf(v)) {
        fe_float_repr(&out, v);
        return fe_str_from_vstr(&out);
    }
    if (signbit(v)) {
        fe_vstr_add_byte(&out, '-');
        v = -v;
    }
    if (v == 0) {
        fe_vstr_add_str(&out, "0x0.0p+0");
        return fe_str_from_vstr(&out);
    }
    int e;
    fe_float_t m = FREXP(v, &e);  // 0.5 <= m < 1
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
    const int min_e = -1021, frac_hex = 13;
#else
    const int min_e = -125, frac_hex = 6;
#endif
    // normalise to 1.xxx * 2**(e-1); subnormals keep the minimum exponent with a 0. lead
    int shift = 1;
    if (e < min_e) {
        shift = 1 - (min_e - e);
        e = min_e;
    }
    m = LDEXP(m, shift);
    int lead = (int)m;
    m -= lead;
    fe_vstr_add_str(&out, "0x");
    fe_vstr_add_byte(&out, (uint8_t)('0' + lead));
    fe_vstr_add_byte(&out, '.');
    for (int i = 0; i < frac_hex; i++) {
        m *= 16;
        int d = (int)m;
        m -= d;
        fe_vstr_add_byte(&out, (uint8_t)"0123456789abcdef"[d]);
    }
    // CPython writes all 13 digits (trailing zeros included)
    fe_vstr_add_byte(&out, 'p');
    fe_int_t ex = e - 1;
    if (ex >= 0) {
        fe_vstr_add_byte(&out, '+');
    }
    fe_int_to_text(&out, fe_int_from_int(ex), 10, false);
    return fe_str_from_vstr(&out);
}
static FE_DEFINE_FUN_1(float_hex_obj, Q_hex, float_hex);

static fe_obj_t float_fromhex(fe_obj_t cls, fe_obj_t text) {
    if (!fe_is_str(text)) {
        fe_raise_msg(&fe_type_TypeError, "bad argument type for built-in operation");
    }
    size_t len;
    const char *s = fe_str_data(text, &len);
    const char *end = s + len;
    while (s < end && (*s == ' ' || (*s >= '\t' && *s <= '\r'))) {
        s++;
    }
    while (end > s && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) {
        end--;
    }
    fe_float_t result;
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    if (fe_float_parse_text(s, (size_t)(end - s), false, &result) && (isinf(result) || isnan(result))) {
        return fe_float_new(neg ? -result : result);
    }
    if (end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
        s += 2;
    }
    // collect hex digits into a magnitude with a binary exponent
    fe_dig_t mag[8] = {0};
    size_t n = 0;
    long exp2 = 0;
    bool any = false, sticky = false, frac = false;
    size_t bits = 0;
    for (; s < end; s++) {
        int d;
        char c = *s;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            d = (c | 0x20) - 'a' + 10;
        } else if (c == '.' && !frac) {
            frac = true;
            continue;
        } else {
            break;
        }
        any = true;
        if (bits + 4 <= sizeof(mag) * 8 - 8) {
            n = bn_mul_small(mag, mag, n, 16, (fe_dig_t)d);
            if (n) {
                bits = bn_bit_length(mag, n);
            }
            if (frac) {
                exp2 -= 4;
            }
        } else {
            if (d) {
                sticky = true;
            }
            if (!frac) {
                exp2 += 4;
            }
        }
    }
    if (!any) {
        fe_raise_msg(&fe_type_ValueError, "invalid hexadecimal floating-point string");
    }
    if (s < end && (*s | 0x20) == 'p') {
        s++;
        bool eneg = false;
        if (s < end && (*s == '+' || *s == '-')) {
            eneg = *s == '-';
            s++;
        }
        if (s >= end) {
            fe_raise_msg(&fe_type_ValueError, "invalid hexadecimal floating-point string");
        }
        long ev = 0;
        for (; s < end && *s >= '0' && *s <= '9'; s++) {
            if (ev < 100000000) {
                ev = ev * 10 + (*s - '0');
            }
        }
        exp2 += eneg ? -ev : ev;
    }
    if (s != end) {
        fe_raise_msg(&fe_type_ValueError, "invalid hexadecimal floating-point string");
    }
    bool overflow;
    fe_float_t v = fe_float_from_mag(mag, n, exp2, sticky, &overflow);
    if (overflow) {
        fe_raise_msg(&fe_type_OverflowError, "hexadecimal value too large to represent as a float");
    }
    fe_obj_t r = fe_float_new(neg ? -v : v);
    if (cls != (fe_obj_t)&fe_type_float) {
        return fe_call1(cls, r);
    }
    return r;
}
static FE_DEFINE_FUN_2(float_fromhex_fun_obj, Q_fromhex, float_fromhex);
static FE_DEFINE_CONST_CLASSMETHOD(float_fromhex_obj, &float_fromhex_fun_obj);
#endif

#if FE_FLOAT_DUNDERS
// Dunder methods (int.__add__, super().__add__(x) in subclasses ...): thin wrappers over
// the slots; an unsupported operand gives NotImplemented as in CPython.
static fe_obj_t float_dunder(fe_binary_op_t op, fe_obj_t a, fe_obj_t b) {
    fe_float_t f;
    if ((!fe_float_unwrap(a, &f) && fe_int_unwrap(a) == FE_NULL) || (!fe_float_unwrap(b, &f) && fe_int_unwrap(b) == FE_NULL)) {
        return fe_notimplemented;
    }
    fe_obj_t r = fe_float_binary_op(op, a, b);
    return r == FE_NULL ? fe_notimplemented : r;
}

// Each DUNDER_* line defines <type>_dunder_<name> and its function object <..>_obj.
#define DUNDER_BINARY(name, qname, op, swapped) \
    static fe_obj_t float_dunder_##name(fe_obj_t self, fe_obj_t other) { \
        return swapped ? float_dunder(op, other, self) : float_dunder(op, self, other); \
    } \
    static FE_DEFINE_FUN_2(float_dunder_##name##_obj, qname, float_dunder_##name);
#define DUNDER_UNARY(name, qname, op) \
    static fe_obj_t float_dunder_##name(fe_obj_t self) { \
        fe_obj_t r = float_unary_op(op, self); \
        return r == FE_NULL ? fe_notimplemented : r; \
    } \
    static FE_DEFINE_FUN_1(float_dunder_##name##_obj, qname, float_dunder_##name);
DUNDER_BINARY(add, Q___add__, FE_BINARY_ADD, false)
DUNDER_BINARY(sub, Q___sub__, FE_BINARY_SUBTRACT, false)
DUNDER_BINARY(mul, Q___mul__, FE_BINARY_MULTIPLY, false)
DUNDER_BINARY(truediv, Q___truediv__, FE_BINARY_TRUE_DIVIDE, false)
DUNDER_BINARY(floordiv, Q___floordiv__, FE_BINARY_FLOOR_DIVIDE, false)
DUNDER_BINARY(mod, Q___mod__, FE_BINARY_MODULO, false)
DUNDER_BINARY(divmod, Q___divmod__, FE_BINARY_DIVMOD, false)
DUNDER_BINARY(radd, Q___radd__, FE_BINARY_ADD, true)
DUNDER_BINARY(rsub, Q___rsub__, FE_BINARY_SUBTRACT, true)
DUNDER_BINARY(rmul, Q___rmul__, FE_BINARY_MULTIPLY, true)
DUNDER_BINARY(rtruediv, Q___rtruediv__, FE_BINARY_TRUE_DIVIDE, true)
DUNDER_BINARY(rfloordiv, Q___rfloordiv__, FE_BINARY_FLOOR_DIVIDE, true)
DUNDER_BINARY(rmod, Q___rmod__, FE_BINARY_MODULO, true)
DUNDER_BINARY(rdivmod, Q___rdivmod__, FE_BINARY_DIVMOD, true)
DUNDER_BINARY(rpow, Q___rpow__, FE_BINARY_POWER, true)
DUNDER_BINARY(eq, Q___eq__, FE_BINARY_EQUAL, false)
DUNDER_BINARY(ne, Q___ne__, FE_BINARY_NOT_EQUAL, false)
DUNDER_BINARY(lt, Q___lt__, FE_BINARY_LESS, false)
DUNDER_BINARY(le, Q___le__, FE_BINARY_LESS_EQUAL, false)
DUNDER_BINARY(gt, Q___gt__, FE_BINARY_MORE, false)
DUNDER_BINARY(ge, Q___ge__, FE_BINARY_MORE_EQUAL, false)
DUNDER_UNARY(neg, Q___neg__, FE_UNARY_NEGATIVE)
DUNDER_UNARY(pos, Q___pos__, FE_UNARY_POSITIVE)
DUNDER_UNARY(abs, Q___abs__, FE_UNARY_ABS)
DUNDER_UNARY(bool, Q___bool__, FE_UNARY_BOOL)
DUNDER_UNARY(int, Q___int__, FE_UNARY_INT)
DUNDER_UNARY(float, Q___float__, FE_UNARY_FLOAT)
DUNDER_UNARY(hash, Q___hash__, FE_UNARY_HASH)
DUNDER_UNARY(trunc, Q___trunc__, FE_UNARY_INT)
#endif

// __repr__/__str__ for subclasses that call float.__repr__(self) in their own __repr__.
static fe_obj_t float_repr_method(fe_obj_t self) {
    fe_vstr_t v;
    fe_vstr_init(&v, 24);
    fe_float_repr(&v, self_float(self));
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(float_repr_obj, Q___repr__, float_repr_method);
static FE_DEFINE_FUN_1(float_str_obj, Q___str__, float_repr_method);

static const fe_map_elem_t float_locals_table[] = {
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&float_repr_obj)},
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&float_str_obj)},
    {FE_ROM_QSTR(Q_is_integer), FE_ROM_PTR(&float_is_integer_obj)},
#if FE_FLOAT_EXTRA_METHODS
    {FE_ROM_QSTR(Q_as_integer_ratio), FE_ROM_PTR(&float_as_integer_ratio_obj)},
    {FE_ROM_QSTR(Q_hex), FE_ROM_PTR(&float_hex_obj)},
    {FE_ROM_QSTR(Q_fromhex), FE_ROM_PTR(&float_fromhex_obj)},
#endif
    {FE_ROM_QSTR(Q_conjugate), FE_ROM_PTR(&float_conjugate_obj)},
    {FE_ROM_QSTR(Q___round__), FE_ROM_PTR(&float_round_obj)},
#if FE_FLOAT_DUNDERS
    {FE_ROM_QSTR(Q___add__), FE_ROM_PTR(&float_dunder_add_obj)},
    {FE_ROM_QSTR(Q___sub__), FE_ROM_PTR(&float_dunder_sub_obj)},
    {FE_ROM_QSTR(Q___mul__), FE_ROM_PTR(&float_dunder_mul_obj)},
    {FE_ROM_QSTR(Q___truediv__), FE_ROM_PTR(&float_dunder_truediv_obj)},
    {FE_ROM_QSTR(Q___floordiv__), FE_ROM_PTR(&float_dunder_floordiv_obj)},
    {FE_ROM_QSTR(Q___mod__), FE_ROM_PTR(&float_dunder_mod_obj)},
    {FE_ROM_QSTR(Q___divmod__), FE_ROM_PTR(&float_dunder_divmod_obj)},
    {FE_ROM_QSTR(Q___radd__), FE_ROM_PTR(&float_dunder_radd_obj)},
    {FE_ROM_QSTR(Q___rsub__), FE_ROM_PTR(&float_dunder_rsub_obj)},
    {FE_ROM_QSTR(Q___rmul__), FE_ROM_PTR(&float_dunder_rmul_obj)},
    {FE_ROM_QSTR(Q___rtruediv__), FE_ROM_PTR(&float_dunder_rtruediv_obj)},
    {FE_ROM_QSTR(Q___rfloordiv__), FE_ROM_PTR(&float_dunder_rfloordiv_obj)},
    {FE_ROM_QSTR(Q___rmod__), FE_ROM_PTR(&float_dunder_rmod_obj)},
    {FE_ROM_QSTR(Q___rdivmod__), FE_ROM_PTR(&float_dunder_rdivmod_obj)},
    {FE_ROM_QSTR(Q___rpow__), FE_ROM_PTR(&float_dunder_rpow_obj)},
    {FE_ROM_QSTR(Q___eq__), FE_ROM_PTR(&float_dunder_eq_obj)},
    {FE_ROM_QSTR(Q___ne__), FE_ROM_PTR(&float_dunder_ne_obj)},
    {FE_ROM_QSTR(Q___lt__), FE_ROM_PTR(&float_dunder_lt_obj)},
    {FE_ROM_QSTR(Q___le__), FE_ROM_PTR(&float_dunder_le_obj)},
    {FE_ROM_QSTR(Q___gt__), FE_ROM_PTR(&float_dunder_gt_obj)},
    {FE_ROM_QSTR(Q___ge__), FE_ROM_PTR(&float_dunder_ge_obj)},
    {FE_ROM_QSTR(Q___neg__), FE_ROM_PTR(&float_dunder_neg_obj)},
    {FE_ROM_QSTR(Q___pos__), FE_ROM_PTR(&float_dunder_pos_obj)},
    {FE_ROM_QSTR(Q___abs__), FE_ROM_PTR(&float_dunder_abs_obj)},
    {FE_ROM_QSTR(Q___bool__), FE_ROM_PTR(&float_dunder_bool_obj)},
    {FE_ROM_QSTR(Q___int__), FE_ROM_PTR(&float_dunder_int_obj)},
    {FE_ROM_QSTR(Q___float__), FE_ROM_PTR(&float_dunder_float_obj)},
    {FE_ROM_QSTR(Q___hash__), FE_ROM_PTR(&float_dunder_hash_obj)},
    {FE_ROM_QSTR(Q___trunc__), FE_ROM_PTR(&float_dunder_trunc_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(float_locals_dict, float_locals_table);

static void float_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    if (attr == Q_real) {
        dest[0] = fe_float_new(self_float(self));
    } else if (attr == Q_imag) {
        dest[0] = fe_float_new(0);
    }
}

const fe_type_t fe_type_float = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = fe_float_binary_op,
    .attr = float_attr,
    .locals_dict = (struct fe_dict *)&float_locals_dict,
};

#endif
