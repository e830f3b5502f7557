// extmod/modhashlib.c: the hashlib module (sha256, sha1, md5), written from the published
// algorithms (FIPS 180-4 for the SHA family, RFC 1321 for MD5).
//
// All three share one object layout: a 64-byte block buffer, a running byte count and up to
// eight 32-bit state words; `algo` selects the compression function and output format.
#include <string.h>
#include "py/obj.h"

enum { ALGO_SHA256, ALGO_SHA1, ALGO_MD5 };

typedef struct {
    fe_objbase_t base;
    uint8_t algo;
    uint8_t buf_len;
    uint64_t total;     // bytes hashed so far
    uint32_t h[8];
    uint8_t buf[64];
} hash_obj_t;

extern const fe_type_t fe_type_hashlib_hash;

#define ROTL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static uint32_t load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static uint32_t load_le32(const uint8_t *p) {
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be32(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be32(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        uint32_t x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
        w[i] = ROTL(x, 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d); k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d; k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d; k = 0xca62c1d6;
        }
        uint32_t t = ROTL(a, 5) + f + e + k + w[i];
        e = d; d = c; c = ROTL(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

// MD5 per-round shift amounts and the sine-derived constants K[i] = floor(2^32 |sin(i+1)|).
static const uint8_t md5_s[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le32(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d); g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c); g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d; g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d); g = (7 * i) & 15;
        }
        uint32_t t = a + f + md5_k[i] + m[g];
        int s = md5_s[(i >> 4) * 4 + (i & 3)];
        a = d; d = c; c = b; b = b + ROTL(t, s);
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void hash_block(hash_obj_t *o, const uint8_t *p) {
    switch (o->algo) {
        case ALGO_SHA256: sha256_block(o->h, p); break;
        case ALGO_SHA1: sha1_block(o->h, p); break;
        default: md5_block(o->h, p); break;
    }
}

static void hash_update(hash_obj_t *o, const uint8_t *data, size_t len) {
    o->total += len;
    while (len > 0) {
        size_t n = 64 - o->buf_len;
        if (n > len) {
            n = len;
        }
        memcpy(o->buf + o->buf_len, data, n);
        o->buf_len += n;
        data += n;
        len -= n;
        if (o->buf_len == 64) {
            hash_block(o, o->buf);
            o->buf_len = 0;
        }
    }
}

static size_t digest_size(const hash_obj_t *o) {
    return o->algo == ALGO_SHA256 ? 32 : o->algo == ALGO_SHA1 ? 20 : 16;
}

// Finishes a copy of the state (the object stays usable) and writes the digest to out.
static void hash_final(const hash_obj_t *src, uint8_t *out) {
    hash_obj_t o = *src;
    uint64_t bits = o.total * 8;
    uint8_t pad[72];
    size_t padlen = (o.buf_len < 56 ? 56 : 120) - o.buf_len;
    memset(pad, 0, sizeof(pad));
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++) {
        // SHA: big-endian length; MD5: little-endian
        int shift = o.algo == ALGO_MD5 ? 8 * i : 56 - 8 * i;
        pad[padlen + i] = (uint8_t)(bits >> shift);
    }
    hash_update(&o, pad, padlen + 8);
    size_t words = digest_size(&o) / 4;
    for (size_t i = 0; i < words; i++) {
        uint32_t w = o.h[i];
        for (int j = 0; j < 4; j++) {
            int shift = o.algo == ALGO_MD5 ? 8 * j : 24 - 8 * j;
            out[4 * i + j] = (uint8_t)(w >> shift);
        }
    }
}

static void hash_reset(hash_obj_t *o) {
    static const uint32_t init256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t init1[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    if (o->algo == ALGO_SHA256) {
        memcpy(o->h, init256, sizeof(init256));
    } else {
        memcpy(o->h, init1, o->algo == ALGO_SHA1 ? 20 : 16);
    }
}

static void update_from_obj(hash_obj_t *o, fe_obj_t data) {
    if (fe_is_str(data)) {
        fe_raise_msg(&fe_type_TypeError, "Strings must be encoded before hashing");
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(data, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "object supporting the buffer API required");
    }
    hash_update(o, info.buf, info.len);
}

static fe_obj_t hash_new(int algo, size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_string, 0, FE_NULL},
        {Q_usedforsecurity, FE_ARG_KW_ONLY, FE_NULL},
    };
    fe_obj_t vals[2];
    fe_parse_args(n_args, args, kw, 2, spec, vals);
    hash_obj_t *o = fe_new(hash_obj_t);
    o->base.type = &fe_type_hashlib_hash;
    o->algo = algo;
    hash_reset(o);
    if (vals[0] != FE_NULL) {
        update_from_obj(o, vals[0]);
    }
    return o;
}

static fe_obj_t hashlib_sha256(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return hash_new(ALGO_SHA256, n_args, args, kw);
}
static FE_DEFINE_FUN_KW(hashlib_sha256_obj, Q_sha256, 0, hashlib_sha256);

static fe_obj_t hashlib_sha1(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return hash_new(ALGO_SHA1, n_args, args, kw);
}
static FE_DEFINE_FUN_KW(hashlib_sha1_obj, Q_sha1, 0, hashlib_sha1);

static fe_obj_t hashlib_md5(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return hash_new(ALGO_MD5, n_args, args, kw);
}
static FE_DEFINE_FUN_KW(hashlib_md5_obj, Q_md5, 0, hashlib_md5);

static hash_obj_t *get_hash(fe_obj_t self) {
    if (!fe_obj_is_type_ptr(self, &fe_type_hashlib_hash)) {
        fe_raise_msg(&fe_type_TypeError, "hash object required");
    }
    return self;
}

static fe_obj_t hash_update_meth(fe_obj_t self, fe_obj_t data) {
    update_from_obj(get_hash(self), data);
    return fe_none;
}
static FE_DEFINE_FUN_2(hash_update_obj, Q_update, hash_update_meth);

static fe_obj_t hash_digest(fe_obj_t self) {
    hash_obj_t *o = get_hash(self);
    uint8_t out[32];
    hash_final(o, out);
    return fe_bytes_new(out, digest_size(o));
}
static FE_DEFINE_FUN_1(hash_digest_obj, Q_digest, hash_digest);

static fe_obj_t hash_hexdigest(fe_obj_t self) {
    hash_obj_t *o = get_hash(self);
    uint8_t out[32];
    char hex[64];
    static const char digits[] = "0123456789abcdef";
    hash_final(o, out);
    size_t n = digest_size(o);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return fe_str_new(hex, 2 * n);
}
static FE_DEFINE_FUN_1(hash_hexdigest_obj, Q_hexdigest, hash_hexdigest);

static fe_obj_t hash_copy(fe_obj_t self) {
    hash_obj_t *o = get_hash(self);
    hash_obj_t *c = fe_new(hash_obj_t);
    *c = *o;
    return c;
}
static FE_DEFINE_FUN_1(hash_copy_obj, Q_copy, hash_copy);

static void hash_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    hash_obj_t *o = self;
    if (attr == Q_digest_size) {
        dest[0] = FE_NEW_SMALL_INT(digest_size(o));
    } else if (attr == Q_block_size) {
        dest[0] = FE_NEW_SMALL_INT(64);
    } else if (attr == Q_name) {
        dest[0] = FE_NEW_QSTR(o->algo == ALGO_SHA256 ? Q_sha256 : o->algo == ALGO_SHA1 ? Q_sha1 : Q_md5);
    }
}

static void hash_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    hash_obj_t *o = self;
    fe_printf(print, "<%q _hashlib.HASH object>",
              o->algo == ALGO_SHA256 ? Q_sha256 : o->algo == ALGO_SHA1 ? Q_sha1 : Q_md5);
}

static const fe_map_elem_t hash_locals_table[] = {
    {FE_ROM_QSTR(Q_update), FE_ROM_PTR(&hash_update_obj)},
    {FE_ROM_QSTR(Q_digest), FE_ROM_PTR(&hash_digest_obj)},
    {FE_ROM_QSTR(Q_hexdigest), FE_ROM_PTR(&hash_hexdigest_obj)},
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&hash_copy_obj)},
};
static FE_DEFINE_CONST_DICT(hash_locals, hash_locals_table);

const fe_type_t fe_type_hashlib_hash = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_HASH,
    .print = hash_print,
    .attr = hash_attr,
    .locals_dict = (fe_dict_t *)&hash_locals,
};

static const fe_map_elem_t hashlib_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_hashlib)},
    {FE_ROM_QSTR(Q_sha256), FE_ROM_PTR(&hashlib_sha256_obj)},
    {FE_ROM_QSTR(Q_sha1), FE_ROM_PTR(&hashlib_sha1_obj)},
    {FE_ROM_QSTR(Q_md5), FE_ROM_PTR(&hashlib_md5_obj)},
};
static FE_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);

const fe_module_t fe_module_hashlib = {{&fe_type_module}, (fe_dict_t *)&hashlib_globals};
