// py/unicode.c: UTF-8 helpers and the character tables behind str's is*/case methods.
// Latin-1 is classified exactly; beyond it (switch FE_STR_UNICODE_CASE) common letter and
// digit ranges, and case pairs of Latin Extended-A, Greek, Cyrillic and fullwidth forms.
#include <string.h>
#include "py/config.h"
#include "py/unicode.h"

unsigned fe_utf8_decode(const char **pp) {
    const uint8_t *p = (const uint8_t *)*pp;
    unsigned c = *p++;
    if (c >= 0xc0) {
        size_t extra;
        if (c >= 0xf0) {
            c &= 0x07;
            extra = 3;
        } else if (c >= 0xe0) {
            c &= 0x0f;
            extra = 2;
        } else {
            c &= 0x1f;
            extra = 1;
        }
        while (extra-- > 0) {
            c = (c << 6) | (*p++ & 0x3f);
        }
    }
    *pp = (const char *)p;
    return c;
}

size_t fe_utf8_encode(unsigned cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (size_t i = n - 1; i > 0; i--) {
        out[i] = (char)(0x80 | (cp & 0x3f));
        cp >>= 6;
    }
    // lead byte: n one-bits then a zero (0xc0, 0xe0, 0xf0) above the remaining bits
    out[0] = (char)(((0xff00u >> n) & 0xff) | (cp & (0x7fu >> n)));
    return n;
}

size_t fe_utf8_count_chars(const char *s, size_t len) {
    size_t n = 0;
    size_t i = 0;
    // a word at a time while the text is ASCII (memcpy: no unaligned loads on Cortex-M0)
    const uintptr_t high = (uintptr_t)0x8080808080808080ull;
    while (i + sizeof(uintptr_t) <= len) {
        uintptr_t w;
        memcpy(&w, s + i, sizeof(w));
        if (w & high) {
            break;
        }
        i += sizeof(uintptr_t);
        n += sizeof(uintptr_t);
    }
    for (; i < len; i++) {
        n += !fe_utf8_is_cont((uint8_t)s[i]);
    }
    return n;
}

size_t fe_utf8_char_offset(const char *s, size_t len, size_t char_index) {
    size_t i = 0;
    while (i < len && char_index > 0) {
        i++;
        while (i < len && fe_utf8_is_cont((uint8_t)s[i])) {
            i++;
        }
        char_index--;
    }
    return i;
}

bool fe_utf8_validate(const char *str, size_t len, size_t *bad, size_t *bad_len, const char **reason) {
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned lo = 0x80, hi = 0xbf;  // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f;  // no surrogates
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            *bad = i;
            *bad_len = 1;
            *reason = "invalid start byte";
            return false;
        }
        size_t k;
        for (k = 1; k <= need; k++) {
            if (i + k >= len) {
                *bad = i;
                *bad_len = len - i;
                *reason = "unexpected end of data";
                return false;
            }
            uint8_t b = s[i + k];
            unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
            if (b < l || b > h) {
                *bad = i;
                *bad_len = k;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i += need + 1;
    }
    return true;
}

bool fe_unichar_isspace(unsigned c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool fe_unichar_islower(unsigned c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    if (c == 0xaa || c == 0xba || c == 0xb5 || c == 0xdf) {
        return true;
    }
    if (c < 0x100) {
        return c >= 0xe0 && c != 0xf7;
    }
    return FE_STR_UNICODE_CASE && fe_unichar_toupper(c) != c;
}

bool fe_unichar_isupper(unsigned c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    if (c < 0x100) {
        return c >= 0xc0 && c <= 0xde && c != 0xd7;
    }
    return FE_STR_UNICODE_CASE && fe_unichar_tolower(c) != c;
}

bool fe_unichar_isalpha(unsigned c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (c < 0x100) {
        return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
    }
#if !FE_STR_UNICODE_CASE
    return false;
#else
    return (c >= 0x100 && c <= 0x2af) || (c >= 0x370 && c <= 0x3ff && c != 0x37e && c != 0x387 && c != 0x375) ||
           (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f) || (c >= 0x5d0 && c <= 0x5ea) ||
           (c >= 0x620 && c <= 0x64a) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) ||
           (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || fe_unichar_tolower(c) != c ||
           fe_unichar_toupper(c) != c;
#endif
}

// (kept whole without FE_STR_UNICODE_CASE: re's \d matches these digits)
bool fe_unichar_isdecimal(unsigned c) {
    return (c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) ||
           (c >= 0x966 && c <= 0x96f) || (c >= 0xff10 && c <= 0xff19);
}

bool fe_unichar_isdigit(unsigned c) {
#if !FE_STR_UNICODE_CASE
    return fe_unichar_isdecimal(c) || c == 0xb2 || c == 0xb3 || c == 0xb9;
#else
    return fe_unichar_isdecimal(c) || c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
#endif
}

bool fe_unichar_isnumeric(unsigned c) {
#if !FE_STR_UNICODE_CASE
    return fe_unichar_isdigit(c) || (c >= 0xbc && c <= 0xbe);
#else
    return fe_unichar_isdigit(c) || (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x2189) ||
           (c >= 0x4e00 && (c == 0x4e00 || c == 0x4e8c || c == 0x4e09 || c == 0x56db || c == 0x4e94 ||
                            c == 0x516d || c == 0x4e03 || c == 0x516b || c == 0x4e5d || c == 0x5341));
#endif
}

// Inclusive ranges of the Basic Multilingual Plane that repr() escapes: separators, format
// and control characters, surrogates, private use, a few unassigned Greek code points.
static const uint16_t unprintable_bmp[][2] = {
    {0x378, 0x379}, {0x380, 0x383}, {0x38b, 0x38b}, {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x600, 0x605},
    {0x61c, 0x61c}, {0x6dd, 0x6dd}, {0x70f, 0x70f}, {0x1680, 0x1680}, {0x180e, 0x180e}, {0x2000, 0x200f},
    {0x2028, 0x202f}, {0x205f, 0x206f}, {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff},
    {0xfff0, 0xfffb}, {0xfffe, 0xffff},
};

bool fe_unichar_isprintable(unsigned c) {
    if (c < 0x100) {
        return (c >= 0x20 && c < 0x7f) || (c > 0xa0 && c != 0xad);
    }
    if (c > 0xffff) {
        return c < 0xe0000 || (c > 0xe007f && c < 0xf0000);
    }
    for (size_t i = 0; i < sizeof(unprintable_bmp) / sizeof(unprintable_bmp[0]); i++) {
        if (c >= unprintable_bmp[i][0] && c <= unprintable_bmp[i][1]) {
            return false;
        }
    }
    return true;
}

#if FE_STR_UNICODE_CASE
// Simple one-to-one case pairs beyond ASCII. Returns the other case of c, or c.
static unsigned latin_ext_other(unsigned c, bool want_upper) {
    // Latin Extended-A: pairs (even upper, odd lower) in 0x100-0x137 and 0x14a-0x177,
    // (odd upper, even lower) in 0x139-0x148 and 0x179-0x17e.
    bool even_upper = (c >= 0x100 && c <= 0x12f) || (c >= 0x132 && c <= 0x137) || (c >= 0x14a && c <= 0x177);
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
    if (even_upper) {
        bool is_upper = (c & 1) == 0;
        if (want_upper && !is_upper) {
            return c - 1;
        }
        if (!want_upper && is_upper) {
            return c + 1;
        }
    } else if (odd_upper) {
        bool is_upper = (c & 1) == 1;
        if (want_upper && !is_upper) {
            return c - 1;
        }
        if (!want_upper && is_upper) {
            return c + 1;
        }
    }
    return c;
}
#endif

unsigned fe_unichar_tolower(unsigned c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    if (c < 0x100) {
        return (c >= 0xc0 && c <= 0xde && c != 0xd7) ? c + 32 : c;
    }
#if FE_STR_UNICODE_CASE
    if (c < 0x180) {
        if (c == 0x178) {
            return 0xff;
        }
        if (c == 0x130) {
            return 'i';
        }
        return latin_ext_other(c, false);
    }
    if (c >= 0x391 && c <= 0x3ab && c != 0x3a2) {
        return c + 32;
    }
    if (c == 0x386) {
        return 0x3ac;
    }
    if (c >= 0x388 && c <= 0x38a) {
        return c + 37;
    }
    if (c == 0x38c) {
        return 0x3cc;
    }
    if (c == 0x38e || c == 0x38f) {
        return c + 63;
    }
    if (c >= 0x410 && c <= 0x42f) {
        return c + 32;
    }
    if (c >= 0x400 && c <= 0x40f) {
        return c + 80;
    }
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f)) {
        return (c & 1) ? c : c + 1;
    }
    if (c >= 0xff21 && c <= 0xff3a) {
        return c + 32;
    }
#endif
    return c;
}

unsigned fe_unichar_toupper(unsigned c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    if (c < 0x100) {
#if FE_STR_UNICODE_CASE
        if (c == 0xff) {
            return 0x178;
        }
        if (c == 0xb5) {
            return 0x39c;
        }
#endif
        return (c >= 0xe0 && c <= 0xfe && c != 0xf7) ? c - 32 : c;
    }
#if FE_STR_UNICODE_CASE
    if (c < 0x180) {
        if (c == 0x131) {
            return 'I';
        }
        if (c == 0x17f) {
            return 'S';
        }
        return latin_ext_other(c, true);
    }
    if (c >= 0x3b1 && c <= 0x3cb && c != 0x3c2) {
        return c - 32;
    }
    if (c == 0x3c2) {
        return 0x3a3;
    }
    if (c == 0x3ac) {
        return 0x386;
    }
    if (c >= 0x3ad && c <= 0x3af) {
        return c - 37;
    }
    if (c == 0x3cc) {
        return 0x38c;
    }
    if (c == 0x3cd || c == 0x3ce) {
        return c - 63;
    }
    if (c >= 0x430 && c <= 0x44f) {
        return c - 32;
    }
    if (c >= 0x450 && c <= 0x45f) {
        return c - 80;
    }
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f)) {
        return (c & 1) ? c - 1 : c;
    }
    if (c >= 0xff41 && c <= 0xff5a) {
        return c - 32;
    }
#endif
    return c;
}

bool fe_unichar_is_linebreak(unsigned c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}
