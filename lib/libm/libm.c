// lib/libm/libm.c: single-precision math functions for FE_FLOAT_SINGLE ports (see libm.h).
//
// Written from the math: exact bit manipulation for the rounding, splitting and fmod
// functions; a digit-by-digit integer square root; exp and log reduced to a small interval
// (x = k*ln2 + r, x = 2**k * m with m in [sqrt(1/2), sqrt(2))) and evaluated there by
// series; sin/cos/tan reduced modulo pi/2 exactly against a table of 2/pi's bits (Payne and
// Hanek), so huge arguments keep their accuracy; atan reduced to |x| <= tan(pi/12); the
// inverse and hyperbolic functions through these. Only float arithmetic is used.
#include <stdint.h>
#include "py/config.h"

#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE

#include "lib/libm/libm.h"

#define LN2_HI 6.9314575195e-01f    // ln 2 in 16 bits: k * LN2_HI is exact for |k| < 256
#define LN2_LO 1.4286067653e-06f
#define INV_LN2 1.4426950408889634f
#define LOG10_2_HI 3.0102539062e-01f  // log10(2) in 12 bits, exact times an exponent
#define LOG10_2_LO 4.6050389811e-06f
#define INV_LN10 0.43429448190325176f
#define PIO2_HI 1.5707963705062866f
#define PIO2_LO -4.371138828673793e-08f
#define PI_HI 3.1415927410125732f
#define PI_LO -8.742277657347586e-08f

typedef union {
    float f;
    uint32_t u;
} fbits_t;

static uint32_t bits(float x) {
    fbits_t b = {.f = x};
    return b.u;
}

static float from_bits(uint32_t u) {
    fbits_t b = {.u = u};
    return b.f;
}

static int is_nan(float x) {
    return (bits(x) & 0x7fffffffu) > 0x7f800000u;
}

static int not_finite(float x) {
    return (bits(x) & 0x7f800000u) == 0x7f800000u;
}

static float make_nan(void) {
    return from_bits(0x7fc00000u);
}

float fe_fabsf(float x) {
    return from_bits(bits(x) & 0x7fffffffu);
}

float fe_copysignf(float x, float y) {
    return from_bits((bits(x) & 0x7fffffffu) | (bits(y) & 0x80000000u));
}

float fe_truncf(float x) {
    uint32_t u = bits(x);
    int e = (int)((u >> 23) & 0xff) - 127;
    if (e >= 23) {
        return x;  // already integral, or inf/nan
    }
    u &= e < 0 ? 0x80000000u : ~(0x007fffffu >> e);
    return from_bits(u);
}

// floor and ceil step from the truncation; t +- 1 is exact since |t| < 2**23 there.
float fe_floorf(float x) {
    float t = fe_truncf(x);
    return t > x ? t - 1 : t;
}

float fe_ceilf(float x) {
    float t = fe_truncf(x);
    return t < x ? t + 1 : t;
}

float fe_modff(float x, float *ip) {
    *ip = fe_truncf(x);
    return fe_copysignf(not_finite(x) && !is_nan(x) ? 0 : x - *ip, x);
}

// The significand of |x| as an integer in [2**23, 2**24) (subnormals normalized), with the
// biased exponent e such that |x| = m * 2**(e - 150). x must be finite and nonzero.
static uint32_t sig_bits(uint32_t u, int *e) {
    int ex = (int)((u >> 23) & 0xff);
    uint32_t m = u & 0x7fffffu;
    if (ex) {
        m |= 0x800000u;
    } else {
        ex = 1;
        while (!(m & 0x800000u)) {
            m <<= 1;
            ex--;
        }
    }
    *e = ex;
    return m;
}

float fe_frexpf(float x, int *e) {
    *e = 0;
    if (x == 0 || not_finite(x)) {
        return x;
    }
    int ex;
    uint32_t m = sig_bits(bits(x), &ex);
    *e = ex - 126;
    return from_bits((bits(x) & 0x80000000u) | 0x3f000000u | (m & 0x7fffffu));
}

// x * 2**n. Large steps keep the intermediate products exact, so only the last one rounds
// (except when both steps down land in the subnormals, which only flushes toward zero).
float fe_ldexpf(float x, int n) {
    for (int i = 0; i < 2; i++) {
        if (n > 127) {
            x *= 0x1p127f;
            n -= 127;
        } else if (n < -126) {
            x *= 0x1p-102f;
            n += 102;
        }
    }
    if (n > 127) {
        n = 127;
    } else if (n < -126) {
        n = -126;
    }
    return x * from_bits((uint32_t)(n + 127) << 23);
}

// Exact remainder by long division of the significands, one bit per step.
float fe_fmodf(float x, float y) {
    uint32_t ux = bits(x) & 0x7fffffffu, uy = bits(y) & 0x7fffffffu, sign = bits(x) & 0x80000000u;
    if (uy == 0 || ux >= 0x7f800000u || uy > 0x7f800000u) {
        return is_nan(x) ? x : is_nan(y) ? y : make_nan();
    }
    if (ux < uy) {
        return x;
    }
    int ex, ey;
    uint32_t mx = sig_bits(ux, &ex), my = sig_bits(uy, &ey);
    for (; ex > ey; ex--) {
        if (mx >= my) {
            mx -= my;
        }
        mx <<= 1;
    }
    if (mx >= my) {
        mx -= my;
    }
    if (mx == 0) {
        return from_bits(sign);
    }
    while (mx < 0x800000u) {
        mx <<= 1;
        ex--;
    }
    // mx * 2**(ex - 150) with mx normalized: a normal or (ex <= 0) a subnormal float
    uint32_t u = ex > 0 ? ((uint32_t)ex << 23) | (mx & 0x7fffffu) : mx >> (1 - ex);
    return from_bits(sign | u);
}

// x - n*y for the integer n nearest x/y (ties to even), exact.
float fe_remainderf(float x, float y) {
    if (is_nan(x) || is_nan(y)) {
        return x + y;
    }
    float ax = fe_fabsf(x), ay = fe_fabsf(y), r;
    if (not_finite(x) || y == 0) {
        return make_nan();
    }
    int odd = 0;
    if (ay < 0x1p127f) {
        r = fe_fmodf(ax, ay + ay);
        if (r >= ay) {
            r -= ay;  // exact: r is within a factor 2 of ay
            odd = 1;
        }
    } else {
        r = fe_fmodf(ax, ay);
    }
    if (r > ay - r || (r == ay - r && odd)) {
        r -= ay;
    }
    return from_bits(bits(r) ^ (bits(x) & 0x80000000u));
}

// Correctly rounded: the integer square root of the significand scaled to 27 bits, with a
// sticky bit for a nonzero remainder, converted to float (one rounding).
float fe_sqrtf(float x) {
    if (x == 0 || is_nan(x) || x == from_bits(0x7f800000u)) {
        return x;
    }
    if (x < 0) {
        return make_nan();
    }
    int e;
    uint32_t m = sig_bits(bits(x), &e) << 1;  // x = m / 2**24 * 2**e
    e -= 127;
    if (e & 1) {
        m <<= 1;
        e--;
    }
    // digit by digit from 2**24 down: q gets the root's 25 leading bits (m / 2**24 in
    // [1, 4) has its root in [1, 2)); the remainder m stays below 2**27
    uint32_t q = 0, s = 0;
    for (uint32_t b = 1u << 24; b; b >>= 1) {
        uint32_t t = s + b;
        if (t <= m) {
            s = t + b;
            m -= t;
            q += b;
        }
        m <<= 1;
    }
    // round half up on the 25th bit: a root is never exactly halfway between two floats;
    // q in [2**23, 2**24] and a carry to 2**24 steps the exponent field
    q = (q >> 1) + (q & 1);
    return from_bits(((uint32_t)(e / 2 + 126) << 23) + q);
}

float fe_hypotf(float x, float y) {
    float a = fe_fabsf(x), b = fe_fabsf(y);
    if (a == from_bits(0x7f800000u) || b == from_bits(0x7f800000u)) {
        return from_bits(0x7f800000u);
    }
    if (is_nan(a) || is_nan(b)) {
        return a + b;
    }
    if (a < b) {
        float t = a;
        a = b;
        b = t;
    }
    if (a == 0) {
        return 0;
    }
    float r = b / a;
    return a * fe_sqrtf(1 + r * r);
}

// ---- exp and log ----------------------------------------------------------------------

// e**r - 1 for |r| <= ln(2)/2 by its Taylor series to r**9 (relative error below 1e-9).
static float expm1_small(float r) {
    float p = 1.0f / 362880;
    static const float inv_fact[] = {1.0f / 40320, 1.0f / 5040, 1.0f / 720, 1.0f / 120, 1.0f / 24, 1.0f / 6, 0.5f};
    for (unsigned i = 0; i < sizeof(inv_fact) / sizeof(inv_fact[0]); i++) {
        p = p * r + inv_fact[i];
    }
    return r + r * r * p;
}

// x = k*ln2 + r with |r| <= ln(2)/2 (about); returns k, *r gets r. |x| < 128*ln2 + 1.
static int exp_reduce(float x, float *r) {
    int k = (int)(x * INV_LN2 + (x < 0 ? -0.5f : 0.5f));
    *r = (x - (float)k * LN2_HI) - (float)k * LN2_LO;
    return k;
}

#define EXP_OVER 88.72283935546875f  // above this e**x overflows
#define EXP_UNDER -103.97208f        // below this e**x rounds to 0

float fe_expf(float x) {
    if (is_nan(x) || x > EXP_OVER) {
        return x * 0x1p127f;  // nan or inf
    }
    if (x < EXP_UNDER) {
        return 0;
    }
    float r;
    int k = exp_reduce(x, &r);
    return fe_ldexpf(1 + expm1_small(r), k);
}

float fe_expm1f(float x) {
    if (is_nan(x) || x > EXP_OVER) {
        return x * 0x1p127f;
    }
    if (x < -18) {
        return -1;  // e**x is below half an ulp of 1
    }
    float r;
    int k = exp_reduce(x, &r);
    float p = expm1_small(r);
    if (k == 0) {
        return p;
    }
    if (k > 24) {
        return fe_ldexpf(1 + p, k) - 1;
    }
    // 2**k * (1 + p) - 1 = 2**k * p + (2**k - 1), the latter exact
    return fe_ldexpf(p, k) + (fe_ldexpf(1, k) - 1);
}

// log(1 + f) for f in [sqrt(1/2) - 1, sqrt(2) - 1]: with s = f / (2 + f),
// log(1 + f) = 2 atanh(s) = 2s + s*R(s*s), and 2s = f - f*f/2 + s*f*f/2.
static float log1p_core(float f) {
    float s = f / (2 + f), z = s * s;
    float R = z * (2.0f / 3 + z * (2.0f / 5 + z * (2.0f / 7 + z * (2.0f / 9 + z * (2.0f / 11)))));
    float hfsq = 0.5f * f * f;
    return f - (hfsq - s * (hfsq + R));
}

// x = 2**k * m with m in [sqrt(1/2), sqrt(2)); returns log(m), *k gets k. x finite, > 0.
static float log_reduce(float x, int *k) {
    float m = fe_frexpf(x, k);
    if (m < 0.70710678f) {
        m *= 2;
        (*k)--;
    }
    return log1p_core(m - 1);
}

// Special cases of the logarithms: nan for negative x and nan, -inf at 0, inf at inf.
// Returns 0 when x needs the real computation.
static int log_special(float x, float *r) {
    if (is_nan(x) || x < 0) {
        *r = is_nan(x) ? x : make_nan();
    } else if (x == 0) {
        *r = -from_bits(0x7f800000u);
    } else if (not_finite(x)) {
        *r = x;
    } else {
        return 0;
    }
    return 1;
}

// log(x) in base B, given log_B(2) = khi + klo (khi exact in few bits) and s = 1/ln(B):
// k*log_B(2) + s*ln(m), with the exact part k*khi added last.
static float log_base(float x, float khi, float klo, float s) {
    float r;
    int k;
    if (log_special(x, &r)) {
        return r;
    }
    float l = log_reduce(x, &k);
    return (float)k * khi + ((float)k * klo + l * s);
}

float fe_logf(float x) {
    return log_base(x, LN2_HI, LN2_LO, 1);
}

float fe_log2f(float x) {
    return log_base(x, 1, 0, INV_LN2);
}

float fe_log10f(float x) {
    return log_base(x, LOG10_2_HI, LOG10_2_LO, INV_LN10);
}

float fe_log1pf(float x) {
    if (x >= -0.29289321f && x <= 0.41421356f) {
        return log1p_core(x);
    }
    if (x == -1) {
        return -from_bits(0x7f800000u);
    }
    return fe_logf(1 + x);  // |log(1+x)| > 0.34 there, so 1+x's rounding costs little
}

// ---- pow --------------------------------------------------------------------------------

// x**n for an integer 0 < n <= 64 by squaring (exact whenever the result is representable
// and small products stay exact, as for 10**3 or 2**10).
static float pow_int(float x, int n) {
    float r = 1;
    for (; n; n >>= 1) {
        if (n & 1) {
            r *= x;
        }
        x *= x;
    }
    return r;
}

static int is_integer(float y) {
    return fe_truncf(y) == y;
}

static int is_odd_integer(float y) {
    return is_integer(y) && fe_fabsf(y) < 0x1p24f && ((int32_t)y & 1);
}

float fe_powf(float x, float y) {
    if (y == 0 || x == 1) {
        return 1;
    }
    if (is_nan(x) || is_nan(y)) {
        return x + y;
    }
    float ax = fe_fabsf(x);
    if (not_finite(y)) {
        if (ax == 1) {
            return 1;
        }
        return (ax < 1) == (y > 0) ? 0 : from_bits(0x7f800000u);
    }
    uint32_t sign = (x < 0 || bits(x) == 0x80000000u) && is_odd_integer(y) ? 0x80000000u : 0;
    if (ax == 0 || not_finite(ax)) {
        // 0**y and inf**y: 0 or inf by the signs of y and the exponent
        return from_bits(sign | (((ax == 0) == (y < 0)) ? 0x7f800000u : 0));
    }
    if (x < 0 && !is_integer(y)) {
        return make_nan();
    }
    float r;
    if (is_integer(y) && fe_fabsf(y) <= 64) {
        r = pow_int(ax, (int)fe_fabsf(y));
        if (y < 0 && r != 0 && !not_finite(r)) {
            r = 1 / r;
        }
        if (r != 0 && !not_finite(r)) {
            return from_bits(bits(r) | sign);
        }
    }
    // y*log2(x) = y*k + y*log2(m): y's top 12 bits times k (8 bits) are exact, so the
    // integer part n splits off without error and only y*log2(m) carries rounding.
    int k;
    float l2 = log_reduce(ax, &k) * INV_LN2;
    float yh = from_bits(bits(y) & 0xfffff000u), yl = y - yh;
    float a = yh * (float)k, b = yl * (float)k + y * l2;
    float t = a + b;
    if (t > 129) {
        return from_bits(sign | 0x7f800000u);
    }
    if (t < -151) {
        return from_bits(sign);
    }
    int n = (int)(t + (t < 0 ? -0.5f : 0.5f));
    float f = ((a - (float)n) + b) * (LN2_HI + LN2_LO);
    r = fe_ldexpf(1 + expm1_small(f), n);
    return from_bits(bits(r) | sign);
}

// ---- trigonometric ----------------------------------------------------------------------

// Bits of 2/pi after the binary point, 32 per word.
static const uint32_t two_over_pi[] = {
    0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab,
};

// The 32 bits of 2/pi at positions pos+1 .. pos+32 after the binary point (zeros before it).
static uint32_t two_over_pi_bits(int pos) {
    if (pos < 0) {
        return pos <= -32 ? 0 : two_over_pi[0] >> -pos;
    }
    int w = pos / 32, sh = pos % 32;
    return sh ? (two_over_pi[w] << sh) | (two_over_pi[w + 1] >> (32 - sh)) : two_over_pi[w];
}

// x = q*(pi/2) + r with |r| <= pi/4; returns q mod 4, *r gets r. x finite.
// x*2/pi = m * 2**e * 2/pi: bits of 2/pi before position e-1 only add multiples of 4, so
// two bits of it give the quadrant's contribution m*(2 bits), and 96 bits after them the
// fraction, held as a 64-bit fixed-point number.
// v as the nearest float (ties to even), without libgcc's 64-bit conversion, which goes
// through doubles: 32 significant bits plus a sticky bit round exactly as all 64 would.
float fe_int64_to_float(int64_t v) {
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int shift = 0;
    while (mag >> shift >> 32) {
        shift++;
    }
    uint32_t top = (uint32_t)(mag >> shift);
    if (shift > 0 && (mag & (((uint64_t)1 << shift) - 1))) {
        top |= 1;  // below float's precision: only breaks ties
    }
    float f = fe_ldexpf((float)top, shift);
    return v < 0 ? -f : f;
}

static int trig_reduce(float x, float *r) {
    if (fe_fabsf(x) <= 0.78539816f) {
        *r = x;
        return 0;
    }
    int e;
    uint32_t m = sig_bits(bits(x), &e);
    e -= 150;
    uint32_t q = m * (two_over_pi_bits(e - 32) & 3);
    uint64_t lo = (uint64_t)m * two_over_pi_bits(e + 64);
    uint64_t mid = (uint64_t)m * two_over_pi_bits(e + 32) + (lo >> 32);
    uint64_t hi = (uint64_t)m * two_over_pi_bits(e) + (mid >> 32);
    q += (uint32_t)(hi >> 32);
    uint64_t frac = (hi << 32) | (mid & 0xffffffffu);
    if (frac >> 63) {  // fraction >= 1/2: round to the next quadrant
        q++;
    }
    float f = fe_int64_to_float((int64_t)frac) * 0x1p-64f;
    *r = f * PIO2_HI + f * PIO2_LO;
    if (bits(x) >> 31) {
        *r = -*r;
        q = 0u - q;
    }
    return (int)(q & 3);
}

// sin and cos on [-pi/4, pi/4] by Taylor series (error below 2e-9).
static float sin_k(float r) {
    float z = r * r;
    return r + r * z * (-1.0f / 6 + z * (1.0f / 120 + z * (-1.0f / 5040 + z * (1.0f / 362880))));
}

static float cos_k(float r) {
    float z = r * r;
    return 1 - (0.5f * z - z * z * (1.0f / 24 + z * (-1.0f / 720 + z * (1.0f / 40320 + z * (-1.0f / 3628800)))));
}

// sin(x + q*pi/2) for q = 0..3 from the kernels
static float sin_quadrant(float r, int q) {
    float v = q & 1 ? cos_k(r) : sin_k(r);
    return q & 2 ? -v : v;
}

float fe_sinf(float x) {
    if (not_finite(x)) {
        return x - x;
    }
    float r;
    int q = trig_reduce(x, &r);
    return sin_quadrant(r, q);
}

float fe_cosf(float x) {
    if (not_finite(x)) {
        return x - x;
    }
    float r;
    int q = trig_reduce(x, &r);
    return sin_quadrant(r, (q + 1) & 3);
}

float fe_tanf(float x) {
    if (not_finite(x)) {
        return x - x;
    }
    float r;
    int q = trig_reduce(x, &r);
    return q & 1 ? -cos_k(r) / sin_k(r) : sin_k(r) / cos_k(r);
}

// atan: |x| > 1 folds by atan(x) = pi/2 - atan(1/x), |x| > 0.6 by
// atan(x) = pi/4 + atan((x - 1) / (x + 1)) (exact at 1), |x| > tan(pi/12) by
// atan(x) = pi/6 + atan((x*sqrt3 - 1) / (sqrt3 + x)); the rest (|x| <= 0.268) by its series.
float fe_atanf(float x) {
    if (is_nan(x)) {
        return x;
    }
    float a = fe_fabsf(x), off = 0;
    int inv = a > 1;
    if (inv) {
        a = 1 / a;
    }
    if (a > 0.6f) {
        a = (a - 1) / (a + 1);
        off = 0.78539816339744831f;
    } else if (a > 0.26794919f) {
        a = (a * 1.7320508f - 1) / (1.7320508f + a);
        off = 0.52359877559829887f;
    }
    float z = a * a;
    float r = off + (a + a * z * (-1.0f / 3 + z * (1.0f / 5 + z * (-1.0f / 7 + z * (1.0f / 9 + z * (-1.0f / 11 + z * (1.0f / 13)))))));
    if (inv) {
        r = (PIO2_HI - r) + PIO2_LO;
    }
    return fe_copysignf(r, x);
}

float fe_atan2f(float y, float x) {
    if (is_nan(x) || is_nan(y)) {
        return x + y;
    }
    int x_neg = bits(x) >> 31;
    float r;
    if (y == 0) {
        r = x_neg ? PI_HI : 0;
    } else if (x == 0) {
        r = PIO2_HI;
    } else if (not_finite(x)) {
        r = not_finite(y) ? (x_neg ? 2.3561944901923448f : 0.78539816339744831f) : (x_neg ? PI_HI : 0);
    } else if (not_finite(y)) {
        r = PIO2_HI;
    } else {
        r = fe_atanf(fe_fabsf(y / x));
        if (x_neg) {
            r = (PI_HI - r) + PI_LO;
        }
    }
    return fe_copysignf(r, y);
}

float fe_asinf(float x) {
    return fe_atan2f(x, fe_sqrtf((1 - x) * (1 + x)));
}

float fe_acosf(float x) {
    return fe_atan2f(fe_sqrtf((1 - x) * (1 + x)), x);
}

// ---- hyperbolic -------------------------------------------------------------------------

// e**|x| / 2 without overflowing before the halving
static float half_exp(float a) {
    if (a < 88) {
        return 0.5f * fe_expf(a);
    }
    float h = fe_expf(0.5f * a);
    return (0.5f * h) * h;
}

float fe_sinhf(float x) {
    float a = fe_fabsf(x), r;
    if (a < 9) {
        float t = fe_expm1f(a);
        r = 0.5f * (t + t / (t + 1));
    } else {
        r = half_exp(a);  // e**-|x| is below an ulp
    }
    return fe_copysignf(r, x);
}

float fe_coshf(float x) {
    float a = fe_fabsf(x);
    if (a < 9) {
        float t = fe_expm1f(a);
        return 1 + t * t / (2 * (1 + t));
    }
    return half_exp(a);
}

float fe_tanhf(float x) {
    float a = fe_fabsf(x), r = 1;
    if (a < 9) {
        float t = fe_expm1f(2 * a);
        r = t / (t + 2);
    }
    return is_nan(x) ? x : fe_copysignf(r, x);
}

float fe_asinhf(float x) {
    float a = fe_fabsf(x), r;
    if (a > 0x1p12f) {
        r = fe_logf(a) + (LN2_HI + LN2_LO);  // sqrt(x*x + 1) = |x| to float precision
    } else {
        // log(a + sqrt(a*a + 1)) = log1p(a + a*a / (1 + sqrt(a*a + 1)))
        r = fe_log1pf(a + a * a / (1 + fe_sqrtf(a * a + 1)));
    }
    return fe_copysignf(r, x);
}

float fe_acoshf(float x) {
    if (x < 1) {
        return make_nan();
    }
    if (x > 0x1p12f) {
        return fe_logf(x) + (LN2_HI + LN2_LO);
    }
    float t = x - 1;
    return fe_log1pf(t + fe_sqrtf(2 * t + t * t));
}

float fe_atanhf(float x) {
    float a = fe_fabsf(x);
    if (a > 1) {
        return make_nan();
    }
    return fe_copysignf(0.5f * fe_log1pf(2 * a / (1 - a)), x);
}

// ---- IEEE double bit patterns (struct's 'd' format, .mpy float constants) ----------------

uint64_t fe_float_to_double_bits(float x) {
    union { float f; uint32_t u; } c = {x};
    uint64_t sign = (uint64_t)(c.u >> 31) << 63;
    int exp = (c.u >> 23) & 0xff;
    uint64_t mant = c.u & 0x7fffff;
    if (exp == 0xff) {  // inf, nan (payload kept in the top bits)
        return sign | ((uint64_t)0x7ff << 52) | (mant << 29);
    }
    if (exp == 0) {
        if (mant == 0) {
            return sign;
        }
        exp = 1;  // subnormal: normalise
        while (!(mant & 0x800000)) {
            mant <<= 1;
            exp--;
        }
        mant &= 0x7fffff;
    }
    return sign | ((uint64_t)(exp - 127 + 1023) << 52) | (mant << 29);
}

float fe_double_bits_to_float(uint64_t bits) {
    uint32_t sign = (uint32_t)(bits >> 63) << 31;
    int exp = (int)((bits >> 52) & 0x7ff);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    union { uint32_t u; float f; } c;
    if (exp == 0x7ff) {
        c.u = sign | 0x7f800000u | (mant ? 0x400000u | (uint32_t)(mant >> 29) : 0);
        return c.f;
    }
    if (exp == 0) {
        c.u = sign;  // double subnormals are far below float's range
        return c.f;
    }
    int e = exp - 1023 + 127;  // float exponent field if normal
    if (e >= 0xff) {
        c.u = sign | 0x7f800000u;  // beyond the float range: inf
        return c.f;
    }
    mant |= (uint64_t)1 << 52;  // 53 significant bits
    int shift = 29;            // bits dropped for a normal float
    if (e <= 0) {
        shift += 1 - e;        // subnormal float: drop more
        e = 0;
        if (shift > 54) {
            c.u = sign;
            return c.f;
        }
    }
    uint64_t kept = mant >> shift;
    uint64_t rest = mant & (((uint64_t)1 << shift) - 1);
    uint64_t half = (uint64_t)1 << (shift - 1);
    if (rest > half || (rest == half && (kept & 1))) {
        kept++;  // round to nearest even; a carry moves into the exponent correctly
    }
    if (e == 0) {
        c.u = sign | (uint32_t)kept;  // kept <= 0x800000: the smallest normal at most
    } else {
        uint32_t u = ((uint32_t)e << 23) + (uint32_t)(kept - ((uint64_t)1 << 23));
        c.u = sign | (u >= 0x7f800000u ? 0x7f800000u : u);  // overflow to inf
    }
    return c.f;
}

// x truncated toward zero (|x| < 2^63), without libgcc's 64-bit conversion, which goes
// through doubles.
int64_t fe_float_to_int64(float x) {
    int e;
    float m = fe_frexpf(fe_fabsf(fe_truncf(x)), &e);  // |trunc(x)| = m * 2^e
    uint64_t mag = e <= 0 ? 0 : e <= 24 ? (uint32_t)fe_ldexpf(m, e)
                                         : (uint64_t)(uint32_t)fe_ldexpf(m, 24) << (e - 24);
    return x < 0 ? -(int64_t)mag : (int64_t)mag;
}

#endif
