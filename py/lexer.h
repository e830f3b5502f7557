// py/lexer.h: the tokenizer, turning source text into Python tokens one at a time.
//
// The lexer reads straight from the caller's source buffer (never copies it) and keeps only
// the current token. It produces NEWLINE / INDENT / DEDENT the way CPython's tokenizer does:
// blank and comment-only lines produce nothing, newlines inside brackets are ignored, a
// backslash before a line end joins lines. String literals are only delimited here; their
// contents are decoded on demand by fe_lex_decode_string() (so adjacent literals can be
// concatenated into one buffer) and f-strings are taken apart by the parser.
// Errors are raised as SyntaxError / IndentationError / TabError with CPython's messages.
#ifndef FE_PY_LEXER_H
#define FE_PY_LEXER_H

#include "py/obj.h"

// Keywords are listed in the same order as fe_lex_keywords[] in py/lexer.c.
#define FE_LEX_KEYWORDS(X) \
    X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await) X(break) X(class) \
    X(continue) X(def) X(del) X(elif) X(else) X(except) X(finally) X(for) X(from) \
    X(global) X(if) X(import) X(in) X(is) X(lambda) X(nonlocal) X(not) X(or) X(pass) \
    X(raise) X(return) X(try) X(while) X(with) X(yield)

// Operators and delimiters: X(enum suffix, text). The 3-character ones come first, then
// those of 2 characters from EQEQUAL, then single characters from LPAR: the lexer takes the
// first match, so longer spellings win, and finds each spelling's length by its position.
#define FE_LEX_OPERATORS(X) \
    X(ELLIPSIS, "...") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASHEQUAL, "//=") \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(DOUBLESLASH, "//") \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") \
    X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") \
    X(ATEQUAL, "@=") X(RARROW, "->") X(COLONEQUAL, ":=") \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") \
    X(DOT, ".") X(PERCENT, "%") X(TILDE, "~") X(CIRCUMFLEX, "^") X(AT, "@")

typedef enum {
    FE_TOK_END,      // end of input (ENDMARKER)
    FE_TOK_NEWLINE,
    FE_TOK_INDENT,
    FE_TOK_DEDENT,
    FE_TOK_NAME,     // value: qstr object
    FE_TOK_NUMBER,   // value: int / float / complex object
    FE_TOK_STRING,   // str_flags, body/body_len: see below
    FE_TOK_ERROR,    // a character that cannot start a token ($ ? `): the parser rejects it
#define FE_TOK_KW_ENUM(name) FE_TOK_KW_##name,
    FE_LEX_KEYWORDS(FE_TOK_KW_ENUM)
#undef FE_TOK_KW_ENUM
#define FE_TOK_OP_ENUM(name, text) FE_TOK_##name,
    FE_LEX_OPERATORS(FE_TOK_OP_ENUM)
#undef FE_TOK_OP_ENUM
    FE_TOK_NUM_KINDS
} fe_token_kind_t;

// str_flags of a STRING token
#define FE_STR_RAW 1
#define FE_STR_BYTES 2
#define FE_STR_FSTRING 4
#define FE_STR_TRIPLE 8

typedef struct {
    uint8_t kind;       // fe_token_kind_t
    uint8_t str_flags;  // STRING only
    uint32_t line;      // 1-based line of the first character
    uint32_t col;       // 0-based column (in characters) of the first character
    const char *start;  // the token's first character in the source (a string's prefix)
    const char *body;   // STRING: the characters between the quotes
    size_t body_len;
    fe_obj_t value;     // NAME and NUMBER
} fe_token_t;

// One open bracket, remembered for "'(' was never closed" and mismatch messages.
typedef struct {
    const char *pos;
    uint32_t line;
    char kind;
} fe_lex_paren_t;

// Why these limits: CPython uses the same ones, and they bound the memory a hostile input
// can make the lexer use.
#define FE_LEX_MAX_PARENS 200   // "too many nested parentheses"
#define FE_LEX_MAX_INDENT 100   // "too many levels of indentation"

typedef struct fe_lexer {
    const char *src;        // start of the whole source buffer
    const char *src_end;    // its end (error messages read whole lines up to here)
    const char *end;        // end of the text this lexer scans (an f-string field ends early)
    const char *pos;        // next unread character
    const char *line_start; // first character of the current physical line
    uint32_t line;
    const char *col_pos;    // column cache: col_chars is the column of col_pos
    uint32_t col_chars;
    qstr filename;
    bool at_bol;            // at the beginning of a logical line: indentation to measure
    bool fstring_expr;      // scanning an f-string field: no NEWLINE/INDENT, END at the end
    bool any_token_on_line; // a token was produced since the last NEWLINE
    bool in_next;           // inside fe_lex_next: an error raised now is a tokenizer error
    bool scan_only;         // checking the rest after a parse error: unclosed brackets at
                            // the end give END instead of an error
    bool backslash_eof_is_eof; // a backslash ending the input reads "unexpected EOF" (file
                               // mode; CPython adds a newline there) rather than a bad character
    uint16_t pending_dedents;
    uint16_t n_parens;
    uint16_t parens_alloc;
    uint16_t n_indents;     // entries in indents[] (indents[0] == 0 always)
    uint16_t indents_alloc;
    uint8_t err_state;      // outermost lexer: 0 no error location recorded, 1 recorded,
                            // 2 recorded by an f-string field's lexer
    uint32_t err_line;      // outermost lexer: the recorded location (see fe_lex_at)
    uint32_t err_col;
    struct fe_lexer *root;  // the outermost lexer (itself, except for f-string fields)
    fe_lex_paren_t *parens;
    uint16_t *indents;      // pairs (column with tabs to 8, column with tabs as 1)
    fe_token_t tok;         // the current token
} fe_lexer_t;

// Prepares a lexer over src[0..len); does not read the first token (call fe_lex_next).
void fe_lex_init(fe_lexer_t *lex, const char *src, size_t len, qstr filename);
// Prepares a lexer over an f-string field: text [start, end) inside the buffer of `outer`,
// starting at the given line; behaves as if inside parentheses.
void fe_lex_init_sub(fe_lexer_t *lex, const fe_lexer_t *outer, const char *start,
    const char *end, uint32_t line, const char *line_start);
// Advances to the next token (in lex->tok).
void fe_lex_next(fe_lexer_t *lex);
// Appends the decoded contents of a non-f STRING token to v (escapes processed, line ends
// normalised). Raises SyntaxError for bad escapes.
void fe_lex_decode_string(fe_lexer_t *lex, const fe_token_t *tok, fe_vstr_t *v);
// Decodes string body text [p, end) into v, stopping at a '{' or '}' when stop_at_brace is
// set; returns where it stopped. flags as in str_flags. Used for f-string literal parts.
// Both decoders report bad escapes at lex->tok, which must be the string token concerned.
const char *fe_lex_decode_segment(fe_lexer_t *lex, const char *p, const char *end,
    unsigned flags, bool stop_at_brace, fe_vstr_t *v);
// Errors: the location is recorded with fe_lex_at / fe_lex_at_ptr, then SyntaxError (or
// IndentationError / TabError) is raised with a plain message by fe_raise_msg / fe_raise_fmt
// (so small ports can store the messages compressed), and fe_parse gives it CPython's args
// (msg, (filename, lineno, offset, text)) with fe_lex_located.
// Records (line, col) as the location, col 0-based in characters; errors recorded by an
// f-string field's lexer get "f-string: " before their message.
void fe_lex_at(fe_lexer_t *lex, uint32_t line, uint32_t col);
// Same for source position p, which is on the given line.
void fe_lex_at_ptr(fe_lexer_t *lex, uint32_t line, const char *p);
// The first character of the line of source position p.
const char *fe_lex_line_start(const fe_lexer_t *lex, const char *p);
// Raises "'(' was never closed" for the innermost open bracket (there is one).
FE_NORETURN void fe_lex_unclosed(fe_lexer_t *lex);
// exc with the recorded location added if it is a SyntaxError raised after fe_lex_at (then
// forgets the location); otherwise exc itself. lex is the outermost lexer.
fe_obj_t fe_lex_located(fe_lexer_t *lex, fe_obj_t exc);

#endif
