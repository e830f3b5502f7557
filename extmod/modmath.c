// extmod/modmath.c: the math module, a strict subset of CPython's.
//
// Float functions wrap the C library's <math.h> doubles (libm is part of the toolchain on
// every port, not an OS service); where floats are single they call lib/libm instead, so
// no double arithmetic or C-library errno wrapper reaches a small port's flash. Domain errors raise ValueError("math domain error") and
// overflowing results OverflowError("math range error"), as CPython does. The integer
// functions (gcd, lcm, factorial, comb, perm, isqrt) work on ints of any size through the
// generic operators, so big ints need no special code here.
#include <math.h>
#include "py/obj.h"

#if FE_FLOAT_IMPL != FE_FLOAT_NONE

#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#include "lib/libm/libm.h"
#define F(name) fe_##name##f
#define SPECIAL(name) name##f  // erf, gamma ...: the C library's float versions
#else
#define F(name) name
#define SPECIAL(name) name
#endif

static fe_obj_t call_method0(fe_obj_t self, qstr name) {
    fe_obj_t m[2];
    fe_load_method(self, name, m);
    return fe_call_method(0, 0, m);
}

static FE_NORETURN void domain_error(void) {
    fe_raise_msg(&fe_type_ValueError, "math domain error");
}

static FE_NORETURN void range_error(void) {
    fe_raise_msg(&fe_type_OverflowError, "math range error");
}

// Checks a result the way CPython does: nan from non-nan input is a domain error,
// inf from finite input is a range error.
// (v != v: v is nan; v - v != 0: v is nan or infinite, and nan r was handled before)
static fe_obj_t checked(fe_float_t x, fe_float_t r, bool inf_is_domain) {
    if (r != r && x == x) {
        domain_error();
    }
    if (r - r != 0 && x - x == 0) {
        if (inf_is_domain) {
            domain_error();
        }
        range_error();
    }
    return fe_float_new(r);
}

// One-argument float functions. The C functions return nan for a domain error (sqrt(-1),
// asin(2), sin(inf)) and an infinity for a pole (log(0), atanh(1)) or an overflow;
// `inf_is_domain` marks those whose infinite result for a finite argument is a pole.
static fe_obj_t math_fun1(fe_obj_t arg, fe_float_t (*f)(fe_float_t), bool inf_is_domain) {
    fe_float_t x = fe_get_float(arg);
    return checked(x, f(x), inf_is_domain);
}

#define MATH_FUN_1(name, qname, inf_is_domain) \
    static fe_obj_t math_##name(fe_obj_t arg) { \
        return math_fun1(arg, F(name), inf_is_domain); \
    } \
    static FE_DEFINE_FUN_1(math_##name##_obj, qname, math_##name);

// the same for functions given by an expression in x
#define MATH_EXPR_1(name, qname, cexpr) \
    static fe_obj_t math_##name(fe_obj_t arg) { \
        fe_float_t x = fe_get_float(arg); \
        return checked(x, cexpr, false); \
    } \
    static FE_DEFINE_FUN_1(math_##name##_obj, qname, math_##name);

MATH_FUN_1(sqrt, Q_sqrt, false)
MATH_FUN_1(exp, Q_exp, false)
MATH_FUN_1(log2, Q_log2, true)
MATH_FUN_1(log10, Q_log10, true)
MATH_FUN_1(sin, Q_sin, false)
MATH_FUN_1(cos, Q_cos, false)
MATH_FUN_1(tan, Q_tan, false)
MATH_FUN_1(asin, Q_asin, false)
MATH_FUN_1(acos, Q_acos, false)
MATH_FUN_1(atan, Q_atan, false)
#if FE_MATH_HYPERBOLIC
MATH_FUN_1(expm1, Q_expm1, false)
MATH_FUN_1(log1p, Q_log1p, true)
MATH_FUN_1(sinh, Q_sinh, false)
MATH_FUN_1(cosh, Q_cosh, false)
MATH_FUN_1(tanh, Q_tanh, false)
MATH_FUN_1(asinh, Q_asinh, false)
MATH_FUN_1(acosh, Q_acosh, false)
MATH_FUN_1(atanh, Q_atanh, true)
#endif
MATH_EXPR_1(fabs, Q_fabs, F(fabs)(x))
MATH_EXPR_1(degrees, Q_degrees, x * (fe_float_t)(180.0 / 3.141592653589793))
MATH_EXPR_1(radians, Q_radians, x * (fe_float_t)(3.141592653589793 / 180.0))

#if FE_MATH_SPECIAL
MATH_EXPR_1(erf, Q_erf, SPECIAL(erf)(x))
MATH_EXPR_1(erfc, Q_erfc, SPECIAL(erfc)(x))

static fe_obj_t math_gamma(fe_obj_t arg) {
    fe_float_t x = fe_get_float(arg);
    if ((x <= 0 && x == F(floor)(x)) || (isinf(x) && x < 0)) {
        domain_error();
    }
    return checked(x, SPECIAL(tgamma)(x), false);
}
static FE_DEFINE_FUN_1(math_gamma_obj, Q_gamma, math_gamma);

static fe_obj_t math_lgamma(fe_obj_t arg) {
    fe_float_t x = fe_get_float(arg);
    if (x <= 0 && x == F(floor)(x)) {
        domain_error();
    }
    return checked(x, SPECIAL(lgamma)(x), false);
}
static FE_DEFINE_FUN_1(math_lgamma_obj, Q_lgamma, math_lgamma);
#endif

// log(x[, base]); ints too big for a float still have a logarithm.
static fe_float_t log_of(fe_obj_t arg) {
    fe_float_t x;
    if (fe_is_int(arg) && !FE_IS_SMALL_INT(arg) && fe_typeof(arg) != &fe_type_bool) {
        if (fe_is_true(fe_binary_op(FE_BINARY_LESS_EQUAL, arg, FE_NEW_SMALL_INT(0)))) {
            domain_error();
        }
        // log(n) = log(n >> k) + k*log(2) for a shift that keeps the mantissa exact enough.
        fe_int_t bits = fe_get_int(call_method0(arg, Q_bit_length));
        fe_int_t shift = bits > 60 ? bits - 60 : 0;
        fe_obj_t top = fe_binary_op(FE_BINARY_RSHIFT, arg, FE_NEW_SMALL_INT(shift));
        return F(log)(fe_get_float(top)) + (fe_float_t)shift * F(log)((fe_float_t)2);
    }
    x = fe_get_float(arg);
    if (x <= 0 || isnan(x)) {
        if (isnan(x)) {
            return x;
        }
        domain_error();
    }
    return F(log)(x);
}

static fe_obj_t math_log(size_t n_args, const fe_obj_t *args) {
    fe_float_t r = log_of(args[0]);
    if (n_args == 2) {
        fe_float_t b = log_of(args[1]);
        if (b == 0) {
            fe_raise_msg(&fe_type_ZeroDivisionError, "float division by zero");
        }
        r = r / b;
    }
    return fe_float_new(r);
}
static FE_DEFINE_FUN_VAR(math_log_obj, Q_log, 1, 2, math_log);

static fe_obj_t math_pow(fe_obj_t a, fe_obj_t b) {
    fe_float_t x = fe_get_float(a), y = fe_get_float(b);
    if (x == 0 && y < 0 && !isinf(y)) {
        domain_error();
    }
    // C99 pow gives nan only for a nan argument or a negative base with a non-integer
    // exponent (a domain error); x*0 + y*0 is 0 when both are finite, else nan
    return checked(x * 0 + y * 0, F(pow)(x, y), false);
}
static FE_DEFINE_FUN_2(math_pow_obj, Q_pow, math_pow);

static fe_obj_t math_atan2(fe_obj_t a, fe_obj_t b) {
    return fe_float_new(F(atan2)(fe_get_float(a), fe_get_float(b)));
}
static FE_DEFINE_FUN_2(math_atan2_obj, Q_atan2, math_atan2);

static fe_obj_t math_fmod(fe_obj_t a, fe_obj_t b) {
    fe_float_t x = fe_get_float(a), y = fe_get_float(b);
    if (isinf(x) || (y == 0 && !isnan(x))) {
        if (!isnan(y)) {
            domain_error();
        }
    }
    return fe_float_new(F(fmod)(x, y));
}
static FE_DEFINE_FUN_2(math_fmod_obj, Q_fmod, math_fmod);

#if FE_MATH_EXTRA
static fe_obj_t math_remainder(fe_obj_t a, fe_obj_t b) {
    fe_float_t x = fe_get_float(a), y = fe_get_float(b);
    if ((isinf(x) && !isnan(y)) || (y == 0 && !isnan(x))) {
        domain_error();
    }
    return fe_float_new(F(remainder)(x, y));
}
static FE_DEFINE_FUN_2(math_remainder_obj, Q_remainder, math_remainder);
#endif

static fe_obj_t math_copysign(fe_obj_t a, fe_obj_t b) {
    return fe_float_new(F(copysign)(fe_get_float(a), fe_get_float(b)));
}
static FE_DEFINE_FUN_2(math_copysign_obj, Q_copysign, math_copysign);

static fe_obj_t math_ldexp(fe_obj_t a, fe_obj_t b) {
    fe_float_t x = fe_get_float(a);
    fe_int_t e = fe_get_int(b);
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    return checked(x, F(ldexp)(x, (int)e), false);
}
static FE_DEFINE_FUN_2(math_ldexp_obj, Q_ldexp, math_ldexp);

static fe_obj_t math_frexp(fe_obj_t arg) {
    fe_float_t x = fe_get_float(arg);
    int e = 0;
    fe_float_t m = (isinf(x) || isnan(x)) ? x : F(frexp)(x, &e);
    fe_obj_t items[2] = {fe_float_new(m), FE_NEW_SMALL_INT(e)};
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_1(math_frexp_obj, Q_frexp, math_frexp);

static fe_obj_t math_modf(fe_obj_t arg) {
    fe_float_t x = fe_get_float(arg);
    fe_float_t ip;
    fe_float_t frac = isinf(x) ? F(copysign)((fe_float_t)0, x) : F(modf)(x, &ip);
    if (isinf(x)) {
        ip = x;
    }
    fe_obj_t items[2] = {fe_float_new(frac), fe_float_new(ip)};
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_1(math_modf_obj, Q_modf, math_modf);

// floor, ceil and trunc return ints; ints pass through unchanged.
static fe_obj_t float_to_int(fe_float_t x) {
    if (isinf(x)) {
        fe_raise_msg(&fe_type_OverflowError, "cannot convert float infinity to integer");
    }
    if (isnan(x)) {
        fe_raise_msg(&fe_type_ValueError, "cannot convert float NaN to integer");
    }
    return fe_call1((fe_obj_t)&fe_type_int, fe_float_new(x));
}

static fe_obj_t rounding(fe_obj_t arg, fe_float_t (*f)(fe_float_t)) {
    if (fe_is_int(arg)) {
        return fe_typeof(arg) == &fe_type_bool ? FE_NEW_SMALL_INT(arg == fe_true) : arg;
    }
    return float_to_int(f(fe_get_float(arg)));
}

#define MATH_ROUNDING(name, qname, cfun) \
    static fe_obj_t math_##name(fe_obj_t arg) { \
        return rounding(arg, F(cfun)); \
    } \
    static FE_DEFINE_FUN_1(math_##name##_obj, qname, math_##name);

MATH_ROUNDING(floor, Q_floor, floor)
MATH_ROUNDING(ceil, Q_ceil, ceil)
MATH_ROUNDING(trunc, Q_trunc, trunc)

// isfinite, isinf and isnan: 0, 1 or 2 from one classifying helper
static int float_kind(fe_obj_t arg) {
    fe_float_t x = fe_get_float(arg);
    return x != x ? 2 : x - x != 0;  // nan is unequal to itself; inf - inf is nan
}

static fe_obj_t math_isfinite(fe_obj_t arg) {
    return fe_bool(!float_kind(arg));
}
static FE_DEFINE_FUN_1(math_isfinite_obj, Q_isfinite, math_isfinite);

static fe_obj_t math_isinf(fe_obj_t arg) {
    return fe_bool(float_kind(arg) == 1);
}
static FE_DEFINE_FUN_1(math_isinf_obj, Q_isinf, math_isinf);

static fe_obj_t math_isnan(fe_obj_t arg) {
    return fe_bool(float_kind(arg) == 2);
}
static FE_DEFINE_FUN_1(math_isnan_obj, Q_isnan, math_isnan);

static fe_obj_t math_isclose(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_a, FE_ARG_REQUIRED, FE_NULL},
        {Q_b, FE_ARG_REQUIRED, FE_NULL},
        {Q_rel_tol, FE_ARG_KW_ONLY, FE_NULL},
        {Q_abs_tol, FE_ARG_KW_ONLY, FE_NULL},
    };
    fe_obj_t v[4];
    fe_parse_args(n_args, args, kw, 4, spec, v);
    fe_float_t a = fe_get_float(v[0]), b = fe_get_float(v[1]);
    fe_float_t rel = v[2] ? fe_get_float(v[2]) : (fe_float_t)1e-9;
    fe_float_t abs_tol = v[3] ? fe_get_float(v[3]) : 0;
    if (rel < 0 || abs_tol < 0) {
        fe_raise_msg(&fe_type_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return fe_true;
    }
    if (isinf(a) || isinf(b)) {
        return fe_false;
    }
    fe_float_t diff = F(fabs)(b - a);
    return fe_bool((diff <= F(fabs)(rel * b)) || (diff <= F(fabs)(rel * a)) || diff <= abs_tol);
}
static FE_DEFINE_FUN_KW(math_isclose_obj, Q_isclose, 2, math_isclose);

static fe_obj_t math_hypot(size_t n_args, const fe_obj_t *args) {
    fe_float_t total = 0;
    bool saw_inf = false, saw_nan = false;
    for (size_t i = 0; i < n_args; i++) {
        fe_float_t x = fe_get_float(args[i]);
        saw_inf |= isinf(x);
        saw_nan |= isnan(x);
        total = F(hypot)(total, x);
    }
    if (saw_inf) {
        return fe_float_new(INFINITY);
    }
    return fe_float_new(saw_nan ? NAN : total);
}
static FE_DEFINE_FUN_VAR(math_hypot_obj, Q_hypot, 0, FE_ARGS_VAR, math_hypot);

#if FE_MATH_EXTRA
static fe_obj_t math_dist(fe_obj_t p, fe_obj_t q) {
    size_t np, nq;
    fe_obj_t *ip, *iq;
    fe_get_array(p, &np, &ip);
    fe_get_array(q, &nq, &iq);
    if (np != nq) {
        fe_raise_msg(&fe_type_ValueError, "both points must have the same number of dimensions");
    }
    fe_float_t total = 0;
    for (size_t i = 0; i < np; i++) {
        total = F(hypot)(total, fe_get_float(ip[i]) - fe_get_float(iq[i]));
    }
    return fe_float_new(total);
}
static FE_DEFINE_FUN_2(math_dist_obj, Q_dist, math_dist);

// fsum: Shewchuk's exact partial sums, so the result is correctly rounded.
static fe_obj_t math_fsum(fe_obj_t iterable) {
    fe_float_t partials[32];
    size_t n = 0;
    fe_obj_t it = fe_getiter(iterable, NULL);
    fe_obj_t item;
    fe_float_t special = 0;
    while ((item = fe_iternext(it)) != FE_NULL) {
        fe_float_t x = fe_get_float(item);
        if (!isfinite(x)) {
            special += x;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            fe_float_t y = partials[j];
            if (F(fabs)(x) < F(fabs)(y)) {
                fe_float_t t = x;
                x = y;
                y = t;
            }
            fe_float_t hi = x + y;
            fe_float_t lo = y - (hi - x);
            if (lo != 0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        if (i >= FE_ARRAY_SIZE(partials)) {
            // Out of room: fold the two smallest partials (loses exactness only in
            // pathological inputs).
            partials[0] += partials[1];
            for (size_t k = 1; k + 1 < i; k++) {
                partials[k] = partials[k + 1];
            }
            i--;
        }
        partials[i++] = x;
        n = i;
    }
    if (special != 0 || isnan(special)) {
        return fe_float_new(special);
    }
    fe_float_t hi = 0;
    if (n > 0) {
        hi = partials[--n];
        while (n > 0) {
            fe_float_t x = hi;
            fe_float_t y = partials[--n];
            hi = x + y;
            fe_float_t lo = y - (hi - x);
            if (lo != 0) {
                // Round half-even across the remaining partials.
                if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
                    y = lo * 2;
                    x = hi + y;
                    if (y == x - hi) {
                        hi = x;
                    }
                }
                break;
            }
        }
    }
    return fe_float_new(hi);
}
static FE_DEFINE_FUN_1(math_fsum_obj, Q_fsum, math_fsum);
#endif

// ---- integer functions ----------------------------------------------------------------
static fe_obj_t require_int(fe_obj_t o) {
    if (!fe_is_int(o)) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    return o;
}

static fe_obj_t int_abs(fe_obj_t o) {
    return fe_unary_op(FE_UNARY_ABS, o);
}

static fe_obj_t gcd2(fe_obj_t a, fe_obj_t b) {
    a = int_abs(a);
    b = int_abs(b);
    while (b != FE_NEW_SMALL_INT(0)) {
        fe_obj_t r = fe_binary_op(FE_BINARY_MODULO, a, b);
        a = b;
        b = r;
    }
    return a;
}

static fe_obj_t math_gcd(size_t n_args, const fe_obj_t *args) {
    fe_obj_t g = FE_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = gcd2(g, require_int(args[i]));
    }
    return g;
}
static FE_DEFINE_FUN_VAR(math_gcd_obj, Q_gcd, 0, FE_ARGS_VAR, math_gcd);

#if FE_MATH_EXTRA
static fe_obj_t math_lcm(size_t n_args, const fe_obj_t *args) {
    fe_obj_t l = FE_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        fe_obj_t x = require_int(args[i]);
        if (x == FE_NEW_SMALL_INT(0) || l == FE_NEW_SMALL_INT(0)) {
            l = FE_NEW_SMALL_INT(0);
            continue;
        }
        fe_obj_t g = gcd2(l, x);
        l = int_abs(fe_binary_op(FE_BINARY_MULTIPLY, fe_binary_op(FE_BINARY_FLOOR_DIVIDE, l, g), x));
    }
    return l;
}
static FE_DEFINE_FUN_VAR(math_lcm_obj, Q_lcm, 0, FE_ARGS_VAR, math_lcm);
#endif

// Product of the integers in [lo, hi), split in halves so big-int multiplications stay
// balanced (much faster than a running product for factorial(10000)).
static fe_obj_t range_product(fe_int_t lo, fe_int_t hi) {
    if (hi - lo <= 8) {
        fe_obj_t r = FE_NEW_SMALL_INT(1);
        for (fe_int_t i = lo; i < hi; i++) {
            r = fe_binary_op(FE_BINARY_MULTIPLY, r, fe_int_from_int(i));
        }
        return r;
    }
    fe_int_t mid = lo + (hi - lo) / 2;
    return fe_binary_op(FE_BINARY_MULTIPLY, range_product(lo, mid), range_product(mid, hi));
}

static fe_obj_t math_factorial(fe_obj_t arg) {
    if (!fe_is_int(arg)) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    }
    fe_int_t n = fe_get_int(arg);
    if (n < 0) {
        fe_raise_msg(&fe_type_ValueError, "factorial() not defined for negative values");
    }
    return range_product(1, n + 1);
}
static FE_DEFINE_FUN_1(math_factorial_obj, Q_factorial, math_factorial);

#if FE_MATH_EXTRA
static fe_obj_t perm_or_comb(size_t n_args, const fe_obj_t *args, bool comb) {
    fe_int_t n = fe_get_int(require_int(args[0]));
    bool k_given = n_args > 1 && args[1] != fe_none;
    fe_int_t k = k_given ? fe_get_int(require_int(args[1])) : n;
    if (n < 0) {
        fe_raise_msg(&fe_type_ValueError, "n must be a non-negative integer");
    }
    if (k < 0) {
        fe_raise_msg(&fe_type_ValueError, "k must be a non-negative integer");
    }
    if (k > n) {
        return FE_NEW_SMALL_INT(0);
    }
    if (comb && k > n - k) {
        k = n - k;
    }
    fe_obj_t r = range_product(n - k + 1, n + 1);
    if (comb) {
        r = fe_binary_op(FE_BINARY_FLOOR_DIVIDE, r, range_product(1, k + 1));
    }
    return r;
}

static fe_obj_t math_comb(fe_obj_t n, fe_obj_t k) {
    fe_obj_t args[2] = {n, k};
    return perm_or_comb(2, args, true);
}
static FE_DEFINE_FUN_2(math_comb_obj, Q_comb, math_comb);

static fe_obj_t math_perm(size_t n_args, const fe_obj_t *args) {
    return perm_or_comb(n_args, args, false);
}
static FE_DEFINE_FUN_VAR(math_perm_obj, Q_perm, 1, 2, math_perm);

static bool int_is_negative(fe_obj_t o) {
    return fe_is_true(fe_binary_op(FE_BINARY_LESS, o, FE_NEW_SMALL_INT(0)));
}

// isqrt by Newton's iteration on ints of any size, starting above the root.
static fe_obj_t math_isqrt(fe_obj_t arg) {
    fe_obj_t n = require_int(arg);
    if (int_is_negative(n)) {
        fe_raise_msg(&fe_type_ValueError, "isqrt() argument must be nonnegative");
    }
    if (n == FE_NEW_SMALL_INT(0)) {
        return n;
    }
    fe_int_t bits = fe_get_int(call_method0(n, Q_bit_length));
    fe_obj_t x = fe_binary_op(FE_BINARY_LSHIFT, FE_NEW_SMALL_INT(1), FE_NEW_SMALL_INT((bits + 1) / 2));
    for (;;) {
        fe_obj_t y = fe_binary_op(FE_BINARY_RSHIFT,
            fe_binary_op(FE_BINARY_ADD, x, fe_binary_op(FE_BINARY_FLOOR_DIVIDE, n, x)), FE_NEW_SMALL_INT(1));
        if (!fe_is_true(fe_binary_op(FE_BINARY_LESS, y, x))) {
            return x;
        }
        x = y;
    }
}
static FE_DEFINE_FUN_1(math_isqrt_obj, Q_isqrt, math_isqrt);

static fe_obj_t math_prod(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_iterable, FE_ARG_REQUIRED, FE_NULL},
        {Q_start, FE_ARG_KW_ONLY, FE_ROM_INT(1)},
    };
    fe_obj_t v[2];
    fe_parse_args(n_args, args, kw, 2, spec, v);
    fe_obj_t acc = v[1];
    fe_obj_t it = fe_getiter(v[0], NULL);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        acc = fe_binary_op(FE_BINARY_MULTIPLY, acc, item);
    }
    return acc;
}
static FE_DEFINE_FUN_KW(math_prod_obj, Q_prod, 1, math_prod);
#endif

#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
static const fe_float_obj_t math_pi_obj = {{&fe_type_float}, 3.141592653589793};
static const fe_float_obj_t math_e_obj = {{&fe_type_float}, 2.718281828459045};
static const fe_float_obj_t math_tau_obj = {{&fe_type_float}, 6.283185307179586};
#else
static const fe_float_obj_t math_pi_obj = {{&fe_type_float}, 3.14159265f};
static const fe_float_obj_t math_e_obj = {{&fe_type_float}, 2.71828183f};
static const fe_float_obj_t math_tau_obj = {{&fe_type_float}, 6.28318531f};
#endif
static const fe_float_obj_t math_inf_obj = {{&fe_type_float}, INFINITY};
static const fe_float_obj_t math_nan_obj = {{&fe_type_float}, NAN};

// Names are spelled out (Q_x, x) because tools/makeqstrs.py cannot see pasted tokens.
#define ENTRY(qname, name) {FE_ROM_QSTR(qname), FE_ROM_PTR(&math_##name##_obj)}
static const fe_map_elem_t math_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_math)},
    ENTRY(Q_pi, pi), ENTRY(Q_e, e), ENTRY(Q_tau, tau), ENTRY(Q_inf, inf), ENTRY(Q_nan, nan),
    ENTRY(Q_sqrt, sqrt), ENTRY(Q_exp, exp), ENTRY(Q_log, log), ENTRY(Q_log2, log2), ENTRY(Q_log10, log10),
    ENTRY(Q_pow, pow), ENTRY(Q_sin, sin), ENTRY(Q_cos, cos), ENTRY(Q_tan, tan), ENTRY(Q_asin, asin), ENTRY(Q_acos, acos), ENTRY(Q_atan, atan),
    ENTRY(Q_atan2, atan2),
#if FE_MATH_HYPERBOLIC
    ENTRY(Q_expm1, expm1), ENTRY(Q_log1p, log1p),
    ENTRY(Q_sinh, sinh), ENTRY(Q_cosh, cosh), ENTRY(Q_tanh, tanh), ENTRY(Q_asinh, asinh), ENTRY(Q_acosh, acosh), ENTRY(Q_atanh, atanh),
#endif
    ENTRY(Q_fabs, fabs), ENTRY(Q_fmod, fmod), ENTRY(Q_copysign, copysign), ENTRY(Q_ldexp, ldexp), ENTRY(Q_frexp, frexp),
    ENTRY(Q_modf, modf), ENTRY(Q_floor, floor), ENTRY(Q_ceil, ceil), ENTRY(Q_trunc, trunc), ENTRY(Q_isfinite, isfinite), ENTRY(Q_isinf, isinf),
    ENTRY(Q_isnan, isnan), ENTRY(Q_isclose, isclose), ENTRY(Q_hypot, hypot), ENTRY(Q_degrees, degrees), ENTRY(Q_radians, radians),
    ENTRY(Q_gcd, gcd), ENTRY(Q_factorial, factorial),
#if FE_MATH_SPECIAL
    ENTRY(Q_erf, erf), ENTRY(Q_erfc, erfc), ENTRY(Q_gamma, gamma), ENTRY(Q_lgamma, lgamma),
#endif
#if FE_MATH_EXTRA
    ENTRY(Q_remainder, remainder), ENTRY(Q_dist, dist), ENTRY(Q_fsum, fsum), ENTRY(Q_lcm, lcm), ENTRY(Q_comb, comb),
    ENTRY(Q_perm, perm), ENTRY(Q_isqrt, isqrt), ENTRY(Q_prod, prod),
#endif
};
static FE_DEFINE_CONST_DICT(math_globals, math_globals_table);

const fe_module_t fe_module_math = {{&fe_type_module}, (fe_dict_t *)&math_globals};

#endif // FE_FLOAT_IMPL != FE_FLOAT_NONE
