// tests/rt/test_rt.c: host check of the firmware's own runtime support
// (ports/qemu-microbit/rt: soft float, integer division and 64-bit multiplication, string
// functions). The portable rt_ functions are compiled natively and compared bit for bit
// with the host's hardware floats and C operators: special values crossed with each other,
// exponent/significand edge patterns, millions of random pairs (fixed seed). Prints a
// summary; exits 1 on any mismatch. Run by `make test-rt` (part of `make test`).
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../ports/qemu-microbit/rt/rt.h"

static long failures, checks;

static void fail(const char *what, uint64_t a, uint64_t b, uint64_t got, uint64_t want) {
    if (failures++ < 20) {
        printf("FAIL %s(0x%llx, 0x%llx): got 0x%llx, want 0x%llx\n", what, (unsigned long long)a,
               (unsigned long long)b, (unsigned long long)got, (unsigned long long)want);
    }
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) {  // xorshift64*
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

static float as_float(uint32_t x) {
    float f;
    memcpy(&f, &x, 4);
    return f;
}

static uint32_t as_bits(float f) {
    uint32_t x;
    memcpy(&x, &f, 4);
    return x;
}

static int is_nan(uint32_t x) {
    return (x & 0x7fffffff) > 0x7f800000;
}

// results must match bit for bit, except that any NaN matches any NaN
static void check_float(const char *what, uint32_t a, uint32_t b, uint32_t got, uint32_t want) {
    checks++;
    if (got != want && !(is_nan(got) && is_nan(want))) {
        fail(what, a, b, got, want);
    }
}

static void check_int(const char *what, uint64_t a, uint64_t b, uint64_t got, uint64_t want) {
    checks++;
    if (got != want) {
        fail(what, a, b, got, want);
    }
}

static void float_pair(uint32_t a, uint32_t b) {
    volatile float x = as_float(a), y = as_float(b);  // volatile: computed at run time
    check_float("fadd", a, b, rt_fadd(a, b), as_bits(x + y));
    check_float("fsub", a, b, rt_fsub(a, b), as_bits(x - y));
    check_float("fmul", a, b, rt_fmul(a, b), as_bits(x * y));
    check_float("fdiv", a, b, rt_fdiv(a, b), as_bits(x / y));
    check_int("fcmpeq", a, b, rt_fcmpeq(a, b), x == y);
    check_int("fcmplt", a, b, rt_fcmplt(a, b), x < y);
    check_int("fcmple", a, b, rt_fcmple(a, b), x <= y);
    check_int("fcmpgt", a, b, rt_fcmpgt(a, b), x > y);
    check_int("fcmpge", a, b, rt_fcmpge(a, b), x >= y);
    check_int("fcmpun", a, b, rt_fcmpun(a, b), x != x || y != y);
}

// conversions to integers: truncation in range; saturation and NaN -> 0 outside
static void float_convert(uint32_t a) {
    volatile float x = as_float(a);
    int32_t want_i = x != x ? 0 : x >= 2147483648.0f ? INT32_MAX : x <= -2147483648.0f ? INT32_MIN : (int32_t)x;
    uint32_t want_u = x != x || x <= 0.0f ? 0 : x >= 4294967296.0f ? UINT32_MAX : (uint32_t)x;
    check_int("f2iz", a, 0, (uint32_t)rt_f2iz(a), (uint32_t)want_i);
    check_int("f2uiz", a, 0, rt_f2uiz(a), want_u);
}

static void int_convert(uint32_t u) {
    volatile uint32_t v = u;
    check_float("i2f", u, 0, rt_i2f((int32_t)u), as_bits((float)(int32_t)v));
    check_float("ui2f", u, 0, rt_ui2f(u), as_bits((float)v));
}

static uint32_t random_float(void) {
    uint64_t r = rnd();
    switch (r & 3) {
        case 0:  // any bit pattern
            return (uint32_t)(r >> 32);
        case 1:  // a normal number of moderate size
            return (uint32_t)(r >> 32 & 0x807fffff) | (uint32_t)(100 + (r >> 8) % 56) << 23;
        case 2:  // near the subnormal range
            return (uint32_t)(r >> 32 & 0x807fffff) | (uint32_t)((r >> 8) % 4) << 23;
        default:  // near overflow
            return (uint32_t)(r >> 32 & 0x807fffff) | (uint32_t)(250 + (r >> 8) % 5) << 23;
    }
}

static void test_floats(void) {
    // edge patterns: every sign, several exponents and significands (zeros, subnormals,
    // the extremes of the normal range, infinities and NaNs among them), crossed
    static const uint32_t exps[] = {0, 1, 2, 23, 24, 25, 100, 126, 127, 128, 150, 151, 152, 200, 253, 254, 255};
    static const uint32_t mants[] = {0, 1, 2, 3, 0x400000, 0x400001, 0x7fffff, 0x7ffffe, 0x3fffff, 0x555555, 0x200000, 0x000fff};
    enum { NE = sizeof exps / sizeof exps[0], NM = sizeof mants / sizeof mants[0] };
    static uint32_t edge[2 * NE * NM];
    int n = 0;
    for (int s = 0; s < 2; s++) {
        for (int e = 0; e < NE; e++) {
            for (int m = 0; m < NM; m++) {
                edge[n++] = (uint32_t)s << 31 | exps[e] << 23 | mants[m];
            }
        }
    }
    for (int i = 0; i < n; i++) {
        float_convert(edge[i]);
        for (int j = 0; j < n; j++) {
            float_pair(edge[i], edge[j]);
        }
    }
    for (long i = 0; i < 1500000; i++) {
        uint32_t a = random_float(), b = random_float();
        float_pair(a, b);
        // operands close together: cancellation in subtraction, exact ties in rounding
        uint32_t c = a ^ (uint32_t)(rnd() & 0x1ff);
        float_pair(a, c);
        float_pair(a, c ^ 0x80000000u);
        float_convert(a);
        int_convert((uint32_t)rnd() >> (rnd() & 31));
    }
    static const uint32_t ints[] = {0, 1, 2, 3, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff,
                                    0xfffffffe, 0x00ffffff, 0x01000000, 0x01000001, 0x01000003, 0x7fffff80,
                                    0x7fffffc0, 0xffffff80};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        int_convert(ints[i]);
    }
}

static void div32(uint32_t n, uint32_t d) {
    uint64_t u = rt_uidivmod(n, d);
    if (d == 0) {  // harmless: all-ones quotient, the dividend as remainder
        check_int("uidivmod0", n, d, u, (uint64_t)n << 32 | UINT32_MAX);
        return;
    }
    check_int("uidivmod", n, d, u, (uint64_t)(n % d) << 32 | (n / d));
    int32_t sn = (int32_t)n, sd = (int32_t)d;
    uint32_t q = sn == INT32_MIN && sd == -1 ? (uint32_t)INT32_MIN : (uint32_t)(sn / sd);
    uint32_t r = sn == INT32_MIN && sd == -1 ? 0 : (uint32_t)(sn % sd);
    check_int("idivmod", n, d, rt_idivmod(sn, sd), (uint64_t)r << 32 | q);
}

static void div64(uint64_t n, uint64_t d) {
    uint64_t r;
    int64_t sr;
    check_int("lmul", n, d, rt_lmul(n, d), n * d);
    if (d == 0) {
        check_int("uldivmod0", n, d, rt_uldivmod(n, d, &r), UINT64_MAX);
        check_int("uldivmod0 rem", n, d, r, n);
        return;
    }
    check_int("uldivmod", n, d, rt_uldivmod(n, d, &r), n / d);
    check_int("uldivmod rem", n, d, r, n % d);
    int64_t sn = (int64_t)n, sd = (int64_t)d;
    int overflow = sn == INT64_MIN && sd == -1;
    check_int("ldivmod", n, d, (uint64_t)rt_ldivmod(sn, sd, &sr), overflow ? n : (uint64_t)(sn / sd));
    check_int("ldivmod rem", n, d, (uint64_t)sr, overflow ? 0 : (uint64_t)(sn % sd));
}

static void test_division(void) {
    static const uint64_t edge[] = {0, 1, 2, 3, 7, 10, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
                                    0x80000001, 0xfffffffe, 0xffffffff, 0x100000000ull,
                                    0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffffffffffull,
                                    0xfffffffffffffffeull, 0xffffffff00000000ull};
    enum { NE = sizeof edge / sizeof edge[0] };
    for (int i = 0; i < NE; i++) {
        for (int j = 0; j < NE; j++) {
            div32((uint32_t)edge[i], (uint32_t)edge[j]);
            div32((uint32_t)-edge[i], (uint32_t)edge[j]);
            div64(edge[i], edge[j]);
            div64(-edge[i], edge[j]);
        }
    }
    for (int i = 0; i < 64; i++) {  // powers of two
        for (int j = 0; j < 64; j++) {
            div32(1u << (i & 31), 1u << (j & 31));
            div64(1ull << i, 1ull << j);
            div64(-(1ull << i), 1ull << j);
        }
    }
    for (long i = 0; i < 1000000; i++) {
        uint64_t a = rnd(), b = rnd();
        div32((uint32_t)a >> (a >> 59), (uint32_t)b >> (b >> 59));
        div64(a >> (a >> 58), b >> (b >> 58));
    }
}

static int sign_of(int x) {
    return (x > 0) - (x < 0);
}

static void test_strings(void) {
    unsigned char buf[96], ref[96], src[96];
    for (int i = 0; i < 96; i++) {
        src[i] = (unsigned char)(rnd() | 0x80 * (i & 1));
    }
    for (int n = 0; n < 40; n++) {
        for (int from = 0; from < 40; from++) {
            for (int to = 0; to < 40; to++) {  // every alignment, overlap both ways
                memcpy(buf, src, 96);
                memcpy(ref, src, 96);
                checks++;
                if (rt_memmove(buf + to, buf + from, (size_t)n) != buf + to ||
                    memcmp(buf, (memmove(ref + to, ref + from, (size_t)n), ref), 96) != 0) {
                    fail("memmove", (uint64_t)from, (uint64_t)to, (uint64_t)n, 0);
                }
            }
            memcpy(buf, src, 96);
            memcpy(ref, src, 96);
            checks++;
            if (rt_memset(buf + from, 0x1a5, (size_t)n) != buf + from ||
                memcmp(buf, (memset(ref + from, 0x1a5, (size_t)n), ref), 96) != 0) {
                fail("memset", (uint64_t)from, 0, (uint64_t)n, 0);
            }
            // compare with a copy that differs in one byte (or not at all)
            memcpy(buf, src, 96);
            if (n > 0 && from % 3) {
                buf[from + (size_t)(rnd() % (uint64_t)n)] ^= (unsigned char)(1 + rnd() % 255);
            }
            check_int("memcmp", (uint64_t)from, (uint64_t)n, (uint64_t)sign_of(rt_memcmp(buf + from, src + from, (size_t)n)),
                      (uint64_t)sign_of(memcmp(buf + from, src + from, (size_t)n)));
            int c = (int)src[(from + n / 2) % 96] | (from & 1 ? 0 : 0x100);
            check_int("memchr", (uint64_t)from, (uint64_t)n, (uint64_t)(uintptr_t)rt_memchr(src + from, c, (size_t)n),
                      (uint64_t)(uintptr_t)memchr(src + from, c, (size_t)n));
        }
    }
    static const char *const words[] = {"", "a", "b", "ab", "abc", "abd", "ab\x80", "ab\x7f", "\xff", "hello", "help"};
    enum { NW = sizeof words / sizeof words[0] };
    for (int i = 0; i < NW; i++) {
        const char *s = words[i];
        check_int("strlen", (uint64_t)i, 0, rt_strlen(s), strlen(s));
        for (int c = 0; c < 256; c += 1) {
            check_int("strchr", (uint64_t)i, (uint64_t)c, (uint64_t)(uintptr_t)rt_strchr(s, c | 0x100 * (c & 1)),
                      (uint64_t)(uintptr_t)strchr(s, c));
        }
        for (int j = 0; j < NW; j++) {
            const char *t = words[j];
            check_int("strcmp", (uint64_t)i, (uint64_t)j, (uint64_t)sign_of(rt_strcmp(s, t)), (uint64_t)sign_of(strcmp(s, t)));
            for (size_t n = 0; n < 7; n++) {
                check_int("strncmp", (uint64_t)i, (uint64_t)j * 8 + n, (uint64_t)sign_of(rt_strncmp(s, t, n)),
                          (uint64_t)sign_of(strncmp(s, t, n)));
            }
        }
    }
}

int main(void) {
    test_floats();
    test_division();
    test_strings();
    printf("rt: %ld checks, %ld failed\n", checks, failures);
    return failures != 0;
}
