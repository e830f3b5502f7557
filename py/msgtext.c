// py/msgtext.c: expands error messages that tools/makemsgs.py compressed at build time.
//
// Small ports (FE_MSG_COMPRESSED) compile rewritten sources in which every literal message
// of fe_raise_msg()/fe_raise_fmt() is the byte 0x01 followed by a bit stream (most
// significant bit first) of canonical Huffman codes, ended by the code of symbol 0. Each
// bit is stored inverted, and after seven 0 bits in a row a 1 bit is inserted (so the
// literal holds no 0 byte and stays a mergeable string); the decoder skips it. A symbol
// 0x20..0x7f is that character; 0x80 + i stands for phrase i of the generated table, and
// 0x01 + j for phrase 128 + j (each a length byte, then a bit stream coded the same way,
// which may hold codes of earlier phrases).
// Expansion gives back exactly the text written in the source, so it is at most
// FE_MSG_MAX_LEN bytes long.
#include "py/obj.h"

#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"

static const char phrases[] = FE_MSG_WORDS;
static const unsigned char code_counts[] = FE_MSG_CODE_COUNTS;
static const unsigned char code_symbols[] = FE_MSG_CODE_SYMBOLS;

// Decodes the bit stream at bits into out, up to its end symbol; returns the text's end.
// A phrase only holds codes of earlier phrases, so the recursion ends.
static char *decode(char *out, const unsigned char *bits) {
    size_t pos = 0;
    unsigned zeros = 0;  // 0 bits read in a row
    for (;;) {
        // Read one code a bit at a time. The codes of length l are the numbers first,
        // first + 1, ... (count of them), and their symbols follow those of the shorter codes
        // (at index) in code_symbols.
        unsigned code = 0, first = 0, index = 0;
        const unsigned char *count = code_counts;
        for (;; count++) {
            if (zeros == 7) {
                pos++;  // the inserted 1 bit
                zeros = 0;
            }
            unsigned bit = (bits[pos >> 3] >> (7 - (pos & 7))) & 1;
            pos++;
            zeros = bit ? 0 : zeros + 1;
            code = code << 1 | (bit ^ 1);
            if (code - first < *count) {
                break;
            }
            index += *count;
            first = (first + *count) << 1;
        }
        unsigned sym = code_symbols[index + code - first];
        if (sym == 0) {
            return out;
        }
        if (sym - 0x20 < 0x60) {
            *out++ = (char)sym;
            continue;
        }
        const unsigned char *w = (const unsigned char *)phrases;
        for (sym = sym >= 0x80 ? sym - 0x80 : sym + 127; sym > 0; sym--) {
            w += 1 + w[0];
        }
        out = decode(out, w + 1);
    }
}

const char *fe_msg_expand(const char *msg, char *buf) {
    if (msg[0] != 1) {
        return msg;  // not compressed (built at run time, or not a plain literal)
    }
    *decode(buf, (const unsigned char *)msg + 1) = 0;
    return buf;
}
#endif
