// ports/qemu-microbit/rt/divide.c: integer division for the Cortex-M0 (no divide
// instruction) and its 64-bit multiplication, in place of libgcc's larger routines: plain restoring long division, one
// quotient bit per step (slower, but division is rare in the core's hot paths). Division by
// zero is harmless and falls out of the loop: quotient all ones, remainder the dividend
// (the core checks for zero before dividing).
// The rt_ names are portable C (tests/rt/test_rt.c checks them on the host); built with
// RT_EXPORT (the firmware) they also get the AEABI names the compiler calls. A pair
// (quotient, remainder) of 32-bit values comes back as one 64-bit value, i.e. in r0 and r1
// as the AEABI wants; the 64-bit pairs go through the thunks at the end.
#include <stdint.h>

#include "rt.h"

// One step of long division: n's top bit moves into the partial remainder r, and the
// quotient bit into n's bottom. r never overflows: before step k (from 0) it is below 2^k,
// as it holds at most the k top bits of n.
#define DIVIDE_STEP(n, r, d) \
    do { \
        r = r << 1 | n >> 31; \
        n <<= 1; \
        if (r >= d) { \
            r -= d; \
            n |= 1; \
        } \
    } while (0)

// Quotient in the low word, remainder in the high word. Whole bytes of n move into r at
// once while r stays below d (their quotient bits are 0), and the steps are unrolled by 4:
// the big-number code divides by 10^4 with 16-bit quotients, printing an int of 4300 digits
// takes about a million such divisions.
uint64_t rt_uidivmod(uint32_t n, uint32_t d) {
    uint32_t r = 0;
    int steps = 32;
    while (steps && !(r >> 24) && (r << 8 | n >> 24) < d) {
        r = r << 8 | n >> 24;
        n <<= 8;
        steps -= 8;
    }
    for (; steps; steps -= 4) {  // steps is a multiple of 8
        DIVIDE_STEP(n, r, d);
        DIVIDE_STEP(n, r, d);
        DIVIDE_STEP(n, r, d);
        DIVIDE_STEP(n, r, d);
    }
    return (uint64_t)r << 32 | n;
}

// truncating: the remainder has the dividend's sign (INT32_MIN / -1 wraps to INT32_MIN)
uint64_t rt_idivmod(int32_t n, int32_t d) {
    uint32_t un = n < 0 ? 0u - (uint32_t)n : (uint32_t)n;
    uint64_t qr = rt_uidivmod(un, d < 0 ? 0u - (uint32_t)d : (uint32_t)d);
    uint32_t q = (uint32_t)qr, r = (uint32_t)(qr >> 32);
    if ((n ^ d) < 0) {
        q = 0u - q;
    }
    if (n < 0) {
        r = 0u - r;
    }
    return (uint64_t)r << 32 | q;
}

// the same for 64 bits (used rarely: the time module)
uint64_t rt_uldivmod(uint64_t n, uint64_t d, uint64_t *rem) {
    uint64_t r = 0;
    for (int i = 0; i < 64; i++) {
        r = r << 1 | n >> 63;  // as DIVIDE_STEP
        n <<= 1;
        if (r >= d) {
            r -= d;
            n |= 1;
        }
    }
    *rem = r;
    return n;
}

int64_t rt_ldivmod(int64_t n, int64_t d, int64_t *rem) {
    uint64_t r, q = rt_uldivmod(n < 0 ? 0u - (uint64_t)n : (uint64_t)n,
                                d < 0 ? 0u - (uint64_t)d : (uint64_t)d, &r);
    *rem = (int64_t)(n < 0 ? 0u - r : r);
    return (int64_t)((n ^ d) < 0 ? 0u - q : q);
}

// a * b modulo 2^64 from 32 x 32 -> 32-bit multiplies (MULS): the low words' full product
// from 16-bit halves, the high words only for the top word
uint64_t rt_lmul(uint64_t a, uint64_t b) {
    uint32_t al = (uint32_t)a, bl = (uint32_t)b;
    uint32_t a0 = al & 0xffff, a1 = al >> 16, b0 = bl & 0xffff, b1 = bl >> 16;
    uint32_t cross = a1 * b0 + (a0 * b0 >> 16);  // (2^16 - 1)^2 + 2^16 - 1 fits 32 bits
    uint32_t cross2 = a0 * b1 + (cross & 0xffff);
    uint32_t lo = cross2 << 16 | (a0 * b0 & 0xffff);
    uint32_t hi = a1 * b1 + (cross >> 16) + (cross2 >> 16) + al * (uint32_t)(b >> 32) + (uint32_t)(a >> 32) * bl;
    return (uint64_t)hi << 32 | lo;
}

#ifdef RT_EXPORT
#define RT_ALIAS(abi_name, rt_name) __typeof__(rt_name) abi_name __attribute__((alias(#rt_name)));
// __aeabi_uidiv/__aeabi_idiv return only r0: the divmod forms also serve them (r1 is scratch)
RT_ALIAS(__aeabi_uidivmod, rt_uidivmod)
RT_ALIAS(__aeabi_uidiv, rt_uidivmod)
RT_ALIAS(__aeabi_idivmod, rt_idivmod)
RT_ALIAS(__aeabi_idiv, rt_idivmod)
RT_ALIAS(__aeabi_lmul, rt_lmul)

// __aeabi_uldivmod/__aeabi_ldivmod(n in r0:r1, d in r2:r3) return the quotient in r0:r1 and
// the remainder in r2:r3: call the C function with a pointer (5th argument, on the stack)
// to a stack slot for the remainder, then load it. r4 is pushed only to keep sp 8-aligned.
#define RT_DIVMOD64_THUNK(abi_name, rt_name) \
    __asm__(".section .text." #abi_name ",\"ax\",%progbits\n" \
            ".global " #abi_name "\n" \
            ".type " #abi_name ", %function\n" \
            ".thumb_func\n" \
            #abi_name ":\n" \
            "  push {r4, lr}\n" \
            "  sub sp, #16\n"       /* [sp]: the pointer argument, [sp+8]: the remainder */ \
            "  add r4, sp, #8\n" \
            "  str r4, [sp]\n" \
            "  bl " #rt_name "\n" \
            "  ldr r2, [sp, #8]\n" \
            "  ldr r3, [sp, #12]\n" \
            "  add sp, #16\n" \
            "  pop {r4, pc}\n" \
            ".size " #abi_name ", . - " #abi_name "\n" \
            ".text\n");
RT_DIVMOD64_THUNK(__aeabi_uldivmod, rt_uldivmod)
RT_DIVMOD64_THUNK(__aeabi_ldivmod, rt_ldivmod)
#endif
