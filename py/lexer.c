// py/lexer.c: the tokenizer (see py/lexer.h for what it produces and how it is driven).
#include <string.h>
#include "py/lexer.h"

// The keywords packed back to back, each ending in NUL, in token order (no pointer table).
static const char keyword_names[] =
#define KW_NAME(name) #name "\0"
    FE_LEX_KEYWORDS(KW_NAME)
#undef KW_NAME
    ;

// The operators' spellings back to back in token order: the 3-character ones, then those
// of 2 characters from FE_TOK_EQEQUAL, then single characters from FE_TOK_LPAR.
static const char operator_text[] =
#define OP_TEXT(name, spelling) spelling
    FE_LEX_OPERATORS(OP_TEXT)
#undef OP_TEXT
    ;
_Static_assert(sizeof(operator_text) - 1 == 3 * (FE_TOK_EQEQUAL - FE_TOK_ELLIPSIS) +
    2 * (FE_TOK_LPAR - FE_TOK_EQEQUAL) + (FE_TOK_NUM_KINDS - FE_TOK_LPAR), "operators out of order");

// ---- errors -------------------------------------------------------------------------------

static bool is_newline_char(char c) {
    return c == '\n' || c == '\r';
}

// Finds the first character of 1-based line `line` of the whole source.
static const char *find_line_start(const fe_lexer_t *lex, uint32_t line) {
    const char *p = lex->src;
    uint32_t l = 1;
    while (l < line && p < lex->src_end) {
        if (*p == '\n') {
            l++;
        } else if (*p == '\r') {
            l++;
            if (p + 1 < lex->src_end && p[1] == '\n') {
                p++;
            }
        }
        p++;
    }
    return p;
}

static uint32_t count_chars(const char *p, const char *end) {
    uint32_t n = 0;
    for (; p < end; p++) {
        if ((*p & 0xc0) != 0x80) {
            n++;
        }
    }
    return n;
}

// Source line `line` (1-based) of the whole source as a str ending in "\n".
static fe_obj_t line_text(const fe_lexer_t *lex, uint32_t line) {
    const char *ls = find_line_start(lex, line);
    const char *le = ls;
    while (le < lex->src_end && !is_newline_char(*le)) {
        le++;
    }
    fe_vstr_t tv;
    fe_vstr_init(&tv, (size_t)(le - ls) + 2);
    fe_vstr_add_strn(&tv, ls, (size_t)(le - ls));
    fe_vstr_add_byte(&tv, '\n');
    return fe_str_from_vstr(&tv);
}

void fe_lex_at(fe_lexer_t *lex, uint32_t line, uint32_t col) {
    fe_lexer_t *root = lex->root;
    root->err_line = line;
    root->err_col = col;
    root->err_state = lex->fstring_expr ? 2 : 1;
}

const char *fe_lex_line_start(const fe_lexer_t *lex, const char *p) {
    while (p > lex->src && !is_newline_char(p[-1])) {
        p--;
    }
    return p;
}

void fe_lex_at_ptr(fe_lexer_t *lex, uint32_t line, const char *p) {
    fe_lex_at(lex, line, count_chars(fe_lex_line_start(lex, p), p));
}

void fe_lex_unclosed(fe_lexer_t *lex) {
    fe_lex_paren_t *e = &lex->parens[lex->n_parens - 1];
    char open[2] = {e->kind, 0};
    fe_lex_at_ptr(lex, e->line, e->pos);
    fe_raise_fmt(&fe_type_SyntaxError, "'%s' was never closed", open);
}

fe_obj_t fe_lex_located(fe_lexer_t *lex, fe_obj_t exc) {
    unsigned state = lex->err_state;
    if (state == 0 || !fe_exc_matches(exc, &fe_type_SyntaxError)) {
        return exc;
    }
    lex->err_state = 0;
    const fe_type_t *type = fe_typeof(exc);
    size_t n;
    fe_obj_t *args;
    fe_tuple_get(fe_exc_args(exc), &n, &args);
    fe_obj_t msg = args[0];
    if (state == 2 && type == &fe_type_SyntaxError) {
        // errors inside an f-string field say so
        size_t len;
        const char *text = fe_str_data(msg, &len);
        fe_vstr_t v;
        fe_vstr_init(&v, len + 11);
        fe_vstr_add_str(&v, "f-string: ");
        fe_vstr_add_strn(&v, text, len);
        msg = fe_str_from_vstr(&v);
    }
    uint32_t line = lex->err_line;
    fe_obj_t loc[4] = {
        FE_NEW_QSTR(lex->filename), FE_NEW_SMALL_INT(line), FE_NEW_SMALL_INT(lex->err_col + 1),
        line >= 1 ? line_text(lex, line) : fe_none,
    };
    fe_obj_t located[2] = {msg, fe_tuple_new(4, loc)};
    return fe_exc_new(type, 2, located);
}

// Locates an error at p on the current line.
static void at_here(fe_lexer_t *lex, const char *p) {
    fe_lex_at_ptr(lex, lex->line, p);
}

// ---- set-up ---------------------------------------------------------------------------------

// Source text must be valid UTF-8 (no overlong forms or surrogates); checked once up front
// so the scanner can trust multi-byte sequences.
static void check_utf8(fe_lexer_t *lex) {
    const uint8_t *p = (const uint8_t *)lex->src, *end = (const uint8_t *)lex->src_end;
    uint32_t line = 1;
    while (p < end) {
        uint8_t c = *p;
        if (c < 0x80) {
            line += c == '\n' || (c == '\r' && !(p + 1 < end && p[1] == '\n'));
            p++;
            continue;
        }
        size_t n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        bool ok = n > 0 && (size_t)(end - p) >= n;
        for (size_t i = 1; ok && i < n; i++) {
            ok = (p[i] & 0xc0) == 0x80;
        }
        if (ok && n >= 3) {
            uint8_t c1 = p[1];
            ok = !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 >= 0xa0) &&
                 !(c == 0xf0 && c1 < 0x90) && !(c == 0xf4 && c1 >= 0x90);
        }
        if (!ok) {
            fe_lex_at_ptr(lex, line, (const char *)p);
            fe_raise_fmt(&fe_type_SyntaxError,
                "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %u: invalid %s byte",
                (unsigned)c, (unsigned)(p - (const uint8_t *)lex->src),
                (c & 0xc0) == 0x80 || c >= 0xf5 || c < 0xc2 ? "start" : "continuation");
        }
        p += n;
    }
}

void fe_lex_init(fe_lexer_t *lex, const char *src, size_t len, qstr filename) {
    memset(lex, 0, sizeof(*lex));
    lex->src = src;
    lex->src_end = src + len;
    lex->end = src + len;
    lex->pos = src;
    lex->line_start = src;
    lex->col_pos = src;
    lex->line = 1;
    lex->filename = filename;
    lex->root = lex;
    lex->at_bol = true;
    lex->indents_alloc = 8;
    lex->indents = fe_alloc(sizeof(uint16_t) * 2 * lex->indents_alloc);
    lex->n_indents = 1;
    // Skip a UTF-8 byte order mark.
    if (len >= 3 && (uint8_t)src[0] == 0xef && (uint8_t)src[1] == 0xbb && (uint8_t)src[2] == 0xbf) {
        lex->pos += 3;
        lex->line_start = lex->col_pos = lex->pos;
    }
    check_utf8(lex);
}

void fe_lex_init_sub(fe_lexer_t *lex, const fe_lexer_t *outer, const char *start,
    const char *end, uint32_t line, const char *line_start) {
    memset(lex, 0, sizeof(*lex));
    lex->src = outer->src;
    lex->src_end = outer->src_end;
    lex->end = end;
    lex->pos = start;
    lex->line_start = line_start;
    lex->col_pos = line_start;
    lex->line = line;
    lex->filename = outer->filename;
    lex->root = outer->root;
    lex->fstring_expr = true;
}

// ---- helpers --------------------------------------------------------------------------------

static bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_ident_char(int c) {
    return is_ident_start(c) || is_digit(c);
}

static int peek_at(const fe_lexer_t *lex, const char *p) {
    return p < lex->end ? (uint8_t)*p : -1;
}

// Column (in characters) of p, which is on the current line at or after col_pos.
static uint32_t column_of(fe_lexer_t *lex, const char *p) {
    if (lex->col_pos < lex->line_start || lex->col_pos > p) {
        lex->col_pos = lex->line_start;
        lex->col_chars = 0;
    }
    lex->col_chars += count_chars(lex->col_pos, p);
    lex->col_pos = p;
    return lex->col_chars;
}

// Consumes one line end (LF, CR LF or lone CR) at lex->pos.
static void consume_newline(fe_lexer_t *lex) {
    if (*lex->pos == '\r' && lex->pos + 1 < lex->end && lex->pos[1] == '\n') {
        lex->pos++;
    }
    lex->pos++;
    lex->line++;
    lex->line_start = lex->pos;
}

static void start_token(fe_lexer_t *lex, fe_token_kind_t kind, const char *start) {
    fe_token_t *t = &lex->tok;
    t->kind = kind;
    t->str_flags = 0;
    t->line = lex->line;
    t->col = column_of(lex, start);
    t->start = start;
    t->body = NULL;
    t->body_len = 0;
    t->value = FE_NULL;
}

// ---- indentation ------------------------------------------------------------------------------

// Measures the indentation at the start of a logical line and queues INDENT / DEDENT.
// Returns true if an INDENT or DEDENT token was produced.
static bool handle_indentation(fe_lexer_t *lex) {
    unsigned col = 0, alt = 0;
    const char *p = lex->pos;
    for (; p < lex->end; p++) {
        if (*p == ' ') {
            col++;
            alt++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    lex->pos = p;
    if (p >= lex->end || *p == '#' || is_newline_char(*p) || *p == '\\') {
        return false;  // blank or comment-only line: indentation does not count
    }
    at_here(lex, p);  // where any error below is
    uint16_t *top = &lex->indents[2 * (lex->n_indents - 1)];
    bool deeper = col > top[0];
    if (col > 0xffff || (deeper && alt > top[1] && lex->n_indents >= FE_LEX_MAX_INDENT)) {
        fe_raise_msg(&fe_type_IndentationError, "too many levels of indentation");
    }
    unsigned n = 0;
    if (!deeper) {
        while (lex->n_indents > 1 && col < top[0]) {
            lex->n_indents--;
            top -= 2;
            n++;
        }
        if (col != top[0]) {
            fe_raise_msg(&fe_type_IndentationError,
                "unindent does not match any outer indentation level");
        }
    }
    // deeper needs more tab-as-1 columns too; the same level needs the same ones
    if (deeper ? alt <= top[1] : alt != top[1]) {
        fe_raise_msg(&fe_type_TabError, "inconsistent use of tabs and spaces in indentation");
    }
    if (deeper) {
        if (lex->n_indents >= lex->indents_alloc) {
            lex->indents_alloc *= 2;
            lex->indents = fe_realloc(lex->indents, sizeof(uint16_t) * 2 * lex->indents_alloc);
        }
        lex->indents[2 * lex->n_indents] = (uint16_t)col;
        lex->indents[2 * lex->n_indents + 1] = (uint16_t)alt;
        lex->n_indents++;
        start_token(lex, FE_TOK_INDENT, p);
        return true;
    }
    if (n == 0) {
        return false;
    }
    lex->pending_dedents = (uint16_t)(n - 1);
    start_token(lex, FE_TOK_DEDENT, p);
    return true;
}

// ---- numbers --------------------------------------------------------------------------------

// After a number: letters may follow only when they begin one of these keywords
// (CPython accepts `1if x else 2` and `0or 1`).
static bool keyword_follows(const char *p, const char *end) {
    for (const char *k = "and\0else\0for\0if\0in\0is\0not\0or\0"; *k; k += strlen(k) + 1) {
        size_t n = strlen(k);
        if ((size_t)(end - p) >= n && memcmp(p, k, n) == 0) {
            return true;
        }
    }
    return false;
}

// "invalid decimal literal" (or hexadecimal, octal, binary) at p.
static FE_NORETURN void invalid_literal(fe_lexer_t *lex, const char *p, const char *what) {
    at_here(lex, p);
    fe_raise_fmt(&fe_type_SyntaxError, "invalid %s literal", what);
}


// Whether c is a digit in the given base (2, 8, 10 or 16).
static bool digit_in_base(int c, unsigned base) {
    return (unsigned)fe_digit_value(c) < base;
}

// Scans digits of the given kind with single underscores between them. Returns the end.
// Raises "invalid <what> literal" on a misplaced underscore. `base` says which digits count.
static const char *scan_digits(fe_lexer_t *lex, const char *p, unsigned base,
    const char *what) {
    while (p < lex->end) {
        if (digit_in_base((uint8_t)*p, base)) {
            p++;
        } else if (*p == '_') {
            if (p + 1 >= lex->end || !digit_in_base((uint8_t)p[1], base)) {
                invalid_literal(lex, p + 1, what);
            }
            p++;
        } else {
            break;
        }
    }
    return p;
}

// Copies number text without underscores into a vstr (literal syntax allows them between
// digits; the conversion functions get clean text).
static void strip_underscores(fe_vstr_t *v, const char *s, size_t len) {
    fe_vstr_init(v, len + 1);
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_') {
            fe_vstr_add_byte(v, (uint8_t)s[i]);
        }
    }
}

static void scan_number(fe_lexer_t *lex) {
    const char *start = lex->pos;
    const char *p = start;
    start_token(lex, FE_TOK_NUMBER, start);
    int c = peek_at(lex, p + 1) | 0x20;  // lower case
    const char *what = "decimal";
    bool is_float = false, is_imag = false;
    const char *int_end = start;  // the decimal integer part, checked for leading zeros
    bool prefixed = *p == '0' && (c == 'x' || c == 'o' || c == 'b');
    if (prefixed) {
        unsigned base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        what = c == 'x' ? "hexadecimal" : c == 'o' ? "octal" : "binary";
        p += 2;
        if (p < lex->end && *p == '_') {
            p++;
        }
        const char *digits = p;
        p = scan_digits(lex, p, base, what);
        c = peek_at(lex, p);
        if (c >= 0 && is_digit(c) && base != 16) {
            char digit[2] = {(char)c, 0};
            at_here(lex, p);
            fe_raise_fmt(&fe_type_SyntaxError, "invalid digit '%s' in %s literal", digit, what);
        }
        if (p == digits) {
            invalid_literal(lex, p, what);
        }
    } else {
        p = int_end = scan_digits(lex, p, 10, what);
        if (p < lex->end && *p == '.') {
            is_float = true;
            p++;
            if (p < lex->end && is_digit((uint8_t)*p)) {
                p = scan_digits(lex, p, 10, what);
            }
        }
        if (p < lex->end && (*p == 'e' || *p == 'E')) {
            const char *q = p + 1;
            if (q < lex->end && (*q == '+' || *q == '-')) {
                q++;
            }
            if (q < lex->end && is_digit((uint8_t)*q)) {
                is_float = true;
                p = scan_digits(lex, q, 10, what);
            } else if (!keyword_follows(p, lex->end)) {
                invalid_literal(lex, q, what);
            }
        }
    }
    const char *num_end = p;
    if (!prefixed && p < lex->end && (*p == 'j' || *p == 'J')) {
        is_imag = true;
        p++;
    }
    if (!is_float && !is_imag) {
        for (const char *q = start + 1; q < int_end; q++) {
            if (*q != '0' && *q != '_' && *start == '0') {
                at_here(lex, start);
                fe_raise_msg(&fe_type_SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; "
                    "use an 0o prefix for octal integers");
            }
        }
    }
    c = peek_at(lex, p);
    if (c >= 0 && is_ident_char(c) && !keyword_follows(p, lex->end)) {
        invalid_literal(lex, p, what);
    }
    fe_vstr_t v;
    strip_underscores(&v, start, (size_t)(num_end - start));
    if (!is_float && !is_imag) {
        lex->tok.value = fe_int_parse(v.buf, v.len, 0);
    } else {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        fe_obj_t f = fe_float_parse(v.buf, v.len, true);
        if (is_imag) {
#if FE_ENABLE_COMPLEX
            lex->tok.value = fe_complex_new(0, fe_float_value(f));
#else
            at_here(lex, start);
            fe_raise_msg(&fe_type_SyntaxError, "complex numbers are not supported");
#endif
        } else {
            lex->tok.value = f;
        }
#else
        at_here(lex, start);
        fe_raise_msg(&fe_type_SyntaxError, "floating point numbers are not supported");
#endif
    }
    lex->pos = p;
}

// ---- strings --------------------------------------------------------------------------------

// If p starts a string prefix directly followed by a quote, returns the prefix flags
// (and sets *quote to the quote position); else -1. A prefix is one or two different
// letters of r, b, f (either case), or u alone.
static int string_prefix(const fe_lexer_t *lex, const char *p, const char **quote) {
    static const char letters[] = "rbfu";  // FE_STR_RAW, FE_STR_BYTES, FE_STR_FSTRING, 8 for u
    unsigned flags = 0;
    for (int i = 0;; i++) {
        int c = peek_at(lex, p + i);
        if (c == '\'' || c == '"') {
            if (i == 0) {
                return -1;
            }
            *quote = p + i;
            return (int)(flags & 7);
        }
        const char *k = c > 0 ? strchr(letters, c | 0x20) : NULL;
        if (k == NULL || i == 2) {
            return -1;
        }
        unsigned bit = 1u << (k - letters);
        if ((flags & (bit | 8)) || (bit == 8 && i > 0)) {
            return -1;
        }
        flags |= bit;
    }
}

// The line CPython names in "unterminated ... (detected at line N)": the last line that
// has characters.
static unsigned detected_line(const fe_lexer_t *lex) {
    unsigned line = lex->line;
    if (lex->line_start == lex->end && line > 1) {
        line--;
    }
    return line;
}

static void scan_string(fe_lexer_t *lex, const char *start, const char *quote, unsigned flags) {
    start_token(lex, FE_TOK_STRING, start);
    uint32_t start_line = lex->line;
    uint32_t start_col = lex->tok.col;
    char q = *quote;
    bool triple = quote + 2 < lex->end && quote[1] == q && quote[2] == q;
    const char *body = quote + (triple ? 3 : 1);
    const char *s = body;
    const char *body_end;
    for (;;) {
        if (s >= lex->end) {
            fe_lex_at(lex, start_line, start_col);
            fe_raise_fmt(&fe_type_SyntaxError, "unterminated %sstring literal (detected at line %u)",
                triple ? "triple-quoted " : "", detected_line(lex));
        }
        char c = *s;
        if (c == '\\') {
            s++;
            if (s < lex->end && is_newline_char(*s)) {
                if (*s == '\r' && s + 1 < lex->end && s[1] == '\n') {
                    s++;
                }
                lex->line++;
                lex->line_start = s + 1;
            } else if (s < lex->end && (uint8_t)*s >= 0x80 && (flags & FE_STR_BYTES)) {
                continue;  // checked as a literal character below
            }
            if (s < lex->end) {
                s++;
            }
            continue;
        }
        if (c == q) {
            if (!triple) {
                body_end = s;
                s++;
                break;
            }
            if (s + 2 < lex->end && s[1] == q && s[2] == q) {
                body_end = s;
                s += 3;
                break;
            }
        } else if (is_newline_char(c)) {
            if (!triple) {
                fe_lex_at(lex, start_line, start_col);
                fe_raise_fmt(&fe_type_SyntaxError, "unterminated %sstring literal (detected at line %u)", "",
                    (unsigned)lex->line);
            }
            if (c == '\r' && s + 1 < lex->end && s[1] == '\n') {
                s++;
            }
            lex->line++;
            lex->line_start = s + 1;
        } else if ((uint8_t)c >= 0x80 && (flags & FE_STR_BYTES)) {
            fe_lex_at(lex, start_line, start_col);
            fe_raise_msg(&fe_type_SyntaxError, "bytes can only contain ASCII literal characters");
        }
        s++;
    }
    if (triple) {
        flags |= FE_STR_TRIPLE;
    }
    lex->tok.str_flags = (uint8_t)flags;
    lex->tok.body = body;
    lex->tok.body_len = (size_t)(body_end - body);
    lex->pos = s;
}

static FE_NORETURN void escape_error(fe_lexer_t *lex, bool bytes, const char *esc_start,
    const char *esc_end, const char *what) {
    size_t pos = (size_t)(esc_start - lex->tok.body);
    if (bytes) {
        fe_lex_at(lex, lex->tok.line, lex->tok.col);
        fe_raise_fmt(&fe_type_SyntaxError, "(value error) invalid \\x escape at position %u",
            (unsigned)pos);
    }
    fe_lex_at(lex, lex->tok.line, lex->tok.col);
    fe_raise_fmt(&fe_type_SyntaxError,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s",
        (unsigned)pos, (unsigned)(esc_end - lex->tok.body - 1), what);
}

const char *fe_lex_decode_segment(fe_lexer_t *lex, const char *p, const char *end,
    unsigned flags, bool stop_at_brace, fe_vstr_t *v) {
    bool raw = (flags & FE_STR_RAW) != 0;
    bool bytes = (flags & FE_STR_BYTES) != 0;
    while (p < end) {
        char c = *p;
        if (stop_at_brace && (c == '{' || c == '}')) {
            return p;
        }
        if (c == '\r') {
            fe_vstr_add_byte(v, '\n');
            p++;
            if (p < end && *p == '\n') {
                p++;
            }
            continue;
        }
        if (c != '\\' || raw) {
            fe_vstr_add_byte(v, (uint8_t)c);
            p++;
            if (c == '\\' && p < end && (*p == '\\' || *p == '\'' || *p == '"')) {
                // in a raw string a backslash still protects the next quote or backslash
                fe_vstr_add_byte(v, (uint8_t)*p++);
            }
            continue;
        }
        const char *esc = p;
        p++;
        if (p >= end) {
            fe_vstr_add_byte(v, '\\');
            break;
        }
        c = *p++;
        unsigned value;
        int n_hex = 0;
        // one-character escapes: pairs (escape letter, value); the source holds no NUL
        static const char simple_escapes[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
        const char *e = strchr(simple_escapes, c);
        if (e != NULL && (e - simple_escapes) % 2 == 0) {
            fe_vstr_add_byte(v, (uint8_t)e[1]);
            continue;
        }
        switch (c) {
            case '\n': continue;
            case '\r':
                if (p < end && *p == '\n') {
                    p++;
                }
                continue;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                value = (unsigned)(c - '0');
                for (int i = 0; i < 2 && p < end && digit_in_base((uint8_t)*p, 8); i++) {
                    value = value * 8 + (unsigned)(*p++ - '0');
                }
                if (bytes) {
                    fe_vstr_add_byte(v, (uint8_t)value);
                } else {
                    fe_vstr_add_char(v, value);
                }
                continue;
            case 'x': n_hex = 2; break;
            case 'u': n_hex = bytes ? 0 : 4; break;
            case 'U': n_hex = bytes ? 0 : 8; break;
            case 'N':
                if (!bytes && (p >= end || *p != '{')) {
                    escape_error(lex, false, esc, p, "malformed \\N character escape");
                }
                if (!bytes) {
                    const char *q = p;
                    while (q < end && *q != '}') {
                        q++;
                    }
                    escape_error(lex, false, esc, q < end ? q + 1 : end,
                        "unknown Unicode character name");
                }
                break;
            default: break;
        }
        if (n_hex == 0) {
            // not an escape: kept literally, backslash included
            fe_vstr_add_byte(v, '\\');
            p--;
            continue;
        }
        value = 0;
        for (int i = 0; i < n_hex; i++) {
            int h = p < end ? fe_hex_value((uint8_t)*p) : -1;
            if (h < 0) {
                escape_error(lex, bytes, esc, p,
                    c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            }
            value = value * 16 + (unsigned)h;
            p++;
        }
        if (bytes) {
            fe_vstr_add_byte(v, (uint8_t)value);
        } else {
            if (value > 0x10ffff) {
                escape_error(lex, false, esc, p, "illegal Unicode character");
            }
            fe_vstr_add_char(v, value);
        }
    }
    return p;
}

void fe_lex_decode_string(fe_lexer_t *lex, const fe_token_t *tok, fe_vstr_t *v) {
    fe_lex_decode_segment(lex, tok->body, tok->body + tok->body_len, tok->str_flags, false, v);
}

// ---- names ----------------------------------------------------------------------------------

// Length of the UTF-8 sequence whose lead byte (>= 0x80) is at p; the source was checked
// by check_utf8, so the sequence is complete and valid.
static size_t utf8_seq_len(const char *p) {
    uint8_t c = (uint8_t)*p;
    return c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
}

// Non-ASCII characters that cannot be part of a name: spaces, punctuation, symbols, emoji
// (a practical subset of what is outside Unicode's XID classes; letters of every script
// are accepted). Returns 0 if the code point may be in a name, 1 if it is a printable
// character that may not, 2 if it is non-printable.
static int bad_name_char(unsigned cp) {
    if (cp <= 0xa0 || cp == 0xad || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
        (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff || (cp >= 0xfff0 && cp <= 0xffff)) {
        return 2;
    }
    if (cp >= 0x1f000 && cp <= 0x1faff) {
        return 1;  // emoji and other pictographs
    }
    static const uint16_t ranges[][2] = {
        {0xa1, 0xa9}, {0xab, 0xb4}, {0xb6, 0xb9}, {0xbb, 0xbf}, {0xd7, 0xd7}, {0xf7, 0xf7},
        {0x2010, 0x2027}, {0x2030, 0x205e}, {0x20a0, 0x20cf}, {0x2190, 0x23ff}, {0x2460, 0x24ff},
        {0x2500, 0x27bf}, {0x2900, 0x2bff}, {0x3001, 0x3003}, {0x3008, 0x3011}, {0xff01, 0xff0f},
        {0xff1a, 0xff20}, {0xff3b, 0xff40}, {0xff5b, 0xff65},
    };
    for (size_t i = 0; i < FE_ARRAY_SIZE(ranges); i++) {
        if (cp >= ranges[i][0] && cp <= ranges[i][1]) {
            return 1;
        }
    }
    return 0;
}

// Raises the SyntaxError for code point cp at p that may not appear there: "invalid
// non-printable character U+XXXX" when n is 0, else "invalid character 'c' (U+XXXX)" with
// the n bytes at p as c.
FE_NORETURN static void bad_char(fe_lexer_t *lex, const char *p, unsigned cp, size_t n) {
    char code[6], ch[5];
    int len = cp > 0xffff ? 5 : 4;
    for (int i = 0; i < len; i++) {
        code[i] = "0123456789ABCDEF"[(cp >> (4 * (len - 1 - i))) & 15];
    }
    code[len] = 0;
    memcpy(ch, p, n);
    ch[n] = 0;
    at_here(lex, p);
    if (n == 0) {
        fe_raise_fmt(&fe_type_SyntaxError, "invalid non-printable character U+%s", code);
    }
    fe_raise_fmt(&fe_type_SyntaxError, "invalid character '%s' (U+%s)", ch, code);
}

static unsigned decode_utf8(const char *p, size_t n) {
    static const uint8_t lead_mask[] = {0, 0x7f, 0x1f, 0x0f, 0x07};
    unsigned cp = (uint8_t)p[0] & lead_mask[n];
    for (size_t i = 1; i < n; i++) {
        cp = (cp << 6) | ((uint8_t)p[i] & 0x3f);
    }
    return cp;
}

static void scan_name(fe_lexer_t *lex) {
    const char *start = lex->pos;
    const char *p = start;
    start_token(lex, FE_TOK_NAME, start);
    while (p < lex->end && is_ident_char((uint8_t)*p)) {
        if ((uint8_t)*p >= 0x80) {
            size_t n = utf8_seq_len(p);
            unsigned cp = decode_utf8(p, n);
            int bad = bad_name_char(cp);
            if (bad) {
                bad_char(lex, p, cp, bad == 2 ? 0 : n);
            }
            p += n;
        } else {
            p++;
        }
    }
    size_t len = (size_t)(p - start);
    lex->pos = p;
    if (len >= 2 && len <= 8 && (uint8_t)*start < 0x80) {
        unsigned i = 0;
        for (const char *k = keyword_names; *k; k += strlen(k) + 1, i++) {
            if (k[0] == start[0] && strlen(k) == len && memcmp(k, start, len) == 0) {
                lex->tok.kind = (uint8_t)(FE_TOK_KW_False + i);
                return;
            }
        }
    }
    lex->tok.value = FE_NEW_QSTR(qstr_from_strn(start, len));
}

// ---- operators and brackets -----------------------------------------------------------------

static void open_paren(fe_lexer_t *lex, const char *p) {
    if (lex->fstring_expr) {
        return;  // brackets inside f-string fields were matched when the field was found
    }
    if (lex->n_parens >= FE_LEX_MAX_PARENS) {
        at_here(lex, p);
        fe_raise_msg(&fe_type_SyntaxError, "too many nested parentheses");
    }
    if (lex->n_parens >= lex->parens_alloc) {
        lex->parens_alloc = lex->parens_alloc ? lex->parens_alloc * 2 : 8;
        lex->parens = fe_realloc(lex->parens, sizeof(fe_lex_paren_t) * lex->parens_alloc);
    }
    fe_lex_paren_t *e = &lex->parens[lex->n_parens++];
    e->pos = p;
    e->line = lex->line;
    e->kind = *p;
}

static void close_paren(fe_lexer_t *lex, const char *p) {
    if (lex->fstring_expr) {
        return;
    }
    char close[2] = {*p, 0};
    if (lex->n_parens == 0) {
        at_here(lex, p);
        fe_raise_fmt(&fe_type_SyntaxError, "unmatched '%s'", close);
    }
    fe_lex_paren_t *e = &lex->parens[lex->n_parens - 1];
    char open[2] = {e->kind, 0};
    if (*p != (e->kind == '(' ? ')' : e->kind + 2)) {  // '[' + 2 == ']', '{' + 2 == '}'
        at_here(lex, p);
        if (e->line != lex->line) {
            fe_raise_fmt(&fe_type_SyntaxError,
                "closing parenthesis '%s' does not match opening parenthesis '%s' on line %u",
                close, open, (unsigned)e->line);
        }
        fe_raise_fmt(&fe_type_SyntaxError,
            "closing parenthesis '%s' does not match opening parenthesis '%s'", close, open);
    }
    lex->n_parens--;
}

static void scan_operator(fe_lexer_t *lex) {
    const char *p = lex->pos;
    size_t avail = (size_t)(lex->end - p);
    const char *t = operator_text;
    for (unsigned kind = FE_TOK_ELLIPSIS; kind < FE_TOK_NUM_KINDS; kind++) {
        size_t len = kind < FE_TOK_EQEQUAL ? 3 : kind < FE_TOK_LPAR ? 2 : 1;
        const char *text = t;
        t += len;
        if (len <= avail && text[0] == *p && memcmp(text, p, len) == 0) {
            start_token(lex, (fe_token_kind_t)kind, p);
            if (len == 1) {
                if (*p == '(' || *p == '[' || *p == '{') {
                    open_paren(lex, p);
                } else if (*p == ')' || *p == ']' || *p == '}') {
                    close_paren(lex, p);
                }
            }
            lex->pos = p + len;
            return;
        }
    }
    uint8_t c = (uint8_t)*p;
    if (c < 0x20 || c == 0x7f) {
        bad_char(lex, p, c, 0);
    }
    start_token(lex, FE_TOK_ERROR, p);
    lex->pos = p + ((c & 0x80) ? utf8_seq_len(p) : 1);
}

// ---- the main loop --------------------------------------------------------------------------

static void lex_next(fe_lexer_t *lex);

void fe_lex_next(fe_lexer_t *lex) {
    lex->in_next = true;
    lex_next(lex);
    lex->in_next = false;
}

static void lex_next(fe_lexer_t *lex) {
    if (lex->pending_dedents > 0) {
        lex->pending_dedents--;
        start_token(lex, FE_TOK_DEDENT, lex->pos);
        return;
    }
    for (;;) {
        if (lex->at_bol && !lex->fstring_expr) {
            lex->at_bol = false;
            if (lex->n_parens == 0 && handle_indentation(lex)) {
                return;
            }
        }
        const char *p = lex->pos;
        while (p < lex->end && (*p == ' ' || *p == '\t' || *p == '\f')) {
            p++;
        }
        lex->pos = p;
        if (p >= lex->end) {
            if (lex->fstring_expr) {
                start_token(lex, FE_TOK_END, p);
                return;
            }
            if (lex->n_parens > 0 && !lex->scan_only) {
                fe_lex_unclosed(lex);
            }
            if (lex->any_token_on_line) {
                lex->any_token_on_line = false;
                start_token(lex, FE_TOK_NEWLINE, p);
                return;
            }
            if (lex->n_indents > 1) {
                lex->n_indents--;
                start_token(lex, FE_TOK_DEDENT, p);
            } else {
                start_token(lex, FE_TOK_END, p);
            }
            // errors at the end of input are reported on the last line that has text
            if (lex->line_start == p && lex->line > 1) {
                lex->tok.line = lex->line - 1;
                lex->tok.col = 0;
            }
            return;
        }
        uint8_t c = (uint8_t)*p;
        if (c == '#') {
            while (p < lex->end && !is_newline_char(*p)) {
                p++;
            }
            lex->pos = p;
            continue;
        }
        if (c == '\n' || c == '\r') {
            bool emit = lex->any_token_on_line && lex->n_parens == 0 && !lex->fstring_expr;
            if (emit) {
                start_token(lex, FE_TOK_NEWLINE, p);
            }
            consume_newline(lex);
            if (lex->n_parens == 0) {
                lex->at_bol = true;
            }
            if (emit) {
                lex->any_token_on_line = false;
                return;
            }
            continue;
        }
        if (c == '\\') {
            int n = peek_at(lex, p + 1);
            if (n == '\n' || n == '\r') {
                lex->pos = p + 1;
                consume_newline(lex);
                continue;
            }
            if (lex->scan_only) {
                start_token(lex, FE_TOK_END, p);  // CPython does not report this one late
                return;
            }
            if (n < 0 && lex->backslash_eof_is_eof) {
                at_here(lex, p + 1);
                fe_raise_msg(&fe_type_SyntaxError, "unexpected EOF while parsing");
            }
            at_here(lex, n < 0 ? p : p + 1);
            fe_raise_msg(&fe_type_SyntaxError, "unexpected character after line continuation character");
        }
        lex->any_token_on_line = true;
        if (is_ident_start(c)) {
            const char *quote;
            int flags = string_prefix(lex, p, &quote);
            if (flags >= 0) {
                scan_string(lex, p, quote, (unsigned)flags);
            } else {
                scan_name(lex);
            }
            return;
        }
        if (is_digit(c) || (c == '.' && is_digit(peek_at(lex, p + 1)))) {
            scan_number(lex);
            return;
        }
        if (c == '\'' || c == '"') {
            scan_string(lex, p, p, 0);
            return;
        }
        scan_operator(lex);
        return;
    }
}
