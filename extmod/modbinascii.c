// extmod/modbinascii.c: the binascii module (ubinascii): hex and base64 conversions and
// CRC-32, with CPython's messages and binascii.Error (a ValueError subclass).
#include <string.h>
#include "py/obj.h"
#include "extmod/modexc.h"
#include "extmod/libutil.h"

FE_EXTMOD_EXC_TYPE(fe_type_binascii_Error, Q_Error, &fe_type_ValueError);

// Input of the a2b functions: any buffer, or a str of ASCII characters only.
static const uint8_t *ascii_data(fe_obj_t o, size_t *len) {
    if (fe_is_str(o)) {
        const char *s = fe_str_data(o, len);
        for (size_t i = 0; i < *len; i++) {
            if ((uint8_t)s[i] >= 0x80) {
                fe_raise_msg(&fe_type_ValueError, "string argument should contain only ASCII characters");
            }
        }
        return (const uint8_t *)s;
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(o, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", o);
    }
    *len = info.len;
    return info.buf;
}

static const uint8_t *bytes_like(fe_obj_t o, size_t *len) {
    fe_buffer_info_t info;
    if (!fe_get_buffer(o, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    *len = info.len;
    return info.buf;
}

static const char hex_digits[] = "0123456789abcdef";

// hexlify(data, sep=None, bytes_per_sep=1): the separator goes between groups of
// |bytes_per_sep| bytes, counted from the right when positive, from the left when negative.
static fe_obj_t binascii_hexlify(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_data, FE_ARG_REQUIRED, FE_NULL}, {Q_sep, FE_ARG_OBJ, fe_none},
        {Q_bytes_per_sep, FE_ARG_OBJ, FE_ROM_INT(1)},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    size_t len;
    const uint8_t *data = bytes_like(a[0], &len);
    int sep = -1;
    if (a[1] != fe_none) {
        size_t sep_len;
        const char *s;
        fe_buffer_info_t info;
        if (fe_is_str(a[1])) {
            s = fe_str_data(a[1], &sep_len);
        } else if (fe_get_buffer(a[1], &info, FE_BUFFER_READ)) {
            s = info.buf;
            sep_len = info.len;
        } else {
            fe_raise_fmt(&fe_type_TypeError, "object of type '%T' has no len()", a[1]);
        }
        if (sep_len != 1) {
            fe_raise_msg(&fe_type_ValueError, "sep must be length 1.");
        }
        if ((uint8_t)s[0] >= 0x80) {
            fe_raise_msg(&fe_type_ValueError, "sep must be ASCII.");
        }
        sep = (uint8_t)s[0];
    }
    fe_int_t group = fe_get_int(a[2]);
    bool from_left = group < 0;
    size_t g = (size_t)(group < 0 ? -group : group);
    fe_vstr_t v;
    fe_vstr_init(&v, len * 3);
    data = bytes_like(a[0], &len);  // re-read: argument parsing ran no code, but be safe
    for (size_t i = 0; i < len; i++) {
        if (sep >= 0 && g > 0 && i > 0) {
            size_t pos = from_left ? i : len - i;
            if (pos % g == 0) {
                fe_vstr_add_byte(&v, (uint8_t)sep);
            }
        }
        fe_vstr_add_byte(&v, (uint8_t)hex_digits[data[i] >> 4]);
        fe_vstr_add_byte(&v, (uint8_t)hex_digits[data[i] & 15]);
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_KW(binascii_hexlify_obj, Q_hexlify, 1, binascii_hexlify);

static fe_obj_t binascii_unhexlify(fe_obj_t arg) {
    size_t len;
    const uint8_t *s = ascii_data(arg, &len);
    if (len & 1) {
        fe_raise_msg(&fe_type_binascii_Error, "Odd-length string");
    }
    fe_vstr_t v;
    fe_vstr_init(&v, len / 2);
    for (size_t i = 0; i < len; i += 2) {
        int hi = fe_hex_value(s[i]), lo = fe_hex_value(s[i + 1]);
        if (hi < 0 || lo < 0) {
            fe_raise_msg(&fe_type_binascii_Error, "Non-hexadecimal digit found");
        }
        fe_vstr_add_byte(&v, (uint8_t)(hi << 4 | lo));
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_1(binascii_unhexlify_obj, Q_unhexlify, binascii_unhexlify);

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    const char *p = c ? strchr(b64_alphabet, c) : NULL;  // (strchr finds the 0 terminator)
    return p ? (int)(p - b64_alphabet) : -1;
}

// Non-strict decoding as CPython: characters outside the alphabet are skipped; enough
// '=' after two or three data characters of a quad ends the data.
static fe_obj_t binascii_a2b_base64(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_data, FE_ARG_REQUIRED, FE_NULL},
    };
    fe_obj_t a[1];
    fe_parse_args(n_args, args, kw, 1, spec, a);
    size_t len;
    const uint8_t *s = ascii_data(a[0], &len);
    fe_vstr_t v;
    fe_vstr_init(&v, len / 4 * 3 + 3);
    unsigned quad_pos = 0, pads = 0, left = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '=') {
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                return fe_bytes_from_vstr(&v);
            }
            continue;
        }
        int c = b64_value(s[i]);
        if (c < 0) {
            continue;
        }
        pads = 0;
        switch (quad_pos) {
            case 0:
                left = (unsigned)c;
                quad_pos = 1;
                break;
            case 1:
                fe_vstr_add_byte(&v, (uint8_t)(left << 2 | (unsigned)c >> 4));
                left = (unsigned)c & 0xf;
                quad_pos = 2;
                break;
            case 2:
                fe_vstr_add_byte(&v, (uint8_t)(left << 4 | (unsigned)c >> 2));
                left = (unsigned)c & 3;
                quad_pos = 3;
                break;
            default:
                fe_vstr_add_byte(&v, (uint8_t)(left << 6 | (unsigned)c));
                quad_pos = 0;
                break;
        }
    }
    if (quad_pos == 1) {
        fe_raise_fmt(&fe_type_binascii_Error,
                     "Invalid base64-encoded string: number of data characters (%u) cannot be 1 more than a multiple of 4",
                     (unsigned)(v.len / 3 * 4 + 1));
    }
    if (quad_pos != 0) {
        fe_raise_msg(&fe_type_binascii_Error, "Incorrect padding");
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_KW(binascii_a2b_base64_obj, Q_a2b_base64, 1, binascii_a2b_base64);

static fe_obj_t binascii_b2a_base64(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_data, FE_ARG_REQUIRED, FE_NULL}, {Q_newline, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_true},
    };
    fe_obj_t a[2];
    fe_parse_args(n_args, args, kw, 2, spec, a);
    bool newline = fe_is_true(a[1]);
    size_t len;
    bytes_like(a[0], &len);
    fe_vstr_t v;
    fe_vstr_init(&v, (len + 2) / 3 * 4 + 1);
    const uint8_t *d = bytes_like(a[0], &len);
    // each group of up to 3 bytes gives 4 characters; missing bytes read as 0 and the
    // characters made only of them are '='
    for (size_t i = 0; i < len; i += 3) {
        size_t have = len - i < 3 ? len - i : 3;
        uint32_t n = 0;
        for (size_t k = 0; k < 3; k++) {
            n = n << 8 | (k < have ? d[i + k] : 0);
        }
        for (size_t k = 0; k < 4; k++) {
            fe_vstr_add_byte(&v, k <= have ? (uint8_t)b64_alphabet[(n >> (18 - 6 * k)) & 63] : '=');
        }
    }
    if (newline) {
        fe_vstr_add_byte(&v, '\n');
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_KW(binascii_b2a_base64_obj, Q_b2a_base64, 1, binascii_b2a_base64);

// CRC-32 (IEEE 802.3, reflected polynomial 0xedb88320) with a 16-entry nibble table.
static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

static fe_obj_t binascii_crc32(size_t n_args, const fe_obj_t *args) {
    size_t len;
    const uint8_t *d = bytes_like(args[0], &len);
    uint32_t crc = 0;
    if (n_args > 1) {
        if (!fe_is_int(args[1])) {
            fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
        }
        crc = (uint32_t)fe_lib_int_low64(args[1]);  // any int: only the low 32 bits count
        d = bytes_like(args[0], &len);  // (an int subclass's operators may have run code)
    }
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return fe_int_from_uint(~crc);
}
static FE_DEFINE_FUN_VAR(binascii_crc32_obj, Q_crc32, 1, 2, binascii_crc32);

static const fe_map_elem_t binascii_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_binascii)},
    {FE_ROM_QSTR(Q_hexlify), FE_ROM_PTR(&binascii_hexlify_obj)},
    {FE_ROM_QSTR(Q_unhexlify), FE_ROM_PTR(&binascii_unhexlify_obj)},
    {FE_ROM_QSTR(Q_b2a_hex), FE_ROM_PTR(&binascii_hexlify_obj)},
    {FE_ROM_QSTR(Q_a2b_hex), FE_ROM_PTR(&binascii_unhexlify_obj)},
    {FE_ROM_QSTR(Q_a2b_base64), FE_ROM_PTR(&binascii_a2b_base64_obj)},
    {FE_ROM_QSTR(Q_b2a_base64), FE_ROM_PTR(&binascii_b2a_base64_obj)},
    {FE_ROM_QSTR(Q_crc32), FE_ROM_PTR(&binascii_crc32_obj)},
    {FE_ROM_QSTR(Q_Error), FE_ROM_PTR(&fe_type_binascii_Error)},
};
static FE_DEFINE_CONST_DICT(binascii_globals, binascii_globals_table);

const fe_module_t fe_module_binascii = {{&fe_type_module}, (fe_dict_t *)&binascii_globals};
