// ports/qemu-microbit/rt/softfloat.c: IEEE 754 single-precision arithmetic for the
// Cortex-M0 (no FPU), in place of libgcc's larger soft-float routines. One generic path:
// each operation unpacks its operands into integer significands, computes an exact result
// or one with a sticky bit, and hands it to round_pack (round to nearest, ties to even;
// subnormal inputs and results, signed zeros, infinities; any NaN in gives a NaN out).
// Floats travel as bit patterns, as in the soft-float ABI (core registers). The rt_ names
// are portable C (tests/rt/test_rt.c checks them on the host against hardware floats);
// built with RT_EXPORT (the firmware) they also get the AEABI names the compiler calls.
#include <stdint.h>

#include "rt.h"

#define SIGN 0x80000000u
#define INF 0x7f800000u
#define DEFAULT_NAN 0x7fc00000u
#define IS_NAN(x) (((x) & ~SIGN) > INF)

// m >> d, with 1 ORed into bit 0 if any nonzero bit was shifted out (d >= 1).
static uint32_t shift_right_sticky(uint32_t m, unsigned d) {
    return d > 31 ? m != 0 : (m >> d) | ((m << (32 - d)) != 0);
}

// The float nearest to (-1)^sign * m * 2^(e - 158), ties to even: e is the biased exponent
// of the result when m's top bit is bit 31. A caller that dropped nonzero low bits has ORed
// 1 into bit 0 (sticky); it keeps m's top bit at bit 25 or above, so the normalizing shift
// below never moves the sticky bit up to the rounding bit (bit 7 after normalization).
static uint32_t round_pack(uint32_t sign, int e, uint32_t m) {
    if (m == 0) {
        return sign;
    }
    while (!(m & SIGN)) {
        m <<= 1;
        e--;
    }
    if (e < 1) {  // subnormal: denormalize to exponent 1 (then no hidden bit is left)
        m = shift_right_sticky(m, 1 - e);
        e = 1;
    }
    uint32_t low = m & 0xff;
    m >>= 8;
    if (low > 0x80 || (low == 0x80 && (m & 1))) {
        m++;  // a carry out of the significand correctly bumps the exponent below
    }
    if (e > 254) {
        return sign | INF;
    }
    // the hidden bit (bit 23 of m) adds the last 1 to the exponent field: e - 1 + 1
    return sign | (((uint32_t)(e - 1) << 23) + m);
}

// Significand of a finite x normalized to bit 23 (0 for a zero); *e gets the biased exponent,
// below 1 for a subnormal: |x| = m * 2^(*e - 150).
static uint32_t unpack(uint32_t x, int *e) {
    int ex = (x >> 23) & 0xff;
    uint32_t m = x & 0x7fffff;
    if (ex) {
        m |= 0x800000;
    } else {
        ex = 1;
        while (m && !(m & 0x800000)) {
            m <<= 1;
            ex--;
        }
    }
    *e = ex;
    return m;
}

// a NaN operand, made quiet
static uint32_t nan_of(uint32_t a, uint32_t b) {
    return (IS_NAN(a) ? a : b) | 0x400000;
}

uint32_t rt_fadd(uint32_t a, uint32_t b) {
    if (IS_NAN(a) || IS_NAN(b)) {
        return nan_of(a, b);
    }
    if ((a & ~SIGN) < (b & ~SIGN)) {  // make |a| >= |b|
        uint32_t t = a;
        a = b;
        b = t;
    }
    if ((a & ~SIGN) == INF) {
        return (b & ~SIGN) == INF && ((a ^ b) & SIGN) ? DEFAULT_NAN : a;  // inf - inf
    }
    int ea, eb;
    uint32_t ma = unpack(a, &ea) << 7;  // top bit at 30: room for the carry
    uint32_t mb = unpack(b, &eb) << 7;
    if (ea != eb) {
        mb = shift_right_sticky(mb, ea - eb);  // 7 guard bits make the sticky bit enough
    }
    uint32_t m = (a ^ b) & SIGN ? ma - mb : ma + mb;
    if (m == 0) {
        return a & b & SIGN;  // x - x is +0; -0 + -0 is -0
    }
    return round_pack(a & SIGN, ea + 1, m);
}

uint32_t rt_fsub(uint32_t a, uint32_t b) {
    return rt_fadd(a, b ^ SIGN);
}

// a * b, or a / b if divide
static uint32_t mul_or_div(uint32_t a, uint32_t b, int divide) {
    uint32_t sign = (a ^ b) & SIGN, aa = a & ~SIGN, ab = b & ~SIGN;
    if (IS_NAN(a) || IS_NAN(b)) {
        return nan_of(a, b);
    }
    if (divide && (ab == 0 || ab == INF)) {
        ab ^= INF;  // for the special cases, / 0 acts as * inf and / inf as * 0
    }
    if (aa == INF || ab == INF) {
        return aa == 0 || ab == 0 ? DEFAULT_NAN : sign | INF;  // inf * 0, 0 / 0, inf / inf
    }
    if (aa == 0 || ab == 0) {
        return sign;
    }
    int ea, eb;
    uint32_t ma = unpack(a, &ea), mb = unpack(b, &eb), m = 0;
    if (!divide) {
        uint64_t p = (uint64_t)ma * mb;  // in [2^46, 2^48)
        return round_pack(sign, ea + eb - 126, (uint32_t)(p >> 16) | ((p & 0xffff) != 0));
    }
    // long division, one quotient bit per step: m = floor(ma / mb * 2^31), in (2^30, 2^32)
    for (int i = 0; i < 32; i++) {
        m <<= 1;
        if (ma >= mb) {
            ma -= mb;
            m |= 1;
        }
        ma <<= 1;  // the remainder ma < 2 * mb < 2^25 before the shift
    }
    return round_pack(sign, ea - eb + 127, m | (ma != 0));
}

uint32_t rt_fmul(uint32_t a, uint32_t b) {
    return mul_or_div(a, b, 0);
}

uint32_t rt_fdiv(uint32_t a, uint32_t b) {
    return mul_or_div(a, b, 1);
}

// Whether a and b are in one of the relations of the mask: bit 0 a < b, bit 1 a == b
// (-0 == +0), bit 2 a > b, bit 3 unordered (a NaN is involved).
static int compare(uint32_t a, uint32_t b, unsigned mask) {
    if (IS_NAN(a) || IS_NAN(b)) {
        return mask >> 3;
    }
    // sign-magnitude to two's complement orders floats as integers (both zeros map to 0)
    int32_t ka = a & SIGN ? -(int32_t)(a & ~SIGN) : (int32_t)a;
    int32_t kb = b & SIGN ? -(int32_t)(b & ~SIGN) : (int32_t)b;
    return mask >> ((ka >= kb) + (ka > kb)) & 1;
}

int rt_fcmpeq(uint32_t a, uint32_t b) {
    return compare(a, b, 2);
}

int rt_fcmplt(uint32_t a, uint32_t b) {
    return compare(a, b, 1);
}

int rt_fcmple(uint32_t a, uint32_t b) {
    return compare(a, b, 3);
}

int rt_fcmpgt(uint32_t a, uint32_t b) {
    return compare(a, b, 4);
}

int rt_fcmpge(uint32_t a, uint32_t b) {
    return compare(a, b, 6);
}

int rt_fcmpun(uint32_t a, uint32_t b) {
    return compare(a, b, 8);
}

// |a| truncated toward zero, saturated at UINT32_MAX (a not a NaN)
static uint32_t trunc_magnitude(uint32_t a) {
    int e = (a >> 23) & 0xff;
    uint32_t m = (a & 0x7fffff) | 0x800000;
    if (e < 127) {
        return 0;
    }
    if (e > 158) {
        return UINT32_MAX;
    }
    return e >= 150 ? m << (e - 150) : m >> (150 - e);
}

// Out of range converts saturate, NaN converts to 0 (like the Arm VCVT instruction).
int32_t rt_f2iz(uint32_t a) {
    if (IS_NAN(a)) {
        return 0;
    }
    uint32_t limit = 0x7fffffffu + (a >> 31), m = trunc_magnitude(a);
    if (m > limit) {
        m = limit;
    }
    return (int32_t)(a & SIGN ? 0u - m : m);
}

uint32_t rt_f2uiz(uint32_t a) {
    return IS_NAN(a) || (a & SIGN) ? 0 : trunc_magnitude(a);
}

uint32_t rt_i2f(int32_t i) {
    return i < 0 ? round_pack(SIGN, 158, 0u - (uint32_t)i) : round_pack(0, 158, (uint32_t)i);
}

uint32_t rt_ui2f(uint32_t u) {
    return round_pack(0, 158, u);
}

#ifdef RT_EXPORT
#define RT_ALIAS(abi_name, rt_name) __typeof__(rt_name) abi_name __attribute__((alias(#rt_name)));
RT_ALIAS(__aeabi_fadd, rt_fadd)
RT_ALIAS(__aeabi_fsub, rt_fsub)
RT_ALIAS(__aeabi_fmul, rt_fmul)
RT_ALIAS(__aeabi_fdiv, rt_fdiv)
RT_ALIAS(__aeabi_fcmpeq, rt_fcmpeq)
RT_ALIAS(__aeabi_fcmplt, rt_fcmplt)
RT_ALIAS(__aeabi_fcmple, rt_fcmple)
RT_ALIAS(__aeabi_fcmpgt, rt_fcmpgt)
RT_ALIAS(__aeabi_fcmpge, rt_fcmpge)
RT_ALIAS(__aeabi_fcmpun, rt_fcmpun)
RT_ALIAS(__aeabi_f2iz, rt_f2iz)
RT_ALIAS(__aeabi_f2uiz, rt_f2uiz)
RT_ALIAS(__aeabi_i2f, rt_i2f)
RT_ALIAS(__aeabi_ui2f, rt_ui2f)
#endif
