// extmod/moductypes.c: the uctypes module, structured access to raw memory as the manual's
// "uctypes" section describes (descriptors are dicts; offsets are explicit).
//
// Encoding of descriptor values (ints of at most 31 bits, so they are small ints on every
// port):  scalar  = type << 27 | offset (27 bits)
//         bitfield= type << 27 | len << 22 | pos << 17 | offset (17 bits)   (BFUINT8..BFINT32)
//         aggregate tuple: (kind << 29 | offset, ...) with kind 0 struct, 1 PTR, 2 ARRAY;
//         for a scalar ARRAY the second item is type << 27 | count.
// ARRAY as a constant is 2 << 29 (negative as a 31-bit value: the bit patterns decode the
// same either way). Memory is accessed byte by byte (no unaligned word access faults on
// Cortex-M0); NATIVE is the host's byte order; BIG_ENDIAN/LITTLE_ENDIAN are packed layouts.
// NATIVE only differs in sizeof(), rounded up to the largest field's size. Signed
// bitfields (BFINT*) are sign-extended. bytearray_at() returns a bytearray over the memory
// itself: it must not be resized.
#include <string.h>
#include "py/obj.h"
#include "lib/libm/libm.h"
#include "extmod/libutil.h"
#include "extmod/binpack.h"
#include "py/objstr.h"  // fe_bytearray_t, for bytearray_at's view of foreign memory

enum { T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_UINT64, T_INT64,
       T_BFUINT8, T_BFINT8, T_BFUINT16, T_BFINT16, T_BFUINT32, T_BFINT32, T_FLOAT32, T_FLOAT64 };
enum { AGG_STRUCT, AGG_PTR, AGG_ARRAY };
enum { LAYOUT_LITTLE, LAYOUT_BIG, LAYOUT_NATIVE };

#define TYPE_SHIFT 27
#define SCALAR_OFFSET_MASK (((fe_int_t)1 << 27) - 1)
#define BF_OFFSET_MASK (((fe_int_t)1 << 17) - 1)
#define BF_POS_SHIFT 17
#define BF_LEN_SHIFT 22
#define AGG_SHIFT 29
#define AGG_OFFSET_MASK (((fe_int_t)1 << 29) - 1)

#define TYPE_CONST(t) ((fe_int_t)(t) << TYPE_SHIFT)

typedef struct {
    fe_objbase_t base;
    fe_obj_t desc;      // dict: a structure; tuple: an ARRAY or PTR field
    uintptr_t addr;
    uint8_t layout;
} ustruct_t;

extern const fe_type_t fe_type_uctypes_struct;

static FE_NORETURN void syntax_error(void) {
    fe_raise_msg(&fe_type_TypeError, "struct: bad descriptor");
}

static fe_int_t desc_int(fe_obj_t o) {
    fe_int_t v;
    if (!fe_get_int_maybe(o, &v)) {
        syntax_error();
    }
    return v;
}

// An int of any size as an unsigned word (addresses on 32-bit ports exceed small ints).
static uint64_t to_u64(fe_obj_t o) {
    fe_int_t v;
    if (fe_get_int_maybe(o, &v)) {
        return (uint64_t)(int64_t)v;
    }
    if (!fe_is_int(o)) {
        fe_raise_fmt(&fe_type_TypeError, "can't convert %T to int", o);
    }
    return fe_lib_int_low64(o);
}

static bool is_big(int layout) {
    return layout == LAYOUT_BIG || (layout == LAYOUT_NATIVE && FE_BIN_HOST_BIG);
}

static size_t scalar_size(int type) {
    if (type == T_FLOAT32) {
        return 4;
    }
    return (size_t)1 << ((type & 7) >> 1);
}

static int64_t sign_extend(uint64_t v, unsigned bits) {
    if (bits < 64 && (v >> (bits - 1)) & 1) {
        v |= ~(uint64_t)0 << bits;
    }
    return (int64_t)v;
}

#if FE_FLOAT_IMPL == FE_FLOAT_NONE
static FE_NORETURN void no_floats(void) {
    fe_raise_msg(&fe_type_TypeError, "struct: floats not supported");
}
#endif

// The int value as an unsigned word for storing into a field.
static uint64_t int_bits(fe_obj_t value) {
    if (!fe_is_int(value)) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", value);
    }
    return to_u64(value);
}

// Loads (value == FE_NULL) or stores the scalar (not bitfield) field at addr.
static fe_obj_t scalar_access(uintptr_t addr, int type, int layout, fe_obj_t value) {
    size_t size = scalar_size(type);
    bool big = is_big(layout);
    int kind = (type & 1) ? FE_BIN_SIGNED : FE_BIN_UNSIGNED;
    if (type >= T_FLOAT32) {
#if FE_FLOAT_IMPL == FE_FLOAT_NONE
        no_floats();
#endif
        kind = FE_BIN_FLOAT;
    }
    if (value == FE_NULL) {
        return fe_bin_load((const uint8_t *)addr, size, big, kind);
    }
    uint64_t raw;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (kind == FE_BIN_FLOAT) {
        raw = fe_bin_float_bits(fe_get_float(value), size);
    } else
#endif
    {
        raw = int_bits(value);
    }
    fe_bin_put((uint8_t *)addr, size, big, raw);
    return fe_none;
}

// ---- sizes ------------------------------------------------------------------------------

static size_t struct_size(fe_obj_t desc, int layout, size_t *max_field);

static size_t agg_size(fe_obj_t tuple, int layout, size_t *max_field) {
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(tuple, &n, &items);
    if (n < 2) {
        syntax_error();
    }
    fe_int_t head = desc_int(items[0]);
    switch ((head >> AGG_SHIFT) & 3) {
        case AGG_STRUCT:
            return struct_size(items[1], layout, max_field);
        case AGG_PTR:
            if (sizeof(void *) > *max_field) {
                *max_field = sizeof(void *);
            }
            return sizeof(void *);
        case AGG_ARRAY: {
            fe_int_t spec = desc_int(items[1]);
            if (n == 2) {
                size_t item = scalar_size((int)((spec >> TYPE_SHIFT) & 15));
                if (item > *max_field) {
                    *max_field = item;
                }
                return item * (size_t)(spec & SCALAR_OFFSET_MASK);
            }
            return struct_size(items[2], layout, max_field) * (size_t)spec;
        }
        default:
            syntax_error();
    }
}

static size_t struct_size(fe_obj_t desc, int layout, size_t *max_field) {
    if (fe_obj_is_type_ptr(desc, &fe_type_tuple)) {
        return agg_size(desc, layout, max_field);
    }
    if (fe_is_int(desc)) {
        fe_raise_msg(&fe_type_TypeError, "can't unambiguously get sizeof scalar");
    }
    if (!fe_obj_is_type_ptr(desc, &fe_type_dict)) {
        syntax_error();
    }
    size_t total = 0;
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(fe_dict_get_map(desc), &pos)) != NULL) {
        fe_obj_t v = e->value;
        if (fe_is_int(v)) {
            fe_int_t x = desc_int(v);
            int type = (int)((x >> TYPE_SHIFT) & 15);
            size_t off = type >= T_BFUINT8 && type <= T_BFINT32 ? (size_t)(x & BF_OFFSET_MASK)
                                                                : (size_t)(x & SCALAR_OFFSET_MASK);
            size_t s = scalar_size(type);
            if (s > *max_field) {
                *max_field = s;
            }
            if (off + s > total) {
                total = off + s;
            }
        } else if (fe_obj_is_type_ptr(v, &fe_type_tuple)) {
            size_t n;
            fe_obj_t *items;
            fe_tuple_get(v, &n, &items);
            if (n == 0) {
                syntax_error();
            }
            size_t off = (size_t)(desc_int(items[0]) & AGG_OFFSET_MASK);
            size_t s = agg_size(v, layout, max_field);
            if (off + s > total) {
                total = off + s;
            }
        } else {
            syntax_error();
        }
    }
    if (layout == LAYOUT_NATIVE && *max_field > 1) {
        total = (total + *max_field - 1) / *max_field * *max_field;
    }
    return total;
}

// ---- struct objects ---------------------------------------------------------------------

static fe_obj_t new_struct(fe_obj_t desc, uintptr_t addr, int layout) {
    ustruct_t *s = fe_new(ustruct_t);
    s->base.type = &fe_type_uctypes_struct;
    s->desc = desc;
    s->addr = addr;
    s->layout = (uint8_t)layout;
    return s;
}

static int layout_arg(fe_obj_t o) {
    fe_int_t l = fe_get_int(o);
    if (l < LAYOUT_LITTLE || l > LAYOUT_NATIVE) {
        fe_raise_msg(&fe_type_ValueError, "struct: bad layout type");
    }
    return (int)l;
}

static fe_obj_t struct_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_arg_check_num(n_args, n_kw, 2, 3, false);
    uintptr_t addr = (uintptr_t)to_u64(args[0]);
    if (!fe_obj_is_type_ptr(args[1], &fe_type_dict) && !fe_obj_is_type_ptr(args[1], &fe_type_tuple)) {
        fe_raise_fmt(&fe_type_TypeError, "struct: descriptor must be a dict, not %T", args[1]);
    }
    return new_struct(args[1], addr, n_args > 2 ? layout_arg(args[2]) : LAYOUT_NATIVE);
}

static void struct_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    ustruct_t *s = self;
    const char *what = "STRUCT";
    if (fe_obj_is_type_ptr(s->desc, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(s->desc, &n, &items);
        fe_int_t kindv = (desc_int(items[0]) >> AGG_SHIFT) & 3;
        what = kindv == AGG_PTR ? "PTR" : kindv == AGG_ARRAY ? "ARRAY" : "STRUCT";
    }
    fe_printf(print, "<struct %s 0x%x>", what, (unsigned)s->addr);
}

// Reads (value == FE_NULL) or writes the field `v` of a structure at addr.
static fe_obj_t field_access(fe_obj_t v, uintptr_t addr, int layout, fe_obj_t value) {
    if (fe_is_int(v)) {
        fe_int_t x = desc_int(v);
        int type = (int)((x >> TYPE_SHIFT) & 15);
        if (type >= T_BFUINT8 && type <= T_BFINT32) {
            uintptr_t at = addr + (uintptr_t)(x & BF_OFFSET_MASK);
            unsigned pos = (unsigned)((x >> BF_POS_SHIFT) & 31);
            unsigned len = (unsigned)((x >> BF_LEN_SHIFT) & 31);
            size_t size = scalar_size(type);
            bool big = is_big(layout);
            uint64_t word = fe_bin_get((const uint8_t *)at, size, big);
            uint64_t mask = len >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << len) - 1);
            if (value == FE_NULL) {
                uint64_t f = (word >> pos) & mask;
                if ((type & 1) && len > 0) {
                    return fe_int_from_ll(sign_extend(f, len));
                }
                return fe_int_from_ull(f);
            }
            uint64_t nv = int_bits(value) & mask;
            word = (word & ~(mask << pos)) | (nv << pos);
            fe_bin_put((uint8_t *)at, size, big, word);
            return fe_none;
        }
        return scalar_access(addr + (uintptr_t)(x & SCALAR_OFFSET_MASK), type, layout, value);
    }
    if (!fe_obj_is_type_ptr(v, &fe_type_tuple)) {
        syntax_error();
    }
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(v, &n, &items);
    if (n < 2) {
        syntax_error();
    }
    if (value != FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "struct: cannot set aggregate field");
    }
    fe_int_t head = desc_int(items[0]);
    uintptr_t at = addr + (uintptr_t)(head & AGG_OFFSET_MASK);
    switch ((head >> AGG_SHIFT) & 3) {
        case AGG_STRUCT:
            if (!fe_obj_is_type_ptr(items[1], &fe_type_dict)) {
                syntax_error();
            }
            return new_struct(items[1], at, layout);
        case AGG_PTR:
        case AGG_ARRAY:
            return new_struct(v, at, layout);
        default:
            syntax_error();
    }
}

static void struct_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    ustruct_t *s = self;
    if (!fe_obj_is_type_ptr(s->desc, &fe_type_dict)) {
        return;  // arrays and pointers have no fields
    }
    fe_obj_t v = fe_dict_get_maybe(s->desc, FE_NEW_QSTR(attr));
    if (v == FE_NULL) {
        return;
    }
    if (dest[0] == FE_NULL) {
        dest[0] = field_access(v, s->addr, s->layout, FE_NULL);
    } else if (dest[1] != FE_NULL) {
        field_access(v, s->addr, s->layout, dest[1]);
        dest[0] = FE_NULL;
    }
}

// Element i of an ARRAY or PTR object (value FE_NULL: load).
static fe_obj_t struct_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    ustruct_t *s = self;
    if (!fe_obj_is_type_ptr(s->desc, &fe_type_tuple)) {
        fe_raise_msg(&fe_type_TypeError, "struct: cannot index");
    }
    if (value == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "struct: cannot delete items");
    }
    bool load = value == FE_SUBSCR_LOAD;
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(s->desc, &n, &items);
    fe_int_t kind = (desc_int(items[0]) >> AGG_SHIFT) & 3;
    fe_int_t i = fe_get_index(index);
    uintptr_t base = s->addr;
    fe_obj_t elem_desc = FE_NULL;
    int elem_type = -1;
    if (kind == AGG_ARRAY) {
        fe_int_t spec = desc_int(items[1]);
        fe_int_t count;
        if (n == 2) {
            elem_type = (int)((spec >> TYPE_SHIFT) & 15);
            count = spec & SCALAR_OFFSET_MASK;
        } else {
            count = spec;
            elem_desc = items[2];
        }
        if (i < 0 || i >= count) {
            fe_raise_msg(&fe_type_IndexError, "struct: index out of range");
        }
    } else if (kind == AGG_PTR) {
        base = (uintptr_t)fe_bin_get((const uint8_t *)s->addr, sizeof(void *), is_big(s->layout));
        if (fe_is_int(items[1])) {
            elem_type = (int)((desc_int(items[1]) >> TYPE_SHIFT) & 15);
        } else {
            elem_desc = items[1];
        }
    } else {
        fe_raise_msg(&fe_type_TypeError, "struct: cannot index");
    }
    if (elem_type >= 0) {
        if (elem_type >= T_BFUINT8 && elem_type <= T_BFINT32) {
            syntax_error();
        }
        return scalar_access(base + (uintptr_t)i * scalar_size(elem_type), elem_type, s->layout,
                             load ? FE_NULL : value);
    }
    if (!load) {
        fe_raise_msg(&fe_type_TypeError, "struct: cannot set aggregate field");
    }
    size_t max_field = 0;
    size_t size = struct_size(elem_desc, s->layout, &max_field);
    return new_struct(elem_desc, base + (uintptr_t)i * size, s->layout);
}

static fe_obj_t struct_unary_op(fe_unary_op_t op, fe_obj_t self) {
    ustruct_t *s = self;
    if (op == FE_UNARY_LEN && fe_obj_is_type_ptr(s->desc, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(s->desc, &n, &items);
        if (((desc_int(items[0]) >> AGG_SHIFT) & 3) == AGG_ARRAY) {
            fe_int_t spec = desc_int(items[1]);
            return FE_NEW_SMALL_INT(n == 2 ? (spec & SCALAR_OFFSET_MASK) : spec);
        }
    }
    if (op == FE_UNARY_BOOL) {
        return fe_true;
    }
    return FE_NULL;
}

static fe_obj_t struct_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return fe_seq_iter_new(self);
}

static bool struct_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    ustruct_t *s = self;
    size_t max_field = 0;
    info->buf = (void *)s->addr;
    info->len = struct_size(s->desc, s->layout, &max_field);
    info->typecode = 'B';
    return true;
}

const fe_type_t fe_type_uctypes_struct = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_struct,
    .print = struct_print,
    .make_new = struct_make_new,
    .unary_op = struct_unary_op,
    .attr = struct_attr,
    .subscr = struct_subscr,
    .getiter = struct_getiter,
    .buffer = struct_buffer,
};

// ---- module functions -------------------------------------------------------------------

static fe_obj_t uctypes_sizeof(size_t n_args, const fe_obj_t *args) {
    fe_obj_t desc = args[0];
    int layout = n_args > 1 ? layout_arg(args[1]) : LAYOUT_NATIVE;
    if (fe_obj_is_type_ptr(desc, &fe_type_uctypes_struct)) {
        ustruct_t *s = desc;
        desc = s->desc;
        layout = s->layout;
    }
    size_t max_field = 0;
    return fe_int_from_uint(struct_size(desc, layout, &max_field));
}
static FE_DEFINE_FUN_VAR(uctypes_sizeof_obj, Q_sizeof, 1, 2, uctypes_sizeof);

static fe_obj_t uctypes_addressof(fe_obj_t obj) {
    fe_buffer_info_t info;
    fe_get_buffer_raise(obj, &info, FE_BUFFER_READ);
    return fe_int_from_uint((uintptr_t)info.buf);
}
static FE_DEFINE_FUN_1(uctypes_addressof_obj, Q_addressof, uctypes_addressof);

static size_t size_arg(fe_obj_t o) {
    fe_int_t n = fe_get_int(o);
    if (n < 0) {
        fe_raise_msg(&fe_type_ValueError, "negative size");
    }
    return (size_t)n;
}

static fe_obj_t uctypes_bytes_at(fe_obj_t addr, fe_obj_t size) {
    size_t n = size_arg(size);
    return fe_bytes_new((const void *)(uintptr_t)to_u64(addr), n);
}
static FE_DEFINE_FUN_2(uctypes_bytes_at_obj, Q_bytes_at, uctypes_bytes_at);

static fe_obj_t uctypes_bytearray_at(fe_obj_t addr, fe_obj_t size) {
    size_t n = size_arg(size);
    fe_bytearray_t *b = fe_bytearray_new(NULL, 0);
    b->data = (char *)(uintptr_t)to_u64(addr);  // the memory itself: never resized
    b->len = n;
    b->alloc = n;
    return b;
}
static FE_DEFINE_FUN_2(uctypes_bytearray_at_obj, Q_bytearray_at, uctypes_bytearray_at);

#define INT_ENTRY(q, v) {FE_ROM_QSTR(q), FE_ROM_INT(v)}
static const fe_map_elem_t uctypes_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_uctypes)},
    {FE_ROM_QSTR(Q_struct), FE_ROM_PTR(&fe_type_uctypes_struct)},
    {FE_ROM_QSTR(Q_sizeof), FE_ROM_PTR(&uctypes_sizeof_obj)},
    {FE_ROM_QSTR(Q_addressof), FE_ROM_PTR(&uctypes_addressof_obj)},
    {FE_ROM_QSTR(Q_bytes_at), FE_ROM_PTR(&uctypes_bytes_at_obj)},
    {FE_ROM_QSTR(Q_bytearray_at), FE_ROM_PTR(&uctypes_bytearray_at_obj)},
    INT_ENTRY(Q_LITTLE_ENDIAN, LAYOUT_LITTLE),
    INT_ENTRY(Q_BIG_ENDIAN, LAYOUT_BIG),
    INT_ENTRY(Q_NATIVE, LAYOUT_NATIVE),
    INT_ENTRY(Q_UINT8, TYPE_CONST(T_UINT8)),
    INT_ENTRY(Q_INT8, TYPE_CONST(T_INT8)),
    INT_ENTRY(Q_UINT16, TYPE_CONST(T_UINT16)),
    INT_ENTRY(Q_INT16, TYPE_CONST(T_INT16)),
    INT_ENTRY(Q_UINT32, TYPE_CONST(T_UINT32)),
    INT_ENTRY(Q_INT32, TYPE_CONST(T_INT32)),
    INT_ENTRY(Q_UINT64, TYPE_CONST(T_UINT64)),
    INT_ENTRY(Q_INT64, TYPE_CONST(T_INT64)),
    INT_ENTRY(Q_BFUINT8, TYPE_CONST(T_BFUINT8)),
    INT_ENTRY(Q_BFINT8, TYPE_CONST(T_BFINT8)),
    INT_ENTRY(Q_BFUINT16, TYPE_CONST(T_BFUINT16)),
    INT_ENTRY(Q_BFINT16, TYPE_CONST(T_BFINT16)),
    INT_ENTRY(Q_BFUINT32, TYPE_CONST(T_BFUINT32)),
    INT_ENTRY(Q_BFINT32, TYPE_CONST(T_BFINT32)),
    INT_ENTRY(Q_FLOAT32, TYPE_CONST(T_FLOAT32)),
    INT_ENTRY(Q_FLOAT64, TYPE_CONST(T_FLOAT64)),
    INT_ENTRY(Q_VOID, TYPE_CONST(T_UINT8)),
    INT_ENTRY(Q_PTR, (fe_int_t)AGG_PTR << AGG_SHIFT),
    INT_ENTRY(Q_ARRAY, (fe_int_t)AGG_ARRAY << AGG_SHIFT),
    INT_ENTRY(Q_BF_POS, BF_POS_SHIFT),
    INT_ENTRY(Q_BF_LEN, BF_LEN_SHIFT),
};
static FE_DEFINE_CONST_DICT(uctypes_globals, uctypes_globals_table);

const fe_module_t fe_module_uctypes = {{&fe_type_module}, (fe_dict_t *)&uctypes_globals};
