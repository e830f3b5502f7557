// py/objint.c: the int type: small-int fast paths, promotion to big ints (py/bigint.c) on
// overflow and demotion back (canonical form, see py/bigint.h), int(), methods, hashing
// and the int side of the format mini-language.
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "py/bigint.h"
#include "py/unicode.h"
#include "py/objseq.h"

// Temporary digit arrays up to this size live on the C stack (fe_free is not free).
#define SCRATCH_STACK_DIGITS (1024 / FE_DIG_BITS)

// FE_SMALL_INT_FITS without shifting a negative value (undefined behaviour in C).
#define FITS_SMALL(v) ((v) >= FE_SMALL_INT_MIN && (v) <= FE_SMALL_INT_MAX)

// ---- construction ------------------------------------------------------------------------

fe_obj_t fe_int_from_int(fe_int_t v) {
    if (FITS_SMALL(v)) {
        return FE_NEW_SMALL_INT(v);
    }
    fe_dig_t d[FE_WORD_DIGITS];
    size_t n = bn_from_uint(d, v < 0 ? (fe_uint_t)0 - (fe_uint_t)v : (fe_uint_t)v);
    return fe_bigint_make(v < 0, d, n);
}

fe_obj_t fe_int_from_uint(fe_uint_t v) {
    if (v <= (fe_uint_t)FE_SMALL_INT_MAX) {
        return FE_NEW_SMALL_INT((fe_int_t)v);
    }
    fe_dig_t d[FE_WORD_DIGITS];
    size_t n = bn_from_uint(d, v);
    return fe_bigint_make(false, d, n);
}

fe_obj_t fe_int_from_ll(long long v) {
    if (v >= FE_SMALL_INT_MIN && v <= FE_SMALL_INT_MAX) {
        return FE_NEW_SMALL_INT((fe_int_t)v);
    }
    fe_dig_t d[FE_ULL_DIGITS];
    size_t n = bn_from_ull(d, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v);
    return fe_bigint_make(v < 0, d, n);
}

fe_obj_t fe_int_from_ull(unsigned long long v) {
    if (v <= (unsigned long long)FE_SMALL_INT_MAX) {
        return FE_NEW_SMALL_INT((fe_int_t)v);
    }
    fe_dig_t d[FE_ULL_DIGITS];
    size_t n = bn_from_ull(d, v);
    return fe_bigint_make(false, d, n);
}

bool fe_is_int(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        return true;
    }
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((const fe_objbase_t *)o)->type;
    return t == &fe_type_int || t == &fe_type_bool;
}

// The plain int (small or big) behind o: bools become 0/1, instances of int subclasses give
// their native int. FE_NULL if o is not an int.
fe_obj_t fe_int_unwrap(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        return o;
    }
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return FE_NULL;
    }
    const fe_type_t *t = ((const fe_objbase_t *)o)->type;
    if (t == &fe_type_int) {
        return o;
    }
    if (t == &fe_type_bool) {
        return FE_NEW_SMALL_INT(((const fe_bool_obj_t *)o)->value);
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_int);
        if (n != FE_NULL && n != o) {
            return fe_int_unwrap(n);
        }
    }
    return FE_NULL;
}

static bool int_is_neg(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        return FE_SMALL_INT_VALUE(o) < 0;
    }
    return ((const fe_bigint_t *)o)->neg;
}

static bool int_is_zero(fe_obj_t o) {
    return o == FE_NEW_SMALL_INT(0);
}

// ---- generic big arithmetic on objects (any small/big mix) -------------------------------

typedef struct {
    fe_dig_t buf[FE_WORD_DIGITS];
    const fe_dig_t *d;
    size_t n;
    bool neg;
} mag_t;

static void get_mag(fe_obj_t o, mag_t *m) {
    m->d = fe_int_mag(o, m->buf, &m->n, &m->neg);
}

static fe_obj_t big_addsub(const mag_t *a, const mag_t *b, bool negate_b) {
    bool bneg = b->neg != negate_b;
    size_t rn = (a->n > b->n ? a->n : b->n) + 1;
    // small operands: compute on the stack, so a small result allocates nothing
    fe_dig_t stack_digits[SCRATCH_STACK_DIGITS];
    fe_bigint_t *r = rn <= SCRATCH_STACK_DIGITS ? NULL : fe_bigint_alloc(rn);
    fe_dig_t *rd = r ? r->dig : stack_digits;
    size_t len;
    bool neg;
    if (a->neg == bneg) {
        len = bn_add(rd, a->d, a->n, b->d, b->n);
        neg = a->neg;
    } else if (bn_cmp(a->d, a->n, b->d, b->n) >= 0) {
        len = bn_sub(rd, a->d, a->n, b->d, b->n);
        neg = a->neg;
    } else {
        len = bn_sub(rd, b->d, b->n, a->d, a->n);
        neg = bneg;
    }
    neg = neg && len != 0;
    if (r == NULL) {
        return fe_bigint_make(neg, rd, len);
    }
    r->len = len;
    r->neg = neg;
    return fe_bigint_finish(r);
}

static fe_obj_t int_add(fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        return fe_int_from_int(FE_SMALL_INT_VALUE(a) + FE_SMALL_INT_VALUE(b));
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    return big_addsub(&x, &y, false);
}

static fe_obj_t int_sub(fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        return fe_int_from_int(FE_SMALL_INT_VALUE(a) - FE_SMALL_INT_VALUE(b));
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    return big_addsub(&x, &y, true);
}

static fe_obj_t int_mul(fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        fe_int_t r;
        if (!__builtin_mul_overflow(FE_SMALL_INT_VALUE(a), FE_SMALL_INT_VALUE(b), &r)) {
            return fe_int_from_int(r);
        }
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    if (x.n == 0 || y.n == 0) {
        return FE_NEW_SMALL_INT(0);
    }
    fe_bigint_t *r = fe_bigint_alloc(x.n + y.n);
    r->len = bn_mul(r->dig, x.d, x.n, y.d, y.n);
    r->neg = x.neg != y.neg;
    return fe_bigint_finish(r);
}

static fe_obj_t int_neg(fe_obj_t a) {
    if (FE_IS_SMALL_INT(a)) {
        return fe_int_from_int(-FE_SMALL_INT_VALUE(a));
    }
    const fe_bigint_t *b = a;
    return fe_bigint_make(!b->neg, b->dig, b->len);
}

static fe_obj_t int_abs(fe_obj_t a) {
    return int_is_neg(a) ? int_neg(a) : a;
}

// Floor division and modulo with Python's signs (remainder has the divisor's sign).
// b must be nonzero. q or r may be NULL.
static void int_divmod(fe_obj_t a, fe_obj_t b, fe_obj_t *q, fe_obj_t *r) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        fe_int_t x = FE_SMALL_INT_VALUE(a), y = FE_SMALL_INT_VALUE(b);
        fe_int_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        if (q) {
            *q = fe_int_from_int(qq);
        }
        if (r) {
            *r = FE_NEW_SMALL_INT(rr);
        }
        return;
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    // quotient and remainder are computed in scratch space (on the stack when small) and
    // copied into objects only when they are big: no allocation for small results
    size_t qalloc = (x.n > y.n ? x.n - y.n : 0) + 2;
    size_t ralloc = y.n + 1;
    size_t scratch_total = (x.n + y.n + 2) + qalloc + ralloc;
    fe_dig_t scratch_stack[SCRATCH_STACK_DIGITS];
    fe_dig_t *scratch = scratch_total <= SCRATCH_STACK_DIGITS ? scratch_stack : fe_alloc(scratch_total * sizeof(fe_dig_t));
    fe_dig_t *qd = scratch + x.n + y.n + 2;
    fe_dig_t *rd = qd + qalloc;
    size_t qn, rn;
    bn_divmod(qd, &qn, rd, &rn, x.d, x.n, y.d, y.n, scratch);
    if (x.neg != y.neg && rn != 0) {
        fe_dig_t one = 1;
        qn = bn_add(qd, qd, qn, &one, 1);
        rn = bn_sub(rd, y.d, y.n, rd, rn);
    }
    if (q) {
        *q = fe_bigint_make(x.neg != y.neg && qn != 0, qd, qn);
    }
    if (r) {
        *r = fe_bigint_make(y.neg && rn != 0, rd, rn);
    }
    if (scratch != scratch_stack) {
        fe_free(scratch);
    }
}

static fe_obj_t int_shift(fe_obj_t a, fe_obj_t b, bool left) {
    if (int_is_neg(b)) {
        fe_raise_msg(&fe_type_ValueError, "negative shift count");
    }
    if (int_is_zero(a)) {
        return a;
    }
    if (!FE_IS_SMALL_INT(b)) {
        if (left) {
            fe_raise_msg(&fe_type_OverflowError, "too many digits in integer");
        }
        return FE_NEW_SMALL_INT(int_is_neg(a) ? -1 : 0);
    }
    fe_int_t s = FE_SMALL_INT_VALUE(b);
    if (FE_IS_SMALL_INT(a)) {
        fe_int_t v = FE_SMALL_INT_VALUE(a);
        if (!left) {
            if (s >= (fe_int_t)(sizeof(fe_int_t) * 8)) {
                return FE_NEW_SMALL_INT(v < 0 ? -1 : 0);
            }
            return FE_NEW_SMALL_INT(v >> s);
        }
        if (s < (fe_int_t)FE_SMALL_INT_BITS) {
            fe_int_t r = (fe_int_t)((fe_uint_t)v << s);
            if ((r >> s) == v && FITS_SMALL(r)) {
                return FE_NEW_SMALL_INT(r);
            }
        }
    }
    mag_t x;
    get_mag(a, &x);
    if (left) {
        if ((size_t)s / FE_DIG_BITS > ((size_t)-1 / 4) / sizeof(fe_dig_t)) {
            fe_raise_memory_error();
        }
        fe_bigint_t *r = fe_bigint_alloc(x.n + (size_t)s / FE_DIG_BITS + 1);
        r->len = bn_shl(r->dig, x.d, x.n, (size_t)s);
        r->neg = x.neg;
        return fe_bigint_finish(r);
    }
    fe_bigint_t *r = fe_bigint_alloc(x.n + 1);
    bool lost;
    r->len = bn_shr(r->dig, x.d, x.n, (size_t)s, &lost);
    r->neg = x.neg;
    if (x.neg && lost) {
        // floor for negatives: -(|a| >> s) - 1 when bits were lost
        fe_dig_t one = 1;
        r->len = bn_add(r->dig, r->dig, r->len, &one, 1);
    }
    if (r->len == 0) {
        r->neg = false;
    }
    return fe_bigint_finish(r);
}

// Negates the n-digit two's-complement number t in place (~t + 1).
static void twos_negate(fe_dig_t *t, size_t n) {
    fe_ddig_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        carry += (fe_dig_t)~t[i];
        t[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
}

// Two's complement of a magnitude into n digits.
static void to_twos(fe_dig_t *out, const mag_t *m, size_t n) {
    memset(out, 0, n * sizeof(fe_dig_t));
    memcpy(out, m->d, m->n * sizeof(fe_dig_t));
    if (m->neg) {
        twos_negate(out, n);
    }
}

static fe_obj_t int_bitwise(fe_binary_op_t op, fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        fe_int_t x = FE_SMALL_INT_VALUE(a), y = FE_SMALL_INT_VALUE(b);
        fe_int_t r = op == FE_BINARY_AND ? (x & y) : op == FE_BINARY_OR ? (x | y) : (x ^ y);
        return FE_NEW_SMALL_INT(r);
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    size_t n = (x.n > y.n ? x.n : y.n) + 1;
    fe_dig_t scratch_stack[SCRATCH_STACK_DIGITS];
    fe_dig_t *t = 2 * n <= SCRATCH_STACK_DIGITS ? scratch_stack : fe_alloc(2 * n * sizeof(fe_dig_t));
    fe_dig_t *u = t + n;
    to_twos(t, &x, n);
    to_twos(u, &y, n);
    for (size_t i = 0; i < n; i++) {
        t[i] = op == FE_BINARY_AND ? (t[i] & u[i]) : op == FE_BINARY_OR ? (t[i] | u[i]) : (t[i] ^ u[i]);
    }
    mag_t r = {{0}, t, n, (t[n - 1] >> (FE_DIG_BITS - 1)) != 0};
    if (r.neg) {
        // back to a magnitude: two's complement again
        r.neg = false;
        to_twos(u, &(mag_t){{0}, t, n, true}, n);
        r.d = u;
        r.neg = true;
    }
    fe_obj_t res = fe_bigint_make(r.neg, r.d, bn_norm(r.d, n));
    if (t != scratch_stack) {
        fe_free(t);
    }
    return res;
}

static int int_cmp(fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        fe_int_t x = FE_SMALL_INT_VALUE(a), y = FE_SMALL_INT_VALUE(b);
        return x < y ? -1 : x > y;
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    if (x.neg != y.neg) {
        return x.neg ? -1 : 1;
    }
    int c = bn_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

static fe_obj_t int_pow_nonneg(fe_obj_t base, fe_obj_t exp) {
    if (!FE_IS_SMALL_INT(exp)) {
        // only trivial bases can be raised to a huge power
        if (base == FE_NEW_SMALL_INT(0) || base == FE_NEW_SMALL_INT(1)) {
            return base;
        }
        if (base == FE_NEW_SMALL_INT(-1)) {
            mag_t e;
            get_mag(exp, &e);
            return FE_NEW_SMALL_INT((e.d[0] & 1) ? -1 : 1);
        }
        fe_raise_memory_error();
    }
    fe_uint_t e = (fe_uint_t)FE_SMALL_INT_VALUE(exp);
    fe_obj_t result = FE_NEW_SMALL_INT(1);
    while (true) {
        if (e & 1) {
            result = int_mul(result, base);
        }
        e >>= 1;
        if (e == 0) {
            break;
        }
        base = int_mul(base, base);
    }
    return result;
}

static fe_obj_t int_mod(fe_obj_t a, fe_obj_t m) {
    fe_obj_t r;
    int_divmod(a, m, NULL, &r);
    return r;
}

// Modular inverse by the extended Euclidean algorithm; ValueError if none.
static fe_obj_t int_mod_inverse(fe_obj_t a, fe_obj_t m) {
    fe_obj_t m_abs = int_abs(m);
    fe_obj_t r0 = m_abs, r1 = int_mod(a, m_abs);
    fe_obj_t t0 = FE_NEW_SMALL_INT(0), t1 = FE_NEW_SMALL_INT(1);
    while (!int_is_zero(r1)) {
        fe_obj_t q, r;
        int_divmod(r0, r1, &q, &r);
        fe_obj_t t = int_sub(t0, int_mul(q, t1));
        t0 = t1;
        t1 = t;
        r0 = r1;
        r1 = r;
    }
    if (r0 != FE_NEW_SMALL_INT(1)) {
        fe_raise_msg(&fe_type_ValueError, "base is not invertible for the given modulus");
    }
    return int_mod(t0, m_abs);
}

fe_obj_t fe_int_pow_mod(fe_obj_t base, fe_obj_t exp, fe_obj_t mod) {
    fe_obj_t b = fe_int_unwrap(base), e = fe_int_unwrap(exp), m = fe_int_unwrap(mod);
    if (b == FE_NULL || e == FE_NULL || m == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (int_is_zero(m)) {
        fe_raise_msg(&fe_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    fe_obj_t m_abs = int_abs(m);
    if (int_is_neg(e)) {
        b = int_mod_inverse(b, m_abs);
        e = int_neg(e);
    }
    b = int_mod(b, m_abs);
    fe_obj_t result = int_mod(FE_NEW_SMALL_INT(1), m_abs);
    mag_t em;
    get_mag(e, &em);
    size_t bits = bn_bit_length(em.d, em.n);
    for (size_t i = 0; i < bits; i++) {
        if ((em.d[i / FE_DIG_BITS] >> (i % FE_DIG_BITS)) & 1) {
            result = int_mod(int_mul(result, b), m_abs);
        }
        if (i + 1 < bits) {
            b = int_mod(int_mul(b, b), m_abs);
        }
    }
    // the result takes the modulus's sign (nonzero results only)
    if (int_is_neg(m) && !int_is_zero(result)) {
        result = int_add(result, m);
    }
    return result;
}

// ---- hashing ------------------------------------------------------------------------------

fe_int_t fe_int_hash(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        fe_int_t v = FE_SMALL_INT_VALUE(o);
        fe_uint_t m = v < 0 ? (fe_uint_t)0 - (fe_uint_t)v : (fe_uint_t)v;
        fe_uint_t h = m % FE_HASH_MODULUS;
        fe_int_t r = v < 0 ? -(fe_int_t)h : (fe_int_t)h;
        return r == -1 ? -2 : r;
    }
    const fe_bigint_t *b = o;
    fe_uint_t h = 0;
    for (size_t i = b->len; i-- > 0;) {
        // h = h * 2**FE_DIG_BITS mod P is a rotation within FE_HASH_BITS bits
        h = ((h << FE_DIG_BITS) & FE_HASH_MODULUS) | (h >> (FE_HASH_BITS - FE_DIG_BITS));
        h += b->dig[i];
        if (h >= FE_HASH_MODULUS) {
            h -= FE_HASH_MODULUS;
        }
    }
    fe_int_t r = b->neg ? -(fe_int_t)h : (fe_int_t)h;
    return r == -1 ? -2 : r;
}

// ---- conversions --------------------------------------------------------------------------

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
fe_float_t fe_int_to_float(fe_obj_t o) {
    o = fe_int_unwrap(o);
    if (FE_IS_SMALL_INT(o)) {
        return (fe_float_t)FE_SMALL_INT_VALUE(o);
    }
    const fe_bigint_t *b = o;
    bool overflow;
    fe_float_t f = fe_float_from_mag(b->dig, b->len, 0, false, &overflow);
    if (overflow) {
        fe_raise_msg(&fe_type_OverflowError, "int too large to convert to float");
    }
    return b->neg ? -f : f;
}

#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
// Single floats: lib/libm and 32-bit conversions only (libgcc converts a float to 64 bits
// through doubles).
#include "lib/libm/libm.h"
#define FAST_LIMIT 2147483648.0f  // 2**31: truncates in an int32
#define FAST_INT(f) (int32_t)(f)
#define MANT_WORD 32              // the significand is read as a MANT_WORD-bit integer
#define MANT_OF(m) (uint32_t)fe_ldexpf(m, 32)
#define FREXP fe_frexpf
#else
#define FAST_LIMIT 4611686018427387904.0  // 2**62
#define FAST_INT(f) (long long)(f)
#define MANT_WORD 64
#define MANT_OF(m) (unsigned long long)ldexp(m, 64)
#define FREXP frexp
#endif

// Exact int value of a float, truncated toward zero (int(x)).
fe_obj_t fe_int_from_float(fe_float_t f) {
    if (isinf(f)) {
        fe_raise_msg(&fe_type_OverflowError, "cannot convert float infinity to integer");
    }
    if (isnan(f)) {
        fe_raise_msg(&fe_type_ValueError, "cannot convert float NaN to integer");
    }
    fe_float_t t = f < 0 ? -f : f;
    if (t < (fe_float_t)FAST_LIMIT) {
        return fe_int_from_ll(FAST_INT(f));
    }
    int e;
    fe_float_t m = (fe_float_t)FREXP(t, &e);  // t = m * 2**e, 0.5 <= m < 1
    unsigned long long mant = MANT_OF(m);
    fe_dig_t d[FE_ULL_DIGITS];
    size_t n = bn_from_ull(d, mant);
    fe_bigint_t *r = fe_bigint_alloc(n + (size_t)(e > MANT_WORD ? e - MANT_WORD : 0) / FE_DIG_BITS + 2);
    if (e >= MANT_WORD) {
        r->len = bn_shl(r->dig, d, n, (size_t)(e - MANT_WORD));
    } else {
        r->len = bn_shr(r->dig, d, n, (size_t)(MANT_WORD - e), NULL);
    }
    r->neg = f < 0;
    return fe_bigint_finish(r);
}

// Correctly rounded a / b for ints (b nonzero).
static fe_float_t int_true_divide(fe_obj_t a, fe_obj_t b) {
    const long long exact = 1LL << (FE_FLOAT_IMPL == FE_FLOAT_DOUBLE ? 53 : 24);
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        fe_int_t x = FE_SMALL_INT_VALUE(a), y = FE_SMALL_INT_VALUE(b);
        if (x <= exact && x >= -exact && y <= exact && y >= -exact) {
            return (fe_float_t)x / (fe_float_t)y;
        }
    }
    mag_t x, y;
    get_mag(a, &x);
    get_mag(b, &y);
    if (x.n == 0) {
        return x.neg != y.neg ? -(fe_float_t)0 : (fe_float_t)0;
    }
    long xb = (long)bn_bit_length(x.d, x.n), yb = (long)bn_bit_length(y.d, y.n);
    // scale so that the integer quotient has at least 2 + mantissa bits
    long shift = yb - xb + 64;
    if (shift < 0) {
        shift = 0;
    }
    size_t un = x.n + (size_t)shift / FE_DIG_BITS + 1;
    size_t total = un + (un - y.n + 2) + (un + y.n + 1) + y.n + 1;
    fe_dig_t scratch_stack[SCRATCH_STACK_DIGITS];
    fe_dig_t *u = total <= SCRATCH_STACK_DIGITS ? scratch_stack : fe_alloc(total * sizeof(fe_dig_t));
    fe_dig_t *q = u + un, *scratch = q + (un - y.n + 2), *r = scratch + un + y.n + 1;
    size_t n = bn_shl(u, x.d, x.n, (size_t)shift);
    size_t qn, rn;
    bn_divmod(q, &qn, r, &rn, u, n, y.d, y.n, scratch);
    bool overflow;
    fe_float_t f = fe_float_from_mag(q, qn, -shift, rn != 0, &overflow);
    if (u != scratch_stack) {
        fe_free(u);
    }
    if (overflow) {
        fe_raise_msg(&fe_type_OverflowError, "integer division result too large for a float");
    }
    return x.neg != y.neg ? -f : f;
}
#endif

// ---- text ----------------------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

int fe_digit_value(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 36;
}

int fe_hex_value(int c) {
    int v = fe_digit_value(c);
    return v < 16 ? v : -1;
}

FE_NORETURN static void raise_bad_literal(const char *s, size_t len, int base) {
    fe_raise_fmt(&fe_type_ValueError, "invalid literal for int() with base %d: %r", base, fe_str_new(s, len));
}

fe_obj_t fe_int_parse(const char *s, size_t len, int base) {
    const char *orig = s;
    size_t orig_len = len;
    int orig_base = base;
    if (base != 0 && (base < 2 || base > 36)) {
        fe_raise_msg(&fe_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const char *end = s + len;
    while (s < end && is_space(*s)) {
        s++;
    }
    while (end > s && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    bool after_prefix = false;  // an underscore may follow a base prefix directly
    if (end - s >= 2 && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            s += 2;
            after_prefix = true;
        }
    }
    bool zero_start = false;
    if (base == 0) {
        base = 10;
        zero_start = s < end && *s == '0';
    }
    // one pass: each character is checked (an underscore may only follow a digit or the
    // base prefix) and the digits are accumulated in chunks that fit a digit
    unsigned log2b = 1;
    while ((1u << log2b) < (unsigned)base) {
        log2b++;
    }
    size_t cap = (size_t)(end - s) * log2b / FE_DIG_BITS + 2;
    fe_dig_t stack_digits[SCRATCH_STACK_DIGITS];
    fe_dig_t *d = cap <= SCRATCH_STACK_DIGITS ? stack_digits : fe_alloc(cap * sizeof(fe_dig_t));
    size_t n = 0;
    fe_dig_t chunk = 0, chunk_mul = 1;
    bool underscore_ok = after_prefix, any_digit = false;
    for (const char *p = s; p < end; p++) {
        if (*p == '_') {
            if (!underscore_ok) {
                raise_bad_literal(orig, orig_len, orig_base);
            }
            underscore_ok = false;
            continue;
        }
        int v = fe_digit_value((uint8_t)*p);
        if (v >= base || (zero_start && v != 0)) {
            raise_bad_literal(orig, orig_len, orig_base);
        }
        underscore_ok = any_digit = true;
        if ((fe_ddig_t)chunk_mul * base > FE_DIG_MASK) {
            n = bn_mul_small(d, d, n, chunk_mul, chunk);
            chunk = 0;
            chunk_mul = 1;
        }
        chunk = (fe_dig_t)(chunk * base + v);
        chunk_mul = (fe_dig_t)(chunk_mul * base);
    }
    if (!any_digit || end[-1] == '_') {
        raise_bad_literal(orig, orig_len, orig_base);
    }
    n = bn_mul_small(d, d, n, chunk_mul, chunk);
    fe_obj_t r = fe_bigint_make(neg, d, n);
    if (d != stack_digits) {
        fe_free(d);
    }
    return r;
}

// CPython 3.11 refuses base-10 conversions of ints longer than 4300 digits (its default
// sys.set_int_max_str_digits limit); other bases are not limited. Without
// FE_NUMBERS_STR_DIGITS_LIMIT no length is refused.
#define INT_MAX_STR_DIGITS 4300
static void int_to_text_checked(fe_vstr_t *out, fe_obj_t o, unsigned base, bool upper) {
    size_t start = out->len;
    fe_int_to_text(out, o, base, upper);
    size_t n = out->len - start;
    if (FE_NUMBERS_STR_DIGITS_LIMIT && base == 10 && n > INT_MAX_STR_DIGITS && (n > INT_MAX_STR_DIGITS + 1 || out->buf[start] != '-')) {
        fe_raise_fmt(&fe_type_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit", INT_MAX_STR_DIGITS);
    }
}

static void int_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    if (FE_IS_SMALL_INT(self)) {
        char buf[24];
        char *p = buf + sizeof(buf);
        fe_int_t v = FE_SMALL_INT_VALUE(self);
        fe_uint_t m = v < 0 ? (fe_uint_t)0 - (fe_uint_t)v : (fe_uint_t)v;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (v < 0) {
            *--p = '-';
        }
        fe_print_strn(print, p, (size_t)(buf + sizeof(buf) - p));
        return;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    int_to_text_checked(&v, self, 10, false);
    fe_print_strn(print, v.buf, v.len);
}

// ---- the format mini-language ---------------------------------------------------------------

void fe_format_number(fe_vstr_t *out, const fe_format_spec_t *spec, bool negative, const char *prefix,
                      const char *intdigits, size_t nint, const char *rest, size_t nrest) {
    char sign = negative ? '-' : (spec->sign == '+' || spec->sign == ' ') ? spec->sign : 0;
    unsigned fill = spec->fill ? spec->fill : ' ';
    char align = spec->align;
    if (spec->zero) {
        if (fill == ' ') {
            fill = '0';
        }
        if (align == 0) {
            align = '=';
        }
    }
    if (align == 0) {
        align = '>';
    }
    int group = 0;
    char sep = spec->grouping;
    if (sep) {
        group = (spec->type == 'b' || spec->type == 'o' || spec->type == 'x' || spec->type == 'X') ? 4 : 3;
    }
    size_t width = spec->width > 0 ? (size_t)spec->width : 0;
    size_t head = (sign ? 1 : 0) + strlen(prefix);
    // with zero padding via '=' the padding zeros become digits (and get grouped)
    size_t ndig = nint;
    // width counts characters: the rest may hold UTF-8 (format(0x263a, 'c'))
    size_t rest_chars = fe_utf8_count_chars(rest, nrest);
    if (fill == '0' && align == '=' && group) {
        while (head + ndig + (ndig > 0 ? (ndig - 1) / group : 0) + rest_chars < width) {
            ndig++;
        }
    }
    size_t grouped = ndig + (group && ndig > 0 ? (ndig - 1) / group : 0);
    size_t total = head + grouped + rest_chars;
    size_t pad = width > total ? width - total : 0;
    size_t left = 0, right = 0, mid = 0;
    switch (align) {
        case '<':
            right = pad;
            break;
        case '^':
            left = pad / 2;
            right = pad - left;
            break;
        case '=':
            mid = pad;
            break;
        default:
            left = pad;
            break;
    }
    for (size_t i = 0; i < left; i++) {
        fe_vstr_add_char(out, fill);
    }
    if (sign) {
        fe_vstr_add_byte(out, (uint8_t)sign);
    }
    fe_vstr_add_str(out, prefix);
    for (size_t i = 0; i < mid; i++) {
        fe_vstr_add_char(out, fill);
    }
    for (size_t i = 0; i < ndig; i++) {
        size_t from_end = ndig - i;
        fe_vstr_add_byte(out, (uint8_t)(i < ndig - nint ? '0' : intdigits[i - (ndig - nint)]));
        if (group && from_end > 1 && (from_end - 1) % group == 0) {
            fe_vstr_add_byte(out, (uint8_t)sep);
        }
    }
    fe_vstr_add_strn(out, rest, nrest);
    for (size_t i = 0; i < right; i++) {
        fe_vstr_add_char(out, fill);
    }
}

// Bits needed by an int in two's complement, less the sign bit (so -2**63 needs 63, 0 needs 0).
static size_t signed_bits(fe_obj_t o) {
    mag_t m;
    get_mag(o, &m);
    size_t bits = bn_bit_length(m.d, m.n);
    if (m.neg) {
        // -2**k fits in k+1 bits
        bool power_of_two = true;
        for (size_t i = 0; i + 1 < m.n; i++) {
            power_of_two &= m.d[i] == 0;
        }
        power_of_two &= (m.d[m.n - 1] & (fe_dig_t)(m.d[m.n - 1] - 1)) == 0;
        if (power_of_two) {
            bits--;
        }
    }
    return bits;
}

// The spec comes checked: format() lets only int's type codes through, with a grouping that
// suits the type (spec_parse in py/strformat.c); bin/oct/hex and % pass fixed types, no grouping.
void fe_format_int(fe_vstr_t *out, fe_obj_t value, const fe_format_spec_t *spec) {
    value = fe_int_unwrap(value);
    char type = spec->type;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            fe_format_float(out, fe_int_to_float(value), spec);
            return;
#else
            fe_raise_fmt(&fe_type_ValueError, "Unknown format code '%c' for object of type 'int'", type);
#endif
        default:
            break;
    }
    if (spec->precision >= 0) {
        fe_raise_msg(&fe_type_ValueError, "Precision not allowed in integer format specifier");
    }
    if (type == 'c') {
        if (spec->sign) {
            fe_raise_msg(&fe_type_ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (spec->alternate) {
            fe_raise_msg(&fe_type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (!FE_IS_SMALL_INT(value) && signed_bits(value) > sizeof(long) * 8 - 1) {
            fe_raise_msg(&fe_type_OverflowError, "Python int too large to convert to C long");
        }
        if (!FE_IS_SMALL_INT(value) || FE_SMALL_INT_VALUE(value) < 0 || FE_SMALL_INT_VALUE(value) >= 0x110000) {
            fe_raise_msg(&fe_type_OverflowError, "%c arg not in range(0x110000)");
        }
        fe_vstr_t ch;
        fe_vstr_init(&ch, 8);
        fe_vstr_add_char(&ch, (unsigned)FE_SMALL_INT_VALUE(value));
        fe_format_number(out, spec, false, "", "", 0, ch.buf, ch.len);
        return;
    }
    unsigned base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char prefix[3] = {0};
    if (spec->alternate && base != 10) {
        prefix[0] = '0';
        prefix[1] = type;  // 0b 0o 0x 0X
    }
    fe_vstr_t digits;
    fe_vstr_init(&digits, 32);
    int_to_text_checked(&digits, value, base, type == 'X');
    bool neg = digits.buf[0] == '-';
    fe_format_number(out, spec, neg, prefix, digits.buf + neg, digits.len - neg, "", 0);
}

// ---- the type -----------------------------------------------------------------------------

static fe_obj_t int_unary_op(fe_unary_op_t op, fe_obj_t self) {
    self = fe_int_unwrap(self);
    switch (op) {
        case FE_UNARY_BOOL:
            return fe_bool(!int_is_zero(self));
        case FE_UNARY_HASH:
            return FE_NEW_SMALL_INT(fe_int_hash(self));
        case FE_UNARY_POSITIVE:
        case FE_UNARY_INT:
            return self;
        case FE_UNARY_NEGATIVE:
            return int_neg(self);
        case FE_UNARY_ABS:
            return int_abs(self);
        case FE_UNARY_INVERT:
            // ~a == -a - 1
            return int_sub(int_neg(self), FE_NEW_SMALL_INT(1));
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        case FE_UNARY_FLOAT:
            return fe_float_new(fe_int_to_float(self));
#endif
        default:
            return FE_NULL;
    }
}

static bool is_float_or_complex(fe_obj_t o) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (FE_IS_OBJ(o) && o != FE_NULL) {
        const fe_type_t *t = ((const fe_objbase_t *)o)->type;
        if (t == &fe_type_float) {
            return true;
        }
#if FE_ENABLE_COMPLEX
        if (t == &fe_type_complex) {
            return true;
        }
#endif
        if (t->flags & FE_TYPE_FLAG_USER) {
            fe_obj_t n = fe_native_self(o, &fe_type_float);
#if FE_ENABLE_COMPLEX
            if (n == FE_NULL) {
                n = fe_native_self(o, &fe_type_complex);
            }
#endif
            return n != FE_NULL;
        }
    }
#endif
    return false;
}

fe_obj_t fe_int_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        op = FE_BINARY_INPLACE_TO_PLAIN(op);
    } else if (op >= FE_BINARY_REVERSE_OR) {
        fe_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        op = op - FE_BINARY_REVERSE_OR + FE_BINARY_OR;
    }
    fe_obj_t a = fe_int_unwrap(lhs);
    fe_obj_t b = fe_int_unwrap(rhs);
    if (a == FE_NULL || b == FE_NULL) {
        fe_obj_t other = a == FE_NULL ? lhs : rhs;
        if ((a != FE_NULL || b != FE_NULL) && is_float_or_complex(other)) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            return fe_float_binary_op(op, a != FE_NULL ? a : lhs, b != FE_NULL ? b : rhs);
#endif
        }
        return FE_NULL;
    }
    switch (op) {
        case FE_BINARY_LESS:
        case FE_BINARY_MORE:
        case FE_BINARY_EQUAL:
        case FE_BINARY_LESS_EQUAL:
        case FE_BINARY_MORE_EQUAL:
        case FE_BINARY_NOT_EQUAL:
            return fe_bool(fe_compare_holds(op, int_cmp(a, b)));
        case FE_BINARY_OR:
        case FE_BINARY_XOR:
        case FE_BINARY_AND:
            return int_bitwise(op, a, b);
        case FE_BINARY_LSHIFT:
            return int_shift(a, b, true);
        case FE_BINARY_RSHIFT:
            return int_shift(a, b, false);
        case FE_BINARY_ADD:
            return int_add(a, b);
        case FE_BINARY_SUBTRACT:
            return int_sub(a, b);
        case FE_BINARY_MULTIPLY:
            return int_mul(a, b);
        case FE_BINARY_FLOOR_DIVIDE: {
            if (int_is_zero(b)) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "integer division or modulo by zero");
            }
            fe_obj_t q;
            int_divmod(a, b, &q, NULL);
            return q;
        }
        case FE_BINARY_MODULO: {
            if (int_is_zero(b)) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "integer modulo by zero");
            }
            return int_mod(a, b);
        }
        case FE_BINARY_DIVMOD: {
            if (int_is_zero(b)) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "integer division or modulo by zero");
            }
            fe_obj_t qr[2];
            int_divmod(a, b, &qr[0], &qr[1]);
            return fe_tuple_new(2, qr);
        }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        case FE_BINARY_TRUE_DIVIDE:
            if (int_is_zero(b)) {
                fe_raise_msg(&fe_type_ZeroDivisionError, "division by zero");
            }
            return fe_float_new(int_true_divide(a, b));
#endif
        case FE_BINARY_POWER:
            if (int_is_neg(b)) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
                if (int_is_zero(a)) {
                    fe_raise_msg(&fe_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
                }
                return fe_float_binary_op(op, fe_float_new(fe_int_to_float(a)), fe_float_new(fe_int_to_float(b)));
#else
                fe_raise_msg(&fe_type_ValueError, "negative power with no float support");
#endif
            }
            return int_pow_nonneg(a, b);
        default:
            return FE_NULL;
    }
}

static fe_obj_t int_from_text_obj(fe_obj_t x, int base) {
    size_t len;
    const char *s;
    if (fe_is_str(x)) {
        s = fe_str_data(x, &len);
    } else {
        s = fe_bytes_data(x, &len);
    }
    fe_obj_t value = fe_int_parse(s, len, base);
    if (FE_NUMBERS_STR_DIGITS_LIMIT && len > INT_MAX_STR_DIGITS && (base == 0 || (base & (base - 1)) != 0)) {
        // the digit limit of int_to_text_checked holds for valid text too, except in binary
        // bases (including base 0 with a 0x/0o/0b prefix)
        size_t digits = 0;
        bool prefixed = false;
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            if (base == 0 && digits == 1 && s[i - 1] == '0' && ((c | 0x20) == 'x' || (c | 0x20) == 'o' || (c | 0x20) == 'b')) {
                prefixed = true;
                break;
            }
            digits += (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        }
        if (!prefixed && digits > INT_MAX_STR_DIGITS) {
            fe_raise_fmt(&fe_type_ValueError, "Exceeds the limit (%d digits) for integer string conversion: "
                "value has %u digits; use sys.set_int_max_str_digits() to increase the limit",
                INT_MAX_STR_DIGITS, (unsigned)digits);
        }
    }
    return value;
}

static bool is_text_like(fe_obj_t x) {
    if (fe_is_str(x)) {
        return true;
    }
    const fe_type_t *t = fe_typeof(x);
    return t == &fe_type_bytes || t == &fe_type_bytearray;
}

static fe_obj_t int_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_x, 0, FE_NULL},
        {Q_base, 0, FE_NULL},
    };
    fe_obj_t a[2];
    fe_parse_args_pairs(n_args, n_kw, args, 2, spec, a);
    fe_obj_t x = a[0];
    if (x == FE_NULL) {
        if (a[1] != FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "int() missing string argument");
        }
        return FE_NEW_SMALL_INT(0);
    }
    if (a[1] != FE_NULL) {
        fe_int_t base = fe_get_index(a[1]);
        if (!is_text_like(x)) {
            fe_raise_msg(&fe_type_TypeError, "int() can't convert non-string with explicit base");
        }
        if (base != 0 && (base < 2 || base > 36)) {
            fe_raise_msg(&fe_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        return int_from_text_obj(x, (int)base);
    }
    fe_obj_t i = fe_int_unwrap(x);
    if (i != FE_NULL) {
        return i;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (fe_typeof(x) == &fe_type_float) {
        return fe_int_from_float(fe_float_value(x));
    }
#endif
    if (is_text_like(x)) {
        return int_from_text_obj(x, 10);
    }
    const fe_type_t *t = fe_typeof(x);
    if (t->unary_op != NULL && (!FE_ENABLE_COMPLEX || t != &fe_type_complex)) {
        fe_obj_t r = t->unary_op(FE_UNARY_INT, x);
        if (r != FE_NULL) {
            fe_obj_t ri = fe_int_unwrap(r);
            if (ri != FE_NULL) {
                return ri;
            }
            fe_raise_fmt(&fe_type_TypeError, "__int__ returned non-int (type %T)", r);
        }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        if (t->flags & FE_TYPE_FLAG_USER) {
            fe_obj_t f = fe_native_self(x, &fe_type_float);
            if (f != FE_NULL) {
                return fe_int_from_float(fe_float_value(f));
            }
        }
#endif
    }
    fe_raise_fmt(&fe_type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

// ---- methods --------------------------------------------------------------------------------

static fe_obj_t self_int(fe_obj_t self) {
    fe_obj_t i = fe_int_unwrap(self);
    if (i == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'int' object but received a '%T'", self);
    }
    return i;
}

static fe_obj_t int_bit_length(fe_obj_t self) {
    mag_t m;
    get_mag(self_int(self), &m);
    return fe_int_from_uint(bn_bit_length(m.d, m.n));
}
static FE_DEFINE_FUN_1(int_bit_length_obj, Q_bit_length, int_bit_length);

static fe_obj_t int_bit_count(fe_obj_t self) {
    mag_t m;
    get_mag(self_int(self), &m);
    size_t count = 0;
    for (size_t i = 0; i < m.n; i++) {
        fe_dig_t d = m.d[i];
        while (d) {
            d &= (fe_dig_t)(d - 1);
            count++;
        }
    }
    return fe_int_from_uint(count);
}
static FE_DEFINE_FUN_1(int_bit_count_obj, Q_bit_count, int_bit_count);

static fe_obj_t int_conjugate(fe_obj_t self) {
    return self_int(self);
}
static FE_DEFINE_FUN_1(int_conjugate_obj, Q_conjugate, int_conjugate);

static bool parse_byteorder(fe_obj_t o) {
    size_t len;
    const char *s = fe_str_data(o, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    fe_raise_msg(&fe_type_ValueError, "byteorder must be either 'little' or 'big'");
}

// Byte i (little-endian) of a two's-complement digit array.
static uint8_t twos_byte(const fe_dig_t *t, size_t i) {
    return (uint8_t)(t[i / sizeof(fe_dig_t)] >> (8 * (i % sizeof(fe_dig_t))));
}

static fe_obj_t int_to_bytes(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_length, FE_ARG_INT, FE_ROM_INT(1)},
        {Q_byteorder, 0, FE_ROM_QSTR(Q_big)},
        {Q_signed, FE_ARG_KW_ONLY | FE_ARG_BOOL, fe_false},
    };
    fe_obj_t self = self_int(args[0]);
    fe_obj_t a[3];
    fe_parse_args(n_args - 1, args + 1, kw, 3, spec, a);
    fe_int_t length = FE_SMALL_INT_VALUE(a[0]);
    if (length < 0) {
        fe_raise_msg(&fe_type_ValueError, "length argument must be non-negative");
    }
    bool big_endian = parse_byteorder(a[1]);
    bool is_signed = fe_is_true(a[2]);
    mag_t m;
    get_mag(self, &m);
    if (m.neg && !is_signed) {
        fe_raise_msg(&fe_type_OverflowError, "can't convert negative int to unsigned");
    }
    size_t n = (size_t)length;
    // a nonzero value needs one more bit when signed (-1 too: it doesn't fit in 0 bytes)
    size_t bits = signed_bits(self);
    if ((bits || m.n) && (bits + is_signed + 7) / 8 > n) {
        fe_raise_msg(&fe_type_OverflowError, "int too big to convert");
    }
    // it fits, so it has at most n / sizeof(fe_dig_t) + 1 digits
    size_t words = n / sizeof(fe_dig_t) + 1;
    fe_dig_t *t = fe_alloc(words * sizeof(fe_dig_t));
    to_twos(t, &m, words);
    uint8_t *out = fe_alloc(n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        out[big_endian ? n - 1 - i : i] = twos_byte(t, i);
    }
    fe_obj_t res = fe_bytes_new(out, n);
    fe_free(out);
    fe_free(t);
    return res;
}
static FE_DEFINE_FUN_KW(int_to_bytes_obj, Q_to_bytes, 1, int_to_bytes);

static fe_obj_t int_from_bytes(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_bytes, FE_ARG_REQUIRED, FE_NULL},
        {Q_byteorder, 0, FE_ROM_QSTR(Q_big)},
        {Q_signed, FE_ARG_KW_ONLY | FE_ARG_BOOL, fe_false},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args - 1, args + 1, kw, 3, spec, a);
    bool big_endian = parse_byteorder(a[1]);
    bool is_signed = fe_is_true(a[2]);
    fe_buffer_info_t info;
    const uint8_t *data;
    size_t n;
    if (fe_get_buffer(a[0], &info, FE_BUFFER_READ)) {
        data = info.buf;
        n = info.len;
    } else {
        if (fe_is_str(a[0])) {
            fe_raise_msg(&fe_type_TypeError, "cannot convert 'str' object to bytes");
        }
        // any iterable of ints
        fe_obj_t bytes_obj = fe_call1((fe_obj_t)&fe_type_bytes, a[0]);
        const char *d = fe_bytes_data(bytes_obj, &n);
        data = (const uint8_t *)d;
    }
    size_t nd = n / sizeof(fe_dig_t) + 1;
    fe_bigint_t *r = fe_bigint_alloc(nd);
    bool neg = is_signed && n > 0 && (data[big_endian ? 0 : n - 1] & 0x80);
    // the bytes little-endian, sign-extended to nd digits
    for (size_t i = 0; i < nd * sizeof(fe_dig_t); i++) {
        uint8_t byte = i < n ? data[big_endian ? n - 1 - i : i] : neg ? 0xff : 0;
        r->dig[i / sizeof(fe_dig_t)] |= (fe_dig_t)((fe_dig_t)byte << (8 * (i % sizeof(fe_dig_t))));
    }
    if (neg) {
        // negate to get the magnitude
        twos_negate(r->dig, nd);
        r->neg = true;
    }
    fe_obj_t result = fe_bigint_finish(r);
    fe_obj_t cls = args[0];
    if (cls != (fe_obj_t)&fe_type_int && cls != FE_NULL && fe_typeof(cls) != &fe_type_int) {
        return fe_call1(cls, result);
    }
    return result;
}
static FE_DEFINE_FUN_KW(int_from_bytes_fun_obj, Q_from_bytes, 1, int_from_bytes);
static FE_DEFINE_CONST_CLASSMETHOD(int_from_bytes_obj, &int_from_bytes_fun_obj);

// round(int, ndigits): ints are unchanged for ndigits >= 0, else rounded half-even to 10**-ndigits.
static fe_obj_t int_round(size_t n_args, const fe_obj_t *args) {
    fe_obj_t self = self_int(args[0]);
    if (n_args < 2 || args[1] == fe_none) {
        return self;
    }
    fe_int_t nd = fe_get_index(args[1]);
    if (nd >= 0) {
        return self;
    }
    if (nd < -100000) {
        return FE_NEW_SMALL_INT(0);
    }
    fe_obj_t pow10 = int_pow_nonneg(FE_NEW_SMALL_INT(10), FE_NEW_SMALL_INT(-nd));
    fe_obj_t q, r;
    int_divmod(self, pow10, &q, &r);
    // r in [0, pow10): compare 2r with pow10, ties to even quotient
    int c = int_cmp(int_add(r, r), pow10);
    if (c > 0 || (c == 0 && int_bitwise(FE_BINARY_AND, q, FE_NEW_SMALL_INT(1)) != FE_NEW_SMALL_INT(0))) {
        q = int_add(q, FE_NEW_SMALL_INT(1));
    }
    return int_mul(q, pow10);
}
static FE_DEFINE_FUN_VAR(int_round_obj, Q___round__, 1, 2, int_round);

#if FE_OBJ_INT_DUNDERS
static fe_obj_t int_pow_method(size_t n_args, const fe_obj_t *args) {
    if (n_args == 3 && args[2] != fe_none) {
        return fe_int_pow_mod(args[0], args[1], args[2]);
    }
    fe_obj_t r = fe_int_binary_op(FE_BINARY_POWER, args[0], args[1]);
    return r == FE_NULL ? fe_notimplemented : r;
}
static FE_DEFINE_FUN_VAR(int_pow_method_obj, Q___pow__, 2, 3, int_pow_method);
#endif

static fe_obj_t int_index_method(fe_obj_t self) {
    return self_int(self);
}
static FE_DEFINE_FUN_1(int_index_obj, Q___index__, int_index_method);

#if FE_OBJ_INT_DUNDERS
// Dunder methods (int.__add__, super().__add__(x) in subclasses ...): thin wrappers over
// the slots; an unsupported operand gives NotImplemented as in CPython.
static fe_obj_t int_dunder(fe_binary_op_t op, fe_obj_t a, fe_obj_t b) {
    if (fe_int_unwrap(a) == FE_NULL || fe_int_unwrap(b) == FE_NULL) {
        return fe_notimplemented;  // int.__eq__(1, 1.0) is NotImplemented in CPython too
    }
    fe_obj_t r = fe_int_binary_op(op, a, b);
    return r == FE_NULL ? fe_notimplemented : r;
}

// Each DUNDER_* line defines <type>_dunder_<name> and its function object <..>_obj.
#define DUNDER_BINARY(name, qname, op, swapped) \
    static fe_obj_t int_dunder_##name(fe_obj_t self, fe_obj_t other) { \
        return swapped ? int_dunder(op, other, self) : int_dunder(op, self, other); \
    } \
    static FE_DEFINE_FUN_2(int_dunder_##name##_obj, qname, int_dunder_##name);
#define DUNDER_UNARY(name, qname, op) \
    static fe_obj_t int_dunder_##name(fe_obj_t self) { \
        fe_obj_t r = int_unary_op(op, self); \
        return r == FE_NULL ? fe_notimplemented : r; \
    } \
    static FE_DEFINE_FUN_1(int_dunder_##name##_obj, qname, int_dunder_##name);
DUNDER_BINARY(add, Q___add__, FE_BINARY_ADD, false)
DUNDER_BINARY(sub, Q___sub__, FE_BINARY_SUBTRACT, false)
DUNDER_BINARY(mul, Q___mul__, FE_BINARY_MULTIPLY, false)
DUNDER_BINARY(truediv, Q___truediv__, FE_BINARY_TRUE_DIVIDE, false)
DUNDER_BINARY(floordiv, Q___floordiv__, FE_BINARY_FLOOR_DIVIDE, false)
DUNDER_BINARY(mod, Q___mod__, FE_BINARY_MODULO, false)
DUNDER_BINARY(divmod, Q___divmod__, FE_BINARY_DIVMOD, false)
DUNDER_BINARY(lshift, Q___lshift__, FE_BINARY_LSHIFT, false)
DUNDER_BINARY(rshift, Q___rshift__, FE_BINARY_RSHIFT, false)
DUNDER_BINARY(and, Q___and__, FE_BINARY_AND, false)
DUNDER_BINARY(or, Q___or__, FE_BINARY_OR, false)
DUNDER_BINARY(xor, Q___xor__, FE_BINARY_XOR, false)
DUNDER_BINARY(radd, Q___radd__, FE_BINARY_ADD, true)
DUNDER_BINARY(rsub, Q___rsub__, FE_BINARY_SUBTRACT, true)
DUNDER_BINARY(rmul, Q___rmul__, FE_BINARY_MULTIPLY, true)
DUNDER_BINARY(rtruediv, Q___rtruediv__, FE_BINARY_TRUE_DIVIDE, true)
DUNDER_BINARY(rfloordiv, Q___rfloordiv__, FE_BINARY_FLOOR_DIVIDE, true)
DUNDER_BINARY(rmod, Q___rmod__, FE_BINARY_MODULO, true)
DUNDER_BINARY(rdivmod, Q___rdivmod__, FE_BINARY_DIVMOD, true)
DUNDER_BINARY(rlshift, Q___rlshift__, FE_BINARY_LSHIFT, true)
DUNDER_BINARY(rrshift, Q___rrshift__, FE_BINARY_RSHIFT, true)
DUNDER_BINARY(rand, Q___rand__, FE_BINARY_AND, true)
DUNDER_BINARY(ror, Q___ror__, FE_BINARY_OR, true)
DUNDER_BINARY(rxor, Q___rxor__, FE_BINARY_XOR, true)
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
DUNDER_UNARY(invert, Q___invert__, FE_UNARY_INVERT)
DUNDER_UNARY(bool, Q___bool__, FE_UNARY_BOOL)
DUNDER_UNARY(int, Q___int__, FE_UNARY_INT)
DUNDER_UNARY(float, Q___float__, FE_UNARY_FLOAT)
DUNDER_UNARY(hash, Q___hash__, FE_UNARY_HASH)
DUNDER_UNARY(trunc, Q___trunc__, FE_UNARY_INT)
#endif

// __repr__/__str__ for subclasses that call int.__repr__(self) in their own __repr__.
static fe_obj_t int_repr_method(fe_obj_t self) {
    fe_vstr_t v;
    fe_vstr_init(&v, 24);
    int_to_text_checked(&v, self_int(self), 10, false);
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(int_repr_obj, Q___repr__, int_repr_method);
static FE_DEFINE_FUN_1(int_str_obj, Q___str__, int_repr_method);

static const fe_map_elem_t int_locals_table[] = {
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&int_repr_obj)},
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&int_str_obj)},
    {FE_ROM_QSTR(Q_bit_length), FE_ROM_PTR(&int_bit_length_obj)},
    {FE_ROM_QSTR(Q_bit_count), FE_ROM_PTR(&int_bit_count_obj)},
    {FE_ROM_QSTR(Q_conjugate), FE_ROM_PTR(&int_conjugate_obj)},
    {FE_ROM_QSTR(Q_to_bytes), FE_ROM_PTR(&int_to_bytes_obj)},
    {FE_ROM_QSTR(Q_from_bytes), FE_ROM_PTR(&int_from_bytes_obj)},
    {FE_ROM_QSTR(Q___round__), FE_ROM_PTR(&int_round_obj)},
    {FE_ROM_QSTR(Q___index__), FE_ROM_PTR(&int_index_obj)},
#if FE_OBJ_INT_DUNDERS
    {FE_ROM_QSTR(Q___pow__), FE_ROM_PTR(&int_pow_method_obj)},
    {FE_ROM_QSTR(Q___add__), FE_ROM_PTR(&int_dunder_add_obj)},
    {FE_ROM_QSTR(Q___sub__), FE_ROM_PTR(&int_dunder_sub_obj)},
    {FE_ROM_QSTR(Q___mul__), FE_ROM_PTR(&int_dunder_mul_obj)},
    {FE_ROM_QSTR(Q___truediv__), FE_ROM_PTR(&int_dunder_truediv_obj)},
    {FE_ROM_QSTR(Q___floordiv__), FE_ROM_PTR(&int_dunder_floordiv_obj)},
    {FE_ROM_QSTR(Q___mod__), FE_ROM_PTR(&int_dunder_mod_obj)},
    {FE_ROM_QSTR(Q___divmod__), FE_ROM_PTR(&int_dunder_divmod_obj)},
    {FE_ROM_QSTR(Q___lshift__), FE_ROM_PTR(&int_dunder_lshift_obj)},
    {FE_ROM_QSTR(Q___rshift__), FE_ROM_PTR(&int_dunder_rshift_obj)},
    {FE_ROM_QSTR(Q___and__), FE_ROM_PTR(&int_dunder_and_obj)},
    {FE_ROM_QSTR(Q___or__), FE_ROM_PTR(&int_dunder_or_obj)},
    {FE_ROM_QSTR(Q___xor__), FE_ROM_PTR(&int_dunder_xor_obj)},
    {FE_ROM_QSTR(Q___radd__), FE_ROM_PTR(&int_dunder_radd_obj)},
    {FE_ROM_QSTR(Q___rsub__), FE_ROM_PTR(&int_dunder_rsub_obj)},
    {FE_ROM_QSTR(Q___rmul__), FE_ROM_PTR(&int_dunder_rmul_obj)},
    {FE_ROM_QSTR(Q___rtruediv__), FE_ROM_PTR(&int_dunder_rtruediv_obj)},
    {FE_ROM_QSTR(Q___rfloordiv__), FE_ROM_PTR(&int_dunder_rfloordiv_obj)},
    {FE_ROM_QSTR(Q___rmod__), FE_ROM_PTR(&int_dunder_rmod_obj)},
    {FE_ROM_QSTR(Q___rdivmod__), FE_ROM_PTR(&int_dunder_rdivmod_obj)},
    {FE_ROM_QSTR(Q___rlshift__), FE_ROM_PTR(&int_dunder_rlshift_obj)},
    {FE_ROM_QSTR(Q___rrshift__), FE_ROM_PTR(&int_dunder_rrshift_obj)},
    {FE_ROM_QSTR(Q___rand__), FE_ROM_PTR(&int_dunder_rand_obj)},
    {FE_ROM_QSTR(Q___ror__), FE_ROM_PTR(&int_dunder_ror_obj)},
    {FE_ROM_QSTR(Q___rxor__), FE_ROM_PTR(&int_dunder_rxor_obj)},
    {FE_ROM_QSTR(Q___rpow__), FE_ROM_PTR(&int_dunder_rpow_obj)},
    {FE_ROM_QSTR(Q___eq__), FE_ROM_PTR(&int_dunder_eq_obj)},
    {FE_ROM_QSTR(Q___ne__), FE_ROM_PTR(&int_dunder_ne_obj)},
    {FE_ROM_QSTR(Q___lt__), FE_ROM_PTR(&int_dunder_lt_obj)},
    {FE_ROM_QSTR(Q___le__), FE_ROM_PTR(&int_dunder_le_obj)},
    {FE_ROM_QSTR(Q___gt__), FE_ROM_PTR(&int_dunder_gt_obj)},
    {FE_ROM_QSTR(Q___ge__), FE_ROM_PTR(&int_dunder_ge_obj)},
    {FE_ROM_QSTR(Q___neg__), FE_ROM_PTR(&int_dunder_neg_obj)},
    {FE_ROM_QSTR(Q___pos__), FE_ROM_PTR(&int_dunder_pos_obj)},
    {FE_ROM_QSTR(Q___abs__), FE_ROM_PTR(&int_dunder_abs_obj)},
    {FE_ROM_QSTR(Q___invert__), FE_ROM_PTR(&int_dunder_invert_obj)},
    {FE_ROM_QSTR(Q___bool__), FE_ROM_PTR(&int_dunder_bool_obj)},
    {FE_ROM_QSTR(Q___int__), FE_ROM_PTR(&int_dunder_int_obj)},
    {FE_ROM_QSTR(Q___float__), FE_ROM_PTR(&int_dunder_float_obj)},
    {FE_ROM_QSTR(Q___hash__), FE_ROM_PTR(&int_dunder_hash_obj)},
    {FE_ROM_QSTR(Q___trunc__), FE_ROM_PTR(&int_dunder_trunc_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(int_locals_dict, int_locals_table);

void fe_int_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // ints are immutable: no stores
    }
    fe_obj_t i = fe_int_unwrap(self);
    if (attr == Q_real || attr == Q_numerator) {
        dest[0] = i;
    } else if (attr == Q_imag) {
        dest[0] = FE_NEW_SMALL_INT(0);
    } else if (attr == Q_denominator) {
        dest[0] = FE_NEW_SMALL_INT(1);
    }
}

const fe_type_t fe_type_int = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = int_unary_op,
    .binary_op = fe_int_binary_op,
    .attr = fe_int_attr,
    .locals_dict = (struct fe_dict *)&int_locals_dict,
};
