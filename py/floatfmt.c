// py/floatfmt.c: float <-> text with exact arithmetic: shortest round-trip digits (Burger &
// Dybvig's free-format algorithm), correctly rounded fixed digits (half-even on the exact
// binary value), the float side of the format mini-language, repr, and correctly rounded
// parsing. No libc printf/strtod: everything goes through the digit arithmetic of
// py/bigint.c.
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "py/bigint.h"
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#include "lib/libm/libm.h"
#endif

#if FE_FLOAT_IMPL != FE_FLOAT_NONE

#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
#define MANT_BITS 53
#define MIN_EXP (-1074)         // exponent of the least subnormal bit
#define MAX_SIG_DIGITS 800      // parse: more significant digits never change the result
#define REPR_SWITCH 16          // repr uses exponent notation beyond this many integer digits
#define FAST_MAX_DIGITS 15
#define FAST_MAX_POW 22
#define MAX_DEC_EXP 310
#define MIN_DEC_EXP (-330)
#define FREXP frexp
#define LDEXP ldexp
#define MANT_INT(x) (unsigned long long)(x)
#define SMALL_TO_FLOAT(m) ((fe_float_t)(m))
#else
#define MANT_BITS 24
#define MIN_EXP (-149)
#define MAX_SIG_DIGITS 120
#define REPR_SWITCH 16
#define FAST_MAX_DIGITS 7
#define SMALL_TO_FLOAT(m) ((fe_float_t)(uint32_t)(m))  // m < 10^7: no 64-bit conversion (doubles)
#define FAST_MAX_POW 10
#define MAX_DEC_EXP 40
#define MIN_DEC_EXP (-50)
#define FREXP fe_frexpf  // lib/libm: no double arithmetic on single-float ports
#define LDEXP fe_ldexpf
#define MANT_INT(x) (uint32_t)(x)  // a 32-bit conversion: libgcc's 64-bit one goes through doubles
#endif

// ---- a growable-once scratch bignum ---------------------------------------------------------

typedef struct {
    fe_dig_t *d;
    size_t n;      // length in use
    size_t alloc;  // capacity
} bnum_t;

static void bnum_set_ull(bnum_t *b, unsigned long long v) {
    b->n = bn_from_ull(b->d, v);
}

static void bnum_mul_small(bnum_t *b, fe_dig_t m) {
    b->n = bn_mul_small(b->d, b->d, b->n, m, 0);
}

static void bnum_shl(bnum_t *b, size_t s) {
    b->n = bn_shl(b->d, b->d, b->n, s);
}

static void bnum_mul_pow10(bnum_t *b, unsigned e) {
#if FE_DIG_BITS == 32
    while (e >= 9) {
        bnum_mul_small(b, 1000000000u);
        e -= 9;
    }
#else
    while (e >= 4) {
        bnum_mul_small(b, 10000u);
        e -= 4;
    }
#endif
    fe_dig_t m = 1;
    while (e--) {
        m *= 10;
    }
    if (m != 1) {
        bnum_mul_small(b, m);
    }
}

// v = f * 2**e with f an integer of at most MANT_BITS bits (v finite, > 0).
static void decompose(fe_float_t v, unsigned long long *f, int *e) {
    int ex;
    fe_float_t m = FREXP(v, &ex);  // v = m * 2**ex, 0.5 <= m < 1
    int e2 = ex - MANT_BITS;
    unsigned long long mant = MANT_INT(LDEXP(m, MANT_BITS));
    if (e2 < MIN_EXP) {
        mant >>= (MIN_EXP - e2);  // subnormal: exact, the low bits are zero
        e2 = MIN_EXP;
    }
    *f = mant;
    *e = e2;
}

static size_t ull_bits(unsigned long long v) {
    size_t n = 0;
    while (v) {
        n++;
        v >>= 1;
    }
    return n;
}

// floor(n * log10(2)) in integers (exact for |n| <= 1650; 78913 / 2**18 ~ log10(2)), so no
// double arithmetic is needed where floats are single.
static int floor_log10_pow2(int n) {
    return n >= 0 ? (n * 78913) >> 18 : -((-n * 78913 + (1 << 18) - 1) >> 18);
}

#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
static void bnum_init(bnum_t *b, size_t alloc) {
    b->d = fe_alloc(alloc * sizeof(fe_dig_t));
    b->n = 0;
    b->alloc = alloc;
}

// Digits per scratch number kept on the C stack by shortest_digits (5 of them).
#define SHORTEST_STACK_DIGITS (512 / FE_DIG_BITS)

// Shortest digits that read back as v (Burger & Dybvig free-format, with ties to even).
static size_t shortest_digits(fe_float_t v, char *buf, int *decpt) {
    unsigned long long f;
    int e;
    decompose(v, &f, &e);
    bool even = (f & 1) == 0;
    bool unequal_gaps = f == (1ULL << (MANT_BITS - 1)) && e > MIN_EXP;
    int n = e + (int)ull_bits(f) - 1;
    int k = n == 0 ? 0 : floor_log10_pow2(n) + 1;  // ceil(n * log10(2)): never an integer for n != 0
    size_t bits = (size_t)(e > 0 ? e : -e) + MANT_BITS + 8 + (size_t)(k > 0 ? k : -k) * 4;
    size_t nd = bits / FE_DIG_BITS + 4;
    bnum_t r, s, mp, mm, t;
    // typical values (magnitudes within about 1e-30..1e30) fit on the stack: no allocation
    fe_dig_t stack_digits[5 * SHORTEST_STACK_DIGITS];
    bool on_stack = nd <= SHORTEST_STACK_DIGITS;
    if (on_stack) {
        bnum_t *all[5] = {&r, &s, &mp, &mm, &t};
        for (int i = 0; i < 5; i++) {
            all[i]->d = stack_digits + i * SHORTEST_STACK_DIGITS;
            all[i]->n = 0;
            all[i]->alloc = SHORTEST_STACK_DIGITS;
        }
    } else {
        bnum_init(&r, nd);
        bnum_init(&s, nd);
        bnum_init(&mp, nd);
        bnum_init(&mm, nd);
        bnum_init(&t, nd);
    }
    bnum_set_ull(&r, f);
    bnum_set_ull(&s, 1);
    bnum_set_ull(&mp, 1);
    bnum_set_ull(&mm, 1);
    if (e >= 0) {
        bnum_shl(&r, (size_t)e + (unequal_gaps ? 2 : 1));
        bnum_set_ull(&s, unequal_gaps ? 4 : 2);
        bnum_shl(&mp, (size_t)e + (unequal_gaps ? 1 : 0));
        bnum_shl(&mm, (size_t)e);
    } else {
        bnum_shl(&r, unequal_gaps ? 2 : 1);
        bnum_shl(&s, (size_t)(-e) + (unequal_gaps ? 2 : 1));
        if (unequal_gaps) {
            bnum_set_ull(&mp, 2);
        }
    }
    if (k >= 0) {
        bnum_mul_pow10(&s, (unsigned)k);
    } else {
        bnum_mul_pow10(&r, (unsigned)-k);
        bnum_mul_pow10(&mp, (unsigned)-k);
        bnum_mul_pow10(&mm, (unsigned)-k);
    }
    // fix the estimate: k must make (r + mp) / s < 1 (<= 1 when the high end is excluded)
    t.n = bn_add(t.d, r.d, r.n, mp.d, mp.n);
    int c = bn_cmp(t.d, t.n, s.d, s.n);
    if (even ? c >= 0 : c > 0) {
        bnum_mul_small(&s, 10);
        k++;
    }
    size_t len = 0;
    while (true) {
        bnum_mul_small(&r, 10);
        bnum_mul_small(&mp, 10);
        bnum_mul_small(&mm, 10);
        int d = 0;
        while (bn_cmp(r.d, r.n, s.d, s.n) >= 0) {
            r.n = bn_sub(r.d, r.d, r.n, s.d, s.n);
            d++;
        }
        int cl = bn_cmp(r.d, r.n, mm.d, mm.n);
        bool low = even ? cl <= 0 : cl < 0;
        t.n = bn_add(t.d, r.d, r.n, mp.d, mp.n);
        int ch = bn_cmp(t.d, t.n, s.d, s.n);
        bool high = even ? ch >= 0 : ch > 0;
        if (!low && !high) {
            buf[len++] = (char)('0' + d);
            continue;
        }
        if (low && high) {
            // both neighbours acceptable: take the nearer, ties to an even digit
            t.n = bn_add(t.d, r.d, r.n, r.d, r.n);
            int c2 = bn_cmp(t.d, t.n, s.d, s.n);
            if (c2 > 0 || (c2 == 0 && (d & 1))) {
                d++;
            }
        } else if (high) {
            d++;
        }
        buf[len++] = (char)('0' + d);
        break;
    }
    if (!on_stack) {
        fe_free(r.d);
        fe_free(s.d);
        fe_free(mp.d);
        fe_free(mm.d);
        fe_free(t.d);
    }
    while (len > 0 && buf[len - 1] == '0') {
        len--;
    }
    buf[len] = 0;
    *decpt = k;
    return len;
}
#else
static size_t shortest_digits(fe_float_t v, char *buf, int *decpt);
#endif

// Digits of scratch space kept on the C stack by scaled_digits (enough for the usual
// precisions and magnitudes; larger cases use the heap).
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
#define SCALED_STACK_DIGITS (2560 / FE_DIG_BITS)
#else
#define SCALED_STACK_DIGITS (768 / FE_DIG_BITS)  // small targets: keep the stack frame small
#endif

// floor(v * 10**p) rounded half-even on the exact value, as decimal text into out.
// Returns the digit count (0 when the result is 0); *floor_digits gets the digit count of
// the unrounded floor (0 if zero).
static size_t scaled_digits(fe_float_t v, int p, fe_vstr_t *out, size_t *floor_digits) {
    unsigned long long f;
    int e;
    decompose(v, &f, &e);
    size_t nbits = (size_t)(e > 0 ? e : 0) + MANT_BITS + (size_t)(p > 0 ? p : 0) * 4 + 64;
    size_t dbits = (size_t)(e < 0 ? -e : 0) + (size_t)(p < 0 ? -p : 0) * 4 + 64;
    size_t num_alloc = nbits / FE_DIG_BITS + 2, den_alloc = dbits / FE_DIG_BITS + 2;
    // one block: num | den | quotient | remainder | division scratch
    size_t total = num_alloc + den_alloc + (num_alloc + 2) + (den_alloc + 1) + (num_alloc + den_alloc + 2);
    fe_dig_t stack_digits[SCALED_STACK_DIGITS];
    fe_dig_t *block = total <= SCALED_STACK_DIGITS ? stack_digits : fe_alloc(total * sizeof(fe_dig_t));
    bnum_t num = {block, 0, num_alloc}, den = {block + num_alloc, 0, den_alloc};
    fe_dig_t *q = den.d + den_alloc;
    fe_dig_t *rem = q + num_alloc + 2;
    fe_dig_t *scratch = rem + den_alloc + 1;
    bnum_set_ull(&num, f);
    bnum_set_ull(&den, 1);
    if (e > 0) {
        bnum_shl(&num, (size_t)e);
    } else if (e < 0) {
        bnum_shl(&den, (size_t)-e);
    }
    if (p > 0) {
        bnum_mul_pow10(&num, (unsigned)p);
    } else if (p < 0) {
        bnum_mul_pow10(&den, (unsigned)-p);
    }
    size_t qn = 0, rn = 0;
    bn_divmod(q, &qn, rem, &rn, num.d, num.n, den.d, den.n, scratch);
    // round: compare 2 * rem with den
    rn = bn_add(rem, rem, rn, rem, rn);
    int c = bn_cmp(rem, rn, den.d, den.n);
    bool rounded_up = c > 0 || (c == 0 && qn > 0 && (q[0] & 1));
    if (rounded_up) {
        fe_dig_t one = 1;
        qn = bn_add(q, q, qn, &one, 1);
    }
    size_t len = 0;
    *floor_digits = 0;
    if (qn > 0) {
        size_t tmax = bn_text_max(qn, 10);
        char text_stack[96];
        char *text = tmax <= sizeof(text_stack) ? text_stack : fe_alloc(tmax);
        len = bn_to_text(text, tmax, q, qn, 10, false);
        const char *t = text + tmax - len;
        fe_vstr_add_strn(out, t, len);
        // the floor has one digit less only when rounding carried into 10**k (or 0 -> 1)
        *floor_digits = len;
        if (rounded_up && t[0] == '1') {
            size_t i = 1;
            while (i < len && t[i] == '0') {
                i++;
            }
            if (i == len) {
                *floor_digits = len - 1;
            }
        }
        if (text != text_stack) {
            fe_free(text);
        }
    }
    if (block != stack_digits) {
        fe_free(block);
    }
    return len;
}

size_t fe_float_digits(fe_float_t v, int mode, int ndigits, char *buf, int *decpt) {
    if (v < 0) {
        v = -v;
    }
    if (mode == 0) {
        return shortest_digits(v, buf, decpt);
    }
    fe_vstr_t out;
    fe_vstr_init(&out, 32);
    size_t len;
    if (mode == 3) {
        size_t fl;
        len = scaled_digits(v, ndigits, &out, &fl);
        *decpt = (int)len - ndigits;
    } else {
        // ndigits significant digits: scale by 10**(ndigits - k) where 10**(k-1) <= v < 10**k
        unsigned long long f;
        int e;
        decompose(v, &f, &e);
        int k = floor_log10_pow2(e + (int)ull_bits(f) - 1) + 1;
        while (true) {
            out.len = 0;
            size_t fl;
            len = scaled_digits(v, ndigits - k, &out, &fl);
            if (fl > (size_t)ndigits) {
                k++;  // estimate too low
                continue;
            }
            if (fl < (size_t)ndigits) {
                k--;  // estimate too high
                continue;
            }
            break;
        }
        if (len > (size_t)ndigits) {
            // rounding carried into a new digit: 99.9 -> 100
            len = (size_t)ndigits;
            out.len = len;
            k++;
        }
        *decpt = k;
    }
    memcpy(buf, out.buf, len);
    while (len > 0 && buf[len - 1] == '0') {
        len--;
    }
    buf[len] = 0;
    return len;
}

static fe_float_t decimal_to_float(const char *digits, size_t nd, long exp10);

fe_float_t fe_float_round_places(fe_float_t v, int ndigits) {
    fe_vstr_t out;
    fe_vstr_init(&out, 32);
    size_t fl;
    size_t len = scaled_digits(v, ndigits, &out, &fl);  // v * 10**ndigits as an integer
    fe_float_t r = decimal_to_float(out.buf, len, -(long)ndigits);
    fe_vstr_clear(&out);
    return r;
}

#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE

// Shortest digits that read back as v (single floats: small code over speed). The
// correctly rounded n-digit decimal for n = 1, 2, ... is checked with the parser; 9 digits
// always read back. When it falls below v's rounding interval, the n-digit decimal just
// above v may still be inside: at a power of two the gap below v is half the gap above.
// This gives what Burger & Dybvig's free-format algorithm gives (the nearest of the
// shortest), with the parser's ties-to-even deciding the interval's ends.
static size_t shortest_digits(fe_float_t v, char *buf, int *decpt) {
    for (size_t n = 1;; n++) {
        size_t len = fe_float_digits(v, 2, (int)n, buf, decpt);
        fe_float_t back = decimal_to_float(buf, len, *decpt - (long)len);
        if (back < v && n < 9) {
            // the next n-digit decimal up: pad to n digits, add one in the last place
            memset(buf + len, '0', n - len);
            len = n;
            while (len > 0 && buf[len - 1] == '9') {
                len--;  // a carry: the trailing zeros it leaves are dropped
            }
            if (len == 0) {
                buf[len++] = '1';
                (*decpt)++;
            } else {
                buf[len - 1]++;
            }
            buf[len] = 0;
            back = decimal_to_float(buf, len, *decpt - (long)len);
        }
        if (back == v || n == 9) {
            return len;
        }
    }
}
#endif

// ---- formatting ------------------------------------------------------------------------------

// Digits at positions [from, to) of the decimal digits (position 0 holds digits[0], worth
// 10**(decpt-1)); positions outside the nd digits are zeros.
static void add_digits(fe_vstr_t *v, const char *digits, size_t nd, int from, int to) {
    for (; from < to; from++) {
        fe_vstr_add_byte(v, from >= 0 && (size_t)from < nd ? (uint8_t)digits[from] : '0');
    }
}

static void add_exponent(fe_vstr_t *v, char e_char, int exp) {
    fe_vstr_add_byte(v, (uint8_t)e_char);
    fe_vstr_add_byte(v, exp < 0 ? '-' : '+');
    if (exp < 0) {
        exp = -exp;
    }
    char b[8];
    int n = 0;
    do {
        b[n++] = (char)('0' + exp % 10);
        exp /= 10;
    } while (exp);
    if (n < 2) {
        b[n++] = '0';
    }
    while (n) {
        fe_vstr_add_byte(v, (uint8_t)b[--n]);
    }
}

// Text of |v| from digits/decpt. style 'e': scientific with frac_digits after the point
// (-1 = as many as the digits); 'f': fixed with frac_digits (-1 = as many as needed; then
// nd == 0 only with decpt == 1). Puts the integer digits in intpart and everything after
// into rest.
static void layout_digits(fe_vstr_t *intpart, fe_vstr_t *rest, const char *digits, size_t nd, int decpt,
                          char style, int frac_digits, bool force_point, char e_char) {
    bool sci = style == 'e';
    int point = sci ? 1 : decpt;  // position of the first digit after the point
    // fixed with no integer digits: one '0' (a position left of the digits)
    add_digits(intpart, digits, nd, sci || decpt > 0 ? 0 : decpt - 1, point);
    int want = frac_digits >= 0 ? frac_digits : (int)nd > point ? (int)nd - point : 0;
    if (want > 0 || force_point) {
        fe_vstr_add_byte(rest, '.');
    }
    add_digits(rest, digits, nd, point, point + want);
    if (sci) {
        add_exponent(rest, e_char, nd ? decpt - 1 : 0);
    }
}

// repr is format(v, ''): the shortest digits that read back, through fe_format_float.
void fe_float_repr(fe_vstr_t *out, fe_float_t value) {
    static const fe_format_spec_t plain = {' ', 0, 0, false, false, 0, -1, -1, 0};
    fe_format_float(out, value, &plain);
}

void fe_format_float(fe_vstr_t *out, fe_float_t value, const fe_format_spec_t *spec) {
    char type = spec->type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            break;
        default:
            fe_raise_fmt(&fe_type_ValueError, "Unknown format code '%s' for object of type 'float'", (const char[]){type, 0});
    }
    if (spec->grouping && type == 'n') {
        fe_raise_fmt(&fe_type_ValueError, "Cannot specify '%s' with 'n'.", (const char[]){spec->grouping, 0});
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (type == '%') {
        value *= 100;  // in float arithmetic, as CPython (may overflow to inf)
    }
    bool neg = signbit(value) != 0;
    fe_float_t v = neg ? -value : value;
    fe_vstr_t ip, rest;
    fe_vstr_init(&ip, 24);
    fe_vstr_init(&rest, 24);
    if (isnan(value) || isinf(value)) {
        neg = neg && !isnan(value);
        fe_vstr_add_str(&rest, isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%') {
            fe_vstr_add_byte(&rest, '%');
        }
        fe_format_spec_t s2 = *spec;
        s2.grouping = 0;
        fe_format_number(out, &s2, neg, "", "", 0, rest.buf, rest.len);
        return;
    }
    int prec = spec->precision;
    bool alt = spec->alternate;
    char e_char = upper ? 'E' : 'e';
    bool shortest = type == 0 && prec < 0;  // repr
    if (prec < 0) {
        prec = 6;
    }
    // digits needed: the precision plus, for fixed notation, the integer digits
    int e2;
    FREXP(v, &e2);
    size_t int_digits = e2 > 0 ? (size_t)e2 * 30103 / 100000 + 2 : 1;
    size_t bufsize = (size_t)prec + int_digits + 8;
    char digits_stack[128];
    char *digits = bufsize <= sizeof(digits_stack) ? digits_stack : fe_alloc(bufsize);
    int decpt = 0;
    size_t nd;
    if (type == 'f' || type == 'F' || type == '%') {
        nd = v == 0 ? 0 : fe_float_digits(v, 3, prec, digits, &decpt);
        layout_digits(&ip, &rest, digits, nd, decpt, 'f', prec, alt, e_char);
        if (type == '%') {
            fe_vstr_add_byte(&rest, '%');
        }
    } else if (type == 'e' || type == 'E') {
        nd = v == 0 ? 0 : fe_float_digits(v, 2, prec + 1, digits, &decpt);
        layout_digits(&ip, &rest, digits, nd, decpt, 'e', prec, alt, e_char);
    } else {
        // 'g', 'G', 'n' and no type with a precision
        // 'g', 'G', 'n', no type with a precision, and repr (no type, no precision): the
        // shortest digits, as many as needed after the point ('#' only forces the point)
        if (prec == 0) {
            prec = 1;
        }
        nd = v == 0 ? 0 : shortest ? shortest_digits(v, digits, &decpt) : fe_float_digits(v, 2, prec, digits, &decpt);
        if (nd == 0) {
            decpt = 1;
        }
        int exp = decpt - 1;
        bool add_dot_0 = type == 0;
        int threshold = shortest ? REPR_SWITCH : add_dot_0 ? prec - 1 : prec;
        bool pad = alt && !shortest;  // '#' keeps trailing zeros up to the precision
        if (decpt <= -4 || decpt > threshold) {
            int frac = pad ? prec - 1 : (nd > 0 ? (int)nd - 1 : 0);
            layout_digits(&ip, &rest, digits, nd, decpt, 'e', frac, alt, e_char);
        } else {
            int frac = pad ? prec - 1 - exp : ((int)nd - decpt > 0 ? (int)nd - decpt : 0);
            layout_digits(&ip, &rest, digits, nd, decpt, 'f', frac, pad, e_char);
            if (add_dot_0 && rest.len == 0) {
                fe_vstr_add_str(&rest, ".0");
            }
        }
    }
    if (digits != digits_stack) {
        fe_free(digits);
    }
    fe_format_number(out, spec, neg, "", ip.buf, ip.len, rest.buf, rest.len);
}

// ---- parsing -----------------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char *s, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - s) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// value = digits (significant, no leading zeros) * 10**exp10, correctly rounded.
static fe_float_t decimal_to_float(const char *digits, size_t nd, long exp10) {
    if (nd == 0) {
        return 0;
    }
    if (nd <= FAST_MAX_DIGITS && exp10 >= -FAST_MAX_POW && exp10 <= FAST_MAX_POW) {
        // exact operands, one rounding
        unsigned long long m = 0;
        for (size_t i = 0; i < nd; i++) {
            m = m * 10 + (unsigned)(digits[i] - '0');
        }
        fe_float_t p = 1;
        long e = exp10 < 0 ? -exp10 : exp10;
        while (e--) {
            p *= 10;
        }
        return exp10 < 0 ? SMALL_TO_FLOAT(m) / p : SMALL_TO_FLOAT(m) * p;
    }
    if ((long)nd + exp10 > MAX_DEC_EXP) {
        return (fe_float_t)INFINITY;
    }
    if ((long)nd + exp10 < MIN_DEC_EXP) {
        return 0;
    }
    size_t mbits = nd * 4 + 8;
    size_t pbits = (size_t)(exp10 < 0 ? -exp10 : exp10) * 4 + 8;
    // one block: m (the digits, later shifted) | d (the power of ten) | quotient | remainder
    // | division scratch; on the stack for the usual lengths
    size_t m_alloc = (mbits + pbits + 128) / FE_DIG_BITS + 4, d_alloc = pbits / FE_DIG_BITS + 4;
    size_t total = m_alloc + d_alloc + (m_alloc + 2) + (d_alloc + 1) + (m_alloc + d_alloc + 1);
    fe_dig_t stack_digits[SCALED_STACK_DIGITS];
    fe_dig_t *block = total <= SCALED_STACK_DIGITS ? stack_digits : fe_alloc(total * sizeof(fe_dig_t));
    bnum_t m = {block, 0, m_alloc};
    // digits in chunks
    fe_dig_t chunk = 0, mul = 1;
    for (size_t i = 0; i < nd; i++) {
        if ((fe_ddig_t)mul * 10 > FE_DIG_MASK) {
            m.n = bn_mul_small(m.d, m.d, m.n, mul, chunk);
            chunk = 0;
            mul = 1;
        }
        chunk = (fe_dig_t)(chunk * 10 + (digits[i] - '0'));
        mul = (fe_dig_t)(mul * 10);
    }
    m.n = bn_mul_small(m.d, m.d, m.n, mul, chunk);
    bool overflow;
    fe_float_t result;
    if (exp10 >= 0) {
        bnum_mul_pow10(&m, (unsigned)exp10);
        result = fe_float_from_mag(m.d, m.n, 0, false, &overflow);
    } else {
        bnum_t d = {block + m_alloc, 0, d_alloc};
        bnum_set_ull(&d, 1);
        bnum_mul_pow10(&d, (unsigned)-exp10);
        long shift = (long)bn_bit_length(d.d, d.n) - (long)bn_bit_length(m.d, m.n) + MANT_BITS + 12;
        if (shift < 0) {
            shift = 0;
        }
        bnum_shl(&m, (size_t)shift);
        fe_dig_t *q = d.d + d_alloc;
        fe_dig_t *r = q + m_alloc + 2, *scratch = r + d_alloc + 1;
        size_t qn, rn;
        bn_divmod(q, &qn, r, &rn, m.d, m.n, d.d, d.n, scratch);
        result = fe_float_from_mag(q, qn, -shift, rn != 0, &overflow);
    }
    if (block != stack_digits) {
        fe_free(block);
    }
    return result;
}

bool fe_float_parse_text(const char *s, size_t len, bool allow_underscores, fe_float_t *out) {
    const char *end = s + len;
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    if (match_word(s, end, "inf") || match_word(s, end, "infinity")) {
        *out = neg ? -(fe_float_t)INFINITY : (fe_float_t)INFINITY;
        return true;
    }
    if (match_word(s, end, "nan")) {
        *out = neg ? -(fe_float_t)NAN : (fe_float_t)NAN;
        return true;
    }
    // significant digits are kept (up to MAX_SIG_DIGITS, plus a sticky one)
    size_t cap = (len < MAX_SIG_DIGITS ? len : MAX_SIG_DIGITS) + 2;
    char digits_stack[64];
    char *digits = cap <= sizeof(digits_stack) ? digits_stack : fe_alloc(cap);
    size_t nd = 0;
    long exp10 = 0;
    bool any_digit = false, truncated_nonzero = false;
    long ev = 0;
    bool eneg = false;
    int phase = 0;  // 0 integer digits, 1 fraction digits, 2 exponent digits
    char prev = 0;  // previous char class for underscore rules: 'd' digit, '_' underscore
    for (; s < end; s++) {
        char c = *s;
        if (c >= '0' && c <= '9') {
            if (phase == 2) {
                if (ev < 100000000) {
                    ev = ev * 10 + (c - '0');
                }
            } else {
                any_digit = true;
                if (nd == 0 && c == '0') {
                    // leading zero: only shifts the exponent when in the fraction
                    exp10 -= phase;
                } else if (nd < MAX_SIG_DIGITS) {
                    digits[nd++] = c;
                    exp10 -= phase;
                } else {
                    truncated_nonzero |= c != '0';
                    exp10 += 1 - phase;
                }
            }
            prev = 'd';
        } else if (c == '_') {
            // an underscore sits between two digits
            if (!allow_underscores || prev != 'd' || s + 1 >= end || s[1] < '0' || s[1] > '9') {
                return false;
            }
            prev = '_';
        } else if (c == '.' && phase == 0) {
            phase = 1;
            prev = '.';
        } else if ((c | 0x20) == 'e' && phase < 2 && any_digit) {
            phase = 2;
            if (s + 1 < end && (s[1] == '+' || s[1] == '-')) {
                eneg = *++s == '-';
            }
            prev = 0;
        } else {
            return false;
        }
    }
    // no digits at all, or an exponent without digits
    if (!any_digit || (phase == 2 && prev != 'd')) {
        return false;
    }
    exp10 += eneg ? -ev : ev;
    if (truncated_nonzero) {
        // a sticky digit keeps the value off any exact halfway point
        digits[nd++] = '1';
        exp10--;
    }
    // drop trailing zeros of the significant digits
    while (nd > 0 && digits[nd - 1] == '0') {
        nd--;
        exp10++;
    }
    fe_float_t v = decimal_to_float(digits, nd, exp10);
    if (digits != digits_stack) {
        fe_free(digits);
    }
    *out = neg ? -v : v;
    return true;
}

fe_obj_t fe_float_parse(const char *s, size_t len, bool is_literal) {
    const char *start = s, *end = s + len;
    if (!is_literal) {
        while (start < end && is_space(*start)) {
            start++;
        }
        while (end > start && is_space(end[-1])) {
            end--;
        }
    }
    fe_float_t v;
    if (!fe_float_parse_text(start, (size_t)(end - start), true, &v)) {
        fe_raise_fmt(&fe_type_ValueError, "could not convert string to float: %r", fe_str_new(s, len));
    }
    return fe_float_new(v);
}

#endif
