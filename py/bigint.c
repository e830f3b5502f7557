// py/bigint.c: arbitrary-precision integer arithmetic on digit arrays, and the helpers that
// turn magnitudes into canonical Python ints, text and correctly rounded floats.
// Layout and invariants: py/bigint.h.
#include <string.h>
#include <math.h>
#include "py/bigint.h"

#define DIG_BASE ((fe_ddig_t)1 << FE_DIG_BITS)
// Below this many digits schoolbook multiplication beats Karatsuba.
#define KARATSUBA_THRESHOLD 40

size_t bn_norm(const fe_dig_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int bn_cmp(const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an > 0) {
        an--;
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

static unsigned dig_bit_length(fe_dig_t d) {
    unsigned n = 0;
    while (d) {
        n++;
        d >>= 1;
    }
    return n;
}

size_t bn_bit_length(const fe_dig_t *a, size_t n) {
    n = bn_norm(a, n);
    if (n == 0) {
        return 0;
    }
    return (n - 1) * FE_DIG_BITS + dig_bit_length(a[n - 1]);
}

size_t bn_add(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    if (an < bn) {
        const fe_dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    fe_ddig_t carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        carry += (fe_ddig_t)a[i] + b[i];
        r[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
    r[an] = (fe_dig_t)carry;
    return bn_norm(r, an + 1);
}

size_t bn_sub(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    fe_dig_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        fe_ddig_t sub = (fe_ddig_t)b[i] + borrow;
        fe_dig_t ai = a[i];
        borrow = ai < sub;
        r[i] = (fe_dig_t)(ai - sub);
    }
    for (; i < an; i++) {
        fe_dig_t ai = a[i];
        r[i] = (fe_dig_t)(ai - borrow);
        borrow = ai < borrow;
    }
    return bn_norm(r, an);
}

#if FE_OBJS_KARATSUBA
// r[0..rn) += a[0..an); the caller guarantees the sum fits in rn digits.
static void add_into(fe_dig_t *r, size_t rn, const fe_dig_t *a, size_t an) {
    fe_ddig_t carry = 0;
    size_t i = 0;
    for (; i < an; i++) {
        carry += (fe_ddig_t)r[i] + a[i];
        r[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
}
#endif

static void mul_schoolbook(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(fe_dig_t));
    for (size_t i = 0; i < bn; i++) {
        fe_ddig_t carry = 0;
        fe_dig_t bi = b[i];
        if (bi == 0) {
            continue;
        }
        for (size_t j = 0; j < an; j++) {
            carry += (fe_ddig_t)a[j] * bi + r[i + j];
            r[i + j] = (fe_dig_t)carry;
            carry >>= FE_DIG_BITS;
        }
        r[i + an] = (fe_dig_t)carry;
    }
}

#if FE_OBJS_KARATSUBA
static void mul_any(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn);

// Karatsuba for an >= bn > an / 2, both >= threshold. r (an + bn digits) is fully written.
static void mul_karatsuba(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    size_t m = an / 2;
    size_t a0n = bn_norm(a, m), a1n = an - m;
    size_t b0n = bn_norm(b, m), b1n = bn - m;
    size_t sa_alloc = (m > a1n ? m : a1n) + 1;
    size_t sb_alloc = (m > b1n ? m : b1n) + 1;
    fe_dig_t *tmp = fe_alloc((sa_alloc + sb_alloc + sa_alloc + sb_alloc) * sizeof(fe_dig_t));
    fe_dig_t *sa = tmp, *sb = tmp + sa_alloc, *z1 = sb + sb_alloc;
    size_t san = bn_add(sa, a, a0n, a + m, a1n);
    size_t sbn = bn_add(sb, b, b0n, b + m, b1n);
    memset(r, 0, (an + bn) * sizeof(fe_dig_t));
    mul_any(z1, sa, san, sb, sbn);
    size_t z1n = bn_norm(z1, san + sbn);
    mul_any(r, a, a0n, b, b0n);
    size_t z0n = bn_norm(r, a0n + b0n);
    mul_any(r + 2 * m, a + m, a1n, b + m, b1n);
    size_t z2n = bn_norm(r + 2 * m, a1n + b1n);
    z1n = bn_sub(z1, z1, z1n, r, z0n);
    z1n = bn_sub(z1, z1, z1n, r + 2 * m, z2n);
    add_into(r + m, an + bn - m, z1, z1n);
    fe_free(tmp);
}

// r = a * b writing all an + bn digits of r.
static void mul_any(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    if (an < bn) {
        const fe_dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < KARATSUBA_THRESHOLD) {
        mul_schoolbook(r, a, an, b, bn);
        return;
    }
    if (2 * bn <= an) {
        // unbalanced: multiply b by bn-digit slices of a and accumulate
        memset(r, 0, (an + bn) * sizeof(fe_dig_t));
        fe_dig_t *t = fe_alloc(2 * bn * sizeof(fe_dig_t));
        for (size_t off = 0; off < an; off += bn) {
            size_t chunk = an - off < bn ? an - off : bn;
            mul_any(t, a + off, chunk, b, bn);
            add_into(r + off, an + bn - off, t, bn_norm(t, chunk + bn));
        }
        fe_free(t);
        return;
    }
    mul_karatsuba(r, a, an, b, bn);
}
#else
#define mul_any mul_schoolbook
#endif

size_t bn_mul(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn) {
    if (an == 0 || bn == 0) {
        return 0;
    }
    mul_any(r, a, an, b, bn);
    return bn_norm(r, an + bn);
}

size_t bn_mul_small(fe_dig_t *r, const fe_dig_t *a, size_t an, fe_dig_t m, fe_dig_t add) {
    fe_ddig_t carry = add;
    for (size_t i = 0; i < an; i++) {
        carry += (fe_ddig_t)a[i] * m;
        r[i] = (fe_dig_t)carry;
        carry >>= FE_DIG_BITS;
    }
    r[an] = (fe_dig_t)carry;
    return bn_norm(r, an + 1);
}

fe_dig_t bn_divmod_small(fe_dig_t *q, size_t *qn, const fe_dig_t *a, size_t an, fe_dig_t d) {
    fe_ddig_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        rem = (rem << FE_DIG_BITS) | a[i];
        q[i] = (fe_dig_t)(rem / d);
        rem %= d;
    }
    *qn = bn_norm(q, an);
    return (fe_dig_t)rem;
}

#if FE_NUMBERS_KNUTH_DIV
void bn_divmod(fe_dig_t *q, size_t *qn, fe_dig_t *r, size_t *rn, const fe_dig_t *a, size_t an,
               const fe_dig_t *b, size_t bn, fe_dig_t *scratch) {
    an = bn_norm(a, an);
    if (bn_cmp(a, an, b, bn) < 0) {
        if (q) {
            *qn = 0;
        }
        if (r) {
            memmove(r, a, an * sizeof(fe_dig_t));
            *rn = an;
        }
        return;
    }
    if (bn == 1) {
        size_t tqn;
        fe_dig_t *qq = q ? q : scratch;
        fe_dig_t rem = bn_divmod_small(qq, &tqn, a, an, b[0]);
        if (q) {
            *qn = tqn;
        }
        if (r) {
            r[0] = rem;
            *rn = rem ? 1 : 0;
        }
        return;
    }
    // normalise so that the divisor's top digit has its high bit set
    unsigned shift = FE_DIG_BITS - dig_bit_length(b[bn - 1]);
    fe_dig_t *u = scratch;           // an + 1 digits
    fe_dig_t *v = scratch + an + 1;  // bn digits
    // v = b << shift in exactly bn digits (the top bit lands inside the last digit)
    for (size_t i = bn; i-- > 0;) {
        fe_dig_t lo = (shift && i > 0) ? (fe_dig_t)(b[i - 1] >> (FE_DIG_BITS - shift)) : 0;
        v[i] = (fe_dig_t)((fe_dig_t)(b[i] << shift) | lo);
    }
    memset(u, 0, (an + 1) * sizeof(fe_dig_t));
    bn_shl(u, a, an, shift);
    fe_dig_t vtop = v[bn - 1], vnext = v[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        fe_ddig_t num = ((fe_ddig_t)u[j + bn] << FE_DIG_BITS) | u[j + bn - 1];
        fe_ddig_t qhat = num / vtop;
        fe_ddig_t rhat = num % vtop;
        while (qhat >= DIG_BASE || qhat * vnext > ((rhat << FE_DIG_BITS) | u[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= DIG_BASE) {
                break;
            }
        }
        // u[j .. j+bn] -= qhat * v
        fe_ddig_t carry = 0;
        fe_dig_t borrow = 0;
        for (size_t i = 0; i < bn; i++) {
            fe_ddig_t p = qhat * v[i] + carry;
            carry = p >> FE_DIG_BITS;
            fe_ddig_t sub = (fe_ddig_t)(fe_dig_t)p + borrow;
            fe_dig_t ui = u[i + j];
            borrow = ui < sub;
            u[i + j] = (fe_dig_t)(ui - sub);
        }
        fe_ddig_t sub = carry + borrow;
        fe_dig_t top = u[j + bn];
        u[j + bn] = (fe_dig_t)(top - sub);
        if (top < sub) {
            // qhat was one too large: add v back
            qhat--;
            fe_ddig_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (fe_ddig_t)u[i + j] + v[i];
                u[i + j] = (fe_dig_t)c;
                c >>= FE_DIG_BITS;
            }
            u[j + bn] = (fe_dig_t)(u[j + bn] + c);
        }
        if (q) {
            q[j] = (fe_dig_t)qhat;
        }
    }
    if (q) {
        *qn = bn_norm(q, an - bn + 1);
    }
    if (r) {
        *rn = bn_shr(r, u, bn, shift, NULL);
    }
}
#else
// Restoring binary long division, one quotient bit per step: small code, but slower than
// Knuth's algorithm D on long numbers. The running remainder (< 2b) lives in scratch.
void bn_divmod(fe_dig_t *q, size_t *qn, fe_dig_t *r, size_t *rn, const fe_dig_t *a, size_t an,
               const fe_dig_t *b, size_t bn, fe_dig_t *scratch) {
    an = bn_norm(a, an);
    size_t qlen = an >= bn ? an - bn + 1 : 0;
    if (q) {
        memset(q, 0, qlen * sizeof(fe_dig_t));
    }
    size_t remn = 0;
    for (size_t i = an * FE_DIG_BITS; i-- > 0;) {
        remn = bn_shl(scratch, scratch, remn, 1);
        if ((a[i / FE_DIG_BITS] >> (i % FE_DIG_BITS)) & 1) {
            if (remn == 0) {
                scratch[remn++] = 0;  // bn_shl wrote nothing for a zero remainder
            }
            scratch[0] |= 1;
        }
        if (bn_cmp(scratch, remn, b, bn) >= 0) {
            remn = bn_sub(scratch, scratch, remn, b, bn);
            if (q) {
                q[i / FE_DIG_BITS] |= (fe_dig_t)((fe_dig_t)1 << (i % FE_DIG_BITS));
            }
        }
    }
    if (q) {
        *qn = bn_norm(q, qlen);
    }
    if (r) {
        memcpy(r, scratch, remn * sizeof(fe_dig_t));
        *rn = remn;
    }
}
#endif

size_t bn_shl(fe_dig_t *r, const fe_dig_t *a, size_t an, size_t s) {
    size_t whole = s / FE_DIG_BITS;
    unsigned bits = s % FE_DIG_BITS;
    if (an == 0) {
        return 0;
    }
    if (bits == 0) {
        memmove(r + whole, a, an * sizeof(fe_dig_t));
        r[an + whole] = 0;
    } else {
        r[an + whole] = (fe_dig_t)(a[an - 1] >> (FE_DIG_BITS - bits));
        for (size_t i = an - 1; i > 0; i--) {
            r[i + whole] = (fe_dig_t)((a[i] << bits) | (a[i - 1] >> (FE_DIG_BITS - bits)));
        }
        r[whole] = (fe_dig_t)(a[0] << bits);
    }
    memset(r, 0, whole * sizeof(fe_dig_t));
    return bn_norm(r, an + whole + 1);
}

size_t bn_shr(fe_dig_t *r, const fe_dig_t *a, size_t an, size_t s, bool *lost) {
    size_t whole = s / FE_DIG_BITS;
    unsigned bits = s % FE_DIG_BITS;
    if (lost) {
        bool l = false;
        for (size_t i = 0; i < whole && i < an; i++) {
            if (a[i]) {
                l = true;
                break;
            }
        }
        if (!l && whole < an && bits && (a[whole] & (((fe_dig_t)1 << bits) - 1))) {
            l = true;
        }
        *lost = l;
    }
    if (whole >= an) {
        return 0;
    }
    size_t n = an - whole;
    if (bits == 0) {
        memmove(r, a + whole, n * sizeof(fe_dig_t));
    } else {
        for (size_t i = 0; i < n; i++) {
            fe_dig_t hi = i + 1 < n ? (fe_dig_t)(a[i + whole + 1] << (FE_DIG_BITS - bits)) : 0;
            r[i] = (fe_dig_t)((a[i + whole] >> bits) | hi);
        }
    }
    return bn_norm(r, n);
}

size_t bn_from_uint(fe_dig_t *r, fe_uint_t v) {
    size_t n = 0;
    while (v) {
        r[n++] = (fe_dig_t)v;
        v = (fe_uint_t)(((unsigned long long)v) >> FE_DIG_BITS);
    }
    return n;
}

size_t bn_from_ull(fe_dig_t *r, unsigned long long v) {
    size_t n = 0;
    while (v) {
        r[n++] = (fe_dig_t)v;
        v >>= FE_DIG_BITS;
    }
    return n;
}

size_t bn_pow10_digits(unsigned e) {
    // log2(10) < 3.33
    return (size_t)((e * 333UL) / 100 / FE_DIG_BITS) + 2;
}

size_t bn_pow10(fe_dig_t *r, unsigned e) {
#if FE_DIG_BITS == 32
    const unsigned chunk = 9;
    const fe_dig_t chunk_pow = 1000000000u;
#else
    const unsigned chunk = 4;
    const fe_dig_t chunk_pow = 10000u;
#endif
    size_t n = 1;
    r[0] = 1;
    while (e >= chunk) {
        n = bn_mul_small(r, r, n, chunk_pow, 0);
        e -= chunk;
    }
    fe_dig_t rest = 1;
    while (e--) {
        rest *= 10;
    }
    return bn_mul_small(r, r, n, rest, 0);
}

// ---- objects ----------------------------------------------------------------------------

fe_bigint_t *fe_bigint_alloc(size_t ndigits) {
    fe_bigint_t *b = fe_alloc(sizeof(fe_bigint_t) + ndigits * sizeof(fe_dig_t));
    b->base.type = &fe_type_int;
    b->len = ndigits;
    return b;
}

// If the magnitude fits a small int (with the sign), returns it; else FE_NULL.
static fe_obj_t small_from_mag(bool neg, const fe_dig_t *mag, size_t n) {
    if (n > FE_WORD_DIGITS) {
        return FE_NULL;
    }
    fe_uint_t v = 0;
    for (size_t i = n; i-- > 0;) {
        v = (fe_uint_t)(((unsigned long long)v << FE_DIG_BITS) | mag[i]);
    }
    if (!neg) {
        if (v <= (fe_uint_t)FE_SMALL_INT_MAX) {
            return FE_NEW_SMALL_INT((fe_int_t)v);
        }
    } else if (v <= (fe_uint_t)FE_SMALL_INT_MAX + 1) {
        return FE_NEW_SMALL_INT((fe_int_t)(0 - v));
    }
    return FE_NULL;
}

fe_obj_t fe_bigint_make(bool neg, const fe_dig_t *mag, size_t n) {
    n = bn_norm(mag, n);
    fe_obj_t s = small_from_mag(neg, mag, n);
    if (s != FE_NULL) {
        return s;
    }
    fe_bigint_t *b = fe_bigint_alloc(n);
    memcpy(b->dig, mag, n * sizeof(fe_dig_t));
    b->neg = neg;
    return b;
}

fe_obj_t fe_bigint_finish(fe_bigint_t *b) {
    b->len = bn_norm(b->dig, b->len);
    fe_obj_t s = small_from_mag(b->neg, b->dig, b->len);
    if (s != FE_NULL) {
        fe_free(b);
        return s;
    }
    return b;
}

const fe_dig_t *fe_int_mag(fe_obj_t o, fe_dig_t *buf, size_t *n, bool *neg) {
    if (FE_IS_SMALL_INT(o)) {
        fe_int_t v = FE_SMALL_INT_VALUE(o);
        *neg = v < 0;
        *n = bn_from_uint(buf, v < 0 ? (fe_uint_t)0 - (fe_uint_t)v : (fe_uint_t)v);
        return buf;
    }
    const fe_bigint_t *b = o;
    *neg = b->neg;
    *n = b->len;
    return b->dig;
}

size_t bn_text_max(size_t n, unsigned base) {
    unsigned log2b = 0;  // floor(log2(base)): each text digit carries at least this many bits
    while ((2u << log2b) <= base) {
        log2b++;
    }
    return n * FE_DIG_BITS / log2b + 2 + FE_DIG_BITS;
}

size_t bn_to_text(char *buf, size_t buf_len, fe_dig_t *work, size_t n, unsigned base, bool upper) {
    const char *digit_chars = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    n = bn_norm(work, n);
    size_t pos = buf_len;
    if (n == 0) {
        buf[--pos] = '0';
        return 1;
    }
    // chunk: the largest power of base that fits a digit; one short division per chunk
    fe_dig_t chunk_pow = (fe_dig_t)base;
    unsigned chunk_len = 1;
    while ((fe_ddig_t)chunk_pow * base <= FE_DIG_MASK) {
        chunk_pow = (fe_dig_t)(chunk_pow * base);
        chunk_len++;
    }
    while (n > 0) {
        fe_dig_t rem = bn_divmod_small(work, &n, work, n, chunk_pow);
        for (unsigned i = 0; i < chunk_len; i++) {
            buf[--pos] = digit_chars[rem % base];
            rem /= base;
            if (n == 0 && rem == 0) {
                break;
            }
        }
    }
    return buf_len - pos;
}

void fe_int_to_text(fe_vstr_t *out, fe_obj_t o, unsigned base, bool upper) {
    fe_dig_t buf[FE_WORD_DIGITS];
    size_t n;
    bool neg;
    const fe_dig_t *mag = fe_int_mag(o, buf, &n, &neg);
    // small numbers are converted in stack buffers (no allocation, no fe_free)
    fe_dig_t work_stack[8];
    char text_stack[8 * FE_DIG_BITS + 2 + FE_DIG_BITS];
    size_t max_len = bn_text_max(n, base);
    fe_dig_t *work = n <= FE_ARRAY_SIZE(work_stack) ? work_stack : fe_alloc(n * sizeof(fe_dig_t));
    char *text = max_len <= sizeof(text_stack) ? text_stack : fe_alloc(max_len);
    memcpy(work, mag, n * sizeof(fe_dig_t));
    size_t len = bn_to_text(text, max_len, work, n, base, upper);
    if (neg) {
        fe_vstr_add_byte(out, '-');
    }
    fe_vstr_add_strn(out, text + max_len - len, len);
    if (work != work_stack) {
        fe_free(work);
    }
    if (text != text_stack) {
        fe_free(text);
    }
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
#define FLOAT_MANT_BITS 53
#define FLOAT_MIN_EXP (-1074)  // exponent of the smallest subnormal's unit
#define FLOAT_MAX_EXP 1024     // values >= 2**1024 overflow
#define LDEXP ldexp
#define MANT(m) ((fe_float_t)(m))
#else
#define FLOAT_MANT_BITS 24
#define FLOAT_MIN_EXP (-149)
#define FLOAT_MAX_EXP 128
#include "lib/libm/libm.h"
#define LDEXP fe_ldexpf  // lib/libm: no C library float code on single-float ports
#define MANT(m) ((fe_float_t)(uint32_t)(m))  // m <= 2^24; a 64-bit conversion would use doubles
#endif

fe_float_t fe_float_from_mag(const fe_dig_t *mag, size_t n, long exp2, bool sticky, bool *overflow) {
    *overflow = false;
    n = bn_norm(mag, n);
    size_t bl = bn_bit_length(mag, n);
    if (bl == 0) {
        return 0;
    }
    long top = (long)bl - 1 + exp2;  // exponent of the leading bit
    if (top >= FLOAT_MAX_EXP) {
        *overflow = true;
        return (fe_float_t)INFINITY;
    }
    long lsb = top - (FLOAT_MANT_BITS - 1);
    if (lsb < FLOAT_MIN_EXP) {
        lsb = FLOAT_MIN_EXP;
    }
    long drop = lsb - exp2;  // low bits of mag below the result's last place
    unsigned long long m = 0;
    if (drop <= 0) {
        for (size_t i = n; i-- > 0;) {
            m = (m << FE_DIG_BITS) | mag[i];
        }
        m <<= -drop;
        return LDEXP(MANT(m), (int)lsb);
    }
    // extract bits [drop, bl) into m, plus the rounding bit and whether anything below is set
    bool below = sticky;
    for (long bit = (long)bl - 1; bit >= drop; bit--) {
        m = (m << 1) | ((mag[bit / FE_DIG_BITS] >> (bit % FE_DIG_BITS)) & 1);
    }
    bool half = false;
    if (drop - 1 < (long)bl) {
        long hb = drop - 1;
        half = (mag[hb / FE_DIG_BITS] >> (hb % FE_DIG_BITS)) & 1;
        for (long i = 0; i < hb / FE_DIG_BITS && !below; i++) {
            below = mag[i] != 0;
        }
        if (!below && (hb % FE_DIG_BITS) && (mag[hb / FE_DIG_BITS] & (((fe_dig_t)1 << (hb % FE_DIG_BITS)) - 1))) {
            below = true;
        }
    } else {
        // every bit of mag is below the half bit: the value is < half an ulp
        below = true;
    }
    if (half && (below || (m & 1))) {
        m++;
        // rounding up may carry into a new top bit, which can overflow
        long m_bits = 0;
        for (unsigned long long t = m; t; t >>= 1) {
            m_bits++;
        }
        if (lsb + m_bits > FLOAT_MAX_EXP) {
            *overflow = true;
            return (fe_float_t)INFINITY;
        }
    }
    return LDEXP(MANT(m), (int)lsb);
}
#endif
