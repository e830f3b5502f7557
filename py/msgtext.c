// py/msgtext.c: expands error messages that tools/makemsgs.py compressed at build time.
//
// Small ports (FE_MSG_COMPRESSED) compile rewritten sources in which every literal message
// of fe_raise_msg()/fe_raise_fmt() starts with the byte 0x01 and each byte 0x80 + i stands
// for word i of the generated table (length byte, then text). Expansion gives back exactly
// the text written in the source, so it is at most FE_MSG_MAX_LEN bytes long.
#include <string.h>
#include "py/obj.h"

#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"

static const char words[] = FE_MSG_WORDS;

const char *fe_msg_expand(const char *msg, char *buf) {
    if (msg[0] != 1) {
        return msg;  // not compressed (built at run time, or not a plain literal)
    }
    char *out = buf;
    for (const unsigned char *p = (const unsigned char *)msg + 1; *p != 0; p++) {
        if (*p < 0x80) {
            *out++ = (char)*p;
            continue;
        }
        const unsigned char *w = (const unsigned char *)words;
        for (unsigned i = *p - 0x80u; i > 0; i--) {
            w += 1 + w[0];
        }
        memcpy(out, w + 1, w[0]);
        out += w[0];
    }
    *out = 0;
    return buf;
}
#endif
