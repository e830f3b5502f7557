// extmod/modcmath.c: the cmath module, a subset of CPython's (complex math functions).
//
// The functions wrap C99 <complex.h> (part of the toolchain's libm, with the Annex G
// special values that CPython's own tables follow). Errors follow CPython: a finite
// argument with a non-finite result is OverflowError("math range error") for the growing
// functions (exp, cosh, sinh, rect) and ValueError("math domain error") otherwise.
#include <math.h>
#include <complex.h>
#include "py/obj.h"

#if FE_ENABLE_COMPLEX

bool fe_complex_unwrap(fe_obj_t o, fe_float_t *re, fe_float_t *im);  // py/objcomplex.c

#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
typedef float complex cplx_t;
#define F(name) name##f
#define C(name) c##name##f
#else
typedef double complex cplx_t;
#define F(name) name
#define C(name) c##name
#endif

static cplx_t make_cplx(fe_float_t re, fe_float_t im) {
    cplx_t z;
    // assign the parts directly: re + im*I would turn inf*0 into nan
    ((fe_float_t *)&z)[0] = re;
    ((fe_float_t *)&z)[1] = im;
    return z;
}

static cplx_t get_cplx(fe_obj_t o) {
    fe_float_t re, im;
    if (fe_complex_unwrap(o, &re, &im)) {
        return make_cplx(re, im);
    }
    if (fe_is_str(o) || o == fe_none) {
        fe_raise_fmt(&fe_type_TypeError, "must be real number, not %T", o);
    }
    return make_cplx(fe_get_float(o), 0);  // int, float, bool or __float__
}

static bool cfinite(cplx_t z) {
    return isfinite(F(creal)(z)) && isfinite(F(cimag)(z));
}

static fe_obj_t new_cplx(cplx_t z) {
    return fe_complex_new(F(creal)(z), F(cimag)(z));
}

static FE_NORETURN void domain_error(void) {
    fe_raise_msg(&fe_type_ValueError, "math domain error");
}

static FE_NORETURN void range_error(void) {
    fe_raise_msg(&fe_type_OverflowError, "math range error");
}

static fe_obj_t checked(cplx_t x, cplx_t r, bool overflow_kind) {
    if (cfinite(x) && !cfinite(r)) {
        if (overflow_kind && !isnan(F(creal)(r)) && !isnan(F(cimag)(r))) {
            range_error();
        }
        domain_error();
    }
    return new_cplx(r);
}

#define CMATH_FUN_1(name, qname, overflow_kind) \
    static fe_obj_t cmath_##name(fe_obj_t arg) { \
        cplx_t z = get_cplx(arg); \
        return checked(z, C(name)(z), overflow_kind); \
    } \
    static FE_DEFINE_FUN_1(cmath_##name##_obj, qname, cmath_##name);

CMATH_FUN_1(sqrt, Q_sqrt, false)
CMATH_FUN_1(exp, Q_exp, true)
CMATH_FUN_1(sin, Q_sin, true)
CMATH_FUN_1(cos, Q_cos, true)
CMATH_FUN_1(tan, Q_tan, false)
CMATH_FUN_1(asin, Q_asin, false)
CMATH_FUN_1(acos, Q_acos, false)
CMATH_FUN_1(atan, Q_atan, false)
CMATH_FUN_1(sinh, Q_sinh, true)
CMATH_FUN_1(cosh, Q_cosh, true)
CMATH_FUN_1(tanh, Q_tanh, false)
CMATH_FUN_1(asinh, Q_asinh, false)
CMATH_FUN_1(acosh, Q_acosh, false)
CMATH_FUN_1(atanh, Q_atanh, false)

static cplx_t log_checked(cplx_t z) {
    if (F(creal)(z) == 0 && F(cimag)(z) == 0) {
        domain_error();
    }
    cplx_t r = C(log)(z);
    if (cfinite(z) && !cfinite(r)) {
        domain_error();
    }
    return r;
}

static fe_obj_t cmath_log(size_t n_args, const fe_obj_t *args) {
    cplx_t r = log_checked(get_cplx(args[0]));
    if (n_args == 2) {
        cplx_t b = log_checked(get_cplx(args[1]));
        if (F(creal)(b) == 0 && F(cimag)(b) == 0) {
            domain_error();  // as CPython: log(x, 1)
        }
        // divide via the operator so that results match complex.__truediv__
        return fe_binary_op(FE_BINARY_TRUE_DIVIDE, new_cplx(r), new_cplx(b));
    }
    return new_cplx(r);
}
static FE_DEFINE_FUN_VAR(cmath_log_obj, Q_log, 1, 2, cmath_log);

static fe_obj_t cmath_log10(fe_obj_t arg) {
    cplx_t r = log_checked(get_cplx(arg));
    fe_float_t ln10 = F(log)((fe_float_t)10);
    return new_cplx(make_cplx(F(creal)(r) / ln10, F(cimag)(r) / ln10));
}
static FE_DEFINE_FUN_1(cmath_log10_obj, Q_log10, cmath_log10);

static fe_obj_t cmath_phase(fe_obj_t arg) {
    cplx_t z = get_cplx(arg);
    return fe_float_new(F(atan2)(F(cimag)(z), F(creal)(z)));
}
static FE_DEFINE_FUN_1(cmath_phase_obj, Q_phase, cmath_phase);

static fe_obj_t cmath_polar(fe_obj_t arg) {
    cplx_t z = get_cplx(arg);
    fe_float_t r = F(hypot)(F(creal)(z), F(cimag)(z));
    if (isinf(r) && cfinite(z)) {
        range_error();
    }
    fe_obj_t items[2] = {fe_float_new(r), fe_float_new(F(atan2)(F(cimag)(z), F(creal)(z)))};
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_1(cmath_polar_obj, Q_polar, cmath_polar);

static fe_obj_t cmath_rect(fe_obj_t r_in, fe_obj_t phi_in) {
    fe_float_t r = fe_get_float(r_in), phi = fe_get_float(phi_in);
    if (isfinite(r) && r != 0 && isinf(phi)) {
        domain_error();
    }
    fe_float_t re, im;
    if (isinf(r) && isfinite(phi)) {
        // infinite modulus: the signs of cos/sin give the direction, zeros stay zeros
        fe_float_t c = F(cos)(phi), s = F(sin)(phi);
        re = c == 0 ? F(copysign)(0, c) * r : r * c;
        im = s == 0 ? phi * F(copysign)(1, r) : r * s;
    } else {
        re = r * F(cos)(phi);
        im = phi == 0 ? phi * r : r * F(sin)(phi);
    }
    if (isfinite(r) && isfinite(phi) && (!isfinite(re) || !isfinite(im))) {
        range_error();
    }
    return fe_complex_new(re, im);
}
static FE_DEFINE_FUN_2(cmath_rect_obj, Q_rect, cmath_rect);

static fe_obj_t cmath_isfinite(fe_obj_t arg) {
    return fe_bool(cfinite(get_cplx(arg)));
}
static FE_DEFINE_FUN_1(cmath_isfinite_obj, Q_isfinite, cmath_isfinite);

static fe_obj_t cmath_isinf(fe_obj_t arg) {
    cplx_t z = get_cplx(arg);
    return fe_bool(isinf(F(creal)(z)) || isinf(F(cimag)(z)));
}
static FE_DEFINE_FUN_1(cmath_isinf_obj, Q_isinf, cmath_isinf);

static fe_obj_t cmath_isnan(fe_obj_t arg) {
    cplx_t z = get_cplx(arg);
    return fe_bool(isnan(F(creal)(z)) || isnan(F(cimag)(z)));
}
static FE_DEFINE_FUN_1(cmath_isnan_obj, Q_isnan, cmath_isnan);

static fe_obj_t cmath_isclose(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_a, FE_ARG_REQUIRED, FE_NULL},
        {Q_b, FE_ARG_REQUIRED, FE_NULL},
        {Q_rel_tol, FE_ARG_KW_ONLY, FE_NULL},
        {Q_abs_tol, FE_ARG_KW_ONLY, FE_NULL},
    };
    fe_obj_t vals[4];
    fe_parse_args(n_args, args, kw, 4, spec, vals);
    cplx_t a = get_cplx(vals[0]), b = get_cplx(vals[1]);
    fe_float_t rel_tol = vals[2] == FE_NULL ? (fe_float_t)1e-9 : fe_get_float(vals[2]);
    fe_float_t abs_tol = vals[3] == FE_NULL ? 0 : fe_get_float(vals[3]);
    if (rel_tol < 0 || abs_tol < 0) {
        fe_raise_msg(&fe_type_ValueError, "tolerances must be non-negative");
    }
    if (F(creal)(a) == F(creal)(b) && F(cimag)(a) == F(cimag)(b)) {
        return fe_true;
    }
    if (!cfinite(a) || !cfinite(b)) {
        return fe_false;
    }
    fe_float_t diff = F(hypot)(F(creal)(a) - F(creal)(b), F(cimag)(a) - F(cimag)(b));
    fe_float_t ma = F(hypot)(F(creal)(a), F(cimag)(a)), mb = F(hypot)(F(creal)(b), F(cimag)(b));
    return fe_bool((diff <= rel_tol * mb) || (diff <= rel_tol * ma) || diff <= abs_tol);
}
static FE_DEFINE_FUN_KW(cmath_isclose_obj, Q_isclose, 2, cmath_isclose);

#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
static const fe_float_obj_t cmath_pi_obj = {{&fe_type_float}, 3.141592653589793};
static const fe_float_obj_t cmath_e_obj = {{&fe_type_float}, 2.718281828459045};
static const fe_float_obj_t cmath_tau_obj = {{&fe_type_float}, 6.283185307179586};
#else
static const fe_float_obj_t cmath_pi_obj = {{&fe_type_float}, 3.14159265f};
static const fe_float_obj_t cmath_e_obj = {{&fe_type_float}, 2.71828183f};
static const fe_float_obj_t cmath_tau_obj = {{&fe_type_float}, 6.28318531f};
#endif
static const fe_float_obj_t cmath_inf_obj = {{&fe_type_float}, INFINITY};
static const fe_float_obj_t cmath_nan_obj = {{&fe_type_float}, NAN};
// infj and nanj have the layout of py/objcomplex.c's object (base, real, imag)
typedef struct { fe_objbase_t base; fe_float_t real, imag; } cmath_complex_const_t;
static const cmath_complex_const_t cmath_infj_obj = {{&fe_type_complex}, 0, INFINITY};
static const cmath_complex_const_t cmath_nanj_obj = {{&fe_type_complex}, 0, NAN};

#define ENTRY(qname, name) {FE_ROM_QSTR(qname), FE_ROM_PTR(&cmath_##name##_obj)}
static const fe_map_elem_t cmath_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_cmath)},
    ENTRY(Q_pi, pi), ENTRY(Q_e, e), ENTRY(Q_tau, tau), ENTRY(Q_inf, inf), ENTRY(Q_nan, nan),
    ENTRY(Q_infj, infj), ENTRY(Q_nanj, nanj),
    ENTRY(Q_sqrt, sqrt), ENTRY(Q_exp, exp), ENTRY(Q_log, log), ENTRY(Q_log10, log10),
    ENTRY(Q_sin, sin), ENTRY(Q_cos, cos), ENTRY(Q_tan, tan), ENTRY(Q_asin, asin), ENTRY(Q_acos, acos),
    ENTRY(Q_atan, atan), ENTRY(Q_sinh, sinh), ENTRY(Q_cosh, cosh), ENTRY(Q_tanh, tanh),
    ENTRY(Q_asinh, asinh), ENTRY(Q_acosh, acosh), ENTRY(Q_atanh, atanh),
    ENTRY(Q_phase, phase), ENTRY(Q_polar, polar), ENTRY(Q_rect, rect),
    ENTRY(Q_isfinite, isfinite), ENTRY(Q_isinf, isinf), ENTRY(Q_isnan, isnan), ENTRY(Q_isclose, isclose),
};
static FE_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);

const fe_module_t fe_module_cmath = {{&fe_type_module}, (fe_dict_t *)&cmath_globals};

#endif // FE_ENABLE_COMPLEX
