// lib/libm/libm.h: Ferrite's own single-precision math library (lib/libm/libm.c), used in
// place of the C library's where floats are single (FE_FLOAT_SINGLE), so that no double
// arithmetic and none of the C library's errno wrappers reach the firmware. Results are
// within a few ulp of the correctly rounded float; C99 rules for inf, nan and signed zeros.
// Callers raise Python's domain and range errors themselves.
#ifndef FE_LIB_LIBM_H
#define FE_LIB_LIBM_H

float fe_fabsf(float x);
float fe_copysignf(float x, float y);
float fe_truncf(float x);
float fe_floorf(float x);
float fe_ceilf(float x);
float fe_modff(float x, float *ip);
float fe_frexpf(float x, int *e);
float fe_ldexpf(float x, int n);
float fe_fmodf(float x, float y);
float fe_remainderf(float x, float y);
float fe_sqrtf(float x);
float fe_hypotf(float x, float y);
float fe_expf(float x);
float fe_expm1f(float x);
float fe_logf(float x);
float fe_log2f(float x);
float fe_log10f(float x);
float fe_log1pf(float x);
float fe_powf(float x, float y);
float fe_sinf(float x);
float fe_cosf(float x);
float fe_tanf(float x);
float fe_atanf(float x);
float fe_atan2f(float y, float x);
float fe_asinf(float x);
float fe_acosf(float x);
float fe_sinhf(float x);
float fe_coshf(float x);
float fe_tanhf(float x);
float fe_asinhf(float x);
float fe_acoshf(float x);
float fe_atanhf(float x);

// IEEE double bit patterns without double arithmetic: exact from a float; to a float
// rounded to nearest even (inf beyond the float range, signed zero below it).
#include <stdint.h>
uint64_t fe_float_to_double_bits(float x);
float fe_double_bits_to_float(uint64_t bits);
int64_t fe_float_to_int64(float x);  // truncated toward zero, |x| < 2^63
float fe_int64_to_float(int64_t v);  // nearest, ties to even

// A Python float to and from the bit pattern of an IEEE double, on every port (double ports
// reinterpret the bits; single ones convert without double arithmetic).
#include <string.h>
#include "py/config.h"
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#define FE_FLOAT_TO_DOUBLE_BITS(f) fe_float_to_double_bits(f)
#define FE_FLOAT_FROM_DOUBLE_BITS(b) fe_double_bits_to_float(b)
#else
static inline uint64_t fe_double_bits_of(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}
static inline double fe_double_from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}
#define FE_FLOAT_TO_DOUBLE_BITS(f) fe_double_bits_of(f)
#define FE_FLOAT_FROM_DOUBLE_BITS(b) fe_double_from_bits(b)
#endif

#endif
