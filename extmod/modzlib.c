// extmod/modzlib.c: the zlib module, a subset of CPython's: decompress, decompressobj,
// compress (stored blocks only: valid streams, no size reduction), crc32, adler32.
//
// The decoder is lib/inflate (whole-input, bounds-checked). A decompressobj keeps all the
// compressed input it has been given and decodes it again from the start on each call,
// handing out only the output not yet returned: simple and robust, at the price of
// quadratic time for long streams fed in many pieces.
#include <string.h>
#include "py/obj.h"
#include "extmod/modexc.h"
#include "lib/inflate/inflate.h"

FE_EXTMOD_EXC_TYPE(fe_type_zlib_error, Q_error, &fe_type_Exception);

typedef struct {
    fe_objbase_t base;
    int8_t format;
    int8_t window_bits;
    bool eof;
    fe_vstr_t input;        // all compressed input so far
    size_t returned;        // output bytes already handed out
    fe_obj_t unused_data;   // bytes
} decomp_obj_t;

extern const fe_type_t fe_type_zlib_decompress;

static uint8_t *grow_output(void *ctx, uint8_t *buf, size_t new_size) {
    return fe_realloc(buf, new_size);
}

// wbits -> format and window size, as zlib interprets it (ValueError/zlib.error otherwise).
static void parse_wbits(fe_int_t wbits, int *format, int *window, bool for_obj) {
    if (wbits == 0) {
        *format = INFLATE_FORMAT_ZLIB;
        *window = 15;
    } else if (wbits >= 8 && wbits <= 15) {
        *format = INFLATE_FORMAT_ZLIB;
        *window = (int)wbits;
    } else if (wbits >= -15 && wbits <= -8) {
        *format = INFLATE_FORMAT_RAW;
        *window = (int)-wbits;
    } else if (wbits >= 24 && wbits <= 31) {
        *format = INFLATE_FORMAT_GZIP;
        *window = (int)wbits - 16;
    } else if (wbits >= 40 && wbits <= 47) {
        *format = INFLATE_FORMAT_AUTO;
        *window = (int)wbits - 32;
    } else if (for_obj) {
        fe_raise_msg(&fe_type_ValueError, "Invalid initialization option");
    } else {
        fe_raise_msg(&fe_type_zlib_error, "Error -2 while preparing to decompress data: inconsistent stream state");
    }
}

static void get_data(fe_obj_t o, fe_buffer_info_t *info) {
    if (!fe_get_buffer(o, info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
}

static FE_NORETURN void raise_inflate_error(int r, const char *msg) {
    if (r == INFLATE_TRUNCATED) {
        fe_raise_msg(&fe_type_zlib_error, "Error -5 while decompressing data: incomplete or truncated stream");
    }
    fe_raise_fmt(&fe_type_zlib_error, "Error -3 while decompressing data: %s", msg);
}

static fe_obj_t zlib_decompress(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_data, FE_ARG_REQUIRED, FE_NULL},
        {Q_wbits, FE_ARG_INT, FE_NULL},
        {Q_bufsize, FE_ARG_INT, FE_NULL},
    };
    fe_obj_t vals[3] = {FE_NULL, FE_NULL, FE_NULL};
    fe_parse_args(n_args, args, kw, 3, spec, vals);
    fe_buffer_info_t info;
    get_data(vals[0], &info);
    int format, window;
    fe_int_t wbits = vals[1] == FE_NULL ? 15 : fe_get_int(vals[1]);
    parse_wbits(wbits, &format, &window, false);
    inflate_out_t out = {NULL, 0, 0, NULL, grow_output};
    size_t used;
    const char *msg;
    int r = inflate_stream(info.buf, info.len, format, window, &out, &used, &msg);
    if (r != INFLATE_OK) {
        raise_inflate_error(r, msg);
    }
    return fe_bytes_new(out.buf, out.len);
}
static FE_DEFINE_FUN_KW(zlib_decompress_obj, Q_decompress, 1, zlib_decompress);

static fe_obj_t zlib_decompressobj(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_wbits, FE_ARG_INT, FE_NULL},
        {Q_zdict, 0, FE_NULL},
    };
    fe_obj_t vals[2] = {FE_NULL, FE_NULL};
    fe_parse_args(n_args, args, kw, 2, spec, vals);
    int format, window;
    fe_int_t wbits = vals[0] == FE_NULL ? 15 : fe_get_int(vals[0]);
    parse_wbits(wbits, &format, &window, true);
    if (vals[1] != FE_NULL) {
        fe_raise_msg(&fe_type_NotImplementedError, "zdict not supported");
    }
    decomp_obj_t *o = fe_new(decomp_obj_t);
    o->base.type = &fe_type_zlib_decompress;
    o->format = (int8_t)format;
    o->window_bits = (int8_t)window;
    fe_vstr_init(&o->input, 64);
    o->unused_data = fe_bytes_new("", 0);
    return o;
}
static FE_DEFINE_FUN_KW(zlib_decompressobj_obj, Q_decompressobj, 0, zlib_decompressobj);

// Decodes everything buffered; returns up to max_len (0: all) bytes of new output.
static fe_obj_t decomp_run(decomp_obj_t *o, size_t max_len, bool flushing) {
    if (o->eof && o->returned == SIZE_MAX) {
        return fe_bytes_new("", 0);
    }
    inflate_out_t out = {NULL, 0, 0, NULL, grow_output};
    size_t used;
    const char *msg;
    int r = inflate_stream((const uint8_t *)o->input.buf, o->input.len, o->format, o->window_bits,
                           &out, &used, &msg);
    if (r == INFLATE_ERROR) {
        raise_inflate_error(r, msg);
    }
    size_t avail = out.len > o->returned ? out.len - o->returned : 0;
    size_t n = (max_len > 0 && avail > max_len) ? max_len : avail;
    fe_obj_t result = fe_bytes_new(out.buf + o->returned, n);
    o->returned += n;
    if (r == INFLATE_OK && o->returned == out.len) {
        // the stream is complete and fully handed out: keep only the excess input
        o->eof = true;
        o->unused_data = fe_bytes_new(o->input.buf + used, o->input.len - used);
        fe_vstr_init(&o->input, 1);
        o->returned = SIZE_MAX;
    }
    fe_free(out.buf);
    (void)flushing;
    return result;
}

static decomp_obj_t *get_decomp(fe_obj_t self) {
    if (!fe_obj_is_type_ptr(self, &fe_type_zlib_decompress)) {
        fe_raise_msg(&fe_type_TypeError, "Decompress object required");
    }
    return self;
}

static fe_obj_t decomp_decompress(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_data, FE_ARG_REQUIRED, FE_NULL},
        {Q_max_length, FE_ARG_INT, FE_NULL},
    };
    fe_obj_t vals[3] = {FE_NULL, FE_NULL, FE_NULL};
    fe_parse_args(n_args, args, kw, 3, spec, vals);
    decomp_obj_t *o = get_decomp(vals[0]);
    fe_buffer_info_t info;
    get_data(vals[1], &info);
    fe_int_t max_len = vals[2] == FE_NULL ? 0 : fe_get_int(vals[2]);
    if (max_len < 0) {
        fe_raise_msg(&fe_type_ValueError, "max_length must be non-negative");
    }
    if (o->eof && o->returned == SIZE_MAX) {
        if (info.len > 0) {
            size_t ulen;
            const char *u = fe_bytes_data(o->unused_data, &ulen);
            fe_vstr_t v;
            fe_vstr_init(&v, ulen + info.len);
            fe_vstr_add_strn(&v, u, ulen);
            fe_vstr_add_strn(&v, info.buf, info.len);
            o->unused_data = fe_bytes_from_vstr(&v);
        }
        return fe_bytes_new("", 0);
    }
    fe_vstr_add_strn(&o->input, info.buf, info.len);
    return decomp_run(o, (size_t)max_len, false);
}
static FE_DEFINE_FUN_KW(decomp_decompress_obj, Q_decompress, 2, decomp_decompress);

static fe_obj_t decomp_flush(size_t n_args, const fe_obj_t *args) {
    decomp_obj_t *o = get_decomp(args[0]);
    if (n_args > 1 && fe_get_int(args[1]) <= 0) {
        fe_raise_msg(&fe_type_ValueError, "length must be greater than zero");
    }
    return decomp_run(o, 0, true);
}
static FE_DEFINE_FUN_VAR(decomp_flush_obj, Q_flush, 1, 2, decomp_flush);

static void decomp_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    decomp_obj_t *o = self;
    if (attr == Q_eof) {
        dest[0] = fe_bool(o->eof);
    } else if (attr == Q_unused_data) {
        dest[0] = o->unused_data;
    } else if (attr == Q_unconsumed_tail) {
        dest[0] = fe_bytes_new("", 0);
    }
}

static const fe_map_elem_t decomp_locals_table[] = {
    {FE_ROM_QSTR(Q_decompress), FE_ROM_PTR(&decomp_decompress_obj)},
    {FE_ROM_QSTR(Q_flush), FE_ROM_PTR(&decomp_flush_obj)},
};
static FE_DEFINE_CONST_DICT(decomp_locals, decomp_locals_table);

const fe_type_t fe_type_zlib_decompress = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_Decompress,
    .attr = decomp_attr,
    .locals_dict = (fe_dict_t *)&decomp_locals,
};

static void put_be32(fe_vstr_t *v, uint32_t x) {
    for (int i = 24; i >= 0; i -= 8) {
        fe_vstr_add_byte(v, (uint8_t)(x >> i));
    }
}

static void put_le32(fe_vstr_t *v, uint32_t x) {
    for (int i = 0; i < 32; i += 8) {
        fe_vstr_add_byte(v, (uint8_t)(x >> i));
    }
}

// compress(data, level=-1, wbits=MAX_WBITS): stored (uncompressed) deflate blocks.
static fe_obj_t zlib_compress(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_data, FE_ARG_REQUIRED, FE_NULL},
        {Q_level, FE_ARG_INT, FE_NULL},
        {Q_wbits, FE_ARG_INT, FE_NULL},
    };
    fe_obj_t vals[3] = {FE_NULL, FE_NULL, FE_NULL};
    fe_parse_args(n_args, args, kw, 3, spec, vals);
    fe_buffer_info_t info;
    get_data(vals[0], &info);
    fe_int_t level = vals[1] == FE_NULL ? -1 : fe_get_int(vals[1]);
    fe_int_t wbits = vals[2] == FE_NULL ? 15 : fe_get_int(vals[2]);
    if (level < -1 || level > 9) {
        fe_raise_msg(&fe_type_zlib_error, "Bad compression level");
    }
    int format, window;
    if ((wbits >= 9 && wbits <= 15) || (wbits >= -15 && wbits <= -9) || (wbits >= 25 && wbits <= 31)) {
        parse_wbits(wbits, &format, &window, false);
    } else {
        fe_raise_msg(&fe_type_zlib_error, "Bad compression level");
    }
    const uint8_t *data = info.buf;
    size_t len = info.len;
    fe_vstr_t v;
    fe_vstr_init(&v, len + len / 65535 * 5 + 32);
    if (format == INFLATE_FORMAT_ZLIB) {
        fe_vstr_add_byte(&v, (uint8_t)(((window - 8) << 4) | 8));
        fe_vstr_add_byte(&v, 0);
        v.buf[v.len - 1] = (char)(31 - (((uint8_t)v.buf[v.len - 2]) * 256) % 31);  // FLG: level bits 0
    } else if (format == INFLATE_FORMAT_GZIP) {
        static const uint8_t gz[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
        fe_vstr_add_strn(&v, (const char *)gz, 10);
    }
    size_t pos = 0;
    do {
        size_t n = len - pos > 65535 ? 65535 : len - pos;
        bool last = pos + n == len;
        fe_vstr_add_byte(&v, last ? 1 : 0);
        fe_vstr_add_byte(&v, (uint8_t)n);
        fe_vstr_add_byte(&v, (uint8_t)(n >> 8));
        fe_vstr_add_byte(&v, (uint8_t)~n);
        fe_vstr_add_byte(&v, (uint8_t)(~n >> 8));
        fe_vstr_add_strn(&v, (const char *)data + pos, n);
        pos += n;
    } while (pos < len);
    if (format == INFLATE_FORMAT_ZLIB) {
        put_be32(&v, inflate_adler32(1, data, len));
    } else if (format == INFLATE_FORMAT_GZIP) {
        put_le32(&v, inflate_crc32(0, data, len));
        put_le32(&v, (uint32_t)len);
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_KW(zlib_compress_obj, Q_compress, 1, zlib_compress);

static uint32_t get_u32(fe_obj_t o) {
    // value & 0xffffffff for any int
    fe_obj_t m = fe_binary_op(FE_BINARY_AND, o, fe_int_from_uint(0xffffffffu));
    fe_obj_t lo = fe_binary_op(FE_BINARY_AND, m, FE_NEW_SMALL_INT(0xffff));
    fe_obj_t hi = fe_binary_op(FE_BINARY_RSHIFT, m, FE_NEW_SMALL_INT(16));
    return (uint32_t)fe_get_int(lo) | ((uint32_t)fe_get_int(hi) << 16);
}

static fe_obj_t zlib_crc32(size_t n_args, const fe_obj_t *args) {
    fe_buffer_info_t info;
    get_data(args[0], &info);
    uint32_t start = 0;
    if (n_args > 1) {
        if (!fe_is_int(args[1])) {
            fe_get_int(args[1]);  // raises the TypeError
        }
        start = get_u32(args[1]);
    }
    return fe_int_from_uint(inflate_crc32(start, info.buf, info.len));
}
static FE_DEFINE_FUN_VAR(zlib_crc32_obj, Q_crc32, 1, 2, zlib_crc32);

static fe_obj_t zlib_adler32(size_t n_args, const fe_obj_t *args) {
    fe_buffer_info_t info;
    get_data(args[0], &info);
    uint32_t start = 1;
    if (n_args > 1) {
        if (!fe_is_int(args[1])) {
            fe_get_int(args[1]);
        }
        start = get_u32(args[1]);
    }
    return fe_int_from_uint(inflate_adler32(start, info.buf, info.len));
}
static FE_DEFINE_FUN_VAR(zlib_adler32_obj, Q_adler32, 1, 2, zlib_adler32);

static const fe_map_elem_t zlib_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_zlib)},
    {FE_ROM_QSTR(Q_error), FE_ROM_PTR(&fe_type_zlib_error)},
    {FE_ROM_QSTR(Q_decompress), FE_ROM_PTR(&zlib_decompress_obj)},
    {FE_ROM_QSTR(Q_decompressobj), FE_ROM_PTR(&zlib_decompressobj_obj)},
    {FE_ROM_QSTR(Q_compress), FE_ROM_PTR(&zlib_compress_obj)},
    {FE_ROM_QSTR(Q_crc32), FE_ROM_PTR(&zlib_crc32_obj)},
    {FE_ROM_QSTR(Q_adler32), FE_ROM_PTR(&zlib_adler32_obj)},
    {FE_ROM_QSTR(Q_MAX_WBITS), FE_ROM_INT(15)},
    {FE_ROM_QSTR(Q_DEFLATED), FE_ROM_INT(8)},
    {FE_ROM_QSTR(Q_DEF_BUF_SIZE), FE_ROM_INT(16384)},
    {FE_ROM_QSTR(Q_Z_DEFAULT_COMPRESSION), FE_ROM_INT(-1)},
    {FE_ROM_QSTR(Q_Z_NO_COMPRESSION), FE_ROM_INT(0)},
    {FE_ROM_QSTR(Q_Z_BEST_SPEED), FE_ROM_INT(1)},
    {FE_ROM_QSTR(Q_Z_BEST_COMPRESSION), FE_ROM_INT(9)},
};
static FE_DEFINE_CONST_DICT(zlib_globals, zlib_globals_table);

const fe_module_t fe_module_zlib = {{&fe_type_module}, (fe_dict_t *)&zlib_globals};
