// py/persistentcode.c: the .mpy format. fe_mpy_save writes a code object tree as a
// compact, versioned container independent of the host's word size and endianness;
// fe_mpy_load reads one back, treating the input as untrusted: every length is checked
// against the remaining input, nesting is bounded, a CRC-32 rejects corrupted files and
// the bytecode is verified (opcodes, operand indices, jump targets, stack depth) so that
// no file can make the VM read outside its buffers. Field-by-field description:
// docs/mpy-format.md.
#include <string.h>
#include "py/engine.h"
#include "py/persistentcode.h"

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
    bits.d = (double)f;
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

static uint64_t get_uint(loader_t *ld) {
    uint64_t v = 0;
    for (int i = 0; i < MAX_VARINT_BYTES; i++) {
        if (ld->p >= ld->end) {
            bad("truncated");
        }
        uint8_t b = *ld->p++;
        if (i == MAX_VARINT_BYTES - 1 && b > 1) {
            bad("varint too large");
        }
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            return v;
        }
    }
    bad("varint too large");
}

// A count or size bounded by `max` (and by what remains of the input when each element
// takes at least one byte: min_bytes_each).
static size_t get_count(loader_t *ld, size_t max, size_t min_bytes_each) {
    uint64_t v = get_uint(ld);
    if (v > max) {
        bad("size out of range");
    }
    if (min_bytes_each && v > (uint64_t)(ld->end - ld->p) / min_bytes_each) {
        bad("truncated");
    }
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
    if (i == 0 && !allow_null) {
        bad("missing name");
    }
    return i == 0 ? Q_NULL : ld->strings[i - 1];
}

static uint16_t get_u16(loader_t *ld) {
    return (uint16_t)get_count(ld, 0xffff, 0);
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
static fe_float_t get_float(loader_t *ld) {
    if (ld->end - ld->p < 8) {
        bad("truncated");
    }
    union { double d; uint64_t u; } bits = {0};
    for (int k = 0; k < 8; k++) {
        bits.u |= (uint64_t)ld->p[k] << (8 * k);
    }
    ld->p += 8;
    return (fe_float_t)bits.d;
}
#endif

static fe_obj_t load_code(loader_t *ld);

// Well-formed UTF-8, except that encoded surrogates (U+D800..U+DFFF) are allowed: str
// objects may hold lone surrogates ("\ud800" literals).
static bool utf8_ok(const uint8_t *d, size_t n) {
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
    if (ld->p >= ld->end) {
        bad("truncated");
    }
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
            if (n == 0 || n > 100000) {
                bad("bad integer");
            }
            for (size_t i = 0; i < n; i++) {
                if (!((d[i] >= '0' && d[i] <= '9') || (i == 0 && d[i] == '-' && n > 1))) {
                    bad("bad integer");
                }
            }
            return fe_int_parse((const char *)d, n, 10);
        }
        case TAG_FLOAT:
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            return fe_float_new(get_float(ld));
#else
            bad("floats not supported");
#endif
        case TAG_COMPLEX: {
#if FE_ENABLE_COMPLEX
            fe_float_t re = get_float(ld);
            fe_float_t im = get_float(ld);
            return fe_complex_new(re, im);
#else
            bad("complex numbers not supported");
#endif
        }
        case TAG_STR: {
            size_t n;
            const uint8_t *d = get_bytes(ld, &n);
            if (!utf8_ok(d, n)) {
                bad("invalid UTF-8");
            }
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
            if (++ld->depth > MAX_NESTING) {
                bad("nested too deeply");
            }
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
            bad("unknown constant tag");
    }
}

// Operand classes for verification.
static bool uses_name(int op) {
    switch (op) {
        case FE_BC_LOAD_NAME: case FE_BC_STORE_NAME: case FE_BC_DELETE_NAME:
        case FE_BC_LOAD_GLOBAL: case FE_BC_STORE_GLOBAL: case FE_BC_DELETE_GLOBAL:
        case FE_BC_LOAD_ATTR: case FE_BC_STORE_ATTR: case FE_BC_DELETE_ATTR:
        case FE_BC_LOAD_METHOD: case FE_BC_IMPORT_NAME: case FE_BC_IMPORT_FROM:
            return true;
        default:
            return false;
    }
}

static bool uses_fast(int op) {
    return op == FE_BC_LOAD_FAST || op == FE_BC_STORE_FAST || op == FE_BC_DELETE_FAST;
}

static bool uses_cell(int op) {
    return op == FE_BC_LOAD_DEREF || op == FE_BC_STORE_DEREF || op == FE_BC_DELETE_DEREF
        || op == FE_BC_LOAD_CLOSURE || op == FE_BC_LOAD_CLASSDEREF;
}

// Reads a varint operand inside the bytecode [p, end); false if malformed.
static bool read_operand(const uint8_t **pp, const uint8_t *end, uint64_t *out) {
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

// Checks every instruction of a loaded code object; rewrites LOAD_SMALL_INT operands
// that do not fit this build's small ints (files from a 64-bit host on a 32-bit target)
// into LOAD_CONST of an added int constant padded with NOPs (same length, so jumps and
// line numbers stay valid). `bc` is the writable copy of the code, or NULL for code used in
// place: then false is returned when a rewrite is needed (the caller copies and retries).
static bool verify_bytecode(fe_code_t *code, uint8_t *bc, fe_obj_t *extra_consts, size_t *n_extra) {
    const uint8_t *start = code->bytecode, *end = start + code->bc_len;
    if (code->bc_len == 0) {
        bad("empty bytecode");
    }
    // pass 1: instruction boundaries, starts and jump targets (validated in pass 2)
    uint8_t *boundary = fe_alloc((code->bc_len + 7) / 8);
    uint8_t *targets = fe_alloc((code->bc_len + 7) / 8);
    size_t *starts = fe_alloc(sizeof(size_t) * code->bc_len);
    size_t n_insns = 0;
    const uint8_t *p = start;
    int last_op = -1;
    while (p < end) {
        size_t off = p - start;
        boundary[off / 8] |= 1 << (off % 8);
        starts[n_insns++] = off;
        int op = *p++;
        if (op >= FE_BC_NUM_OPCODES) {
            bad("unknown opcode");
        }
        last_op = op;
        uint64_t a = 0, b = 0;
        switch (fe_bc_operand_kind[op]) {
            case FE_BC_OPERAND_NONE:
                break;
            case FE_BC_OPERAND_UINT:
            case FE_BC_OPERAND_SINT:
                if (!read_operand(&p, end, &a)) {
                    bad("bad operand");
                }
                break;
            case FE_BC_OPERAND_UINT2:
                if (!read_operand(&p, end, &a) || !read_operand(&p, end, &b)) {
                    bad("bad operand");
                }
                break;
            case FE_BC_OPERAND_JUMP:
                if (end - p < FE_BC_JUMP_BYTES) {
                    bad("bad operand");
                }
                {
                    int joff = fe_bc_read_jump(&p);
                    int64_t target = (int64_t)(p - start) + joff;
                    if (target >= 0 && target < (int64_t)code->bc_len) {
                        targets[target / 8] |= 1 << (target % 8);
                    }
                }
                break;
        }
    }
    // execution must never run off the end of the code
    if (last_op != FE_BC_RETURN_VALUE && last_op != FE_BC_JUMP && last_op != FE_BC_RERAISE
        && last_op != FE_BC_RAISE_VARARGS) {
        bad("code does not end with a return");
    }
    // pass 2: operands
    p = start;
    bool prev_load_code = false;
    const fe_code_t *prev_code = NULL;
    for (size_t insn_index = 0; p < end; insn_index++) {
        const uint8_t *insn = p;
        int op = *p++;
        uint64_t a = 0, b = 0;
        int kind = fe_bc_operand_kind[op];
        if (kind == FE_BC_OPERAND_JUMP) {
            int off = fe_bc_read_jump(&p);
            int64_t target = (int64_t)(p - start) + off;
            if (target < 0 || target >= (int64_t)code->bc_len
                || !(boundary[target / 8] & (1 << (target % 8)))) {
                bad("bad jump target");
            }
            if (start[target] == FE_BC_MAKE_FUNCTION) {
                bad("bad jump target");
            }
        } else if (kind != FE_BC_OPERAND_NONE) {
            read_operand(&p, end, &a);
            if (kind == FE_BC_OPERAND_UINT2) {
                read_operand(&p, end, &b);
            }
            // every operand must fit a size_t of this build
            if (a > SIZE_MAX / 4 || b > SIZE_MAX / 4) {
                if (op != FE_BC_LOAD_SMALL_INT) {
                    bad("operand out of range");
                }
            }
        }
        bool bad_index = false;
        if (op == FE_BC_LOAD_CONST) {
            bad_index = a >= code->n_consts;
        } else if (uses_name(op)) {
            bad_index = a >= code->n_names;
        } else if (uses_fast(op)) {
            bad_index = a >= code->n_locals;
        } else if (uses_cell(op)) {
            bad_index = !is_cell_slot(code, a) || (op == FE_BC_LOAD_CLASSDEREF && b >= code->n_names);
        } else if (op == FE_BC_UNARY_OP) {
            bad_index = a >= FE_UNARY_NUM_OPS;
        } else if (op == FE_BC_BINARY_OP) {
            bad_index = a >= FE_BINARY_DIVMOD;
        } else if (op == FE_BC_LIST_APPEND || op == FE_BC_LIST_EXTEND || op == FE_BC_SET_ADD
            || op == FE_BC_SET_UPDATE || op == FE_BC_MAP_ADD || op == FE_BC_DICT_UPDATE
            || op == FE_BC_DICT_MERGE) {
            bad_index = a == 0 || a >= code->max_stack;
        } else if (op == FE_BC_MAKE_FUNCTION) {
            bad_index = !prev_load_code || a > 15 || ((a & 4) != 0) != (prev_code->n_free > 0);
            if (!bad_index && (a & 4)) {
                // the closure: LOAD_CLOSURE x n_free, BUILD_TUPLE n_free, LOAD_CONST code,
                // straight-line (no jump lands inside the sequence)
                size_t n = prev_code->n_free;
                if (insn_index < n + 2) {
                    bad("bad closure");
                }
                const uint8_t *q = start + starts[insn_index - 2];
                uint64_t count;
                if (*q != FE_BC_BUILD_TUPLE || (q++, !read_operand(&q, end, &count)) || count != n) {
                    bad("bad closure");
                }
                for (size_t k = insn_index - 2 - n; k <= insn_index; k++) {
                    size_t off = starts[k];
                    if ((k < insn_index - 2 && start[off] != FE_BC_LOAD_CLOSURE)
                        || (k > insn_index - 2 - n && (targets[off / 8] & (1 << (off % 8))))) {
                        bad("bad closure");
                    }
                }
            }
        } else if (op == FE_BC_RAISE_VARARGS || op == FE_BC_RAISE_ASSERT) {
            bad_index = a > 2;
        } else if (op == FE_BC_FORMAT_VALUE) {
            bad_index = a > 7;
        } else if (op == FE_BC_LOAD_SMALL_INT) {
            int64_t v = (int64_t)(a >> 1) ^ -(int64_t)(a & 1);
            if (v < (int64_t)FE_SMALL_INT_MIN || v > (int64_t)FE_SMALL_INT_MAX) {
                // does not fit this build: becomes LOAD_CONST k, NOP... (operand >= 5 bytes)
                size_t k = code->n_consts + *n_extra;
                size_t operand_len = p - insn - 1;
                if (bc == NULL) {
                    return false;
                }
                if (k > 0x3fff || operand_len < 3) {
                    bad("integer operand out of range");
                }
                extra_consts[(*n_extra)++] = fe_int_from_ll((long long)v);
                uint8_t *w = bc + (insn - start);
                *w++ = FE_BC_LOAD_CONST;
                *w++ = (uint8_t)((k & 0x7f) | 0x80);
                *w++ = (uint8_t)(k >> 7);
                while (w < bc + (p - start)) {
                    *w++ = FE_BC_NOP;
                }
            }
        }
        if (bad_index) {
            bad("operand out of range");
        }
        prev_load_code = op == FE_BC_LOAD_CONST && fe_obj_is_type_ptr(code->consts[a], &fe_type_code);
        prev_code = prev_load_code ? code->consts[a] : NULL;
    }
    fe_free(starts);
    fe_free(targets);
    fe_free(boundary);
    return true;
}

// The stack depth check: a worklist pass computing the depth before each instruction,
// rejecting code whose depth could go negative or beyond max_stack.
static void verify_stack(const fe_code_t *code);

static fe_obj_t load_code(loader_t *ld) {
    if (++ld->depth > MAX_NESTING) {
        bad("nested too deeply");
    }
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
    if (code->flags & ~0x7f) {
        bad("unknown code flags");
    }
    size_t n_params = code->n_pos + code->n_kwonly + ((code->flags & FE_CODE_FLAG_VARARGS) != 0)
        + ((code->flags & FE_CODE_FLAG_VARKW) != 0);
    if (code->n_posonly > code->n_pos || n_params > code->n_locals || code->n_free > code->n_locals
        || code->max_stack == 0 || code->max_blocks == 0) {
        bad("inconsistent code header");
    }
    code->n_cells = get_u16(ld);
    if (code->n_cells > code->n_locals) {
        bad("inconsistent code header");
    }
    code->cell_slots = fe_alloc(sizeof(uint16_t) * (code->n_cells ? code->n_cells : 1));
    for (size_t i = 0; i < code->n_cells; i++) {
        code->cell_slots[i] = get_u16(ld);
        if (code->cell_slots[i] >= code->n_locals) {
            bad("bad cell slot");
        }
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
    if (lt_len > 0xffffffff) {
        bad("size out of range");
    }
    // line table: whole (offset delta, line delta) pairs
    const uint8_t *q = lt, *lt_end = lt + lt_len;
    while (q < lt_end) {
        uint64_t d;
        if (!read_operand(&q, lt_end, &d) || d > 0xffffff || !read_operand(&q, lt_end, &d) || d > 0xffffff) {
            bad("bad line table");
        }
    }
    code->n_consts = get_u16(ld);
    // room for the constants plus those made by rewriting LOAD_SMALL_INT (at most one per
    // 6 bytes of code)
    size_t max_extra = bc_len / 6 + 1;
    code->consts = fe_alloc(sizeof(fe_obj_t) * (code->n_consts + max_extra));
    for (size_t i = 0; i < code->n_consts; i++) {
        code->consts[i] = load_const(ld);
    }
    if ((code->flags & FE_CODE_FLAG_HAS_DOC) && code->n_consts == 0) {
        bad("inconsistent code header");
    }
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
    if (!verify_bytecode(code, writable, code->consts + code->n_consts, &n_extra)) {
        // in place, but integers must be rewritten for this build: use a RAM copy
        writable = fe_alloc(bc_len);
        memcpy(writable, bc, bc_len);
        code->bytecode = writable;
        n_extra = 0;
        verify_bytecode(code, writable, code->consts + code->n_consts, &n_extra);
    }
    if (code->n_consts + n_extra > 0xffff) {
        bad("too many constants");
    }
    code->n_consts += n_extra;
    // trim the room reserved for rewritten integers
    code->consts = fe_realloc(code->consts, sizeof(fe_obj_t) * (code->n_consts ? code->n_consts : 1));
    verify_stack(code);
    ld->depth--;
    return code;
}

fe_obj_t fe_mpy_load(const uint8_t *data, size_t len, bool in_place) {
    if (len < FE_MPY_HEADER_LEN || data[0] != FE_MPY_MAGIC) {
        fe_raise_msg(&fe_type_ValueError, "incompatible .mpy file");
    }
    if (data[1] != FE_MPY_VERSION) {
        fe_raise_msg(&fe_type_ValueError, "incompatible .mpy file (format version)");
    }
    if (data[2] & ~(FE_MPY_FEAT_FLOAT | FE_MPY_FEAT_NO_LINES | FE_MPY_FEAT_NO_ASSERTS)) {
        bad("unknown features");
    }
#if FE_FLOAT_IMPL == FE_FLOAT_NONE
    if (data[2] & FE_MPY_FEAT_FLOAT) {
        bad("floats not supported");
    }
#endif
    uint32_t crc = (uint32_t)data[4] | ((uint32_t)data[5] << 8) | ((uint32_t)data[6] << 16)
        | ((uint32_t)data[7] << 24);
    if (crc32_update(crc32_update(0, data, 4), data + FE_MPY_HEADER_LEN, len - FE_MPY_HEADER_LEN) != crc) {
        bad("checksum mismatch: corrupted or truncated");
    }
    loader_t ld = {data + FE_MPY_HEADER_LEN, data + len, data, in_place, NULL, 0, Q_NULL, 0};
    ld.n_strings = get_count(&ld, 0xffff, 1);
    ld.strings = fe_alloc(sizeof(qstr) * (ld.n_strings ? ld.n_strings : 1));
    for (size_t i = 0; i < ld.n_strings; i++) {
        size_t n;
        const uint8_t *d = get_bytes(&ld, &n);
        if (n > 0xffff || !utf8_ok(d, n)) {
            bad("bad string table");
        }
        ld.strings[i] = qstr_from_strn((const char *)d, n);
    }
    ld.filename = get_str(&ld, false);
    fe_obj_t code = load_code(&ld);
    if (ld.p != ld.end) {
        bad("trailing data");
    }
    fe_free(ld.strings);
    return code;
}

// ---- stack depth verification --------------------------------------------------------------

// Depth before each instruction, -1 when not yet reached. Successors of each instruction
// with their depths follow the VM (py/vm.c): fall-through with the instruction's effect;
// jumps with the effect of the taken path; exception handlers entered at the depth when
// their block was set up plus the pushed values. A depth reached twice must agree.
static void flow_to(int32_t *depth, const fe_code_t *code, size_t *work, size_t *n_work, int64_t target, int d) {
    if (target < 0 || target >= (int64_t)code->bc_len) {
        bad("bad jump target");
    }
    if (d < 0 || d > code->max_stack) {
        bad("stack depth out of range");
    }
    if (depth[target] == -1) {
        depth[target] = d;
        work[(*n_work)++] = (size_t)target;
    } else if (depth[target] != d) {
        bad("inconsistent stack depth");
    }
}

static void verify_stack(const fe_code_t *code) {
    const uint8_t *start = code->bytecode;
    int32_t *depth = fe_alloc(sizeof(int32_t) * code->bc_len);
    size_t *work = fe_alloc(sizeof(size_t) * code->bc_len);
    for (size_t i = 0; i < code->bc_len; i++) {
        depth[i] = -1;
    }
    size_t n_work = 0;
    flow_to(depth, code, work, &n_work, 0, 0);
    while (n_work > 0) {
        size_t off = work[--n_work];
        int d = depth[off];
        const uint8_t *p = start + off;
        int op = *p++;
        uint64_t a = 0, b = 0;
        int jump = 0;
        int kind = fe_bc_operand_kind[op];
        if (kind == FE_BC_OPERAND_JUMP) {
            jump = fe_bc_read_jump(&p);
        } else if (kind != FE_BC_OPERAND_NONE) {
            read_operand(&p, start + code->bc_len, &a);
            if (kind == FE_BC_OPERAND_UINT2) {
                read_operand(&p, start + code->bc_len, &b);
            }
        }
        int64_t next = p - start;
        int64_t target = next + jump;
        if (a > 0xffff || b > 0xffff) {
            // counts of stack items this large cannot be consistent with max_stack
            if (op != FE_BC_LOAD_SMALL_INT && op != FE_BC_LOAD_CONST && op != FE_BC_NOP) {
                bad("operand out of range");
            }
            a = b = 0;
        }
        int effect = fe_bc_stack_effect(op, (size_t)a, (size_t)b);
        // values the instruction consumes must be on the stack
        int needs = 0;
        switch (op) {
            case FE_BC_BUILD_TUPLE: case FE_BC_BUILD_LIST: case FE_BC_BUILD_SET:
            case FE_BC_BUILD_SLICE: case FE_BC_BUILD_STRING:
                needs = (int)a;
                break;
            case FE_BC_CALL_FUNCTION:
                needs = (int)(a + 2 * b) + 1;
                break;
            case FE_BC_CALL_METHOD:
                needs = (int)(a + 2 * b) + 2;
                break;
            case FE_BC_LIST_APPEND: case FE_BC_LIST_EXTEND: case FE_BC_SET_ADD:
            case FE_BC_SET_UPDATE: case FE_BC_DICT_UPDATE: case FE_BC_DICT_MERGE:
                needs = (int)a + 1;
                break;
            case FE_BC_MAP_ADD:
                needs = (int)a + 2;
                break;
            case FE_BC_UNPACK_SEQUENCE: case FE_BC_UNPACK_EX:
                needs = 1;
                break;
            case FE_BC_DUP_TOP_TWO: case FE_BC_ROT_TWO:
                needs = 2;
                break;
            case FE_BC_ROT_THREE:
                needs = 3;
                break;
            case FE_BC_DUP_TOP: case FE_BC_UNARY_OP: case FE_BC_UNARY_NOT: case FE_BC_LOAD_ATTR:
            case FE_BC_LOAD_METHOD: case FE_BC_GET_ITER: case FE_BC_GET_ITER_HEAP:
            case FE_BC_GET_ITER_OWNED: case FE_BC_LIST_TO_TUPLE: case FE_BC_YIELD_VALUE:
            case FE_BC_GET_YIELD_FROM_ITER: case FE_BC_SETUP_WITH: case FE_BC_FORMAT_VALUE:
                needs = (op == FE_BC_FORMAT_VALUE && (a & 4)) ? 2 : 1;
                break;
            case FE_BC_FOR_ITER:
                needs = FE_BC_ITER_SLOTS;
                break;
            case FE_BC_WITH_EXCEPT:
                needs = 4;
                break;
            case FE_BC_LIST_EXTEND_ARGS:
                needs = 3;
                break;
            default:
                needs = effect < 0 ? -effect : 0;
                break;
        }
        if (d < needs) {
            bad("stack underflow");
        }
        switch (op) {
            case FE_BC_RETURN_VALUE:
            case FE_BC_RERAISE:
            case FE_BC_RAISE_VARARGS:
                break;  // no successor
            case FE_BC_JUMP:
                flow_to(depth, code, work, &n_work, target, d);
                break;
            case FE_BC_POP_JUMP_IF_FALSE:
            case FE_BC_POP_JUMP_IF_TRUE:
                flow_to(depth, code, work, &n_work, next, d - 1);
                flow_to(depth, code, work, &n_work, target, d - 1);
                break;
            case FE_BC_JUMP_IF_FALSE_OR_POP:
            case FE_BC_JUMP_IF_TRUE_OR_POP:
                flow_to(depth, code, work, &n_work, next, d - 1);
                flow_to(depth, code, work, &n_work, target, d);
                break;
            case FE_BC_JUMP_IF_NOT_EXC_MATCH:
                flow_to(depth, code, work, &n_work, next, d - 1);
                flow_to(depth, code, work, &n_work, target, d - 1);
                break;
            case FE_BC_FOR_ITER:
                flow_to(depth, code, work, &n_work, next, d + 1);
                flow_to(depth, code, work, &n_work, target, d - FE_BC_ITER_SLOTS);
                break;
            case FE_BC_SETUP_EXCEPT:
            case FE_BC_SETUP_FINALLY:
                flow_to(depth, code, work, &n_work, next, d);
                flow_to(depth, code, work, &n_work, target, d + 2);
                break;
            case FE_BC_SETUP_WITH:
                // mgr -> exit, self, enter result; the handler sees exit, self, context, exc
                flow_to(depth, code, work, &n_work, next, d + 2);
                flow_to(depth, code, work, &n_work, target, d + 3);
                break;
            default:
                flow_to(depth, code, work, &n_work, next, d + effect);
                break;
        }
    }
    fe_free(work);
    fe_free(depth);
}

// ---- frozen modules ----------------------------------------------------------------------

// The table generated by tools/makefrozen.py; weak, so builds without frozen modules
// (ferrite-cross, bare ports) link without one.
extern const fe_frozen_module_t fe_frozen_modules[] __attribute__((weak));
extern const size_t fe_frozen_modules_count __attribute__((weak));

static size_t frozen_count(void) {
    return &fe_frozen_modules_count != NULL ? fe_frozen_modules_count : 0;
}

const fe_frozen_module_t *fe_frozen_find(const char *path, size_t len) {
    for (size_t i = 0, n = frozen_count(); i < n; i++) {
        const char *p = fe_frozen_modules[i].path;
        if (strncmp(p, path, len) == 0 && p[len] == '\0') {
            return &fe_frozen_modules[i];
        }
    }
    return NULL;
}

bool fe_frozen_is_dir(const char *rel, size_t len) {
    for (size_t i = 0, n = frozen_count(); i < n; i++) {
        const char *p = fe_frozen_modules[i].path;
        if (strncmp(p, rel, len) == 0 && p[len] == '/') {
            return true;
        }
    }
    return false;
}
