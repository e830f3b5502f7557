// extmod/binpack.h: loading and storing machine numbers (integers of 1 to 8 bytes, IEEE
// floats of 4 or 8 bytes) at a byte address in either byte order; shared by struct, array
// and uctypes. Memory is accessed byte by byte, so p needs no alignment (Cortex-M0 faults
// on unaligned word access).
#ifndef FE_EXTMOD_BINPACK_H
#define FE_EXTMOD_BINPACK_H

#include "py/obj.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define FE_BIN_HOST_BIG true
#else
#define FE_BIN_HOST_BIG false
#endif

// How the bits of a value are read.
enum { FE_BIN_UNSIGNED, FE_BIN_SIGNED, FE_BIN_FLOAT };

// The kind of a struct/array typecode: f and d are floats, other lower-case letters signed
// integers, the rest unsigned.
int fe_bin_kind(int code);

// The `size` bytes at p as an unsigned number, or stores the low `size` bytes of v there.
uint64_t fe_bin_get(const uint8_t *p, size_t size, bool big);
void fe_bin_put(uint8_t *p, size_t size, bool big, uint64_t v);

// The value at p as a Python int or float (a float is 4 or 8 bytes).
fe_obj_t fe_bin_load(const uint8_t *p, size_t size, bool big, int kind);

// Whether the int v fits `size` bytes (two's complement if is_signed): 0 if it does, 1 if
// it is too big, -1 if too small.
int fe_bin_int_check(fe_obj_t v, size_t size, bool is_signed);

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
// The IEEE bits of f as a float of `size` (4 or 8) bytes.
uint64_t fe_bin_float_bits(fe_float_t f, size_t size);
#endif

#endif
