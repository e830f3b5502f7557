// lib/inflate/inflate.c: DEFLATE decoder (RFC 1951) with zlib and gzip framing.
//
// The whole input is in memory, so decoding is a straight run with bounds-checked bit
// reads: reading past the end sets a flag and yields zeros, and every loop checks it, so a
// truncated stream ends as INFLATE_TRUNCATED instead of reading out of bounds. Huffman
// codes are decoded canonically one bit at a time from per-length counts (small tables,
// no recursion), which suits a microcontroller better than big lookup tables.
#include <string.h>
#include "lib/inflate/inflate.h"

#define MAX_BITS 15
#define MAX_LITLEN 288
#define MAX_DIST 32

typedef struct {
    const uint8_t *in;
    size_t in_len;
    size_t pos;
    uint32_t bitbuf;
    int bitcnt;
    int overrun;  // a read went past the end of the input
    inflate_out_t *out;
    const char *msg;
} state_t;

typedef struct {
    uint16_t count[MAX_BITS + 1];  // number of codes of each length
    uint16_t symbol[MAX_LITLEN];   // symbols ordered by code
} huffman_t;

static unsigned get_bits(state_t *s, int n) {
    while (s->bitcnt < n) {
        uint32_t byte = 0;
        if (s->pos < s->in_len) {
            byte = s->in[s->pos++];
        } else {
            s->overrun = 1;
        }
        s->bitbuf |= byte << s->bitcnt;
        s->bitcnt += 8;
    }
    unsigned v = s->bitbuf & ((1u << n) - 1);
    s->bitbuf >>= n;
    s->bitcnt -= n;
    return v;
}

static int put_byte(state_t *s, uint8_t b) {
    inflate_out_t *o = s->out;
    if (o->len == o->alloc) {
        size_t n = o->alloc < 256 ? 256 : o->alloc * 2;
        o->buf = o->grow(o->ctx, o->buf, n);
        o->alloc = n;
    }
    o->buf[o->len++] = b;
    return 0;
}

// Builds a canonical code from code lengths. Returns 0 for a complete code, >0 for an
// incomplete one, <0 for an over-subscribed one.
static int build(huffman_t *h, const uint8_t *lengths, int n) {
    uint16_t offs[MAX_BITS + 1];
    memset(h->count, 0, sizeof(h->count));
    for (int i = 0; i < n; i++) {
        h->count[lengths[i]]++;
    }
    if (h->count[0] == n) {
        return 0;  // no codes at all
    }
    int left = 1;
    for (int len = 1; len <= MAX_BITS; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0) {
            return left;
        }
    }
    offs[1] = 0;
    for (int len = 1; len < MAX_BITS; len++) {
        offs[len + 1] = offs[len] + h->count[len];
    }
    for (int i = 0; i < n; i++) {
        if (lengths[i] != 0) {
            h->symbol[offs[lengths[i]]++] = (uint16_t)i;
        }
    }
    return left;
}

// Decodes one symbol; -1 if no code matches (incomplete code) or the input ran out.
static int decode(state_t *s, const huffman_t *h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= MAX_BITS; len++) {
        code |= (int)get_bits(s, 1);
        int count = h->count[len];
        if (code - count < first) {
            return h->symbol[index + (code - first)];
        }
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
        if (s->overrun) {
            return -1;
        }
    }
    return -1;
}

static const uint16_t len_base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                      3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                       257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                       8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                       7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// Returns INFLATE_OK at the end-of-block code, else an error/truncation status.
static int codes(state_t *s, const huffman_t *lit, const huffman_t *dist) {
    for (;;) {
        int sym = decode(s, lit);
        if (s->overrun) {
            return INFLATE_TRUNCATED;
        }
        if (sym < 0) {
            s->msg = "invalid literal/length code";
            return INFLATE_ERROR;
        }
        if (sym < 256) {
            put_byte(s, (uint8_t)sym);
        } else if (sym == 256) {
            return INFLATE_OK;
        } else {
            sym -= 257;
            if (sym >= 29) {
                s->msg = "invalid literal/length code";
                return INFLATE_ERROR;
            }
            size_t len = len_base[sym] + get_bits(s, len_extra[sym]);
            int dsym = decode(s, dist);
            if (s->overrun) {
                return INFLATE_TRUNCATED;
            }
            if (dsym < 0 || dsym >= 30) {
                s->msg = "invalid distance code";
                return INFLATE_ERROR;
            }
            size_t d = dist_base[dsym] + get_bits(s, dist_extra[dsym]);
            if (s->overrun) {
                return INFLATE_TRUNCATED;
            }
            if (d > s->out->len) {
                s->msg = "invalid distance too far back";
                return INFLATE_ERROR;
            }
            while (len--) {
                put_byte(s, s->out->buf[s->out->len - d]);
            }
        }
    }
}

static int stored(state_t *s) {
    s->bitbuf = 0;  // discard to the byte boundary
    s->bitcnt = 0;
    if (s->in_len - s->pos < 4) {
        return INFLATE_TRUNCATED;
    }
    unsigned len = s->in[s->pos] | (s->in[s->pos + 1] << 8);
    unsigned nlen = s->in[s->pos + 2] | (s->in[s->pos + 3] << 8);
    s->pos += 4;
    if (len != (~nlen & 0xffff)) {
        s->msg = "invalid stored block lengths";
        return INFLATE_ERROR;
    }
    if (s->in_len - s->pos < len) {
        // emit what there is, as zlib does, then report truncation
        while (s->pos < s->in_len) {
            put_byte(s, s->in[s->pos++]);
        }
        return INFLATE_TRUNCATED;
    }
    while (len--) {
        put_byte(s, s->in[s->pos++]);
    }
    return INFLATE_OK;
}

static int fixed(state_t *s) {
    huffman_t lit, dist;
    uint8_t lengths[MAX_LITLEN];
    int i;
    for (i = 0; i < 144; i++) lengths[i] = 8;
    for (; i < 256; i++) lengths[i] = 9;
    for (; i < 280; i++) lengths[i] = 7;
    for (; i < 288; i++) lengths[i] = 8;
    build(&lit, lengths, 288);
    for (i = 0; i < 30; i++) lengths[i] = 5;
    build(&dist, lengths, 30);
    return codes(s, &lit, &dist);
}

static int dynamic(state_t *s) {
    static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    uint8_t lengths[MAX_LITLEN + MAX_DIST];
    huffman_t lencode, lit, dist;
    int nlen = (int)get_bits(s, 5) + 257;
    int ndist = (int)get_bits(s, 5) + 1;
    int ncode = (int)get_bits(s, 4) + 4;
    if (s->overrun) {
        return INFLATE_TRUNCATED;
    }
    if (nlen > 286 || ndist > 30) {
        s->msg = "too many length or distance symbols";
        return INFLATE_ERROR;
    }
    memset(lengths, 0, sizeof(lengths));
    for (int i = 0; i < ncode; i++) {
        lengths[order[i]] = (uint8_t)get_bits(s, 3);
    }
    if (s->overrun) {
        return INFLATE_TRUNCATED;
    }
    if (build(&lencode, lengths, 19) != 0) {
        s->msg = "invalid code lengths set";
        return INFLATE_ERROR;
    }
    int index = 0;
    while (index < nlen + ndist) {
        int sym = decode(s, &lencode);
        if (s->overrun) {
            return INFLATE_TRUNCATED;
        }
        if (sym < 0) {
            s->msg = "invalid code lengths set";
            return INFLATE_ERROR;
        }
        if (sym < 16) {
            lengths[index++] = (uint8_t)sym;
        } else {
            uint8_t len = 0;
            int rep;
            if (sym == 16) {
                if (index == 0) {
                    s->msg = "invalid bit length repeat";
                    return INFLATE_ERROR;
                }
                len = lengths[index - 1];
                rep = 3 + (int)get_bits(s, 2);
            } else if (sym == 17) {
                rep = 3 + (int)get_bits(s, 3);
            } else {
                rep = 11 + (int)get_bits(s, 7);
            }
            if (s->overrun) {
                return INFLATE_TRUNCATED;
            }
            if (index + rep > nlen + ndist) {
                s->msg = "invalid bit length repeat";
                return INFLATE_ERROR;
            }
            while (rep--) {
                lengths[index++] = len;
            }
        }
    }
    if (lengths[256] == 0) {
        s->msg = "invalid code -- missing end-of-block";
        return INFLATE_ERROR;
    }
    int err = build(&lit, lengths, nlen);
    if (err < 0 || (err > 0 && nlen - lit.count[0] != 1)) {
        s->msg = "invalid literal/lengths set";
        return INFLATE_ERROR;
    }
    err = build(&dist, lengths + nlen, ndist);
    if (err < 0 || (err > 0 && ndist - dist.count[0] != 1)) {
        s->msg = "invalid distances set";
        return INFLATE_ERROR;
    }
    return codes(s, &lit, &dist);
}

static int deflate_blocks(state_t *s) {
    int last;
    do {
        last = (int)get_bits(s, 1);
        int type = (int)get_bits(s, 2);
        if (s->overrun) {
            return INFLATE_TRUNCATED;
        }
        int r;
        if (type == 0) {
            r = stored(s);
        } else if (type == 1) {
            r = fixed(s);
        } else if (type == 2) {
            r = dynamic(s);
        } else {
            s->msg = "invalid block type";
            return INFLATE_ERROR;
        }
        if (r != INFLATE_OK) {
            return r;
        }
    } while (!last);
    // give back whole unused bytes held in the bit buffer
    while (s->bitcnt >= 8) {
        s->bitcnt -= 8;
        s->pos--;
    }
    s->bitbuf = 0;
    s->bitcnt = 0;
    return INFLATE_OK;
}

uint32_t inflate_crc32(uint32_t crc, const uint8_t *data, size_t len) {
    crc = ~crc;
    while (len--) {
        crc ^= *data++;
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
        }
    }
    return ~crc;
}

uint32_t inflate_adler32(uint32_t adler, const uint8_t *data, size_t len) {
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (len > 0) {
        size_t n = len < 3800 ? len : 3800;  // keeps b below 2^32 before the reduction
        len -= n;
        while (n--) {
            a += *data++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

static int need(state_t *s, size_t n) {
    return s->in_len - s->pos >= n;
}

static int gzip_header(state_t *s) {
    if (!need(s, 10)) {
        return INFLATE_TRUNCATED;
    }
    const uint8_t *p = s->in + s->pos;
    if (p[0] != 0x1f || p[1] != 0x8b) {
        s->msg = "incorrect header check";
        return INFLATE_ERROR;
    }
    if (p[2] != 8) {
        s->msg = "unknown compression method";
        return INFLATE_ERROR;
    }
    uint8_t flags = p[3];
    if (flags & 0xe0) {
        s->msg = "unknown header flags set";
        return INFLATE_ERROR;
    }
    s->pos += 10;
    if (flags & 4) {  // FEXTRA
        if (!need(s, 2)) {
            return INFLATE_TRUNCATED;
        }
        size_t xlen = s->in[s->pos] | (s->in[s->pos + 1] << 8);
        s->pos += 2;
        if (!need(s, xlen)) {
            return INFLATE_TRUNCATED;
        }
        s->pos += xlen;
    }
    for (int bit = 8; bit <= 16; bit <<= 1) {  // FNAME, FCOMMENT: zero-terminated
        if (flags & bit) {
            while (s->pos < s->in_len && s->in[s->pos] != 0) {
                s->pos++;
            }
            if (s->pos >= s->in_len) {
                return INFLATE_TRUNCATED;
            }
            s->pos++;
        }
    }
    if (flags & 2) {  // FHCRC
        if (!need(s, 2)) {
            return INFLATE_TRUNCATED;
        }
        s->pos += 2;
    }
    return INFLATE_OK;
}

int inflate_stream(const uint8_t *in, size_t in_len, int format, int window_bits,
                   inflate_out_t *out, size_t *in_used, const char **msg) {
    state_t s;
    memset(&s, 0, sizeof(s));
    s.in = in;
    s.in_len = in_len;
    s.out = out;
    size_t out_start = out->len;
    int r;
    if (format == INFLATE_FORMAT_AUTO) {
        if (in_len < 2) {
            *in_used = 0;
            return INFLATE_TRUNCATED;
        }
        format = in[0] == 0x1f && in[1] == 0x8b ? INFLATE_FORMAT_GZIP : INFLATE_FORMAT_ZLIB;
    }
    if (format == INFLATE_FORMAT_ZLIB) {
        if (!need(&s, 2)) {
            r = INFLATE_TRUNCATED;
            goto done;
        }
        unsigned cmf = in[0], flg = in[1];
        if ((cmf * 256 + flg) % 31 != 0) {
            s.msg = "incorrect header check";
            r = INFLATE_ERROR;
            goto done;
        }
        if ((cmf & 15) != 8) {
            s.msg = "unknown compression method";
            r = INFLATE_ERROR;
            goto done;
        }
        if ((int)(cmf >> 4) + 8 > window_bits) {
            s.msg = "invalid window size";
            r = INFLATE_ERROR;
            goto done;
        }
        if (flg & 0x20) {
            s.msg = "need dictionary";
            r = INFLATE_ERROR;
            goto done;
        }
        s.pos = 2;
    } else if (format == INFLATE_FORMAT_GZIP) {
        r = gzip_header(&s);
        if (r != INFLATE_OK) {
            goto done;
        }
    }
    r = deflate_blocks(&s);
    if (r != INFLATE_OK) {
        goto done;
    }
    if (format == INFLATE_FORMAT_ZLIB) {
        if (!need(&s, 4)) {
            r = INFLATE_TRUNCATED;
            goto done;
        }
        const uint8_t *p = in + s.pos;
        uint32_t want = ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
        if (want != inflate_adler32(1, out->buf + out_start, out->len - out_start)) {
            s.msg = "incorrect data check";
            r = INFLATE_ERROR;
            goto done;
        }
        s.pos += 4;
    } else if (format == INFLATE_FORMAT_GZIP) {
        if (!need(&s, 8)) {
            r = INFLATE_TRUNCATED;
            goto done;
        }
        const uint8_t *p = in + s.pos;
        uint32_t crc = p[0] | (p[1] << 8) | (p[2] << 16) | ((uint32_t)p[3] << 24);
        uint32_t size = p[4] | (p[5] << 8) | (p[6] << 16) | ((uint32_t)p[7] << 24);
        if (crc != inflate_crc32(0, out->buf + out_start, out->len - out_start)) {
            s.msg = "incorrect data check";
            r = INFLATE_ERROR;
            goto done;
        }
        if (size != (uint32_t)(out->len - out_start)) {
            s.msg = "incorrect length check";
            r = INFLATE_ERROR;
            goto done;
        }
        s.pos += 8;
    }
done:
    *in_used = s.pos > in_len ? in_len : s.pos;
    *msg = s.msg;
    return r;
}
