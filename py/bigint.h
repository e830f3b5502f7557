// py/bigint.h: arbitrary-precision integers: the big-int object layout and the magnitude
// arithmetic (arrays of digits, least significant first) behind it.
//
// Digits are half a machine word so that a digit product fits a word-sized (or at least
// double-digit) intermediate: 32-bit digits with 64-bit intermediates on 64-bit hosts,
// 16-bit digits with 32-bit intermediates on 32-bit targets (Cortex-M0 has no 64-bit
// multiply or any hardware divide; only portable C is used, the compiler supplies helpers).
//
// Canonical form (shared with py/objint.c): a Python int whose value fits a small int is
// always the immediate small int; a fe_bigint_t object always holds a value outside the
// small-int range, with no leading zero digits. So two ints are equal iff they are the
// same small int or two big ints with equal sign and digits.
#ifndef FE_PY_BIGINT_H
#define FE_PY_BIGINT_H

#include "py/obj.h"

// FE_BIGINT_DIGIT_BITS (16 or 32) may force a digit size, e.g. to test the 32-bit-target
// code path on a 64-bit host.
#if defined(FE_BIGINT_DIGIT_BITS) ? FE_BIGINT_DIGIT_BITS == 32 : UINTPTR_MAX > 0xffffffffu
typedef uint32_t fe_dig_t;
typedef uint64_t fe_ddig_t;
#define FE_DIG_BITS 32
#else
typedef uint16_t fe_dig_t;
typedef uint32_t fe_ddig_t;
#define FE_DIG_BITS 16
#endif
#define FE_DIG_MASK ((fe_dig_t)~(fe_dig_t)0)

// A big int: sign and magnitude. Immutable once made.
typedef struct {
    fe_objbase_t base;  // &fe_type_int
    size_t len;         // digits in use (dig[len-1] != 0)
    bool neg;
    fe_dig_t dig[];
} fe_bigint_t;

// Digits needed to hold any fe_int_t / unsigned long long magnitude.
#define FE_WORD_DIGITS ((sizeof(fe_uint_t) * 8 + FE_DIG_BITS - 1) / FE_DIG_BITS)
#define FE_ULL_DIGITS ((sizeof(unsigned long long) * 8 + FE_DIG_BITS - 1) / FE_DIG_BITS)

// ---- magnitude arithmetic (no allocation unless stated) -------------------------------
// Lengths are digit counts; results return their normalised length. Unless said otherwise
// the result may not overlap the inputs.
size_t bn_norm(const fe_dig_t *a, size_t n);
int bn_cmp(const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn);
size_t bn_bit_length(const fe_dig_t *a, size_t n);
// r = a + b; r needs max(an, bn) + 1 digits; r may be a or b.
size_t bn_add(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn);
// r = a - b with a >= b; r needs an digits; r may be a or b.
size_t bn_sub(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn);
// r = a * b; r needs an + bn digits. Uses Karatsuba (heap scratch) above a threshold.
size_t bn_mul(fe_dig_t *r, const fe_dig_t *a, size_t an, const fe_dig_t *b, size_t bn);
// r = a * m + add; r needs an + 1 digits; r may be a.
size_t bn_mul_small(fe_dig_t *r, const fe_dig_t *a, size_t an, fe_dig_t m, fe_dig_t add);
// q = a / d, returns a % d; q needs an digits; q may be a. *qn gets q's length.
fe_dig_t bn_divmod_small(fe_dig_t *q, size_t *qn, const fe_dig_t *a, size_t an, fe_dig_t d);
// q = a / b (needs an - bn + 1 digits, may be NULL), r = a % b (needs bn digits, may be
// NULL). bn >= 1, b normalised. scratch needs an + bn + 1 digits. Knuth's algorithm D, or
// bit-by-bit long division where FE_NUMBERS_KNUTH_DIV is 0.
void bn_divmod(fe_dig_t *q, size_t *qn, fe_dig_t *r, size_t *rn, const fe_dig_t *a, size_t an,
               const fe_dig_t *b, size_t bn, fe_dig_t *scratch);
// r = a << s; r needs an + s / FE_DIG_BITS + 1 digits; r may be a.
size_t bn_shl(fe_dig_t *r, const fe_dig_t *a, size_t an, size_t s);
// r = a >> s; r needs an digits; r may be a. *lost set if nonzero bits were shifted out (may be NULL).
size_t bn_shr(fe_dig_t *r, const fe_dig_t *a, size_t an, size_t s, bool *lost);
// Magnitude of a word / unsigned long long into digits; returns the length.
size_t bn_from_uint(fe_dig_t *r, fe_uint_t v);
size_t bn_from_ull(fe_dig_t *r, unsigned long long v);
// r = 10**e; r needs bn_pow10_digits(e) digits.
size_t bn_pow10_digits(unsigned e);
size_t bn_pow10(fe_dig_t *r, unsigned e);

// ---- big int objects -------------------------------------------------------------------
fe_bigint_t *fe_bigint_alloc(size_t ndigits);
// Makes the canonical int (small when it fits) from sign and magnitude (copied).
fe_obj_t fe_bigint_make(bool neg, const fe_dig_t *mag, size_t n);
// Canonicalises a freshly allocated fe_bigint_t (its len may include leading zeros).
fe_obj_t fe_bigint_finish(fe_bigint_t *b);
// Sign and magnitude of any int (small or big). A small int is unpacked into buf
// (FE_WORD_DIGITS digits); returns the digit pointer.
const fe_dig_t *fe_int_mag(fe_obj_t o, fe_dig_t *buf, size_t *n, bool *neg);
// Text of a magnitude in base 2..36: bn_to_text writes it right-aligned ending at
// buf + buf_len and returns its length; work (n digits) is destroyed. buf_len must be at
// least bn_text_max(n, base).
size_t bn_text_max(size_t n, unsigned base);
size_t bn_to_text(char *buf, size_t buf_len, fe_dig_t *work, size_t n, unsigned base, bool upper);
// Decimal (or other base) text of an int magnitude with sign into the vstr.
void fe_int_to_text(fe_vstr_t *out, fe_obj_t o, unsigned base, bool upper);

// ---- shared between the number types (objint.c objbool.c objfloat.c floatfmt.c objcomplex.c)
// Hashes follow CPython: values reduced modulo the Mersenne prime 2**61-1 (2**31-1 on
// 32-bit targets), so equal ints, floats and complexes hash equally.
#if UINTPTR_MAX > 0xffffffffu
#define FE_HASH_BITS 61
#else
#define FE_HASH_BITS 31
#endif
#define FE_HASH_MODULUS ((((fe_uint_t)1) << FE_HASH_BITS) - 1)
#define FE_HASH_INF 314159
fe_int_t fe_int_hash(fe_obj_t o);
// The plain int behind o (bool -> 0/1, int subclass instance -> its native int) or FE_NULL.
fe_obj_t fe_int_unwrap(fe_obj_t o);
fe_obj_t fe_int_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
// Lays out a formatted number: sign, prefix ("0x"), integer digits (grouped as the spec
// says), then the rest (fraction, exponent, '%'), with fill/align/width/zero padding.
void fe_format_number(fe_vstr_t *out, const fe_format_spec_t *spec, bool negative, const char *prefix,
                      const char *intdigits, size_t nint, const char *rest, size_t nrest);
// Data attributes (real, imag, numerator, denominator); methods are found in locals_dict.
void fe_int_attr(fe_obj_t self, qstr attr, fe_obj_t *dest);  // also bool's

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
// Arithmetic and comparisons where at least one side is a float and the other a float or
// int (or complex, which is delegated); exact int/float comparisons. FE_NULL if unsupported.
fe_obj_t fe_float_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
fe_obj_t fe_int_from_float(fe_float_t f);   // truncates; OverflowError/ValueError for inf/nan
fe_int_t fe_float_hash(fe_float_t f);
// The float behind o if o is a float or float subclass instance (true), else false.
bool fe_float_unwrap(fe_obj_t o, fe_float_t *out);
// Decimal digits of |v| (finite, nonzero): mode 0 shortest round-trip (ndigits ignored),
// mode 2 ndigits significant digits, mode 3 ndigits after the decimal point. Writes digits
// without trailing zeros into buf (NUL-terminated, may be empty in mode 3 when the value
// rounds to zero) and sets *decpt so that value = 0.DIGITS * 10**decpt. Rounding is exact
// (half-even on the exact binary value). buf needs ndigits + 330 bytes (mode 3) or
// ndigits + 2 (mode 2) or 20 (mode 0) bytes.
size_t fe_float_digits(fe_float_t v, int mode, int ndigits, char *buf, int *decpt);
// v (finite, > 0) rounded half-even on its exact value to ndigits decimal places (ndigits
// < 0: to a multiple of 10**-ndigits), then correctly rounded to a float (inf if too large).
fe_float_t fe_float_round_places(fe_float_t v, int ndigits);
// Float text parse core: returns false if s is not a valid float literal.
bool fe_float_parse_text(const char *s, size_t len, bool allow_underscores, fe_float_t *out);
#if FE_ENABLE_COMPLEX
fe_obj_t fe_complex_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
bool fe_complex_unwrap(fe_obj_t o, fe_float_t *re, fe_float_t *im);
#endif

// Correctly rounds mag * 2**exp2 (plus a nonzero tail below the last digit if sticky) to the
// nearest float, ties to even. Sets *overflow (result then inf) when too large.
fe_float_t fe_float_from_mag(const fe_dig_t *mag, size_t n, long exp2, bool sticky, bool *overflow);
#endif

#endif
