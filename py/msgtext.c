// py/msgtext.c: expands error messages that tools/makemsgs.py compressed at build time.
//
// Small ports (FE_MSG_COMPRESSED) compile rewritten sources in which every literal message
// of fe_raise_msg()/fe_raise_fmt() starts with the byte 0x01 and each byte 0x80 + i stands
// for phrase i of the generated table (length byte, then text). Expansion gives back exactly
// the text written in the source, so it is at most FE_MSG_MAX_LEN bytes long.
#include "py/obj.h"

#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"

static const char phrases[] = FE_MSG_WORDS;

// Copies the NUL- or length-bounded text at p to out, expanding codes; returns the end.
// A phrase only holds codes of earlier phrases, so the recursion ends.
static char *expand(char *out, const unsigned char *p, size_t len) {
    for (; len > 0 && *p != 0; p++, len--) {
        if (*p < 0x80) {
            *out++ = (char)*p;
            continue;
        }
        const unsigned char *w = (const unsigned char *)phrases;
        for (unsigned i = *p - 0x80u; i > 0; i--) {
            w += 1 + w[0];
        }
        out = expand(out, w + 1, w[0]);
    }
    return out;
}

const char *fe_msg_expand(const char *msg, char *buf) {
    if (msg[0] != 1) {
        return msg;  // not compressed (built at run time, or not a plain literal)
    }
    *expand(buf, (const unsigned char *)msg + 1, (size_t)-1) = 0;
    return buf;
}
#endif
