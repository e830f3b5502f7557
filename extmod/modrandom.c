// extmod/modrandom.c: the random module, a subset of CPython's.
//
// The generator is xoshiro128++ (Blackman and Vigna): four 32-bit words of state, cheap on a
// 32-bit core without a multiplier-heavy step. Sequences are deterministic for a given
// seed() argument but do not match CPython's Mersenne Twister. The state is plain integers,
// so it may live in a static variable (no GC pointer).
#include <math.h>
#include "py/obj.h"
#include "extmod/libutil.h"

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
#define isfinite_f(f) isfinite(f)
#endif

static uint32_t rng_state[4] = {0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x85a308d3};
static uint32_t seed_counter;

static uint32_t rotl32(uint32_t x, int k) {
    return (x << k) | (x >> (32 - k));
}

static uint32_t rng_next(void) {
    uint32_t *s = rng_state;
    uint32_t result = rotl32(s[0] + s[3], 7) + s[0];
    uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl32(s[3], 11);
    return result;
}

// splitmix32-style mixing to spread a seed over the four state words.
static uint32_t mix32(uint32_t *x) {
    uint32_t z = (*x += 0x9e3779b9);
    z = (z ^ (z >> 16)) * 0x85ebca6b;
    z = (z ^ (z >> 13)) * 0xc2b2ae35;
    return z ^ (z >> 16);
}

static void rng_seed(uint32_t lo, uint32_t hi) {
    uint32_t x = lo ^ rotl32(hi, 16);
    for (int i = 0; i < 4; i++) {
        rng_state[i] = mix32(&x) ^ (i == 1 ? hi : 0);
    }
    if ((rng_state[0] | rng_state[1] | rng_state[2] | rng_state[3]) == 0) {
        rng_state[0] = 1;
    }
}

// A uniform integer in [0, n) for n >= 1 (rejection sampling, no modulo bias).
static uint32_t below32(uint32_t n) {
    uint32_t mask = n - 1;
    mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16;
    uint32_t r;
    do {
        r = rng_next() & mask;
    } while (r >= n);
    return r;
}

static fe_obj_t getrandbits_obj(fe_int_t k) {
    if (k <= 32) {
        uint32_t r = k == 0 ? 0 : rng_next() >> (32 - k);
        return fe_int_from_uint(r);
    }
    // Build the number 32 bits at a time, most significant word last.
    fe_obj_t acc = FE_NEW_SMALL_INT(0);
    fe_int_t shift = 0;
    while (k > 0) {
        int take = k >= 32 ? 32 : (int)k;
        uint32_t r = rng_next() >> (32 - take);
        fe_obj_t part = fe_binary_op(FE_BINARY_LSHIFT, fe_int_from_uint(r), FE_NEW_SMALL_INT(shift));
        acc = fe_binary_op(FE_BINARY_OR, acc, part);
        shift += take;
        k -= take;
    }
    return acc;
}

// A uniform integer in [0, n) for a positive int object n of any size.
static fe_obj_t below_obj(fe_obj_t n) {
    fe_int_t small;
    if (fe_get_int_maybe(n, &small) && small > 0 && (fe_uint_t)small <= 0xffffffffu) {
        return fe_int_from_uint(below32((uint32_t)small));
    }
    fe_obj_t m[2];
    fe_load_method(n, Q_bit_length, m);
    fe_int_t bits = fe_get_int(fe_call_method(0, 0, m));
    for (;;) {
        fe_obj_t r = getrandbits_obj(bits);
        if (fe_is_true(fe_binary_op(FE_BINARY_LESS, r, n))) {
            return r;
        }
    }
}

static fe_obj_t random_getrandbits(fe_obj_t k_in) {
    fe_int_t k = fe_get_int(k_in);
    if (k < 0) {
        fe_raise_msg(&fe_type_ValueError, "number of bits must be non-negative");
    }
    return getrandbits_obj(k);
}
static FE_DEFINE_FUN_1(random_getrandbits_obj, Q_getrandbits, random_getrandbits);

static fe_obj_t random_seed(size_t n_args, const fe_obj_t *args) {
    fe_obj_t a = n_args == 0 ? fe_none : args[0];
    uint32_t lo, hi = 0x5eed;
    if (a == fe_none) {
        // No OS entropy source in the core: mix a counter with a stack address.
        int here;
        seed_counter++;
        lo = (uint32_t)(uintptr_t)&here ^ seed_counter;
        hi = rng_next() ^ (seed_counter << 16);
    } else if (fe_is_int(a)) {
        // The low 64 bits of |a| (plus its sign) select the sequence.
        fe_obj_t mag = fe_is_true(fe_binary_op(FE_BINARY_LESS, a, FE_NEW_SMALL_INT(0)))
            ? fe_unary_op(FE_UNARY_NEGATIVE, a) : a;
        uint64_t low = fe_lib_int_low64(mag);
        lo = (uint32_t)low;
        hi = (uint32_t)(low >> 32) ^ (uint32_t)fe_hash(fe_binary_op(FE_BINARY_RSHIFT, mag, FE_NEW_SMALL_INT(64)));
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    } else if (fe_typeof(a) == &fe_type_float) {
        lo = (uint32_t)fe_hash(a);
#endif
    } else {
        size_t len;
        const char *s;
        if (fe_is_str(a)) {
            s = fe_str_data(a, &len);
        } else if (fe_typeof(a) == &fe_type_bytes || fe_typeof(a) == &fe_type_bytearray) {
            s = fe_bytes_data(a, &len);
        } else {
            fe_raise_msg(&fe_type_TypeError,
                         "The only supported seed types are: None, int, float, str, bytes, and bytearray.");
        }
        lo = 2166136261u;  // FNV-1a of the characters; the length goes in the high word
        for (size_t i = 0; i < len; i++) {
            lo = (lo ^ (uint8_t)s[i]) * 16777619u;
        }
        hi = (uint32_t)len;
    }
    rng_seed(lo, hi);
    return fe_none;
}
static FE_DEFINE_FUN_VAR(random_seed_obj, Q_seed, 0, 1, random_seed);

// An integer argument of randrange (an int of any size; integral floats still accepted, as
// CPython 3.11 does with a deprecation warning).
static fe_obj_t randrange_arg(fe_obj_t o, int n) {
    if (fe_is_int(o)) {
        return o;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (fe_typeof(o) == &fe_type_float) {
        fe_float_t f = fe_float_value(o);
        if (isfinite_f(f) && f == (fe_float_t)(fe_int_t)f) {
            return fe_int_from_int((fe_int_t)f);
        }
        fe_raise_fmt(&fe_type_ValueError, "non-integer arg %d for randrange()", n);
    }
#endif
    return fe_int_from_int(fe_get_index(o));
}

static bool int_lt(fe_obj_t a, fe_obj_t b) {
    return fe_is_true(fe_binary_op(FE_BINARY_LESS, a, b));
}

static fe_obj_t randrange_impl(fe_obj_t start, fe_obj_t stop, fe_obj_t step) {
    fe_obj_t zero = FE_NEW_SMALL_INT(0), one = FE_NEW_SMALL_INT(1);
    if (stop == FE_NULL) {
        if (int_lt(zero, start)) {
            return below_obj(start);
        }
        fe_raise_msg(&fe_type_ValueError, "empty range for randrange()");
    }
    fe_obj_t width = fe_binary_op(FE_BINARY_SUBTRACT, stop, start);
    if (fe_equal(step, zero)) {
        fe_raise_msg(&fe_type_ValueError, "zero step for randrange()");
    }
    // number of values: ceil(width / step) = (width + step - 1) // step for step > 0,
    // (width + step + 1) // step for step < 0
    fe_obj_t adj = int_lt(zero, step) ? fe_binary_op(FE_BINARY_SUBTRACT, step, one)
                                      : fe_binary_op(FE_BINARY_ADD, step, one);
    fe_obj_t n = fe_binary_op(FE_BINARY_FLOOR_DIVIDE, fe_binary_op(FE_BINARY_ADD, width, adj), step);
    if (!int_lt(zero, n)) {
        fe_raise_fmt(&fe_type_ValueError, "empty range for randrange() (%S, %S, %S)", start, stop, width);
    }
    fe_obj_t r = below_obj(n);
    return fe_binary_op(FE_BINARY_ADD, start, fe_binary_op(FE_BINARY_MULTIPLY, r, step));
}

static fe_obj_t random_randrange(size_t n_args, const fe_obj_t *args) {
    fe_obj_t start = randrange_arg(args[0], 1);
    if (n_args == 1) {
        return randrange_impl(start, FE_NULL, FE_NULL);
    }
    fe_obj_t stop = randrange_arg(args[1], 2);
    fe_obj_t step = n_args == 3 ? randrange_arg(args[2], 3) : FE_NEW_SMALL_INT(1);
    return randrange_impl(start, stop, step);
}
static FE_DEFINE_FUN_VAR(random_randrange_obj, Q_randrange, 1, 3, random_randrange);

static fe_obj_t random_randint(fe_obj_t a, fe_obj_t b) {
    fe_obj_t lo = fe_is_int(a) ? a : fe_int_from_int(fe_get_index(a));
    fe_obj_t hi = fe_is_int(b) ? b : fe_int_from_int(fe_get_index(b));
    return randrange_impl(lo, fe_binary_op(FE_BINARY_ADD, hi, FE_NEW_SMALL_INT(1)), FE_NEW_SMALL_INT(1));
}
static FE_DEFINE_FUN_2(random_randint_obj, Q_randint, random_randint);

static fe_obj_t random_choice(fe_obj_t seq) {
    size_t n = fe_len(seq);
    if (n == 0) {
        fe_raise_msg(&fe_type_IndexError, "Cannot choose from an empty sequence");
    }
    return fe_subscr_load(seq, fe_int_from_uint(below32((uint32_t)n)));
}
static FE_DEFINE_FUN_1(random_choice_obj, Q_choice, random_choice);

#if FE_LIBS_EXTRA
static fe_obj_t random_shuffle(fe_obj_t seq) {
    size_t n = fe_len(seq);
    for (size_t i = n; i > 1; i--) {
        size_t j = below32((uint32_t)i);
        fe_obj_t a = fe_subscr_load(seq, FE_NEW_SMALL_INT(i - 1));
        fe_obj_t b = fe_subscr_load(seq, FE_NEW_SMALL_INT(j));
        fe_subscr_store(seq, FE_NEW_SMALL_INT(i - 1), b);
        fe_subscr_store(seq, FE_NEW_SMALL_INT(j), a);
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(random_shuffle_obj, Q_shuffle, random_shuffle);

static fe_obj_t random_sample(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_population, FE_ARG_REQUIRED, FE_NULL},
        {Q_k, FE_ARG_REQUIRED, FE_NULL},
        {Q_counts, FE_ARG_KW_ONLY, FE_NULL},
    };
    fe_obj_t vals[3];
    fe_parse_args(n_args, args, kw, 3, spec, vals);
    fe_obj_t pop = vals[0];
    const fe_type_t *t = fe_typeof(pop);
    if (t == &fe_type_set || t == &fe_type_frozenset || t == &fe_type_dict) {
        fe_raise_msg(&fe_type_TypeError,
                     "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    size_t n = fe_len(pop);
    fe_int_t k = fe_get_index(vals[1]);
    if (k < 0 || (size_t)k > n) {
        fe_raise_msg(&fe_type_ValueError, "Sample larger than population or is negative");
    }
    fe_obj_t pool = fe_list_new(n, NULL);
    fe_obj_t *items;
    size_t len;
    for (size_t i = 0; i < n; i++) {
        fe_obj_t v = fe_subscr_load(pop, FE_NEW_SMALL_INT(i));
        fe_list_get(pool, &len, &items);
        items[i] = v;
    }
    fe_list_get(pool, &len, &items);
    fe_obj_t result = fe_list_new((size_t)k, NULL);
    fe_obj_t *out;
    fe_list_get(result, &len, &out);
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = i + below32((uint32_t)(n - i));
        fe_obj_t tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
        out[i] = items[i];
    }
    return result;
}
static FE_DEFINE_FUN_KW(random_sample_obj, Q_sample, 0, random_sample);
#endif

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
static fe_float_t random_float(void) {
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
    uint32_t a = rng_next() >> 5, b = rng_next() >> 6;  // 27 + 26 = 53 bits
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
#else
    return (fe_float_t)(rng_next() >> 8) * (1.0f / 16777216.0f);
#endif
}

static fe_obj_t random_random(void) {
    return fe_float_new(random_float());
}
static FE_DEFINE_FUN_0(random_random_obj, Q_random, random_random);

static fe_obj_t random_uniform(fe_obj_t a, fe_obj_t b) {
    fe_float_t lo = fe_get_float(a), hi = fe_get_float(b);
    return fe_float_new(lo + (hi - lo) * random_float());
}
static FE_DEFINE_FUN_2(random_uniform_obj, Q_uniform, random_uniform);
#endif

static const fe_map_elem_t random_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_random)},
    {FE_ROM_QSTR(Q_getrandbits), FE_ROM_PTR(&random_getrandbits_obj)},
    {FE_ROM_QSTR(Q_seed), FE_ROM_PTR(&random_seed_obj)},
    {FE_ROM_QSTR(Q_randrange), FE_ROM_PTR(&random_randrange_obj)},
    {FE_ROM_QSTR(Q_randint), FE_ROM_PTR(&random_randint_obj)},
    {FE_ROM_QSTR(Q_choice), FE_ROM_PTR(&random_choice_obj)},
#if FE_LIBS_EXTRA
    {FE_ROM_QSTR(Q_shuffle), FE_ROM_PTR(&random_shuffle_obj)},
    {FE_ROM_QSTR(Q_sample), FE_ROM_PTR(&random_sample_obj)},
#endif
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    {FE_ROM_QSTR(Q_random), FE_ROM_PTR(&random_random_obj)},
    {FE_ROM_QSTR(Q_uniform), FE_ROM_PTR(&random_uniform_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(random_globals, random_globals_table);

const fe_module_t fe_module_random = {{&fe_type_module}, (fe_dict_t *)&random_globals};
