// lib/inflate/inflate.h: a DEFLATE (RFC 1951) decoder with zlib (RFC 1950) and gzip
// (RFC 1952) framing. Plain C with no dependencies: output memory comes from a caller
// callback, so the core can grow a GC-heap buffer.
#ifndef FE_LIB_INFLATE_H
#define FE_LIB_INFLATE_H

#include <stddef.h>
#include <stdint.h>

// Output buffer: grow(ctx, buf, new_size) returns the (possibly moved) buffer of at least
// new_size bytes, keeping the contents; it does not return on failure (it may longjmp).
typedef struct {
    uint8_t *buf;
    size_t len;
    size_t alloc;
    void *ctx;
    uint8_t *(*grow)(void *ctx, uint8_t *buf, size_t new_size);
} inflate_out_t;

enum {
    INFLATE_OK = 0,         // the stream ended (trailer checked); *in_used tells where
    INFLATE_TRUNCATED = 1,  // the input ended before the stream did
    INFLATE_ERROR = 2,      // corrupt data; *msg says why (zlib's wording)
};

enum { INFLATE_FORMAT_RAW, INFLATE_FORMAT_ZLIB, INFLATE_FORMAT_GZIP, INFLATE_FORMAT_AUTO };

// Decodes one whole stream from in[0..in_len). window_bits (8..15) bounds the zlib header's
// window size. Never reads outside the input and never writes outside out->buf[0..alloc).
int inflate_stream(const uint8_t *in, size_t in_len, int format, int window_bits,
                   inflate_out_t *out, size_t *in_used, const char **msg);

uint32_t inflate_crc32(uint32_t crc, const uint8_t *data, size_t len);
uint32_t inflate_adler32(uint32_t adler, const uint8_t *data, size_t len);

#endif
