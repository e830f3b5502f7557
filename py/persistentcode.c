// py/persistentcode.c: the .mpy format. fe_mpy_save writes a code object tree as a
// compact, versioned container independent of the host's word size and endianness;
// fe_mpy_load reads one back, treating the input as untrusted: every length is checked
// against the remaining input, nesting is bounded, a CRC-32 rejects corrupted files and
// the bytecode is verified (opcodes, operand indices, jump targets, then a data-flow pass
// over stack depths, blocks and the kinds of stack values) so that no file can make the VM
// read outside its buffers or see a value it does not expect. Field-by-field description:
// docs/mpy-format.md. Without FE_MPY_VERIFY (boards without a filesystem) only the build's
// own frozen images load; they are trusted, so the CHECKs below compile to nothing.
#include <string.h>
#include "py/engine.h"
#include "py/persistentcode.h"
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#include "lib/libm/libm.h"
#endif
#if FE_MPY_VERIFY_FLOW && !FE_MPY_VERIFY
#error "FE_MPY_VERIFY_FLOW needs FE_MPY_VERIFY"
#endif

// Constant tags.
enum {
    TAG_NONE = 'N', TAG_TRUE = 'T', TAG_FALSE = 'F', TAG_ELLIPSIS = 'E',
    TAG_INT = 'i', TAG_BIGINT = 'I', TAG_FLOAT = 'f', TAG_COMPLEX = 'c',
    TAG_STR = 's', TAG_QSTR = 'q', TAG_BYTES = 'b', TAG_TUPLE = 't', TAG_CODE = 'C',
};

#define MAX_NESTING 48       // code objects and tuples nested in each other
#define MAX_VARINT_BYTES 10  // a 64-bit value

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
        }
    }
    return ~crc;
}

// ---- saving ------------------------------------------------------------------------------

typedef struct {
    fe_vstr_t *out;
    fe_obj_t strings;  // dict qstr -> index in the string table
    fe_obj_t order;    // list of the table's qstrs
    unsigned options;
    bool has_float;
} saver_t;

static void put_uint(fe_vstr_t *v, uint64_t x) {
    do {
        uint8_t b = x & 0x7f;
        x >>= 7;
        fe_vstr_add_byte(v, b | (x ? 0x80 : 0));
    } while (x);
}

static void put_bytes(fe_vstr_t *v, const void *p, size_t n) {
    put_uint(v, n);
    fe_vstr_add_strn(v, p, n);
}

// Index of a qstr in the string table (added on first use). Q_NULL is written as 0 and
// table entries as index + 1.
static size_t str_index(saver_t *s, qstr q) {
    if (q == Q_NULL) {
        return 0;
    }
    fe_obj_t key = FE_NEW_QSTR(q);
    fe_obj_t idx = fe_dict_get_maybe(s->strings, key);
    if (idx != FE_NULL) {
        return FE_SMALL_INT_VALUE(idx);
    }
    fe_list_append(s->order, key);
    size_t n;
    fe_obj_t *items;
    fe_list_get(s->order, &n, &items);
    fe_dict_store(s->strings, key, FE_NEW_SMALL_INT(n));
    return n;
}

static void put_float(fe_vstr_t *v, fe_float_t f) {
    union { double d; uint64_t u; } bits;
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
    bits.u = fe_float_to_double_bits(f);  // no double arithmetic on single-float ports
#else
    bits.d = f;
#endif
    for (int k = 0; k < 8; k++) {
        fe_vstr_add_byte(v, (uint8_t)(bits.u >> (8 * k)));
    }
}

static void save_code(saver_t *s, fe_vstr_t *v, const fe_code_t *code);

static void save_const(saver_t *s, fe_vstr_t *v, fe_obj_t o) {
    if (o == fe_none) {
        fe_vstr_add_byte(v, TAG_NONE);
    } else if (o == fe_true) {
        fe_vstr_add_byte(v, TAG_TRUE);
    } else if (o == fe_false) {
        fe_vstr_add_byte(v, TAG_FALSE);
    } else if (o == fe_ellipsis) {
        fe_vstr_add_byte(v, TAG_ELLIPSIS);
    } else if (FE_IS_QSTR(o)) {
        // interned strings (keyword names, attribute names ...) stay interned
        fe_vstr_add_byte(v, TAG_QSTR);
        put_uint(v, str_index(s, FE_QSTR_VALUE(o)));
    } else if (FE_IS_SMALL_INT(o)) {
        fe_int_t x = FE_SMALL_INT_VALUE(o);
        fe_vstr_add_byte(v, TAG_INT);
        put_uint(v, ((uint64_t)(int64_t)x << 1) ^ (uint64_t)((int64_t)x >> 63));
    } else {
        const fe_type_t *t = fe_typeof(o);
        if (t == &fe_type_int) {
            size_t n;
            const char *digits = fe_str_data(fe_repr(o), &n);
            fe_vstr_add_byte(v, TAG_BIGINT);
            put_bytes(v, digits, n);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        } else if (t == &fe_type_float) {
            fe_vstr_add_byte(v, TAG_FLOAT);
            put_float(v, fe_float_value(o));
            s->has_float = true;
#endif
#if FE_ENABLE_COMPLEX
        } else if (t == &fe_type_complex) {
            fe_vstr_add_byte(v, TAG_COMPLEX);
            put_float(v, fe_get_float(fe_load_attr(o, Q_real)));
            put_float(v, fe_get_float(fe_load_attr(o, Q_imag)));
            s->has_float = true;
#endif
        } else if (t == &fe_type_str) {
            size_t n;
            const char *d = fe_str_data(o, &n);
            fe_vstr_add_byte(v, TAG_STR);
            put_bytes(v, d, n);
        } else if (t == &fe_type_bytes) {
            size_t n;
            const char *d = fe_bytes_data(o, &n);
            fe_vstr_add_byte(v, TAG_BYTES);
            put_bytes(v, d, n);
        } else if (t == &fe_type_tuple) {
            size_t n;
            fe_obj_t *items;
            fe_get_array(o, &n, &items);
            fe_vstr_add_byte(v, TAG_TUPLE);
            put_uint(v, n);
            for (size_t i = 0; i < n; i++) {
                save_const(s, v, items[i]);
            }
        } else if (t == &fe_type_code) {
            fe_vstr_add_byte(v, TAG_CODE);
            save_code(s, v, o);
        } else {
            fe_raise_fmt(&fe_type_ValueError, "cannot save constant of type '%q' in .mpy", t->name);
        }
    }
}

static void save_code(saver_t *s, fe_vstr_t *v, const fe_code_t *code) {
    put_uint(v, code->flags);
    put_uint(v, code->n_posonly);
    put_uint(v, code->n_pos);
    put_uint(v, code->n_kwonly);
    put_uint(v, code->n_locals);
    put_uint(v, code->n_free);
    put_uint(v, code->max_stack);
    put_uint(v, code->max_blocks);
    put_uint(v, code->first_line);
    put_uint(v, str_index(s, code->name));
    put_uint(v, str_index(s, code->qualname));
    put_uint(v, code->n_cells);
    for (size_t i = 0; i < code->n_cells; i++) {
        put_uint(v, code->cell_slots[i]);
    }
    for (size_t i = 0; i < code->n_locals; i++) {
        put_uint(v, str_index(s, code->local_names[i]));
    }
    put_uint(v, code->n_names);
    for (size_t i = 0; i < code->n_names; i++) {
        put_uint(v, str_index(s, code->names[i]));
    }
    put_bytes(v, code->bytecode, code->bc_len);
    if (s->options & FE_MPY_SAVE_STRIP_LINES) {
        put_uint(v, 0);
    } else {
        put_bytes(v, code->line_table, code->line_table_len);
    }
    put_uint(v, code->n_consts);
    for (size_t i = 0; i < code->n_consts; i++) {
        save_const(s, v, code->consts[i]);
    }
}

void fe_mpy_save(fe_vstr_t *out, fe_obj_t code_obj, qstr source_name, unsigned options) {
    if (!fe_obj_is_type_ptr(code_obj, &fe_type_code)) {
        fe_raise_msg(&fe_type_TypeError, "expected a code object");
    }
    const fe_code_t *code = code_obj;
    saver_t s = {out, fe_dict_new(0), fe_list_new(0, NULL), options, false};
    // The string table is only complete after the tree is written: write the tree to a
    // separate buffer first.
    fe_vstr_t body;
    fe_vstr_init(&body, 256);
    put_uint(&body, str_index(&s, source_name != Q_NULL ? source_name : code->filename));
    save_code(&s, &body, code);
    size_t start = out->len;
    fe_vstr_add_byte(out, FE_MPY_MAGIC);
    fe_vstr_add_byte(out, FE_MPY_VERSION);
    uint8_t features = (s.has_float ? FE_MPY_FEAT_FLOAT : 0)
        | ((options & FE_MPY_SAVE_STRIP_LINES) ? FE_MPY_FEAT_NO_LINES : 0)
        | ((options & FE_MPY_SAVE_NO_ASSERTS) ? FE_MPY_FEAT_NO_ASSERTS : 0);
    fe_vstr_add_byte(out, features);
    fe_vstr_add_byte(out, (uint8_t)FE_SMALL_INT_BITS);
    for (int k = 0; k < 4; k++) {
        fe_vstr_add_byte(out, 0);  // CRC, filled in below
    }
    size_t n;
    fe_obj_t *items;
    fe_list_get(s.order, &n, &items);
    put_uint(out, n);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *d = qstr_data(fe_str_to_qstr(items[i]), &len);
        put_bytes(out, d, len);
    }
    fe_vstr_add_strn(out, body.buf, body.len);
    // the CRC covers header bytes 0-3 and everything after the header
    uint32_t crc = crc32_update(0, (const uint8_t *)out->buf + start, 4);
    crc = crc32_update(crc, (const uint8_t *)out->buf + start + FE_MPY_HEADER_LEN,
        out->len - start - FE_MPY_HEADER_LEN);
    for (int k = 0; k < 4; k++) {
        out->buf[start + 4 + k] = (char)(crc >> (8 * k));
    }
}

// ---- loading -----------------------------------------------------------------------------

typedef struct {
    const uint8_t *p, *end;
    const uint8_t *base;
    bool in_place;
    qstr *strings;      // the string table (qstrs)
    size_t n_strings;
    qstr filename;
    int depth;
} loader_t;

FE_NORETURN static void bad(const char *why) {
    fe_raise_fmt(&fe_type_ValueError, "incompatible .mpy file (%s)", why);
}

// A check of untrusted input: raises ValueError unless `ok`. Without FE_MPY_VERIFY neither
// evaluated nor compiled (sizeof keeps the variables it names "used").
#if FE_MPY_VERIFY
#define CHECK(ok, why) do { if (!(ok)) { bad(why); } } while (0)
#else
#define CHECK(ok, why) ((void)sizeof((ok) ? 1 : 0))
#endif

// Reads a varint within [*pp, end) (at most 10 bytes, value < 2^64); false if malformed.
static bool read_varint(const uint8_t **pp, const uint8_t *end, uint64_t *out) {
    const uint8_t *p = *pp;
    uint64_t v = 0;
    for (int i = 0; i < MAX_VARINT_BYTES; i++) {
        if (p >= end) {
            return false;
        }
        uint8_t b = *p++;
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            if (i == MAX_VARINT_BYTES - 1 && b > 1) {
                return false;
            }
            *pp = p;
            *out = v;
            return true;
        }
    }
    return false;
}

static uint64_t get_uint(loader_t *ld) {
    uint64_t v;
    bool ok = read_varint(&ld->p, ld->end, &v);
    CHECK(ok, "malformed");
    return v;
}

// A count or size bounded by `max` (and by what remains of the input when each element
// takes at least one byte: min_bytes_each).
static size_t get_count(loader_t *ld, size_t max, size_t min_bytes_each) {
    uint64_t v = get_uint(ld);
    CHECK(v <= max, "malformed");
    CHECK(!(min_bytes_each && v > (uint64_t)(ld->end - ld->p) / min_bytes_each), "truncated");
    return (size_t)v;
}

static const uint8_t *get_bytes(loader_t *ld, size_t *len) {
    *len = get_count(ld, SIZE_MAX, 1);
    const uint8_t *d = ld->p;
    ld->p += *len;
    return d;
}

static qstr get_str(loader_t *ld, bool allow_null) {
    size_t i = get_count(ld, ld->n_strings, 0);
    CHECK(!(i == 0 && !allow_null), "malformed");
    return i == 0 ? Q_NULL : ld->strings[i - 1];
}

static uint16_t get_u16(loader_t *ld) {
    return (uint16_t)get_count(ld, 0xffff, 0);
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
static fe_float_t get_float(loader_t *ld) {
    CHECK(ld->end - ld->p >= 8, "truncated");
    union { double d; uint64_t u; } bits = {0};
    for (int k = 0; k < 8; k++) {
        bits.u |= (uint64_t)ld->p[k] << (8 * k);
    }
    ld->p += 8;
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
    return fe_double_bits_to_float(bits.u);
#else
    return bits.d;
#endif
}
#endif

static fe_obj_t load_code(loader_t *ld);

// Well-formed UTF-8, except that encoded surrogates (U+D800..U+DFFF) are allowed: str
// objects may hold lone surrogates ("\ud800" literals). Only CHECKs use it: unused (and
// left out) without FE_MPY_VERIFY.
__attribute__((unused)) static bool utf8_ok(const uint8_t *d, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t b = d[i];
        size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (len == 0 || len > n - i || (len == 2 && b < 0xc2) || (len == 4 && b > 0xf4)) {
            return false;
        }
        for (size_t k = 1; k < len; k++) {
            if ((d[i + k] & 0xc0) != 0x80) {
                return false;
            }
        }
        if ((len == 3 && b == 0xe0 && d[i + 1] < 0xa0) || (len == 4 && b == 0xf0 && d[i + 1] < 0x90)
            || (len == 4 && b == 0xf4 && d[i + 1] > 0x8f)) {
            return false;  // overlong or beyond U+10FFFF
        }
        i += len;
    }
    return true;
}

static fe_obj_t load_const(loader_t *ld) {
    CHECK(ld->p < ld->end, "truncated");
    uint8_t tag = *ld->p++;
    switch (tag) {
        case TAG_NONE:
            return fe_none;
        case TAG_TRUE:
            return fe_true;
        case TAG_FALSE:
            return fe_false;
        case TAG_ELLIPSIS:
            return fe_ellipsis;
        case TAG_INT: {
            uint64_t u = get_uint(ld);
            int64_t x = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
            return fe_int_from_ll((long long)x);
        }
        case TAG_BIGINT: {
            size_t n;
            const uint8_t *d = get_bytes(ld, &n);
            CHECK(!(n == 0 || n > 100000), "malformed");
            for (size_t i = 0; i < n; i++) {
                CHECK(!(!((d[i] >= '0' && d[i] <= '9') || (i == 0 && d[i] == '-' && n > 1))), "malformed");
            }
            return fe_int_parse((const char *)d, n, 10);
        }
        case TAG_FLOAT:
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            return fe_float_new(get_float(ld));
#else
            bad("unsupported feature");
#endif
        case TAG_COMPLEX: {
#if FE_ENABLE_COMPLEX
            fe_float_t re = get_float(ld);
            fe_float_t im = get_float(ld);
            return fe_complex_new(re, im);
#else
            bad("unsupported feature");
#endif
        }
        case TAG_STR: {
            size_t n;
            const uint8_t *d = get_bytes(ld, &n);
            CHECK(utf8_ok(d, n), "malformed");
            return fe_str_new((const char *)d, n);
        }
        case TAG_QSTR:
            return FE_NEW_QSTR(get_str(ld, false));
        case TAG_BYTES: {
            size_t n;
            const uint8_t *d = get_bytes(ld, &n);
            return fe_bytes_new(d, n);
        }
        case TAG_TUPLE: {
            ld->depth++;
            CHECK(ld->depth <= MAX_NESTING, "malformed");
            size_t n = get_count(ld, 0xffffff, 1);
            fe_obj_t t = fe_tuple_new(n, NULL);
            for (size_t i = 0; i < n; i++) {
                ((fe_tuple_t *)t)->items[i] = load_const(ld);
            }
            ld->depth--;
            return t;
        }
        case TAG_CODE:
            return load_code(ld);
        default:
            bad("malformed");
    }
}

// ---- bytecode verification ---------------------------------------------------------------

// Decodes the instruction at p: opcode, operands and, for a jump, its target (an offset
// from `start`). Returns the next instruction, or NULL when malformed.
static const uint8_t *decode(const uint8_t *start, const uint8_t *p, const uint8_t *end, int *op,
    uint64_t *a, uint64_t *b, int64_t *target) {
    *op = *p++;
    *a = *b = 0;
    if (*op >= FE_BC_NUM_OPCODES) {
        return NULL;
    }
    int kind = fe_bc_operand_kind[*op];
    if (kind == FE_BC_OPERAND_JUMP) {
        if (end - p < FE_BC_JUMP_BYTES) {
            return NULL;
        }
        int off = fe_bc_read_jump(&p);
        *target = (p - start) + off;
    } else if (kind != FE_BC_OPERAND_NONE
        && (!read_varint(&p, end, a) || (kind == FE_BC_OPERAND_UINT2 && !read_varint(&p, end, b)))) {
        return NULL;
    }
    return p;
}

#if FE_MPY_VERIFY
static bool is_cell_slot(const fe_code_t *code, uint64_t slot) {
    if (slot >= code->n_locals) {
        return false;
    }
    if (slot >= (uint64_t)(code->n_locals - code->n_free)) {
        return true;
    }
    for (size_t i = 0; i < code->n_cells; i++) {
        if (code->cell_slots[i] == slot) {
            return true;
        }
    }
    return false;
}

// How verify_bytecode checks each opcode's operand: the table it indexes, a range, or
// (A_LIMIT + n) the largest value allowed. A_COUNT: counts of stack items (those beyond
// 0xffff cannot agree with max_stack anyway).
enum { A_COUNT, A_CONST, A_NAME, A_FAST, A_CELL, A_CONTAINER, A_SLICE, A_LIMIT };
static const uint8_t operand_check[FE_BC_NUM_OPCODES] = {
    [FE_BC_LOAD_CONST] = A_CONST,
    [FE_BC_LOAD_NAME] = A_NAME, [FE_BC_STORE_NAME] = A_NAME, [FE_BC_DELETE_NAME] = A_NAME,
    [FE_BC_LOAD_GLOBAL] = A_NAME, [FE_BC_STORE_GLOBAL] = A_NAME, [FE_BC_DELETE_GLOBAL] = A_NAME,
    [FE_BC_LOAD_ATTR] = A_NAME, [FE_BC_STORE_ATTR] = A_NAME, [FE_BC_DELETE_ATTR] = A_NAME,
    [FE_BC_LOAD_METHOD] = A_NAME, [FE_BC_IMPORT_NAME] = A_NAME, [FE_BC_IMPORT_FROM] = A_NAME,
    [FE_BC_LOAD_FAST] = A_FAST, [FE_BC_STORE_FAST] = A_FAST, [FE_BC_DELETE_FAST] = A_FAST,
    [FE_BC_LOAD_DEREF] = A_CELL, [FE_BC_STORE_DEREF] = A_CELL, [FE_BC_DELETE_DEREF] = A_CELL,
    [FE_BC_LOAD_CLOSURE] = A_CELL, [FE_BC_LOAD_CLASSDEREF] = A_CELL,
    // LIST_APPEND n and the like fill the container n values down: n >= 1
    [FE_BC_LIST_APPEND] = A_CONTAINER, [FE_BC_LIST_EXTEND] = A_CONTAINER, [FE_BC_SET_ADD] = A_CONTAINER,
    [FE_BC_SET_UPDATE] = A_CONTAINER, [FE_BC_MAP_ADD] = A_CONTAINER, [FE_BC_DICT_UPDATE] = A_CONTAINER,
    [FE_BC_DICT_MERGE] = A_CONTAINER,
    [FE_BC_BUILD_SLICE] = A_SLICE,  // 2 or 3 values
    [FE_BC_UNARY_OP] = A_LIMIT + FE_UNARY_NUM_OPS - 1,
    [FE_BC_BINARY_OP] = A_LIMIT + FE_BINARY_DIVMOD - 1,
    [FE_BC_IS_OP] = A_LIMIT + 1,
    [FE_BC_RAISE_VARARGS] = A_LIMIT + 2,
    [FE_BC_RAISE_ASSERT] = A_LIMIT + 1,
    [FE_BC_FORMAT_VALUE] = A_LIMIT + 7,
    [FE_BC_MAKE_FUNCTION] = A_LIMIT + 15,
};

// Whether operand a (and b) of `op` is in range for `code` (operand_check).
static bool operands_ok(const fe_code_t *code, int op, uint64_t a, uint64_t b) {
    int check = operand_check[op];
    // operands in [low, high); b (names or counts) too
    uint64_t low = check == A_SLICE ? 2 : check == A_CONTAINER, high = 0x10000, high_b = 0x10000;
    bool cell = is_cell_slot(code, a);
    if (check == A_CONST) {
        high = code->n_consts;
    } else if (check == A_NAME) {
        high = code->n_names;
    } else if (check == A_FAST) {
        high = cell ? 0 : code->n_locals;  // cells only through *_DEREF
    } else if (check == A_CELL) {
        high = cell ? 0x10000 : 0;
    } else if (check == A_SLICE) {
        high = 4;
    } else if (check >= A_LIMIT) {
        high = check - A_LIMIT + 1;
    }
    if (op == FE_BC_LOAD_CLASSDEREF) {
        high_b = code->n_names;  // its name
    }
    return a >= low && a < high && b < high_b;
}
#endif

#define BIT(map, i) ((map)[(i) / 8] & (1 << ((i) % 8)))
#define SET_BIT(map, i) ((map)[(i) / 8] |= 1 << ((i) % 8))

// Checks every instruction of a loaded code object: known opcodes, complete operands,
// table indices, jump targets on instruction boundaries, a last instruction that does not
// fall off the end (without FE_MPY_VERIFY: none of this, only the rewrite below).
// Rewrites LOAD_SMALL_INT operands that do not fit this build's small ints (files from a
// 64-bit host on a 32-bit target) into LOAD_CONST of an added int constant padded with
// NOPs (same length, so jumps and line numbers stay valid). `bc` is the writable copy of
// the code, or NULL for code used in place: then false is returned when a rewrite is
// needed (the caller copies and retries). With FE_MPY_VERIFY, *targets is set to the
// bitmap of the offsets where execution can arrive other than by falling through: jump
// targets and 0 (the caller frees it).
static bool verify_bytecode(fe_code_t *code, uint8_t *bc, fe_obj_t *extra_consts, size_t *n_extra,
    uint8_t **targets) {
    const uint8_t *start = code->bytecode, *end = start + code->bc_len;
#if FE_MPY_VERIFY
    CHECK(code->bc_len != 0, "bad bytecode");
    uint8_t *boundary = fe_alloc((code->bc_len + 7) / 8);
    *targets = fe_alloc((code->bc_len + 7) / 8);
    SET_BIT(*targets, 0);
#endif
    int op = 0;
    for (const uint8_t *p = start; p < end;) {
        const uint8_t *insn = p;
        uint64_t a, b;
        int64_t target = 0;
        p = decode(start, p, end, &op, &a, &b, &target);
        CHECK(p != NULL, "bad bytecode");
#if FE_MPY_VERIFY
        SET_BIT(boundary, insn - start);
        if (fe_bc_operand_kind[op] == FE_BC_OPERAND_JUMP) {
            CHECK(target >= 0 && target < (int64_t)code->bc_len, "bad bytecode");
            SET_BIT(*targets, target);
        }
#endif
        if (op == FE_BC_LOAD_SMALL_INT) {
            int64_t v = (int64_t)(a >> 1) ^ -(int64_t)(a & 1);
            if (v < (int64_t)FE_SMALL_INT_MIN || v > (int64_t)FE_SMALL_INT_MAX) {
                // does not fit this build: becomes LOAD_CONST k, NOP... (operand >= 5 bytes)
                size_t k = code->n_consts + *n_extra;
                if (bc == NULL) {
                    return false;
                }
                CHECK(k <= 0x3fff && p - insn >= 4, "bad bytecode");
                extra_consts[(*n_extra)++] = fe_int_from_ll((long long)v);
                uint8_t *w = bc + (insn - start);
                *w++ = FE_BC_LOAD_CONST;
                *w++ = (uint8_t)((k & 0x7f) | 0x80);
                *w++ = (uint8_t)(k >> 7);
                while (w < bc + (p - start)) {
                    *w++ = FE_BC_NOP;
                }
            }
            continue;
        }
#if FE_MPY_VERIFY
        CHECK(operands_ok(code, op, a, b), "bad bytecode");
#endif
    }
#if FE_MPY_VERIFY
    // execution must never run off the end of the code
    CHECK(op == FE_BC_RETURN_VALUE || op == FE_BC_JUMP || op == FE_BC_RERAISE || op == FE_BC_RAISE_VARARGS,
        "bad bytecode");
    for (size_t i = 0; i < code->bc_len; i++) {
        CHECK(!BIT(*targets, i) || BIT(boundary, i), "bad bytecode");
    }
    fe_free(boundary);
#endif
    return true;
}

#if FE_MPY_VERIFY_FLOW
// ---- data-flow verification ----------------------------------------------------------------
//
// An abstract interpretation of every reachable path (fall-through, jumps, exception
// handlers) following py/vm.c. The state before an instruction is the kind of each value
// on the stack and the block stack (each block's kind and the stack depth it saved). It is
// stored only at the "leaders" (offset 0 and the jump targets); a leader reached twice
// must see the same depth and blocks, and internal values in the same places (differing
// object kinds merge to K_OBJ, and the leader is visited again). The checks make sure the
// VM only ever sees what it expects: the stack stays within [0, max_stack] and never
// below the innermost block's depth (a handler finds the values it was set up with), the
// block stack within max_blocks with POP_BLOCK / POP_EXCEPT / the end of a loop matching
// its top, and each value is of the kind its consumer needs.

// Kinds of stack values: first those Python code may see (objects), then the VM's internal
// values, which only the instructions made for them consume.
enum {
    K_OBJ, K_TUPLE, K_LIST, K_SET, K_DICT,
    K_CELL,      // from LOAD_CLOSURE
    K_NULLABLE,  // the self of LOAD_METHOD and of SETUP_WITH's bound __exit__: may be NULL
    K_CTX,       // an exception handler's saved context (restored by POP_EXCEPT)
    K_ITERBUF,   // a for loop's iterator buffer, then
    K_ITER,      // its iterator (may live in the buffer)
    K_CLOSURE,   // K_CLOSURE + n: a tuple of n cells
};
#define IS_OBJ(k) ((k) < K_NULLABLE || (k) >= K_CLOSURE)
enum { B_SETUP, B_HANDLER, B_ITER };  // block kinds (B_ITER: may be absent at run time)

// A state is an array of uint16: depth, number of blocks, max_stack kinds, then a
// (kind, depth) pair per block.
typedef struct {
    const fe_code_t *code;
    size_t size;        // uint16s per state
    size_t n_leaders;
    uint32_t *leaders;  // their offsets, increasing
    uint16_t *states;   // one per leader; depth 0xffff: not reached yet
    uint8_t *pending;   // per leader: waiting in `work`
    size_t *work;
    size_t n_work;
    uint16_t max_depth;  // the deepest stack seen
} flow_t;

FE_NORETURN static void bad_flow(void) {
    bad("bad stack use");
}

static void push(flow_t *fl, uint16_t *s, int kind) {
    if (s[0] >= fl->code->max_stack) {
        bad_flow();
    }
    s[2 + s[0]++] = (uint16_t)kind;
    if (s[0] > fl->max_depth) {
        fl->max_depth = s[0];
    }
}

static void push_block(const flow_t *fl, uint16_t *s, int kind) {
    if (s[1] >= fl->code->max_blocks) {
        bad_flow();
    }
    uint16_t *blk = s + 2 + fl->code->max_stack + 2 * s[1]++;
    blk[0] = (uint16_t)kind;
    blk[1] = s[0];
}

// Merges state s into the leader at `target`.
static void flow_to(flow_t *fl, const uint16_t *s, int64_t target) {
    size_t lo = 0, hi = fl->n_leaders;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fl->leaders[mid] < target) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    uint16_t *t = fl->states + lo * fl->size;
    size_t ms = fl->code->max_stack;
    bool changed = t[0] == 0xffff;
    if (changed) {
        memcpy(t, s, fl->size * sizeof(uint16_t));
    } else {
        if (t[0] != s[0] || t[1] != s[1] || memcmp(t + 2 + ms, s + 2 + ms, 4 * s[1])) {
            bad_flow();
        }
        for (size_t i = 2; i < 2 + (size_t)s[0]; i++) {
            if (t[i] != s[i]) {
                if (!IS_OBJ(t[i]) || !IS_OBJ(s[i])) {
                    bad_flow();
                }
                changed |= t[i] != K_OBJ;
                t[i] = K_OBJ;
            }
        }
    }
    if (changed && !fl->pending[lo]) {
        fl->pending[lo] = 1;
        fl->work[fl->n_work++] = lo;
    }
}

// Values each instruction leaves on the stack (0 when not listed); with its stack effect
// this gives the values it takes (those it replaces included). UNPACK_* leave a variable
// number; SETUP_*, FOR_ITER and the like are handled apart.
static const uint8_t results[FE_BC_NUM_OPCODES] = {
    [FE_BC_LOAD_CONST] = 1, [FE_BC_LOAD_SMALL_INT] = 1, [FE_BC_LOAD_NONE] = 1, [FE_BC_LOAD_TRUE] = 1,
    [FE_BC_LOAD_FALSE] = 1, [FE_BC_LOAD_FAST] = 1, [FE_BC_LOAD_DEREF] = 1, [FE_BC_LOAD_CLOSURE] = 1,
    [FE_BC_LOAD_CLASSDEREF] = 1, [FE_BC_LOAD_NAME] = 1, [FE_BC_LOAD_GLOBAL] = 1, [FE_BC_LOAD_ATTR] = 1,
    [FE_BC_LOAD_METHOD] = 2, [FE_BC_LOAD_SUBSCR] = 1, [FE_BC_DUP_TOP] = 2, [FE_BC_DUP_TOP_TWO] = 4,
    [FE_BC_ROT_TWO] = 2, [FE_BC_ROT_THREE] = 3, [FE_BC_UNARY_OP] = 1, [FE_BC_UNARY_NOT] = 1,
    [FE_BC_BINARY_OP] = 1, [FE_BC_BINARY_ADD] = 1, [FE_BC_BINARY_SUBTRACT] = 1, [FE_BC_BINARY_MULTIPLY] = 1,
    [FE_BC_BINARY_MODULO] = 1, [FE_BC_BINARY_FLOOR_DIVIDE] = 1, [FE_BC_BINARY_AND] = 1,
    [FE_BC_INPLACE_ADD] = 1, [FE_BC_INPLACE_SUBTRACT] = 1, [FE_BC_COMPARE_LESS] = 1,
    [FE_BC_COMPARE_MORE] = 1, [FE_BC_COMPARE_EQUAL] = 1, [FE_BC_COMPARE_LESS_EQUAL] = 1,
    [FE_BC_COMPARE_MORE_EQUAL] = 1, [FE_BC_COMPARE_NOT_EQUAL] = 1, [FE_BC_IS_OP] = 1,
    [FE_BC_GET_ITER] = FE_BC_ITER_SLOTS, [FE_BC_GET_ITER_HEAP] = 1, [FE_BC_GET_ITER_OWNED] = FE_BC_ITER_SLOTS,
    [FE_BC_BUILD_TUPLE] = 1, [FE_BC_BUILD_LIST] = 1, [FE_BC_BUILD_SET] = 1, [FE_BC_BUILD_MAP] = 1,
    [FE_BC_BUILD_SLICE] = 1, [FE_BC_BUILD_STRING] = 1, [FE_BC_LIST_TO_TUPLE] = 1,
    [FE_BC_CALL_FUNCTION] = 1, [FE_BC_CALL_METHOD] = 1, [FE_BC_CALL_FUNCTION_EX] = 1,
    [FE_BC_MAKE_FUNCTION] = 1, [FE_BC_YIELD_VALUE] = 1, [FE_BC_GET_YIELD_FROM_ITER] = 1,
    [FE_BC_YIELD_FROM] = 1, [FE_BC_JUMP_IF_NOT_EXC_MATCH] = 1, [FE_BC_IMPORT_NAME] = 1,
    [FE_BC_IMPORT_FROM] = 2, [FE_BC_LOAD_BUILD_CLASS] = 1, [FE_BC_FORMAT_VALUE] = 1,
};

// Applies one instruction to state s (tmp: scratch room for a state). `made` is the code
// object the previous instruction loaded, if any; updated. Returns false when execution
// cannot continue with the next instruction.
static bool step(flow_t *fl, uint16_t *s, uint16_t *tmp, int op, size_t a, size_t b, int64_t target,
    const fe_code_t **made) {
    const fe_code_t *code = fl->code;
    uint16_t *k = s + 2;
    uint16_t *blk = k + code->max_stack + 2 * s[1] - 2;  // the innermost block, if s[1] > 0
    size_t d = s[0], floor = s[1] ? blk[1] : 0;
    const fe_code_t *prev_made = *made;
    *made = NULL;
    switch (op) {
        case FE_BC_SETUP_EXCEPT:
        case FE_BC_SETUP_FINALLY:
        case FE_BC_SETUP_WITH:
            if (op == FE_BC_SETUP_WITH) {
                // mgr -> __exit__, its self, (block) __enter__'s result
                if (d == 0 || d - 1 < floor || !IS_OBJ(k[d - 1])) {
                    bad_flow();
                }
                s[0]--;
                push(fl, s, K_OBJ);
                push(fl, s, K_NULLABLE);
            }
            // the handler: the stack cut back to here, then the saved context and exception
            memcpy(tmp, s, fl->size * sizeof(uint16_t));
            push_block(fl, tmp, B_HANDLER);
            push(fl, tmp, K_CTX);
            push(fl, tmp, K_OBJ);
            flow_to(fl, tmp, target);
            push_block(fl, s, B_SETUP);
            if (op == FE_BC_SETUP_WITH) {
                push(fl, s, K_OBJ);
            }
            return true;
        case FE_BC_POP_BLOCK:
            if (s[1] == 0 || blk[0] != B_SETUP) {
                bad_flow();
            }
            s[1]--;
            return true;
        case FE_BC_POP_EXCEPT:
            if (s[1] == 0 || blk[0] != B_HANDLER || blk[1] + 2u != d || k[d - 2] != K_CTX || !IS_OBJ(k[d - 1])) {
                bad_flow();
            }
            s[0] -= 2;
            s[1]--;
            return true;
        case FE_BC_WITH_EXCEPT:
            // reads __exit__, its self, the saved context, the exception
            if (d < 4 || !IS_OBJ(k[d - 4]) || !(IS_OBJ(k[d - 3]) || k[d - 3] == K_NULLABLE)
                || k[d - 2] != K_CTX || !IS_OBJ(k[d - 1])) {
                bad_flow();
            }
            return true;
        case FE_BC_FOR_ITER:
        case FE_BC_POP_ITER:
            // the loop's slots end the stack; leaving the loop drops them (and its block)
            if (d < FE_BC_ITER_SLOTS || d - FE_BC_ITER_SLOTS < floor || k[d - 1] != K_ITER) {
                bad_flow();
            }
            for (size_t i = d - FE_BC_ITER_SLOTS; i < d - 1; i++) {
                if (k[i] != K_ITERBUF) {
                    bad_flow();
                }
            }
            memcpy(tmp, s, fl->size * sizeof(uint16_t));
            tmp[0] -= FE_BC_ITER_SLOTS;
            if (s[1] && blk[0] == B_ITER && blk[1] == tmp[0]) {
                tmp[1]--;
            }
            if (op == FE_BC_POP_ITER) {
                memcpy(s, tmp, fl->size * sizeof(uint16_t));
            } else {
                flow_to(fl, tmp, target);
                push(fl, s, K_OBJ);
            }
            return true;
        case FE_BC_JUMP:
            flow_to(fl, s, target);
            return false;
        case FE_BC_JUMP_IF_FALSE_OR_POP:
        case FE_BC_JUMP_IF_TRUE_OR_POP:
            if (d == 0 || d - 1 < floor || !IS_OBJ(k[d - 1])) {
                bad_flow();
            }
            flow_to(fl, s, target);
            s[0]--;
            return true;
    }
    // The general case: `pops` values taken, each an object (a few instructions accept
    // the possibly-NULL self of a bound method), then the results pushed.
    int effect = fe_bc_stack_effect(op, a, b);
    size_t pops = op == FE_BC_UNPACK_SEQUENCE || op == FE_BC_UNPACK_EX ? 1 : (size_t)(results[op] - effect);
    if (d < pops || d - pops < floor) {
        bad_flow();
    }
    uint16_t top[3] = {K_OBJ, K_OBJ, K_OBJ};  // the popped kinds, top first (up to 3)
    bool all_cells = true;
    for (size_t i = d - pops; i < d; i++) {
        if (!IS_OBJ(k[i]) && !(k[i] == K_NULLABLE && (op == FE_BC_POP_TOP || (op == FE_BC_WITH_EXIT && i == d - 1)
            || (op == FE_BC_CALL_METHOD && i == d - pops + 1)))) {
            bad_flow();
        }
        if (d - i <= 3) {
            top[d - i - 1] = k[i];
        }
        all_cells &= k[i] == K_CELL;
    }
    // containers that LIST_APPEND and the like fill, deeper in the stack
    size_t deep = 0, deep_obj = 0;
    int deep_kind = K_LIST;
    switch (op) {
        case FE_BC_LIST_APPEND: case FE_BC_LIST_EXTEND:
            deep = a + 1;
            break;
        case FE_BC_SET_ADD: case FE_BC_SET_UPDATE:
            deep = a + 1;
            deep_kind = K_SET;
            break;
        case FE_BC_DICT_MERGE:
            deep_obj = a + 3;  // the function being called, for error messages
            // fall through
        case FE_BC_DICT_UPDATE:
            deep = a + 1;
            deep_kind = K_DICT;
            break;
        case FE_BC_MAP_ADD:
            deep = a + 2;
            deep_kind = K_DICT;
            break;
        case FE_BC_LIST_EXTEND_ARGS:
            deep = 2;
            deep_obj = 3;
            break;
        case FE_BC_LIST_TO_TUPLE:
            deep = 1;
            break;
        case FE_BC_MAKE_FUNCTION: {
            // under the code object: defaults tuple, keyword defaults dict, annotations,
            // closure (a tuple of exactly the code's n_free cells)
            if (prev_made == NULL || ((a & 4) != 0) != (prev_made->n_free > 0)) {
                bad_flow();
            }
            size_t i = d - pops;
            if (((a & 1) && k[i++] != K_TUPLE) || ((a & 2) && k[i++] != K_DICT)
                || ((a & 4) && k[d - 2] != K_CLOSURE + prev_made->n_free)) {
                bad_flow();
            }
            break;
        }
    }
    if (d < deep || d < deep_obj || (deep && k[d - deep] != deep_kind) || (deep_obj && !IS_OBJ(k[d - deep_obj]))) {
        bad_flow();
    }
    s[0] -= pops;
    size_t pushes = pops + effect;
    switch (op) {
        case FE_BC_DUP_TOP:
            push(fl, s, top[0]);
            push(fl, s, top[0]);
            return true;
        case FE_BC_DUP_TOP_TWO:
            for (int i = 0; i < 2; i++) {
                push(fl, s, top[1]);
                push(fl, s, top[0]);
            }
            return true;
        case FE_BC_ROT_TWO:
            push(fl, s, top[0]);
            push(fl, s, top[1]);
            return true;
        case FE_BC_ROT_THREE:
            push(fl, s, top[0]);
            push(fl, s, top[2]);
            push(fl, s, top[1]);
            return true;
        case FE_BC_LOAD_METHOD:
            push(fl, s, K_OBJ);
            push(fl, s, K_NULLABLE);
            return true;
        case FE_BC_GET_ITER_OWNED:
            push_block(fl, s, B_ITER);
            // fall through
        case FE_BC_GET_ITER:
            for (int i = 0; i < FE_ITER_BUF_WORDS; i++) {
                push(fl, s, K_ITERBUF);
            }
            push(fl, s, K_ITER);
            return true;
        case FE_BC_RETURN_VALUE: case FE_BC_RAISE_VARARGS: case FE_BC_RAISE_ASSERT: case FE_BC_RERAISE:
            return false;
    }
    int kind = K_OBJ;
    if (op == FE_BC_BUILD_LIST) {
        kind = K_LIST;
    } else if (op == FE_BC_BUILD_SET) {
        kind = K_SET;
    } else if (op == FE_BC_BUILD_MAP) {
        kind = K_DICT;
    } else if (op == FE_BC_LOAD_CLOSURE) {
        kind = K_CELL;
    } else if (op == FE_BC_BUILD_TUPLE || op == FE_BC_LIST_TO_TUPLE) {
        kind = op == FE_BC_BUILD_TUPLE && all_cells && a > 0 ? K_CLOSURE + (int)a : K_TUPLE;
    } else if (op == FE_BC_LOAD_CONST) {
        fe_obj_t c = code->consts[a];
        kind = fe_obj_is_type_ptr(c, &fe_type_tuple) ? K_TUPLE : K_OBJ;
        *made = fe_obj_is_type_ptr(c, &fe_type_code) ? c : NULL;
    }
    while (pushes--) {
        push(fl, s, kind);
    }
    if (op == FE_BC_POP_JUMP_IF_FALSE || op == FE_BC_POP_JUMP_IF_TRUE || op == FE_BC_JUMP_IF_NOT_EXC_MATCH) {
        flow_to(fl, s, target);
    }
    return true;
}

// Out of line: load_code recurses for nested code objects, and this frame is only needed
// at the end of each (the C stack of a board is small).
__attribute__((noinline)) static void verify_flow(fe_code_t *code, const uint8_t *targets) {
    const uint8_t *start = code->bytecode, *end = start + code->bc_len;
    flow_t fl = {code, 2 + code->max_stack + 2 * (size_t)code->max_blocks, 0, NULL, NULL, NULL, NULL, 0, 1};
    for (size_t i = 0; i < code->bc_len; i++) {
        fl.n_leaders += BIT(targets, i) != 0;
    }
    fl.leaders = fe_alloc(sizeof(uint32_t) * fl.n_leaders);
    fl.states = fe_alloc(sizeof(uint16_t) * fl.size * (fl.n_leaders + 2));
    fl.pending = fe_alloc(fl.n_leaders);
    fl.work = fe_alloc(sizeof(size_t) * fl.n_leaders);
    for (size_t i = 0, n = 0; i < code->bc_len; i++) {
        if (BIT(targets, i)) {
            fl.states[n * fl.size] = 0xffff;
            fl.leaders[n++] = (uint32_t)i;
        }
    }
    uint16_t *cur = fl.states + fl.n_leaders * fl.size, *tmp = cur + fl.size;
    flow_to(&fl, cur, 0);  // the entry: empty stack, no blocks (cur is zeroed)
    while (fl.n_work > 0) {
        size_t leader = fl.work[--fl.n_work];
        fl.pending[leader] = 0;
        memcpy(cur, fl.states + leader * fl.size, fl.size * sizeof(uint16_t));
        const uint8_t *p = start + fl.leaders[leader];
        const fe_code_t *made = NULL;
        for (;;) {
            int op;
            uint64_t a, b;
            int64_t target = 0;
            p = decode(start, p, end, &op, &a, &b, &target);  // checked by verify_bytecode
            if (!step(&fl, cur, tmp, op, (size_t)a, (size_t)b, target, &made)) {
                break;
            }
            if (BIT(targets, p - start)) {
                flow_to(&fl, cur, p - start);
                break;
            }
        }
    }
    // frames get only the stack the code can use (a file may claim far more)
    code->max_stack = fl.max_depth;
    fe_free(fl.work);
    fe_free(fl.pending);
    fe_free(fl.states);
    fe_free(fl.leaders);
}
#endif

static fe_obj_t load_code(loader_t *ld) {
    ld->depth++;
    CHECK(ld->depth <= MAX_NESTING, "malformed");
    fe_code_t *code = fe_new(fe_code_t);
    code->base.type = &fe_type_code;
    code->flags = get_u16(ld);
    code->n_posonly = get_u16(ld);
    code->n_pos = get_u16(ld);
    code->n_kwonly = get_u16(ld);
    code->n_locals = get_u16(ld);
    code->n_free = get_u16(ld);
    code->max_stack = get_u16(ld);
    code->max_blocks = get_u16(ld);
    code->first_line = (uint32_t)get_count(ld, 0xffffffff, 0);
    code->name = get_str(ld, false);
    code->qualname = get_str(ld, false);
    code->filename = ld->filename;
    CHECK((code->flags & ~0x7f) == 0, "malformed");
    size_t n_params = code->n_pos + code->n_kwonly + ((code->flags & FE_CODE_FLAG_VARARGS) != 0)
        + ((code->flags & FE_CODE_FLAG_VARKW) != 0);
    CHECK(!(code->n_posonly > code->n_pos || n_params > code->n_locals || code->n_free > code->n_locals
        || code->max_stack == 0 || code->max_stack == 0xffff || code->max_blocks == 0), "malformed");
    code->n_cells = get_u16(ld);
    CHECK(code->n_cells <= code->n_locals, "malformed");
    code->cell_slots = fe_alloc(sizeof(uint16_t) * (code->n_cells ? code->n_cells : 1));
    for (size_t i = 0; i < code->n_cells; i++) {
        code->cell_slots[i] = get_u16(ld);
        CHECK(code->cell_slots[i] < code->n_locals, "malformed");
    }
    code->local_names = fe_alloc(sizeof(qstr) * (code->n_locals ? code->n_locals : 1));
    for (size_t i = 0; i < code->n_locals; i++) {
        code->local_names[i] = get_str(ld, true);
    }
    code->n_names = get_u16(ld);
    code->names = fe_alloc(sizeof(qstr) * (code->n_names ? code->n_names : 1));
    for (size_t i = 0; i < code->n_names; i++) {
        code->names[i] = get_str(ld, false);
    }
    size_t bc_len, lt_len;
    const uint8_t *bc = get_bytes(ld, &bc_len);
    const uint8_t *lt = get_bytes(ld, &lt_len);
    CHECK(lt_len <= 0xffffffff, "malformed");
#if FE_MPY_VERIFY
    // line table: whole (offset delta, line delta) pairs
    const uint8_t *q = lt, *lt_end = lt + lt_len;
    while (q < lt_end) {
        uint64_t d;
        CHECK(read_varint(&q, lt_end, &d) && d <= 0xffffff && read_varint(&q, lt_end, &d) && d <= 0xffffff,
            "malformed");
    }
#endif
    code->n_consts = get_u16(ld);
    // room for the constants plus those made by rewriting LOAD_SMALL_INT (at most one per
    // 6 bytes of code)
    size_t max_extra = bc_len / 6 + 1;
    code->consts = fe_alloc(sizeof(fe_obj_t) * (code->n_consts + max_extra));
    for (size_t i = 0; i < code->n_consts; i++) {
        code->consts[i] = load_const(ld);
    }
    CHECK(!((code->flags & FE_CODE_FLAG_HAS_DOC) && code->n_consts == 0), "malformed");
    // bytecode: verified and, unless executing in place, copied
    uint8_t *writable = NULL;
    if (ld->in_place) {
        code->bytecode = bc;
        code->line_table = lt;
    } else {
        writable = fe_alloc(bc_len ? bc_len : 1);
        memcpy(writable, bc, bc_len);
        code->bytecode = writable;
        uint8_t *lt_copy = fe_alloc(lt_len ? lt_len : 1);
        memcpy(lt_copy, lt, lt_len);
        code->line_table = lt_copy;
    }
    code->bc_len = bc_len;
    code->line_table_len = (uint32_t)lt_len;
    size_t n_extra = 0;
    uint8_t *targets = NULL;
    if (!verify_bytecode(code, writable, code->consts + code->n_consts, &n_extra, &targets)) {
        // in place, but integers must be rewritten for this build: use a RAM copy
        fe_free(targets);
        writable = fe_alloc(bc_len);
        memcpy(writable, bc, bc_len);
        code->bytecode = writable;
        n_extra = 0;
        verify_bytecode(code, writable, code->consts + code->n_consts, &n_extra, &targets);
    }
    CHECK(code->n_consts + n_extra <= 0xffff, "malformed");
    code->n_consts += n_extra;
    // trim the room reserved for rewritten integers
    code->consts = fe_realloc(code->consts, sizeof(fe_obj_t) * (code->n_consts ? code->n_consts : 1));
#if FE_MPY_VERIFY_FLOW
    verify_flow(code, targets);
#endif
    fe_free(targets);  // NULL without FE_MPY_VERIFY
    ld->depth--;
    return code;
}

fe_obj_t fe_mpy_load(const uint8_t *data, size_t len, bool in_place) {
    if (len < FE_MPY_HEADER_LEN || data[0] != FE_MPY_MAGIC) {
        bad("header");
    }
    if (data[1] != FE_MPY_VERSION) {
        bad("format version");
    }
#if !FE_MPY_VERIFY_FLOW
    // without the data-flow check only the build's own frozen images are trusted
    if (!in_place) {
        bad("unverified file");
    }
#endif
    if (data[2] & ~(FE_MPY_FEAT_FLOAT | FE_MPY_FEAT_NO_LINES | FE_MPY_FEAT_NO_ASSERTS)) {
        bad("unsupported feature");
    }
#if FE_FLOAT_IMPL == FE_FLOAT_NONE
    if (data[2] & FE_MPY_FEAT_FLOAT) {
        bad("unsupported feature");
    }
#endif
    uint32_t crc = (uint32_t)data[4] | ((uint32_t)data[5] << 8) | ((uint32_t)data[6] << 16)
        | ((uint32_t)data[7] << 24);
    CHECK(crc32_update(crc32_update(0, data, 4), data + FE_MPY_HEADER_LEN, len - FE_MPY_HEADER_LEN) == crc,
        "checksum mismatch: corrupted or truncated");
    loader_t ld = {data + FE_MPY_HEADER_LEN, data + len, data, in_place, NULL, 0, Q_NULL, 0};
    ld.n_strings = get_count(&ld, 0xffff, 1);
    ld.strings = fe_alloc(sizeof(qstr) * (ld.n_strings ? ld.n_strings : 1));
    for (size_t i = 0; i < ld.n_strings; i++) {
        size_t n;
        const uint8_t *d = get_bytes(&ld, &n);
        CHECK(!(n > 0xffff || !utf8_ok(d, n)), "malformed");
        ld.strings[i] = qstr_from_strn((const char *)d, n);
    }
    ld.filename = get_str(&ld, false);
    fe_obj_t code = load_code(&ld);
    CHECK(ld.p == ld.end, "malformed");
    fe_free(ld.strings);
    return code;
}

// ---- frozen modules ----------------------------------------------------------------------

// The table generated by tools/makefrozen.py; weak, so builds without frozen modules
// (ferrite-cross, bare ports) link without one.
extern const fe_frozen_module_t fe_frozen_modules[] __attribute__((weak));
extern const size_t fe_frozen_modules_count __attribute__((weak));

static size_t frozen_count(void) {
    return &fe_frozen_modules_count != NULL ? fe_frozen_modules_count : 0;
}

// The first frozen file whose path is `path` followed by `next` ('\0': the file itself,
// '/': a file in that folder).
static const fe_frozen_module_t *frozen_match(const char *path, size_t len, char next) {
    for (size_t i = 0, n = frozen_count(); i < n; i++) {
        const char *p = fe_frozen_modules[i].path;
        if (strncmp(p, path, len) == 0 && p[len] == next) {
            return &fe_frozen_modules[i];
        }
    }
    return NULL;
}

const fe_frozen_module_t *fe_frozen_find(const char *path, size_t len) {
    return frozen_match(path, len, '\0');
}

bool fe_frozen_is_dir(const char *rel, size_t len) {
    return frozen_match(rel, len, '/') != NULL;
}
