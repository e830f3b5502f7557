// extmod/binpack.c: machine numbers at a byte address, for struct, array and uctypes (see
// binpack.h).
#include <string.h>
#include "lib/libm/libm.h"
#include "extmod/binpack.h"

int fe_bin_kind(int code) {
    if (code == 'f' || code == 'd') {
        return FE_BIN_FLOAT;
    }
    return code >= 'a' ? FE_BIN_SIGNED : FE_BIN_UNSIGNED;
}

uint64_t fe_bin_get(const uint8_t *p, size_t size, bool big) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        v |= (uint64_t)p[big ? size - 1 - i : i] << (8 * i);
    }
    return v;
}

void fe_bin_put(uint8_t *p, size_t size, bool big, uint64_t v) {
    for (size_t i = 0; i < size; i++) {
        p[big ? size - 1 - i : i] = (uint8_t)(v >> (8 * i));
    }
}

fe_obj_t fe_bin_load(const uint8_t *p, size_t size, bool big, int kind) {
    uint64_t v = fe_bin_get(p, size, big);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (kind == FE_BIN_FLOAT) {
        if (size == 4) {
            uint32_t bits = (uint32_t)v;
            float f;
            memcpy(&f, &bits, 4);
            return fe_float_new((fe_float_t)f);
        }
        return fe_float_new(FE_FLOAT_FROM_DOUBLE_BITS(v));
    }
#endif
    if (kind == FE_BIN_SIGNED) {
        if (size < 8 && (v >> (size * 8 - 1)) & 1) {
            v |= ~(uint64_t)0 << (size * 8);
        }
        return fe_int_from_ll((long long)(int64_t)v);
    }
    return fe_int_from_ull(v);
}

int fe_bin_int_check(fe_obj_t v, size_t size, bool is_signed) {
    bool neg = fe_is_true(fe_binary_op(FE_BINARY_LESS, v, FE_NEW_SMALL_INT(0)));
    // the bits beyond the item (and its sign bit if signed) must all equal the sign
    fe_obj_t top = fe_binary_op(FE_BINARY_RSHIFT, v, FE_NEW_SMALL_INT(size * 8 - (is_signed ? 1 : 0)));
    if ((neg && !is_signed) || !fe_equal(top, FE_NEW_SMALL_INT(neg ? -1 : 0))) {
        return neg ? -1 : 1;
    }
    return 0;
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
uint64_t fe_bin_float_bits(fe_float_t f, size_t size) {
    if (size == 4) {
        float x = (float)f;
        uint32_t bits;
        memcpy(&bits, &x, 4);
        return bits;
    }
    return FE_FLOAT_TO_DOUBLE_BITS(f);
}
#endif
