// py/unicode.h: UTF-8 decoding/encoding helpers and character classification used by the
// str type. Classification is exact for ASCII and Latin-1 and approximate beyond (common
// letter, digit and space ranges; case mapping for Latin, Greek and Cyrillic).
#ifndef FE_PY_UNICODE_H
#define FE_PY_UNICODE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

// Decodes the code point at *p (valid UTF-8 assumed) and advances *p past it.
unsigned fe_utf8_decode(const char **p);
// Number of bytes of the UTF-8 sequence starting with byte b (1 for continuation bytes).
static inline size_t fe_utf8_seq_len(uint8_t b) {
    return b < 0xc0 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}
static inline bool fe_utf8_is_cont(uint8_t b) {
    return (b & 0xc0) == 0x80;
}
size_t fe_utf8_encode(unsigned cp, char *out);  // writes 1..4 bytes
size_t fe_utf8_count_chars(const char *s, size_t len);
// Byte offset of the char_index-th code point (len if past the end).
size_t fe_utf8_char_offset(const char *s, size_t len, size_t char_index);
// Checks that s is valid UTF-8; on failure returns false and sets *bad to the offset of
// the first invalid byte and *bad_len to the length of the invalid part (CPython's rules).
bool fe_utf8_validate(const char *s, size_t len, size_t *bad, size_t *bad_len, const char **reason);

bool fe_unichar_isspace(unsigned c);
bool fe_unichar_isalpha(unsigned c);
bool fe_unichar_isdecimal(unsigned c);
bool fe_unichar_isdigit(unsigned c);
bool fe_unichar_isnumeric(unsigned c);
bool fe_unichar_isprintable(unsigned c);
bool fe_unichar_islower(unsigned c);   // a cased lower-case letter
bool fe_unichar_isupper(unsigned c);   // a cased upper-case letter
unsigned fe_unichar_tolower(unsigned c);
unsigned fe_unichar_toupper(unsigned c);
bool fe_unichar_is_linebreak(unsigned c);  // str.splitlines boundaries

#endif
