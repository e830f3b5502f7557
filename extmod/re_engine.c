// extmod/re_engine.c: compiler and backtracking matcher for the re module.
//
// Program layout (an int32 array; jump offsets are relative to the instruction's own index,
// so a compiled piece can be copied, which is how {m,n} and x+ are expanded):
//   CHAR c | CHAR_I c (c already case-folded) | ANY | ANY_ALL
//   CLASS neg n (lo hi)*n      lo < 0: builtin class -lo (CLS_DIGIT ...), hi unused
//   CLASS_I ...                same, matched case-insensitively
//   ASSERT kind                ^ $ \A \Z \b \B
//   SPLIT a b                  try pc+a first, pc+b on backtrack
//   JMP a
//   SAVE slot                  capture slot := position (undone on backtrack)
//   MARK reg / CHECK reg a     loop entry position; CHECK jumps to pc+a if the iteration
//                              consumed nothing (stops empty iterations looping forever)
//   BACKREF g | BACKREF_I g
//   LOOK kind len              lookaround; its body (len words) ends with LOOK_END
//   MATCH
//   REPEAT_SIMPLE min max len atom   greedy repeat of a one-character atom (CHAR, ANY, CLASS):
//                              one backtrack record per loop, not one per character
// IGNORECASE (the _I instructions) and backreferences need FE_RE_ICASE_BACKREF.
// Matching keeps a stack of (tag, value) pairs in the GC heap: branch points to retry and
// undo records for captures and loop registers. Only lookarounds recurse in C, and only as
// deep as they nest in the pattern.
#include <string.h>
#include "extmod/re_engine.h"
#include "py/unicode.h"

enum {
    OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANY_ALL, OP_CLASS, OP_CLASS_I, OP_ASSERT, OP_SPLIT, OP_JMP,
    OP_SAVE, OP_MARK, OP_CHECK, OP_BACKREF, OP_BACKREF_I, OP_LOOK, OP_LOOK_END, OP_MATCH,
    OP_REPEAT_SIMPLE,
};
// \A \Z \b \B come first, in the order of their letters in parse_escape's table.
enum { AS_BEGIN, AS_END, AS_WORD_B, AS_NOT_WORD_B, AS_BEGIN_LINE, AS_END_OR_NL, AS_END_LINE };
// In the order of \d \D \w \W \s \S: odd ones are positive, the next even one its negation.
enum { CLS_DIGIT = 1, CLS_NOT_DIGIT, CLS_WORD, CLS_NOT_WORD, CLS_SPACE, CLS_NOT_SPACE };
enum { LOOK_AHEAD, LOOK_NOT_AHEAD, LOOK_BEHIND, LOOK_NOT_BEHIND, LOOK_ATOMIC };

#define MAX_CODE 200000
#define STEP_LIMIT_BASE 20000000UL

// ---- character helpers --------------------------------------------------------------------

static unsigned fold(unsigned c, bool uni) {
    if (c < 128 || !uni) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return fe_unichar_tolower(c);
}

static bool is_word(unsigned c, bool uni) {
    if (c < 128) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return uni && (fe_unichar_isalpha(c) || fe_unichar_isdecimal(c) || fe_unichar_isdigit(c) ||
                   fe_unichar_isnumeric(c));
}

static bool is_digit(unsigned c, bool uni) {
    if (c < 128) {
        return c >= '0' && c <= '9';
    }
    return uni && fe_unichar_isdecimal(c);
}

static bool is_space(unsigned c, bool uni) {
    if (c < 128) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (uni && c >= 0x1c && c <= 0x1f);
    }
    return uni && fe_unichar_isspace(c);
}

static bool builtin_class(int cls, unsigned c, bool uni) {
    bool hit = cls <= CLS_NOT_DIGIT ? is_digit(c, uni) : cls <= CLS_NOT_WORD ? is_word(c, uni) : is_space(c, uni);
    return hit == (cls & 1);
}

// The length in words of a single-character instruction (CHAR, ANY, CLASS and their
// variants), 0 for any other instruction.
static size_t single_width(const int32_t *ins) {
    switch (ins[0]) {
        case OP_CHAR: case OP_CHAR_I: return 2;
        case OP_ANY: case OP_ANY_ALL: return 1;
        case OP_CLASS: case OP_CLASS_I: return 3 + 2 * (size_t)ins[2];
        default: return 0;
    }
}

// ---- the compiler -------------------------------------------------------------------------

typedef struct {
    const char *p;      // pattern text
    size_t len;
    size_t i;           // byte index
    size_t ci;          // character index (for error positions)
    bool is_str;
    int flags;          // current flags (scoped flags change them inside a group)
    int32_t *code;
    size_t n, alloc;
    int n_groups;
    int n_regs;
    fe_obj_t names;     // dict name -> index
    uint32_t open_groups[8];  // bitmap of groups still open (for \N references), up to 256
} comp_t;

// msg may be compressed by tools/makemsgs.py (comp_error_at and comp_error are in its RAISERS).
#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"
#endif
static FE_NORETURN void comp_error_at(comp_t *c, const char *msg, size_t pos) {
    #if FE_MSG_COMPRESSED
    char expanded[FE_MSG_MAX_LEN + 1];
    msg = fe_msg_expand(msg, expanded);
    #endif
    fe_raise_fmt(&fe_type_re_error, "%s at position %u", msg, (unsigned)pos);
}

static FE_NORETURN void comp_error(comp_t *c, const char *msg) {
    comp_error_at(c, msg, c->ci);
}

static bool at_end(comp_t *c) {
    return c->i >= c->len;
}

static unsigned peek(comp_t *c) {
    if (c->i >= c->len) {
        return 0;
    }
    if (!c->is_str) {
        return (uint8_t)c->p[c->i];
    }
    const char *q = c->p + c->i;
    return fe_utf8_decode(&q);
}

static unsigned next(comp_t *c) {
    unsigned ch = peek(c);
    c->i += c->is_str ? fe_utf8_seq_len((uint8_t)c->p[c->i]) : 1;
    if (c->i > c->len) {
        c->i = c->len;
    }
    c->ci++;
    return ch;
}

static bool accept(comp_t *c, unsigned ch) {
    if (!at_end(c) && peek(c) == ch) {
        next(c);
        return true;
    }
    return false;
}

static void emit(comp_t *c, int32_t w) {
    if (c->n == c->alloc) {
        if (c->alloc >= MAX_CODE) {
            fe_raise_msg(&fe_type_re_error, "pattern too large");
        }
        c->alloc = c->alloc ? c->alloc * 2 : 64;
        c->code = fe_realloc(c->code, c->alloc * sizeof(int32_t));
    }
    c->code[c->n++] = w;
}

static void emit_n(comp_t *c, size_t n, const int32_t *w) {
    for (size_t k = 0; k < n; k++) {
        emit(c, w[k]);
    }
}

// An instruction with one operand (most have one).
static void emit2(comp_t *c, int32_t op, int32_t arg) {
    emit(c, op);
    emit(c, arg);
}

// Inserts n words at index at (moving what follows); relative jumps stay valid because the
// moved code moves as a whole and jumps never cross the insertion point from outside.
static void insert_words(comp_t *c, size_t at, size_t n) {
    for (size_t k = 0; k < n; k++) {
        emit(c, 0);
    }
    memmove(c->code + at + n, c->code + at, (c->n - n - at) * sizeof(int32_t));
}

// In verbose mode, skips whitespace and comments.
static void skip_verbose(comp_t *c) {
    if (!FE_RE_EXTRA || !(c->flags & RE_FLAG_VERBOSE)) {
        return;
    }
    while (!at_end(c)) {
        unsigned ch = peek(c);
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            next(c);
        } else if (ch == '#') {
            while (!at_end(c) && peek(c) != '\n') {
                next(c);
            }
        } else {
            break;
        }
    }
}

static unsigned parse_hex(comp_t *c, int digits, size_t esc_pos, char kind) {
    unsigned v = 0;
    char got[9];
    for (int k = 0; k < digits; k++) {
        int h = at_end(c) ? -1 : fe_hex_value((int)peek(c));
        if (h < 0) {
            // CPython quotes what was read: "incomplete escape \x4 at position N"
            got[k] = 0;
            fe_raise_fmt(&fe_type_re_error, "incomplete escape \\%c%s at position %u", kind, got, (unsigned)esc_pos);
        }
        got[k] = (char)peek(c);
        next(c);
        v = v * 16 + (unsigned)h;
    }
    return v;
}

// Result of parsing an escape: a literal char, a builtin class, an assertion or a backref.
typedef struct { int kind; unsigned value; } esc_t;
enum { ESC_CHAR, ESC_CLASS, ESC_ASSERT, ESC_BACKREF };

#if FE_RE_ICASE_BACKREF
static bool group_is_open(comp_t *c, int g) {
    return g < 256 && (c->open_groups[g >> 5] >> (g & 31)) & 1;
}
#endif

static FE_NORETURN void bad_escape(unsigned ch, size_t pos) {
    fe_raise_fmt(&fe_type_re_error, "bad escape \\%c at position %u", (int)ch, (unsigned)pos);
}

// Parses after a backslash. in_class: inside [...] (\b is backspace, no assertions/refs).
static esc_t parse_escape(comp_t *c, bool in_class) {
    static const char simple[] = "n\nt\tr\rf\fv\va\a";
    static const char classes[] = "dDwWsS";  // CLS_DIGIT ... CLS_NOT_SPACE
    static const char asserts[] = "AZbB";    // AS_BEGIN ... AS_NOT_WORD_B
    size_t esc_pos = c->ci - 1;
    esc_t e = {ESC_CHAR, 0};
    if (at_end(c)) {
        comp_error_at(c, "bad escape (end of pattern)", esc_pos);
    }
    unsigned ch = next(c);
    const char *q = ch != 0 && ch < 128 ? strchr(classes, (int)ch) : NULL;
    if (q != NULL) {
        e.kind = ESC_CLASS;
        e.value = (unsigned)(q - classes) + CLS_DIGIT;
        return e;
    }
    for (q = simple; *q; q += 2) {
        if ((unsigned)*q == ch) {
            e.value = (unsigned char)q[1];
            return e;
        }
    }
    if (ch == 'x' || ((ch == 'u' || ch == 'U') && c->is_str)) {
        e.value = parse_hex(c, ch == 'x' ? 2 : ch == 'u' ? 4 : 8, esc_pos, (char)ch);
        if (e.value > 0x10ffff) {
            bad_escape(ch, esc_pos);
        }
        return e;
    }
    if (ch == 'b' && in_class) {
        e.value = 8;
        return e;
    }
    q = ch != 0 && ch < 128 && !in_class ? strchr(asserts, (int)ch) : NULL;
    if (q != NULL) {
        e.kind = ESC_ASSERT;
        e.value = (unsigned)(q - asserts);
        return e;
    }
    if (ch == '0') {
        // octal: \0, \0o, \0oo
        unsigned v = 0;
        for (int k = 0; k < 2 && !at_end(c) && peek(c) >= '0' && peek(c) <= '7'; k++) {
            v = v * 8 + (next(c) - '0');
        }
        e.value = v;
        return e;
    }
#if FE_RE_ICASE_BACKREF
    if (ch >= '1' && ch <= '9') {
        // three octal digits make a character; otherwise a group reference (1 or 2 digits)
        size_t save_i = c->i, save_ci = c->ci;
        if (!at_end(c) && peek(c) >= '0' && peek(c) <= '7' && ch <= '7') {
            unsigned d2 = next(c);
            if (!at_end(c) && peek(c) >= '0' && peek(c) <= '7') {
                unsigned d3 = next(c);
                unsigned v = (ch - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                if (v > 0377) {
                    fe_raise_fmt(&fe_type_re_error, "octal escape value \\%c%c%c outside of range 0-0o377 at position %u",
                                 (int)ch, (int)d2, (int)d3, (unsigned)esc_pos);
                }
                e.value = v;
                return e;
            }
            c->i = save_i;
            c->ci = save_ci;
        }
        int g = (int)(ch - '0');
        if (!at_end(c) && peek(c) >= '0' && peek(c) <= '9') {
            g = g * 10 + (int)(next(c) - '0');
        }
        if (in_class) {
            bad_escape(ch, esc_pos);
        }
        if (g > c->n_groups) {
            fe_raise_fmt(&fe_type_re_error, "invalid group reference %d at position %u", g, (unsigned)(esc_pos + 1));
        }
        if (group_is_open(c, g)) {
            comp_error_at(c, "cannot refer to an open group", esc_pos);
        }
        e.kind = ESC_BACKREF;
        e.value = (unsigned)g;
        return e;
    }
#else
    if (ch >= '1' && ch <= '9') {
        fe_raise_msg(&fe_type_NotImplementedError, "backreferences and octal escapes \\1-\\9 not supported");
    }
#endif
    if (ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
        bad_escape(ch, esc_pos);
    }
    e.value = ch;
    return e;
}

static void emit_char(comp_t *c, unsigned ch) {
    if (FE_RE_ICASE_BACKREF && (c->flags & RE_FLAG_IGNORECASE)) {
        bool uni = c->is_str && !(c->flags & RE_FLAG_ASCII);
        emit2(c, OP_CHAR_I, (int32_t)fold(ch, uni));
    } else {
        emit2(c, OP_CHAR, (int32_t)ch);
    }
}

// "bad character range": CPython quotes the item's text, from byte item_i to the cursor.
static FE_NORETURN void range_error(comp_t *c, size_t item_i, size_t item_pos) {
    fe_raise_fmt(&fe_type_re_error, "bad character range %.*s at position %u", (int)(c->i - item_i),
                 c->p + item_i, (unsigned)item_pos);
}

static void parse_class(comp_t *c) {
    size_t start_pos = c->ci - 1;
    bool icase = FE_RE_ICASE_BACKREF && (c->flags & RE_FLAG_IGNORECASE);
    emit2(c, icase ? OP_CLASS_I : OP_CLASS, accept(c, '^') ? 1 : 0);
    size_t count_at = c->n;
    emit(c, 0);
    int count = 0;
    bool first = true;
    for (;;) {
        if (at_end(c)) {
            comp_error_at(c, "unterminated character set", start_pos);
        }
        size_t item_pos = c->ci, item_i = c->i;
        unsigned ch = next(c);
        if (ch == ']' && !first) {
            break;
        }
        first = false;
        unsigned lo;
        if (ch == '\\') {
            esc_t e = parse_escape(c, true);
            if (e.kind == ESC_CLASS) {
                if (c->i + 1 < c->len && c->p[c->i] == '-' && c->p[c->i + 1] != ']') {
                    next(c);
                    if (next(c) == '\\' && !at_end(c)) {
                        next(c);
                    }
                    range_error(c, item_i, item_pos);
                }
                emit2(c, -(int32_t)e.value, 0);
                count++;
                continue;
            }
            lo = e.value;
        } else {
            lo = ch;
        }
        unsigned hi = lo;
        // a range lo-hi (a '-' before ']' is literal)
        if (!at_end(c) && peek(c) == '-') {
            size_t save_i = c->i, save_ci = c->ci;
            next(c);
            if (at_end(c)) {
                comp_error_at(c, "unterminated character set", start_pos);
            }
            if (peek(c) == ']') {
                c->i = save_i;
                c->ci = save_ci;
            } else {
                unsigned ch2 = next(c);
                if (ch2 == '\\') {
                    esc_t e = parse_escape(c, true);
                    if (e.kind == ESC_CLASS) {
                        range_error(c, item_i, item_pos);
                    }
                    hi = e.value;
                } else {
                    hi = ch2;
                }
                if (hi < lo) {
                    range_error(c, item_i, item_pos);
                }
            }
        }
        emit2(c, (int32_t)lo, (int32_t)hi);
        count++;
    }
    c->code[count_at] = count;
}

static void parse_alternation(comp_t *c);

// Groups are marked open while parsed (a backreference to an open group is an error).
static void mark_group(comp_t *c, int g, bool open) {
    if (FE_RE_ICASE_BACKREF && g < 256) {
        uint32_t bit = 1u << (g & 31);
        c->open_groups[g >> 5] = open ? c->open_groups[g >> 5] | bit : c->open_groups[g >> 5] & ~bit;
    }
}

#if FE_RE_EXTRA
// Reads a group name up to `term`; returns it as a str object.
static fe_obj_t parse_name(comp_t *c, unsigned term, const char *unterminated) {
    size_t start_i = c->i, start_ci = c->ci;
    while (!at_end(c) && peek(c) != term) {
        next(c);
    }
    if (at_end(c)) {
        comp_error_at(c, unterminated, start_ci);
    }
    size_t end_i = c->i;
    next(c);  // the terminator
    if (end_i == start_i) {
        comp_error_at(c, "missing group name", start_ci);
    }
    // a Python identifier (ASCII check plus any non-ASCII letters)
    bool ok = true;
    for (size_t k = start_i; k < end_i; k++) {
        uint8_t b = (uint8_t)c->p[k];
        if (b < 128 && !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' ||
                         (k > start_i && b >= '0' && b <= '9'))) {
            ok = false;
        }
    }
    fe_obj_t name = c->is_str ? fe_str_new(c->p + start_i, end_i - start_i)
                              : fe_str_new(c->p + start_i, end_i - start_i);
    if (!ok) {
        fe_raise_fmt(&fe_type_re_error, "bad character in group name %r at position %u", name,
                     (unsigned)start_ci);
    }
    return name;
}
#endif

// True if the bytes from k on are the rest of a {m}, {m,}, {,n} or {m,n} repeat: what
// follows its '{' (nothing is consumed).
static bool brace_repeat_at(comp_t *c, size_t k) {
    bool digits = false, comma = false;
    while (k < c->len && ((c->p[k] >= '0' && c->p[k] <= '9') || (c->p[k] == ',' && !comma))) {
        if (c->p[k] == ',') comma = true; else digits = true;
        k++;
    }
    return k < c->len && c->p[k] == '}' && (digits || comma);
}

// Reads a decimal repeat count (clamped); -1 when there are no digits.
static long parse_count(comp_t *c) {
    long v = -1;
    while (!at_end(c) && peek(c) >= '0' && peek(c) <= '9') {
        v = (v < 0 ? 0 : v) * 10 + (long)(next(c) - '0');
        if (v > 100000000L) v = 100000000L;
    }
    return v;
}

// Parses an atom (with its quantifiers) and emits its code. Returns false at | ) or end.
static bool parse_piece(comp_t *c) {
    skip_verbose(c);
    if (at_end(c)) {
        return false;
    }
    unsigned ch = peek(c);
    if (ch == '|' || ch == ')') {
        return false;
    }
    size_t atom_pos = c->ci;
    size_t start = c->n;
    bool can_repeat = true;
    next(c);
    switch (ch) {
        case '.':
            emit(c, (c->flags & RE_FLAG_DOTALL) ? OP_ANY_ALL : OP_ANY);
            break;
        case '^':
            emit2(c, OP_ASSERT, (c->flags & RE_FLAG_MULTILINE) ? AS_BEGIN_LINE : AS_BEGIN);
            break;
        case '$':
            emit2(c, OP_ASSERT, (c->flags & RE_FLAG_MULTILINE) ? AS_END_LINE : AS_END_OR_NL);
            break;
        case '[':
            parse_class(c);
            break;
        case '*': case '+': case '?':
            comp_error_at(c, "nothing to repeat", atom_pos);
        case '{':
            // a '{' that does not start a valid {m,n} is a literal
            if (brace_repeat_at(c, c->i)) {
                comp_error_at(c, "nothing to repeat", atom_pos);
            }
            emit_char(c, '{');
            break;
        case '\\': {
            esc_t e = parse_escape(c, false);
            if (e.kind == ESC_CHAR) {
                emit_char(c, e.value);
            } else if (e.kind == ESC_CLASS) {
                emit_n(c, 5, (const int32_t[]){OP_CLASS, 0, 1, -(int32_t)e.value, 0});
            } else if (e.kind == ESC_ASSERT) {
                emit2(c, OP_ASSERT, (int32_t)e.value);
                can_repeat = false;
#if FE_RE_ICASE_BACKREF
            } else {
                emit2(c, (c->flags & RE_FLAG_IGNORECASE) ? OP_BACKREF_I : OP_BACKREF, (int32_t)e.value);
#endif
            }
            break;
        }
        case '(': {
            int group = -1;
            int look = -1;
            int saved_flags = c->flags;
            if (accept(c, '?')) {
                if (at_end(c)) {
                    comp_error_at(c, "unexpected end of pattern", c->ci);
                }
                size_t ext_pos = c->ci;
                unsigned k = next(c);
                if (k == ':') {
                    // non-capturing
#if FE_RE_EXTRA
                } else if (k == 'P') {
                    if (accept(c, '<')) {
                        fe_obj_t name = parse_name(c, '>', "missing >, unterminated name");
                        if (fe_dict_get_maybe(c->names, name) != FE_NULL) {
                            fe_raise_fmt(&fe_type_re_error,
                                         "redefinition of group name %r as group %d; was group %d at position %u",
                                         name, c->n_groups + 1,
                                         (int)fe_get_int(fe_dict_get_maybe(c->names, name)),
                                         (unsigned)(ext_pos + 2));
                        }
                        group = ++c->n_groups;
                        fe_dict_store(c->names, name, FE_NEW_SMALL_INT(group));
#if FE_RE_ICASE_BACKREF
                    } else if (accept(c, '=')) {
                        size_t name_pos = c->ci;
                        fe_obj_t name = parse_name(c, ')', "missing ), unterminated name");
                        fe_obj_t g = fe_dict_get_maybe(c->names, name);
                        if (g == FE_NULL) {
                            fe_raise_fmt(&fe_type_re_error, "unknown group name %r at position %u", name,
                                         (unsigned)name_pos);
                        }
                        if (group_is_open(c, (int)fe_get_int(g))) {
                            comp_error_at(c, "cannot refer to an open group", atom_pos);
                        }
                        emit2(c, (c->flags & RE_FLAG_IGNORECASE) ? OP_BACKREF_I : OP_BACKREF, (int32_t)fe_get_int(g));
                        goto quantifiers;
#endif
                    } else if (at_end(c)) {
                        comp_error_at(c, "unexpected end of pattern", c->ci);
                    } else {
                        fe_raise_fmt(&fe_type_re_error, "unknown extension ?P%c at position %u",
                                     (int)peek(c), (unsigned)(ext_pos - 1));
                    }
                } else if (k == '=' || k == '!') {
                    look = k == '=' ? LOOK_AHEAD : LOOK_NOT_AHEAD;
                } else if (k == '>') {
                    look = LOOK_ATOMIC;
                } else if (k == '<' && !at_end(c) && (peek(c) == '=' || peek(c) == '!')) {
                    look = next(c) == '=' ? LOOK_BEHIND : LOOK_NOT_BEHIND;
                } else if (k == '<') {
                    fe_vstr_t v;
                    fe_vstr_init(&v, 8);
                    if (!at_end(c)) {
                        fe_vstr_add_char(&v, peek(c));
                    }
                    fe_vstr_add_byte(&v, 0);
                    fe_raise_fmt(&fe_type_re_error, "unknown extension ?<%s at position %u", v.buf,
                                 (unsigned)(ext_pos - 1));
                } else if (k == '#') {
                    while (!at_end(c) && peek(c) != ')') {
                        next(c);
                    }
                    if (at_end(c)) {
                        comp_error_at(c, "missing ), unterminated comment", atom_pos);
                    }
                    next(c);
                    return true;
                } else if (k == 'i' || k == 'm' || k == 's' || k == 'x' || k == 'a' || k == 'u' ||
                           k == 'L' || k == '-') {
                    // inline flags: (?imsx) for the rest, or (?imsx-imsx:...) scoped
                    int add = 0, remove = 0;
                    bool minus = false;
                    for (;;) {
                        int f = k == 'i' ? (FE_RE_ICASE_BACKREF ? RE_FLAG_IGNORECASE : 0) :
                                k == 'm' ? RE_FLAG_MULTILINE : k == 's' ? RE_FLAG_DOTALL :
                                k == 'x' ? RE_FLAG_VERBOSE : k == 'a' ? RE_FLAG_ASCII :
                                k == 'u' ? RE_FLAG_UNICODE : k == 'L' ? RE_FLAG_LOCALE : 0;
                        if (k == '-') {
                            if (minus) {
                                comp_error_at(c, "bad inline flags: flag turned on and off", c->ci - 1);
                            }
                            minus = true;
                        } else if (f == 0) {
                            comp_error_at(c, minus ? "unknown flag" : "unknown flag", c->ci - 1);
                        } else if (minus) {
                            remove |= f;
                        } else {
                            add |= f;
                        }
                        if (at_end(c)) {
                            comp_error_at(c, "missing -, : or )", c->ci);
                        }
                        k = next(c);
                        if (k == ')' || k == ':') {
                            break;
                        }
                    }
                    if (add & remove) {
                        comp_error_at(c, "bad inline flags: flag turned on and off", c->ci - 1);
                    }
                    if (k == ')') {
                        if (minus) {
                            comp_error_at(c, "missing :", c->ci - 1);
                        }
                        if (atom_pos != 0) {
                            comp_error_at(c, "global flags not at the start of the expression", atom_pos);
                        }
                        c->flags |= add;
                        return true;
                    }
                    c->flags = (c->flags | add) & ~remove;
#endif
                } else {
                    fe_vstr_t v;
                    fe_vstr_init(&v, 8);
                    fe_vstr_add_char(&v, k);
                    fe_vstr_add_byte(&v, 0);
                    fe_raise_fmt(&fe_type_re_error, "unknown extension ?%s at position %u", v.buf,
                                 (unsigned)(ext_pos - 1));
                }
            } else {
                group = ++c->n_groups;
            }
            size_t look_at = 0;
            if (look >= 0) {
                look_at = c->n;
                // body length and fixed width (for look-behind) are patched below
                emit_n(c, 4, (const int32_t[]){OP_LOOK, look, 0, 0});
            }
            if (group > 0) {
                mark_group(c, group, true);
                emit2(c, OP_SAVE, 2 * group);
            }
            parse_alternation(c);
            if (!accept(c, ')')) {
                comp_error_at(c, "missing ), unterminated subpattern", atom_pos);
            }
            c->flags = saved_flags | (c->flags & ~(RE_FLAG_IGNORECASE | RE_FLAG_MULTILINE |
                                                   RE_FLAG_DOTALL | RE_FLAG_VERBOSE | RE_FLAG_ASCII |
                                                   RE_FLAG_UNICODE | RE_FLAG_LOCALE));
            if (group > 0) {
                emit2(c, OP_SAVE, 2 * group + 1);
                mark_group(c, group, false);
            }
            if (look >= 0) {
                emit(c, OP_LOOK_END);
                c->code[look_at + 2] = (int32_t)(c->n - look_at - 4);
                if (look == LOOK_BEHIND || look == LOOK_NOT_BEHIND) {
                    // the body must have a fixed width: only chars, classes, assertions, saves
                    int width = 0;
                    size_t k = look_at + 4;
                    while (k < c->n - 1) {
                        int op = c->code[k];
                        size_t w = single_width(c->code + k);
                        if (w) { width++; k += w; }
                        else if (op == OP_ASSERT || op == OP_SAVE) { k += 2; }
                        else {
                            fe_raise_msg(&fe_type_re_error, "look-behind requires fixed-width pattern");
                        }
                    }
                    c->code[look_at + 3] = width;
                }
                can_repeat = look == LOOK_AHEAD || look == LOOK_NOT_AHEAD;
            }
            break;
        }
        default:
            emit_char(c, ch);
            break;
    }
#if FE_RE_EXTRA && FE_RE_ICASE_BACKREF
quantifiers:
#endif
    for (;;) {
        skip_verbose(c);
        if (at_end(c)) {
            return true;
        }
        size_t q_pos = c->ci;
        unsigned q = peek(c);
        long min, max;  // max -1: unbounded
        if (q == '*') {
            min = 0; max = -1;
        } else if (q == '+') {
            min = 1; max = -1;
        } else if (q == '?') {
            min = 0; max = 1;
        } else if (q == '{') {
            if (!brace_repeat_at(c, c->i + 1)) {
                return true;  // a literal '{' follows as the next piece
            }
            size_t brace_ci = c->ci;
            next(c);
            long a = parse_count(c);
            bool comma = accept(c, ',');
            long b = comma ? parse_count(c) : -1;
            next(c);  // the '}'
            min = a < 0 ? 0 : a;
            max = comma ? b : min;
            if (max >= 0 && max < min) {
                comp_error_at(c, "min repeat greater than max repeat", brace_ci + 1);
            }
            goto have_quant;
        } else {
            return true;
        }
        next(c);
    have_quant:;
        if (!can_repeat) {
            comp_error_at(c, "nothing to repeat", q_pos);
        }
        bool lazy = accept(c, '?');
        bool possessive = FE_RE_EXTRA && !lazy && accept(c, '+');
        if (!at_end(c) && (peek(c) == '*' || peek(c) == '+' || peek(c) == '?' ||
                            (peek(c) == '{' && brace_repeat_at(c, c->i + 1)))) {
            comp_error_at(c, "multiple repeat", c->ci);
        }
        // code[start, end) is the atom; rebuild it as the repetition
        size_t end = c->n;
        size_t atom_len = end - start;
        int32_t *atom = fe_alloc((atom_len ? atom_len : 1) * sizeof(int32_t));
        memcpy(atom, c->code + start, atom_len * sizeof(int32_t));
        c->n = start;
        size_t single = single_width(atom);  // atom_len 0: atom[0] is 0 (CHAR), width 2 != 0
        if (!lazy && single != 0 && single == atom_len && max != 0) {
            emit_n(c, 4, (const int32_t[]){OP_REPEAT_SIMPLE, (int32_t)min, (int32_t)max, (int32_t)atom_len});
            emit_n(c, atom_len, atom);
            min = max = 0;  // nothing left to emit below
        }
        for (long k = 0; k < min; k++) {
            emit_n(c, atom_len, atom);
        }
        if (max < 0) {
            // L: SPLIT body exit; body: MARK r; atom; CHECK r exit; JMP L; exit:
            int reg = c->n_regs++;
            size_t total = 3 + 2 + atom_len + 3 + 2;
            size_t L = c->n;
            emit_n(c, 5, (const int32_t[]){OP_SPLIT, lazy ? (int32_t)total : 3, lazy ? 3 : (int32_t)total,
                                           OP_MARK, reg});
            emit_n(c, atom_len, atom);
            size_t chk = c->n;
            emit_n(c, 5, (const int32_t[]){OP_CHECK, reg, (int32_t)(L + total - chk),
                                           OP_JMP, (int32_t)L - (int32_t)(chk + 3)});  // JMP at chk + 3
        } else {
            // nested optionals: (atom (atom (...)?)?)?
            long opt = max - min;
            size_t *splits = opt > 0 ? fe_alloc((size_t)opt * sizeof(size_t)) : NULL;
            for (long k = 0; k < opt; k++) {
                splits[k] = c->n;
                emit_n(c, 3, (const int32_t[]){OP_SPLIT, 0, 0});
                emit_n(c, atom_len, atom);
            }
            for (long k = 0; k < opt; k++) {
                size_t s = splits[k];
                int32_t to_end = (int32_t)(c->n - s);
                c->code[s + 1] = lazy ? to_end : 3;
                c->code[s + 2] = lazy ? 3 : to_end;
            }
        }
        fe_free(atom);
        if (possessive) {
            // x*+ is (?>x*): wrap the repetition in an atomic group
            size_t body = c->n - start;
            insert_words(c, start, 4);
            c->code[start] = OP_LOOK;
            c->code[start + 1] = LOOK_ATOMIC;
            c->code[start + 2] = (int32_t)(body + 1);
            c->code[start + 3] = 0;
            emit(c, OP_LOOK_END);
        }
    }
}

static void parse_sequence(comp_t *c) {
    while (parse_piece(c)) {
    }
}

// alt := seq ('|' seq)*  compiled as SPLIT a, next; a; JMP end; ...
static void parse_alternation(comp_t *c) {
    size_t start = c->n;
    parse_sequence(c);
    if (at_end(c) || peek(c) != '|') {
        return;
    }
    // collect the branches, then lay them out with SPLITs and JMPs
    size_t jmps[64];
    size_t n_jmps = 0;
    while (accept(c, '|')) {
        size_t branch_len = c->n - start;
        // insert SPLIT before the branch, JMP after it
        insert_words(c, start, 3);
        c->code[start] = OP_SPLIT;
        c->code[start + 1] = 3;
        c->code[start + 2] = (int32_t)(branch_len + 5);
        // (the JMPs recorded so far end earlier branches, before `start`: they do not move)
        emit2(c, OP_JMP, 0);
        if (n_jmps < FE_ARRAY_SIZE(jmps)) {
            jmps[n_jmps++] = c->n - 2;
        } else {
            fe_raise_msg(&fe_type_re_error, "too many alternatives");
        }
        start = c->n;
        parse_sequence(c);
    }
    for (size_t k = 0; k < n_jmps; k++) {
        c->code[jmps[k] + 1] = (int32_t)(c->n - jmps[k]);
    }
}

re_prog_t *re_compile(const char *pattern, size_t len, int flags, bool is_str) {
    comp_t c;
    memset(&c, 0, sizeof(c));
    c.p = pattern;
    c.len = len;
    c.is_str = is_str;
    c.flags = flags;
    if (is_str && (flags & RE_FLAG_LOCALE)) {
        fe_raise_msg(&fe_type_ValueError, "cannot use LOCALE flag with a str pattern");
    }
    if (!is_str && (flags & RE_FLAG_UNICODE)) {
        fe_raise_msg(&fe_type_ValueError, "cannot use UNICODE flag with a bytes pattern");
    }
    if ((flags & RE_FLAG_ASCII) && (flags & RE_FLAG_UNICODE)) {
        fe_raise_msg(&fe_type_ValueError, "ASCII and UNICODE flags are incompatible");
    }
    if (!FE_RE_ICASE_BACKREF && (flags & RE_FLAG_IGNORECASE)) {
        fe_raise_msg(&fe_type_NotImplementedError, "IGNORECASE not supported");
    }
    c.names = fe_dict_new(0);
    parse_alternation(&c);
    if (!at_end(&c)) {
        comp_error(&c, "unbalanced parenthesis");  // only ')' stops the top level
    }
    emit(&c, OP_MATCH);
    re_prog_t *prog = fe_new(re_prog_t);
    prog->code = c.code;
    prog->len = c.n;
    prog->n_groups = c.n_groups;
    prog->n_regs = c.n_regs;
    prog->flags = c.flags | (is_str && !(c.flags & RE_FLAG_ASCII) ? RE_FLAG_UNICODE : 0);
    prog->is_str = is_str;
    prog->groupindex = c.names;
    prog->anchored = c.code[0] == OP_ASSERT && c.code[1] == AS_BEGIN;
#if FE_RE_EXTRA
    fe_obj_t names = fe_tuple_new((size_t)c.n_groups, NULL);
    fe_obj_t *items;
    size_t n;
    fe_tuple_get(names, &n, &items);
    for (size_t k = 0; k < n; k++) {
        items[k] = fe_none;
    }
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(fe_dict_get_map(c.names), &pos)) != NULL) {
        items[fe_get_int(e->value) - 1] = e->key;
    }
    prog->group_names = names;
#endif
    return prog;
}

// ---- the matcher --------------------------------------------------------------------------

enum { T_BRANCH = 0, T_CAP = 1, T_REG = 2, T_SIMPLE = 3 };

typedef struct {
    const re_prog_t *prog;
    const char *s;
    size_t end;
    size_t *caps;
    size_t *regs;
    uint32_t *stack;    // pairs (tag | index << 2, value); 32-bit to halve the memory
    size_t sp, alloc;   // in pairs
    unsigned long steps, step_limit;
    bool uni, is_str;
    int mode;
    bool must_advance;
    size_t attempt_start, search_start;
} matcher_t;

// Values are positions or SIZE_MAX (an unset capture), stored as UINT32_MAX.
static void push(matcher_t *m, size_t a, size_t b) {
    if (m->sp == m->alloc) {
        size_t n = m->alloc ? m->alloc + m->alloc / 2 : 64;
        m->stack = fe_realloc(m->stack, n * 2 * sizeof(uint32_t));
        m->alloc = n;
    }
    m->stack[2 * m->sp] = (uint32_t)a;
    m->stack[2 * m->sp + 1] = b == SIZE_MAX ? UINT32_MAX : (uint32_t)b;
    m->sp++;
}

static size_t stack_value(const matcher_t *m, size_t i) {
    uint32_t v = m->stack[2 * i + 1];
    return v == UINT32_MAX ? SIZE_MAX : v;
}

// Decodes the char at byte pos (pos < end); sets *len to its byte length.
static unsigned char_at(const matcher_t *m, size_t pos, size_t *len) {
    uint8_t b = (uint8_t)m->s[pos];
    if (!m->is_str || b < 0x80) {
        *len = 1;
        return b;
    }
    size_t n = fe_utf8_seq_len(b);
    if (pos + n > m->end) {
        n = m->end - pos;
    }
    const char *q = m->s + pos;
    unsigned ch = fe_utf8_decode(&q);
    *len = n ? n : 1;
    return ch;
}

// The char before byte pos (pos > 0).
static unsigned char_before(const matcher_t *m, size_t pos, size_t *len) {
    size_t p = pos - 1;
    if (m->is_str) {
        while (p > 0 && fe_utf8_is_cont((uint8_t)m->s[p])) {
            p--;
        }
    }
    unsigned ch = char_at(m, p, len);
    *len = pos - p;
    return ch;
}

static bool class_match(const int32_t *cls, unsigned ch, bool icase, bool uni) {
    int neg = cls[0], n = cls[1];
    const int32_t *items = cls + 2;
    bool hit = false;
    for (int pass = 0; pass < (icase ? 3 : 1) && !hit; pass++) {
        unsigned c = pass == 0 ? ch : pass == 1 ? fold(ch, uni)
                   : (ch < 128 || !uni ? ((ch >= 'a' && ch <= 'z') ? ch - 32 : ch) : fe_unichar_toupper(ch));
        for (int k = 0; k < n; k++) {
            int32_t lo = items[2 * k], hi = items[2 * k + 1];
            if (lo < 0 ? builtin_class(-lo, c, uni) : (c >= (unsigned)lo && c <= (unsigned)hi)) {
                hit = true;
                break;
            }
        }
    }
    return hit != (neg != 0);
}

// Matches one single-character instruction at pos; sets *len to the bytes consumed.
static bool single_match(const matcher_t *m, const int32_t *ins, size_t pos, size_t *len) {
    if (pos >= m->end) {
        return false;
    }
    unsigned ch = char_at(m, pos, len);
    switch (ins[0]) {
        case OP_CHAR: return ch == (unsigned)ins[1];
#if FE_RE_ICASE_BACKREF
        case OP_CHAR_I: return fold(ch, m->uni) == (unsigned)ins[1];
#endif
        case OP_ANY: return ch != '\n';
        case OP_ANY_ALL: return true;
        default: return class_match(ins + 1, ch, FE_RE_ICASE_BACKREF && ins[0] == OP_CLASS_I, m->uni);
    }
}

static bool word_at(const matcher_t *m, size_t pos) {
    size_t len;
    return pos < m->end && is_word(char_at(m, pos, &len), m->uni);
}

static bool word_before(const matcher_t *m, size_t pos) {
    size_t len;
    return pos > 0 && is_word(char_before(m, pos, &len), m->uni);
}

static bool check_assert(const matcher_t *m, int kind, size_t pos) {
    switch (kind) {
        case AS_BEGIN: return pos == 0;
        case AS_BEGIN_LINE: return pos == 0 || m->s[pos - 1] == '\n';
        case AS_END: return pos == m->end;
        case AS_END_OR_NL: return pos == m->end || (pos + 1 == m->end && m->s[pos] == '\n');
        case AS_END_LINE: return pos == m->end || m->s[pos] == '\n';
        case AS_WORD_B: return word_before(m, pos) != word_at(m, pos);
        default: return word_before(m, pos) == word_at(m, pos);
    }
}

// Runs from pc at pos until MATCH/LOOK_END (true, *out_pos set) or failure with the stack
// unwound to `base` (false).
static bool run(matcher_t *m, size_t pc, size_t pos, size_t base, size_t *out_pos) {
    const int32_t *code = m->prog->code;
    for (;;) {
        if (FE_UNLIKELY(++m->steps > m->step_limit)) {
            fe_raise_msg(&fe_type_RuntimeError, "regular expression too complex (backtracking limit exceeded)");
        }
        size_t len;
        switch (code[pc]) {
            case OP_CHAR:
            case OP_CHAR_I:
            case OP_ANY:
            case OP_ANY_ALL:
            case OP_CLASS:
            case OP_CLASS_I:
                if (single_match(m, code + pc, pos, &len)) {
                    pos += len;
                    pc += single_width(code + pc);
                    continue;
                }
                goto fail;
            case OP_ASSERT:
                if (check_assert(m, code[pc + 1], pos)) {
                    pc += 2;
                    continue;
                }
                goto fail;
            case OP_SPLIT:
                push(m, T_BRANCH | ((pc + code[pc + 2]) << 2), pos);
                pc += code[pc + 1];
                continue;
            case OP_JMP:
                pc += code[pc + 1];
                continue;
            case OP_SAVE: {
                int slot = code[pc + 1];
                push(m, T_CAP | ((size_t)slot << 2), m->caps[slot]);
                m->caps[slot] = pos;
                pc += 2;
                continue;
            }
            case OP_MARK: {
                int reg = code[pc + 1];
                push(m, T_REG | ((size_t)reg << 2), m->regs[reg]);
                m->regs[reg] = pos;
                pc += 2;
                continue;
            }
            case OP_CHECK:
                if (m->regs[code[pc + 1]] == pos) {
                    pc += code[pc + 2];  // an empty iteration ends the loop
                } else {
                    pc += 3;
                }
                continue;
#if FE_RE_ICASE_BACKREF
            case OP_BACKREF:
            case OP_BACKREF_I: {
                int g = code[pc + 1];
                size_t gs = m->caps[2 * g], ge = m->caps[2 * g + 1];
                if (gs == SIZE_MAX || ge == SIZE_MAX) {
                    goto fail;
                }
                if (code[pc] == OP_BACKREF) {
                    if (m->end - pos < ge - gs || memcmp(m->s + gs, m->s + pos, ge - gs) != 0) {
                        goto fail;
                    }
                    pos += ge - gs;
                } else {
                    size_t a = gs, b = pos;
                    while (a < ge) {
                        size_t la, lb;
                        if (b >= m->end) {
                            goto fail;
                        }
                        unsigned ca = char_at(m, a, &la), cb = char_at(m, b, &lb);
                        if (fold(ca, m->uni) != fold(cb, m->uni)) {
                            goto fail;
                        }
                        a += la;
                        b += lb;
                    }
                    pos = b;
                }
                pc += 2;
                continue;
            }
#endif
#if FE_RE_EXTRA
            case OP_LOOK: {
                int kind = code[pc + 1];
                size_t body_len = (size_t)code[pc + 2];
                size_t start = pos;
                bool ok = true;
                if (kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) {
                    int width = code[pc + 3];
                    for (int k = 0; k < width; k++) {
                        if (start == 0) {
                            ok = false;
                            break;
                        }
                        char_before(m, start, &len);
                        start -= len;
                    }
                }
                bool hit = false;
                size_t my_base = m->sp;
                size_t atomic_end = pos;
                if (ok) {
                    size_t saved_end = m->end;
                    if (kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) {
                        m->end = pos;  // the body must end exactly here
                    }
                    size_t dummy = pos;
                    hit = run(m, pc + 4, start, my_base, &dummy);
                    atomic_end = dummy;
                    m->end = saved_end;
                    if (hit && (kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) && dummy != pos) {
                        hit = false;  // fixed width guarantees this; kept as a safety net
                    }
                }
                bool positive = kind != LOOK_NOT_AHEAD && kind != LOOK_NOT_BEHIND;
                if (hit) {
                    // drop the body's branch points; keep its undo records (captures stay set)
                    size_t w = my_base;
                    for (size_t r = my_base; r < m->sp; r++) {
                        size_t tag = m->stack[2 * r] & 3;
                        if (tag == T_CAP || tag == T_REG) {
                            m->stack[2 * w] = m->stack[2 * r];
                            m->stack[2 * w + 1] = m->stack[2 * r + 1];
                            w++;
                        }
                    }
                    m->sp = w;
                    if (!positive) {
                        // undo the captures of a negative lookaround, then fail
                        while (m->sp > my_base) {
                            m->sp--;
                            size_t a = m->stack[2 * m->sp], b = stack_value(m, m->sp);
                            if ((a & 3) == T_CAP) m->caps[a >> 2] = b;
                            else if ((a & 3) == T_REG) m->regs[a >> 2] = b;
                        }
                        goto fail;
                    }
                } else if (positive) {
                    goto fail;
                }
                if (kind == LOOK_ATOMIC) {
                    pos = atomic_end;  // an atomic group consumes what its body matched
                }
                pc += 4 + body_len;
                continue;
            }
            case OP_LOOK_END:
                *out_pos = pos;
                return true;
#endif
            case OP_REPEAT_SIMPLE: {
                long min = code[pc + 1], max = code[pc + 2];
                const int32_t *atom = code + pc + 4;
                size_t next_pc = pc + 4 + (size_t)code[pc + 3];
                long count = 0;
                size_t min_pos = pos;
                while ((max < 0 || count < max) && single_match(m, atom, pos, &len)) {
                    pos += len;
                    count++;
                    if (count == min) {
                        min_pos = pos;
                    }
                    if (FE_UNLIKELY((count & 1023) == 0 && (m->steps += 1024) > m->step_limit)) {
                        fe_raise_msg(&fe_type_RuntimeError,
                                     "regular expression too complex (backtracking limit exceeded)");
                    }
                }
                if (count < min) {
                    goto fail;
                }
                if (pos > min_pos) {
                    // retry later with one character fewer: (aux: min_pos) then (next_pc, pos)
                    push(m, T_SIMPLE | ((size_t)SIZE_MAX << 2), min_pos);
                    push(m, T_SIMPLE | (next_pc << 2), pos);
                }
                pc = next_pc;
                continue;
            }
            case OP_MATCH:
                if (m->mode == RE_MODE_FULLMATCH && pos != m->end) {
                    goto fail;
                }
                if (m->must_advance && pos == m->attempt_start && m->attempt_start == m->search_start) {
                    goto fail;
                }
                *out_pos = pos;
                return true;
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (m->sp <= base) {
                return false;
            }
            m->sp--;
            size_t a = m->stack[2 * m->sp], b = stack_value(m, m->sp);
            if ((a & 3) == T_BRANCH) {
                pc = a >> 2;
                pos = b;
                break;
            } else if ((a & 3) == T_SIMPLE) {
                // a simple repeat gives back one character (its aux record is just below)
                m->sp--;
                size_t min_pos = stack_value(m, m->sp);
                size_t len;
                char_before(m, b, &len);
                pos = b - len;
                pc = a >> 2;
                if (pos > min_pos) {
                    push(m, T_SIMPLE | ((size_t)SIZE_MAX << 2), min_pos);
                    push(m, a, pos);  // a keeps its tag and pc
                }
                break;
            } else if ((a & 3) == T_CAP) {
                m->caps[a >> 2] = b;
            } else {
                m->regs[a >> 2] = b;
            }
        }
    }
}

bool re_exec(const re_prog_t *prog, const char *s, size_t end, size_t pos, int mode,
             bool must_advance, size_t *caps) {
    matcher_t m;
    memset(&m, 0, sizeof(m));
    m.prog = prog;
    m.s = s;
    m.end = end;
    m.caps = caps;
    m.regs = fe_alloc((prog->n_regs + 1) * sizeof(size_t));
    m.uni = prog->is_str && !(prog->flags & RE_FLAG_ASCII);
    m.is_str = prog->is_str;
    m.mode = mode;
    m.must_advance = must_advance;
    m.search_start = pos;
    m.step_limit = STEP_LIMIT_BASE + 64UL * (unsigned long)end;
    if (end >= UINT32_MAX || prog->len >= (1u << 29)) {
        fe_raise_msg(&fe_type_OverflowError, "string too long for re");
    }
    size_t n_caps = 2 * ((size_t)prog->n_groups + 1);
    for (size_t k = 0; k < n_caps; k++) {
        caps[k] = SIZE_MAX;
    }
    size_t start = pos;
    for (;;) {
        size_t match_end;
        m.attempt_start = start;
        m.sp = 0;
        if (run(&m, 0, start, 0, &match_end)) {
            caps[0] = start;
            caps[1] = match_end;
            fe_free(m.stack);
            return true;
        }
        if (mode != RE_MODE_SEARCH || start >= end || (prog->anchored && start > 0)) {
            break;
        }
        if (prog->anchored) {
            break;
        }
        start++;
        if (m.is_str) {
            while (start < end && fe_utf8_is_cont((uint8_t)s[start])) {
                start++;
            }
        }
    }
    fe_free(m.stack);
    return false;
}
