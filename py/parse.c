// py/parse.c: recursive-descent parser from tokens (py/lexer.c) to the tree in py/ast.h.
//
// The grammar is Python 3.11's (without `match`). Each parse_* function consumes one
// construct and returns its node. Lists of children are gathered on one shared, growable
// node stack (parser_t.stack): a function notes the stack height, pushes the children it
// parses and then turns everything above the mark into the kids of a new node. This keeps
// allocation to the final nodes plus one buffer. Only syntax-level errors are raised here;
// scope checks (return/yield outside a function, break outside a loop, nonlocal) belong to
// the compiler.
#include <string.h>
#include "py/ast.h"
#include "py/lexer.h"

fe_node_t *fe_node_new(fe_node_kind_t kind, size_t n_kids, uint32_t line) {
    fe_node_t *n = fe_alloc(sizeof(fe_node_t) + n_kids * sizeof(fe_node_t *));
    n->kind = (uint8_t)kind;
    n->n_kids = (uint16_t)n_kids;
    n->line = line;
    return n;
}

// Nesting of recursive constructs (expressions inside brackets, unary operator chains,
// blocks) allowed before RecursionError; the C-stack check applies as well. CPython
// accepts 199 nested brackets, which needs about 3 levels each here.
#define MAX_PARSE_DEPTH 1000
// Replacement fields nest this deep at most (f'{a:{b}}'), as in CPython 3.11.
#define MAX_FSTRING_NESTING 2

typedef struct {
    // &lex->tok, set with lex by set_lexer: first, so reading the current token kind is the
    // shortest load sequence (the token lies too deep in fe_lexer_t for a one-instruction
    // byte load on Cortex-M0)
    fe_token_t *tok;
    fe_lexer_t *lex;        // current lexer (an f-string field swaps in its own)
    fe_node_t **stack;      // node stack, see the top of the file
    size_t sp;
    size_t alloc;
    unsigned depth;
    // f-string fields: a cursor moving forward through the current string token, giving the
    // line and line start of each field's expression without rescanning from the token start
    const char *fs_pos;
    const char *fs_line_start;
    uint32_t fs_line;
    uint32_t fs_node_line;  // parts of a JoinedStr are placed at its first string token
    uint32_t fs_node_col;
} parser_t;

#define KIND (p->tok->kind)
#define TOK (*p->tok)

static fe_node_t *parse_test(parser_t *p);
static fe_node_t *parse_named(parser_t *p);
static fe_node_t *parse_named_checked(parser_t *p);
static fe_node_t *parse_or(parser_t *p);
static fe_node_t *parse_binary(parser_t *p, int min_prec);
static fe_node_t *parse_unary(parser_t *p);
static fe_node_t *parse_star_expressions(parser_t *p);
static fe_node_t *parse_yield(parser_t *p);
static void parse_statement(parser_t *p);
static bool starts_expr(fe_token_kind_t k);

// ---- basics -------------------------------------------------------------------------------

static void set_lexer(parser_t *p, fe_lexer_t *lex) {
    p->lex = lex;
    p->tok = &lex->tok;
}

static void next(parser_t *p) {
    fe_lex_next(p->lex);
}

static bool accept(parser_t *p, fe_token_kind_t kind) {
    if (KIND == kind) {
        next(p);
        return true;
    }
    return false;
}

// Errors: these record where the SyntaxError raised next (by fe_raise_msg / fe_raise_fmt) is
// located; fe_parse adds the location to it (see py/lexer.h).
static void at(parser_t *p, uint32_t line, uint32_t col) {
    fe_lex_at(p->lex, line, col);
}

static void at_node(parser_t *p, const fe_node_t *n) {
    at(p, n->line, n->col);
}

static void at_tok(parser_t *p) {
    at(p, TOK.line, TOK.col);
}

// SyntaxError(msg) at the current token, or at node n. (Named as raisers that
// tools/makemsgs.py knows, so the message literals at the calls are stored compressed.)
static FE_NORETURN void comp_error(parser_t *p, const char *msg) {
    at_tok(p);
    fe_raise_msg(&fe_type_SyntaxError, msg);
}

static const char *expr_name(const fe_node_t *n, char *buf);

// msg may contain %s (up to twice): what CPython calls expression n ("cannot assign to %s"),
// or the identifier of a Name or Arg node.
static FE_NORETURN void comp_error_at(parser_t *p, const char *msg, const fe_node_t *n) {
    char buf[24];
    at_node(p, n);
    const char *what = expr_name(n, buf);
    fe_raise_fmt(&fe_type_SyntaxError, msg, what, what);
}

// "invalid syntax" at the current token (IndentationError for a stray indent).
static FE_NORETURN void error_here(parser_t *p) {
    if (KIND == FE_TOK_INDENT) {
        at_tok(p);
        fe_raise_msg(&fe_type_IndentationError, "unexpected indent");
    }
    comp_error(p, "invalid syntax");
}

#if !FE_FRONTEND_ASYNC
// `async` statements and comprehensions are compiled out (FE_FRONTEND_ASYNC).
static FE_NORETURN void no_async(parser_t *p) {
    comp_error(p, "async is not supported");
}
#endif

static void expect(parser_t *p, fe_token_kind_t kind) {
    if (!accept(p, kind)) {
        if (kind == FE_TOK_COLON && KIND == FE_TOK_NEWLINE) {
            comp_error(p, "expected ':'");
        }
        if ((kind == FE_TOK_RPAR || kind == FE_TOK_RSQB || kind == FE_TOK_RBRACE) && starts_expr(KIND)) {
            // two expressions side by side inside brackets
            comp_error(p, "invalid syntax. Perhaps you forgot a comma?");
        }
        error_here(p);
    }
}

static qstr expect_name(parser_t *p) {
    if (KIND != FE_TOK_NAME) {
        error_here(p);
    }
    qstr q = FE_QSTR_VALUE(TOK.value);
    next(p);
    return q;
}

static void enter(parser_t *p) {
    if (++p->depth > MAX_PARSE_DEPTH) {
        fe_raise_msg(&fe_type_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    fe_stack_check();
}

static void leave(parser_t *p) {
    p->depth--;
}

static void push(parser_t *p, fe_node_t *n) {
    if (p->sp >= p->alloc) {
        p->alloc = p->alloc ? p->alloc * 2 : 32;
        p->stack = fe_realloc(p->stack, p->alloc * sizeof(fe_node_t *));
    }
    p->stack[p->sp++] = n;
}

// Out of line: called from many places.
static __attribute__((noinline)) fe_node_t *new_node(fe_node_kind_t kind, size_t n_kids, uint32_t line, uint32_t col) {
    fe_node_t *n = fe_node_new(kind, n_kids, line);
    n->col = col;
    return n;
}

// A node whose kids are everything pushed since `mark`.
static fe_node_t *make(parser_t *p, fe_node_kind_t kind, size_t mark, uint32_t line, uint32_t col) {
    size_t n = p->sp - mark;
    if (n > 0xffff) {
        at(p, line, col);
        fe_raise_msg(&fe_type_SyntaxError, "too many items in one construct");
    }
    fe_node_t *node = new_node(kind, n, line, col);
    if (n > 0) {
        memcpy(node->kids, p->stack + mark, n * sizeof(fe_node_t *));
    }
    p->sp = mark;
    return node;
}

static fe_node_t *node1(fe_node_kind_t kind, uint32_t line, uint32_t col, fe_node_t *a) {
    fe_node_t *n = new_node(kind, 1, line, col);
    n->kids[0] = a;
    return n;
}

static fe_node_t *node2(fe_node_kind_t kind, uint32_t line, uint32_t col, fe_node_t *a, fe_node_t *b) {
    fe_node_t *n = new_node(kind, 2, line, col);
    n->kids[0] = a;
    n->kids[1] = b;
    return n;
}

// node3 and node4 are kept out of line: inlined, each call site grows.
static __attribute__((noinline)) fe_node_t *node3(fe_node_kind_t kind, uint32_t line, uint32_t col,
    fe_node_t *a, fe_node_t *b, fe_node_t *c) {
    fe_node_t *n = new_node(kind, 3, line, col);
    n->kids[0] = a;
    n->kids[1] = b;
    n->kids[2] = c;
    return n;
}

static __attribute__((noinline)) fe_node_t *node4(fe_node_kind_t kind, uint32_t line, uint32_t col,
    fe_node_t *a, fe_node_t *b, fe_node_t *c, fe_node_t *d) {
    fe_node_t *n = new_node(kind, 4, line, col);
    n->kids[0] = a;
    n->kids[1] = b;
    n->kids[2] = c;
    n->kids[3] = d;
    return n;
}

// A node of the given kind for the NAME token here (consumed), with the name as its value.
static fe_node_t *name_node(parser_t *p, fe_node_kind_t kind, size_t n_kids) {
    fe_node_t *n = new_node(kind, n_kids, TOK.line, TOK.col);
    n->value = FE_NEW_QSTR(expect_name(p));
    return n;
}

static fe_node_t *empty_seq(parser_t *p) {
    return new_node(FE_N_Seq, 0, TOK.line, TOK.col);
}

static fe_node_t *constant(fe_obj_t value, uint32_t line, uint32_t col) {
    fe_node_t *n = new_node(FE_N_Constant, 0, line, col);
    n->value = value;
    return n;
}

// Can the token begin an expression (or a starred item)?
static bool starts_expr(fe_token_kind_t k) {
    switch (k) {
        case FE_TOK_NAME: case FE_TOK_NUMBER: case FE_TOK_STRING: case FE_TOK_LPAR:
        case FE_TOK_LSQB: case FE_TOK_LBRACE: case FE_TOK_MINUS: case FE_TOK_PLUS:
        case FE_TOK_TILDE: case FE_TOK_KW_not: case FE_TOK_KW_lambda: case FE_TOK_KW_await:
        case FE_TOK_KW_None: case FE_TOK_KW_True: case FE_TOK_KW_False: case FE_TOK_ELLIPSIS:
        case FE_TOK_STAR:
            return true;
        default:
            return false;
    }
}

// ---- targets --------------------------------------------------------------------------------

// String i of NUL-separated strings packed back to back.
static const char *nth_string(const char *s, size_t i) {
    while (i--) {
        s += strlen(s) + 1;
    }
    return s;
}

// What CPython calls an expression in "cannot assign to ..." messages (a Name or Arg: its
// identifier; no such message names those): a string constant or one built in buf (24 bytes).
static const char *expr_name(const fe_node_t *n, char *buf) {
    // NUL-separated, indexed below (no pointer table); a final \1 stands for " expression",
    // \2 for " comprehension"
    static const char names[] =
        "expression\0attribute\0subscript\0starred\0list\0tuple\0lambda\0"
        "function call\0generator\1\0yield\1\0await\1\0list\2\0set\2\0dict\2\0dict literal\0"
        "set display\0f-string\1\0comparison\0conditional\1\0named\1\0None\0True\0False\0"
        "ellipsis\0literal";
    // index into names[] per node kind (0: "expression")
    static const uint8_t index[FE_N_NUM_KINDS] = {
        [FE_N_Attribute] = 1, [FE_N_Subscript] = 2, [FE_N_Starred] = 3,
        [FE_N_List] = 4, [FE_N_Tuple] = 5, [FE_N_Lambda] = 6, [FE_N_Call] = 7,
        [FE_N_GeneratorExp] = 8, [FE_N_Yield] = 9, [FE_N_YieldFrom] = 9, [FE_N_Await] = 10,
        [FE_N_ListComp] = 11, [FE_N_SetComp] = 12, [FE_N_DictComp] = 13, [FE_N_Dict] = 14,
        [FE_N_Set] = 15, [FE_N_JoinedStr] = 16, [FE_N_FormattedValue] = 16, [FE_N_Compare] = 17,
        [FE_N_IfExp] = 18, [FE_N_NamedExpr] = 19,
    };
    if (n->kind == FE_N_Name || n->kind == FE_N_Arg) {
        return qstr_str(FE_QSTR_VALUE(n->value));
    }
    size_t i = index[n->kind];
    if (n->kind == FE_N_Constant) {
        fe_obj_t v = n->value;
        i = v == fe_none ? 20 : v == fe_true ? 21 : v == fe_false ? 22 : v == fe_ellipsis ? 23 : 24;
    }
    const char *s = nth_string(names, i);
    size_t len = strlen(s) - 1;
    if (s[len] > 2) {
        return s;
    }
    memcpy(buf, s, len);
    strcpy(buf + len, s[len] == 1 ? " expression" : " comprehension");
    return buf;
}

// Where a target appears: inside a tuple/list target, at the top of a target, or as the
// single target of `x = value` where CPython adds "here. Maybe you meant '==' ..." to errors.
enum { TARGET_NESTED, TARGET_TOP, TARGET_TOP_SUGGEST_EQ };

// Expressions after which CPython does not suggest '==' for a stray '=': comparisons,
// boolean operations, `not`, lambda, conditional and generator expressions, None/True/False.
static bool no_eq_hint(const fe_node_t *n) {
    switch (n->kind) {
        case FE_N_Compare: case FE_N_BoolOp: case FE_N_Lambda: case FE_N_IfExp: case FE_N_GeneratorExp:
            return true;
        case FE_N_UnaryOp:
            return n->op == FE_UNARY_NOT;
        case FE_N_Constant:
            return n->value == fe_none || n->value == fe_true || n->value == fe_false;
        default:
            return false;
    }
}

// Marks an expression as a Store or Del target, rejecting what cannot be one.
static void set_ctx(parser_t *p, fe_node_t *n, int ctx, int where) {
    switch (n->kind) {
        case FE_N_Name:
        case FE_N_Attribute:
        case FE_N_Subscript:
            n->op = (uint8_t)ctx;
            return;
        case FE_N_Starred:
            if (ctx == FE_CTX_DEL) {
                comp_error_at(p, "cannot delete %s", n);
            }
            if (where != TARGET_NESTED) {
                comp_error_at(p, "starred assignment target must be in a list or tuple", n);
            }
            n->op = (uint8_t)ctx;
            set_ctx(p, n->kids[0], ctx, TARGET_NESTED);
            return;
        case FE_N_Tuple:
        case FE_N_List: {
            n->op = (uint8_t)ctx;
            bool starred = false;
            for (size_t i = 0; i < n->n_kids; i++) {
                if (n->kids[i]->kind == FE_N_Starred && ctx == FE_CTX_STORE) {
                    if (starred) {
                        comp_error_at(p, "multiple starred expressions in assignment", n);
                    }
                    starred = true;
                }
                set_ctx(p, n->kids[i], ctx, TARGET_NESTED);
            }
            return;
        }
        default:
            break;
    }
    if (ctx == FE_CTX_DEL) {
        comp_error_at(p, "cannot delete %s", n);
    }
    if ((n->kind == FE_N_Yield || n->kind == FE_N_YieldFrom) && where != TARGET_NESTED) {
        comp_error_at(p, "assignment to yield expression not possible", n);
    }
    if (where == TARGET_TOP_SUGGEST_EQ && !no_eq_hint(n)) {
        comp_error_at(p, "cannot assign to %s here. Maybe you meant '==' instead of '='?", n);
    }
    comp_error_at(p, "cannot assign to %s", n);
}

// Does the expression begin with a plain operand (CPython's bitwise_or), as opposed to
// `not`, `lambda`, `*x` or `yield`? Decides the wording of some assignment errors.
static bool starts_with_operand(const fe_node_t *n) {
    for (;;) {
        switch (n->kind) {
            case FE_N_Tuple: case FE_N_BoolOp: case FE_N_Compare:
                if (n->n_kids == 0) {
                    return true;
                }
                n = n->kids[0];
                break;
            case FE_N_IfExp:
                n = n->kids[1];
                break;
            case FE_N_Starred: case FE_N_Lambda: case FE_N_Yield: case FE_N_YieldFrom:
                return false;
            case FE_N_UnaryOp:
                return n->op != FE_UNARY_NOT;
            default:
                return true;
        }
    }
}

// ---- strings and f-strings ------------------------------------------------------------------

// A str constant: short identifier-like text is interned (cheap to compare, often an
// attribute or dict key), the rest becomes a str object.
static fe_obj_t make_str(fe_vstr_t *v) {
    bool ident = v->len <= 32;
    for (size_t i = 0; ident && i < v->len; i++) {
        char c = v->buf[i];
        ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
    }
    if (ident) {
        return fe_str_intern(v->buf, v->len);
    }
    return fe_str_from_vstr(v);
}

// Pushes the literal text gathered so far (if any) as a Constant and empties v.
static void flush_literal(parser_t *p, fe_vstr_t *v, uint32_t line, uint32_t col) {
    if (v->len > 0) {
        push(p, constant(make_str(v), line, col));
        fe_vstr_init(v, 16);
    }
}

static const char *parse_fstring_text(parser_t *p, fe_vstr_t *v, const char *s, const char *end,
    unsigned flags, int nesting, bool in_spec);

// f-string errors are located at the string token (the current token: while an f-string is
// taken apart, p->lex is the lexer that read it) or at the string's first token.
static FE_NORETURN void fstring_expecting_brace(parser_t *p, uint32_t line, uint32_t col) {
    at(p, line, col);
    fe_raise_msg(&fe_type_SyntaxError, "f-string: expecting '}'");
}

// Finds the end of the expression of a replacement field starting at s.
static const char *fstring_expr_end(parser_t *p, const char *s, const char *end) {
    int depth = 0;
    const char *q = s;
    while (q < end) {
        char c = *q;
        if (c == '\\') {
            comp_error(p, "f-string expression part cannot include a backslash");
        }
        if (c == '#') {
            comp_error(p, "f-string expression part cannot include '#'");
        }
        if (c == '\'' || c == '"') {
            bool triple = q + 2 < end && q[1] == c && q[2] == c;
            q += triple ? 3 : 1;
            while (q < end && !(*q == c && (!triple || (q + 2 < end && q[1] == c && q[2] == c)))) {
                q++;
            }
            if (q >= end) {
                comp_error(p, "f-string: unterminated string");
            }
            q += triple ? 3 : 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (++depth > FE_LEX_MAX_PARENS) {
                comp_error(p, "f-string: too many nested parenthesis");
            }
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') {
                    return q;
                }
                char close[2] = {c, 0};
                at_tok(p);
                fe_raise_fmt(&fe_type_SyntaxError, "f-string: unmatched '%s'", close);
            }
            depth--;
        } else if (depth == 0) {
            if (c == '!' && !(q + 1 < end && q[1] == '=')) {
                return q;
            }
            if (c == ':') {
                return q;
            }
            if (c == '=') {
                if (q + 1 < end && q[1] == '=') {
                    q += 2;
                    continue;
                }
                if (q == s || strchr("=!<>", q[-1]) == NULL) {
                    return q;
                }
            }
        }
        q++;
    }
    comp_error(p, "f-string: expecting '}'");
}

// Parses a replacement field; s is just after its '{'. Pushes the literal text before it
// and a FormattedValue. Returns the position after the closing '}'.
static const char *parse_fstring_field(parser_t *p, fe_vstr_t *v, const char *s, const char *end,
    unsigned flags, int nesting) {
    fe_lexer_t *outer = p->lex;
    uint32_t line = p->fs_node_line, col = p->fs_node_col;
    if (nesting >= MAX_FSTRING_NESTING) {
        at(p, line, col);
        fe_raise_msg(&fe_type_SyntaxError, "f-string: expressions nested too deeply");
    }
    const char *expr_start = s;
    const char *expr_end = fstring_expr_end(p, s, end);
    // Where the expression starts: its line and that line's first character.
    for (; p->fs_pos < expr_start; p->fs_pos++) {
        char c = *p->fs_pos;
        if (c == '\n' || (c == '\r' && p->fs_pos[1] != '\n')) {
            p->fs_line++;
            p->fs_line_start = p->fs_pos + 1;
        }
    }
    fe_lexer_t sub;
    fe_lex_init_sub(&sub, outer, expr_start, expr_end, p->fs_line, p->fs_line_start);
    set_lexer(p, &sub);
    next(p);
    if (KIND == FE_TOK_END) {  // only white space (backslashes and '#' were refused above)
        fe_lex_at(outer, line, col);
        if (*expr_end == '!') {
            fe_raise_msg(&fe_type_SyntaxError, "f-string: expression required before '!'");
        }
        fe_raise_msg(&fe_type_SyntaxError, "f-string: empty expression not allowed");
    }
    fe_node_t *value = KIND == FE_TOK_KW_yield ? parse_yield(p) : parse_star_expressions(p);
    if (KIND != FE_TOK_END) {  // located by the field's lexer: "f-string: " is added
        comp_error(p, starts_expr(KIND) ? "invalid syntax. Perhaps you forgot a comma?" : "invalid syntax");
    }
    set_lexer(p, outer);
    if (value->kind == FE_N_Starred) {
        comp_error_at(p, "f-string: cannot use starred expression here", value);
    }

    s = expr_end;
    bool debug = false;
    if (*s == '=') {
        // f'{x=}': the expression text (with its spacing) and '=' become literal text
        debug = true;
        s++;
        while (s < end && (*s == ' ' || *s == '\t')) {
            s++;
        }
        fe_vstr_add_strn(v, expr_start, (size_t)(s - expr_start));
    }
    int conversion = 0;
    if (s < end && *s == '!') {
        s++;
        if (s >= end || (*s != 's' && *s != 'r' && *s != 'a')) {
            at(p, line, col);
            fe_raise_msg(&fe_type_SyntaxError,
                "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = *s++;
        if (s < end && *s != ':' && *s != '}') {
            fstring_expecting_brace(p, line, col);
        }
    }
    flush_literal(p, v, line, col);
    fe_node_t *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        size_t mark = p->sp;
        fe_vstr_t spec_text;
        fe_vstr_init(&spec_text, 16);
        s = parse_fstring_text(p, &spec_text, s, end, flags, nesting + 1, true);
        flush_literal(p, &spec_text, line, col);
        spec = make(p, FE_N_JoinedStr, mark, line, col);
    }
    if (s >= end || *s != '}') {
        fstring_expecting_brace(p, line, col);
    }
    s++;
    if (debug && conversion == 0 && spec == NULL) {
        conversion = 'r';
    }
    fe_node_t *fv = node2(FE_N_FormattedValue, line, col, value, spec);
    fv->op = (uint8_t)conversion;
    push(p, fv);
    return s;
}

// Parses f-string text from s to end (or, in a format spec, to the '}' closing the field,
// which is returned). Literal text accumulates in v; fields are pushed.
static const char *parse_fstring_text(parser_t *p, fe_vstr_t *v, const char *s, const char *end,
    unsigned flags, int nesting, bool in_spec) {
    while (s < end) {
        s = fe_lex_decode_segment(p->lex, s, end, flags, true, v);
        if (s >= end) {
            break;
        }
        if (*s == '{') {
            if (!in_spec && s + 1 < end && s[1] == '{') {
                fe_vstr_add_byte(v, '{');
                s += 2;
                continue;
            }
            s = parse_fstring_field(p, v, s + 1, end, flags, nesting);
        } else {
            if (in_spec) {
                return s;
            }
            if (s + 1 < end && s[1] == '}') {
                fe_vstr_add_byte(v, '}');
                s += 2;
                continue;
            }
            comp_error(p, "f-string: single '}' is not allowed");
        }
    }
    if (in_spec) {
        comp_error(p, "f-string: expecting '}'");
    }
    return s;
}

// One or more adjacent string literals: a Constant (str or bytes) or, if any is an
// f-string, a JoinedStr.
static fe_node_t *parse_strings(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    uint32_t outer_node_line = p->fs_node_line, outer_node_col = p->fs_node_col;  // nesting
    p->fs_node_line = line;
    p->fs_node_col = col;
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    bool seen_bytes = false, seen_str = false, fstring = false;
    size_t mark = p->sp;
    while (KIND == FE_TOK_STRING) {
        unsigned flags = TOK.str_flags;
        if (flags & FE_STR_BYTES) {
            seen_bytes = true;
        } else {
            seen_str = true;
        }
        if (seen_bytes && seen_str) {
            comp_error(p, "cannot mix bytes and nonbytes literals");
        }
        if (flags & FE_STR_FSTRING) {
            fstring = true;
            p->fs_pos = TOK.start;
            p->fs_line = TOK.line;
            p->fs_line_start = fe_lex_line_start(p->lex, TOK.start);
            parse_fstring_text(p, &v, TOK.body, TOK.body + TOK.body_len, flags, 0, false);
        } else {
            fe_lex_decode_string(p->lex, &TOK, &v);
        }
        next(p);
    }
    p->fs_node_line = outer_node_line;
    p->fs_node_col = outer_node_col;
    if (!fstring) {
        return constant(seen_bytes ? fe_bytes_from_vstr(&v) : make_str(&v), line, col);
    }
    flush_literal(p, &v, line, col);
    return make(p, FE_N_JoinedStr, mark, line, col);
}

// ---- expressions ----------------------------------------------------------------------------

enum { ITEM_TEST, ITEM_NAMED, ITEM_BITOR };

// One element of a display or expression list: `*x` or an expression of the given kind.
static fe_node_t *parse_item(parser_t *p, int item) {
    if (KIND == FE_TOK_STAR) {
        uint32_t line = TOK.line, col = TOK.col;
        next(p);
        return node1(FE_N_Starred, line, col, parse_binary(p, 0));
    }
    if (item == ITEM_BITOR) {
        return parse_binary(p, 0);
    }
    return item == ITEM_NAMED ? parse_named_checked(p) : parse_test(p);
}

// item (',' item)* [','] -> the item alone, or a Tuple if there is a comma.
static fe_node_t *parse_expr_list(parser_t *p, int item) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *first = parse_item(p, item);
    if (KIND != FE_TOK_COMMA) {
        return first;
    }
    size_t mark = p->sp;
    push(p, first);
    while (accept(p, FE_TOK_COMMA)) {
        if (!starts_expr(KIND)) {
            break;
        }
        push(p, parse_item(p, item));
    }
    return make(p, FE_N_Tuple, mark, line, col);
}

static fe_node_t *parse_star_expressions(parser_t *p) {
    return parse_expr_list(p, ITEM_TEST);
}

// Does a comprehension clause start here?
static bool at_comp_for(parser_t *p) {
    return KIND == FE_TOK_KW_for || KIND == FE_TOK_KW_async;
}

// Comprehension clauses (`for ... in ... if ...`), each pushed as a Comprehension node.
static void parse_comp_clauses(parser_t *p) {
    while (at_comp_for(p)) {
        uint32_t line = TOK.line, col = TOK.col;
#if FE_FRONTEND_ASYNC
        bool is_async = accept(p, FE_TOK_KW_async);
#else
        const bool is_async = false;
        if (KIND == FE_TOK_KW_async) {
            no_async(p);
        }
#endif
        expect(p, FE_TOK_KW_for);
        size_t mark = p->sp;
        fe_node_t *target = parse_expr_list(p, ITEM_BITOR);
        set_ctx(p, target, FE_CTX_STORE, TARGET_TOP);
        push(p, target);
        expect(p, FE_TOK_KW_in);
        push(p, parse_or(p));
        while (accept(p, FE_TOK_KW_if)) {
            push(p, parse_or(p));
        }
        fe_node_t *comp = make(p, FE_N_Comprehension, mark, line, col);
        comp->op = is_async;
        push(p, comp);
    }
}

// elt followed by comprehension clauses -> ListComp / SetComp / GeneratorExp; then the
// closing bracket `close`, unless it is FE_TOK_END (call arguments check that themselves).
static fe_node_t *parse_comprehension(parser_t *p, fe_node_kind_t kind, fe_node_t *elt,
    uint32_t line, uint32_t col, fe_token_kind_t close) {
    if (elt->kind == FE_N_Starred) {
        comp_error_at(p, "iterable unpacking cannot be used in comprehension", elt);
    }
    size_t mark = p->sp;
    push(p, elt);
    parse_comp_clauses(p);
    fe_node_t *c = make(p, kind, mark, line, col);
    if (close != FE_TOK_END) {
        expect(p, close);
    }
    return c;
}

// The items of a display after its first one (already pushed), up to and including `close`.
static void parse_display_rest(parser_t *p, fe_token_kind_t close) {
    while (accept(p, FE_TOK_COMMA)) {
        if (KIND == close) {
            break;
        }
        push(p, parse_item(p, ITEM_NAMED));
    }
    expect(p, close);
}

// After '(' or '[': (), (x), (x,), (x, y), (yield ...), (x for ...), [], [x, y], [x for ...]
static fe_node_t *parse_paren_or_list(parser_t *p) {
    bool paren = KIND == FE_TOK_LPAR;
    fe_token_kind_t close = paren ? FE_TOK_RPAR : FE_TOK_RSQB;
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    size_t mark = p->sp;
    if (paren && KIND == FE_TOK_KW_yield) {
        fe_node_t *y = parse_yield(p);
        expect(p, FE_TOK_RPAR);
        return y;
    }
    if (!accept(p, close)) {
        fe_node_t *first = parse_item(p, ITEM_NAMED);
        if (at_comp_for(p)) {
            return parse_comprehension(p, paren ? FE_N_GeneratorExp : FE_N_ListComp, first, line, col, close);
        }
        if (paren && accept(p, FE_TOK_RPAR)) {
            if (first->kind == FE_N_Starred) {
                comp_error_at(p, "cannot use starred expression here", first);
            }
            return first;
        }
        push(p, first);
        parse_display_rest(p, close);
    }
    return make(p, paren ? FE_N_Tuple : FE_N_List, mark, line, col);
}

// After '{': a dict or set display or comprehension. The first item decides which.
static fe_node_t *parse_brace_display(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    size_t mark = p->sp;
    fe_node_kind_t kind = FE_N_Dict;
    bool first = true;
    do {
        if (KIND == FE_TOK_RBRACE) {
            break;  // {} or a trailing comma
        }
        if (kind == FE_N_Dict && accept(p, FE_TOK_DOUBLESTAR)) {
            push(p, NULL);
            push(p, parse_binary(p, 0));
        } else {
            fe_node_t *key = kind == FE_N_Dict && !first ? parse_test(p) : parse_item(p, ITEM_NAMED);
            if (first && KIND != FE_TOK_COLON) {
                kind = FE_N_Set;
                if (at_comp_for(p)) {
                    return parse_comprehension(p, FE_N_SetComp, key, line, col, FE_TOK_RBRACE);
                }
            }
            push(p, key);
            if (kind == FE_N_Dict) {
                if (!accept(p, FE_TOK_COLON)) {
                    comp_error(p, "':' expected after dictionary key");
                }
                if (key->kind == FE_N_Starred) {
                    comp_error_at(p, "cannot use a starred expression in a dictionary value", key);
                }
                if (!starts_expr(KIND) || KIND == FE_TOK_STAR) {
                    comp_error(p, "expression expected after dictionary key and ':'");
                }
                push(p, parse_test(p));
                if (first && at_comp_for(p)) {
                    parse_comp_clauses(p);
                    expect(p, FE_TOK_RBRACE);
                    return make(p, FE_N_DictComp, mark, line, col);
                }
            }
        }
        first = false;
    } while (accept(p, FE_TOK_COMMA));
    expect(p, FE_TOK_RBRACE);
    return make(p, kind, mark, line, col);
}

static fe_node_t *parse_atom(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *n;
    switch (KIND) {
        case FE_TOK_NAME:
            return name_node(p, FE_N_Name, 0);
        case FE_TOK_STRING:
            return parse_strings(p);
        case FE_TOK_NUMBER: case FE_TOK_KW_None: case FE_TOK_KW_True: case FE_TOK_KW_False:
        case FE_TOK_ELLIPSIS: {
            fe_obj_t v = KIND == FE_TOK_NUMBER ? TOK.value : KIND == FE_TOK_KW_None ? fe_none
                : KIND == FE_TOK_KW_True ? fe_true : KIND == FE_TOK_KW_False ? fe_false : fe_ellipsis;
            next(p);
            return constant(v, line, col);
        }
        case FE_TOK_LPAR:
        case FE_TOK_LSQB:
        case FE_TOK_LBRACE:
            enter(p);
            n = KIND == FE_TOK_LBRACE ? parse_brace_display(p) : parse_paren_or_list(p);
            leave(p);
            return n;
        default:
            error_here(p);
    }
}

// Call arguments after '(' up to and including ')'. Pushes positional arguments (Starred
// for *x) and Keyword nodes (value FE_NULL for **x) in source order.
// paren_line/col: the '(' (a lone generator expression argument starts there); class
// definitions do not allow one.
static void parse_call_args(parser_t *p, uint32_t paren_line, uint32_t paren_col, bool allow_genexp) {
    size_t mark = p->sp;
    bool seen_kw = false, seen_dstar = false;
    while (KIND != FE_TOK_RPAR) {
        uint32_t line = TOK.line, col = TOK.col;
        if (accept(p, FE_TOK_STAR)) {
            if (seen_dstar) {
                at(p, line, col);
                fe_raise_msg(&fe_type_SyntaxError,
                    "iterable argument unpacking follows keyword argument unpacking");
            }
            push(p, node1(FE_N_Starred, line, col, parse_test(p)));
        } else if (accept(p, FE_TOK_DOUBLESTAR)) {
            push(p, node1(FE_N_Keyword, line, col, parse_test(p)));
            seen_dstar = true;
        } else {
            fe_node_t *e = parse_named(p);
            if (KIND == FE_TOK_EQUAL) {
                if (e->kind != FE_N_Name) {
                    comp_error_at(p, "expression cannot contain assignment, perhaps you meant \"==\"?", e);
                }
                next(p);
                for (size_t i = mark; i < p->sp; i++) {
                    fe_node_t *k = p->stack[i];
                    if (k->kind == FE_N_Keyword && k->value == e->value) {
                        comp_error_at(p, "keyword argument repeated: %s", e);
                    }
                }
                fe_node_t *kw = node1(FE_N_Keyword, line, col, parse_test(p));
                kw->value = e->value;
                push(p, kw);
                seen_kw = true;
            } else {
                if (at_comp_for(p)) {
                    bool alone = p->sp == mark;
                    e = parse_comprehension(p, FE_N_GeneratorExp, e, paren_line, paren_col, FE_TOK_END);
                    if (!allow_genexp) {
                        comp_error_at(p, "invalid syntax", e);
                    }
                    if (!alone || KIND != FE_TOK_RPAR) {
                        comp_error_at(p, "Generator expression must be parenthesized", e);
                    }
                }
                if (seen_dstar) {
                    comp_error_at(p, "positional argument follows keyword argument unpacking", e);
                }
                if (seen_kw) {
                    comp_error_at(p, "positional argument follows keyword argument", e);
                }
                push(p, e);
            }
        }
        if (!accept(p, FE_TOK_COMMA)) {
            break;
        }
    }
    expect(p, FE_TOK_RPAR);
}

// Splits what parse_call_args pushed into an args Seq and a keywords Seq.
static void split_call_args(parser_t *p, size_t mark, fe_node_t **args, fe_node_t **kws,
    uint32_t line, uint32_t col) {
    size_t n_kw = 0, n = p->sp - mark;
    for (size_t i = mark; i < p->sp; i++) {
        n_kw += p->stack[i]->kind == FE_N_Keyword;
    }
    fe_node_t *a = new_node(FE_N_Seq, n - n_kw, line, col);
    fe_node_t *k = new_node(FE_N_Seq, n_kw, line, col);
    size_t ia = 0, ik = 0;
    for (size_t i = mark; i < p->sp; i++) {
        fe_node_t *e = p->stack[i];
        if (e->kind == FE_N_Keyword) {
            k->kids[ik++] = e;
        } else {
            a->kids[ia++] = e;
        }
    }
    p->sp = mark;
    *args = a;
    *kws = k;
}

// One subscript element: a slice `a:b:c` or an expression.
static fe_node_t *parse_slice_item(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *lower = NULL;
    if (KIND != FE_TOK_COLON) {
        lower = parse_item(p, ITEM_NAMED);
        if (KIND != FE_TOK_COLON) {
            return lower;
        }
    }
    next(p);  // ':'
    fe_node_t *upper = NULL, *step = NULL;
    if (KIND != FE_TOK_COLON && KIND != FE_TOK_COMMA && KIND != FE_TOK_RSQB) {
        upper = parse_test(p);
    }
    if (accept(p, FE_TOK_COLON)) {
        if (KIND != FE_TOK_COMMA && KIND != FE_TOK_RSQB) {
            step = parse_test(p);
        }
    }
    return node3(FE_N_Slice, line, col, lower, upper, step);
}

static fe_node_t *parse_subscript(parser_t *p, fe_node_t *value, uint32_t vline, uint32_t vcol) {
    next(p);  // '['
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *first = parse_slice_item(p);
    fe_node_t *index = first;
    if (KIND == FE_TOK_COMMA || first->kind == FE_N_Starred) {  // a[*b] indexes with a tuple
        size_t mark = p->sp;
        push(p, first);
        while (accept(p, FE_TOK_COMMA)) {
            if (KIND == FE_TOK_RSQB) {
                break;
            }
            push(p, parse_slice_item(p));
        }
        index = make(p, FE_N_Tuple, mark, line, col);
    }
    expect(p, FE_TOK_RSQB);
    return node2(FE_N_Subscript, vline, vcol, value, index);
}

// atom followed by trailers: .name, (args), [index]
static fe_node_t *parse_primary(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *e = parse_atom(p);
    for (;;) {
        if (KIND == FE_TOK_DOT) {
            next(p);
            fe_node_t *a = node1(FE_N_Attribute, line, col, e);
            a->value = FE_NEW_QSTR(expect_name(p));
            e = a;
        } else if (KIND == FE_TOK_LPAR) {
            enter(p);
            uint32_t pline = TOK.line, pcol = TOK.col;
            next(p);
            size_t mark = p->sp;
            parse_call_args(p, pline, pcol, true);
            fe_node_t *args, *kws;
            split_call_args(p, mark, &args, &kws, line, col);
            e = node3(FE_N_Call, line, col, e, args, kws);
            leave(p);
        } else if (KIND == FE_TOK_LSQB) {
            enter(p);
            e = parse_subscript(p, e, line, col);
            leave(p);
        } else {
            return e;
        }
    }
}

// await? primary ('**' unary)?
static fe_node_t *parse_power(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *e;
    if (accept(p, FE_TOK_KW_await)) {
        e = node1(FE_N_Await, line, col, parse_primary(p));
    } else {
        e = parse_primary(p);
    }
    if (accept(p, FE_TOK_DOUBLESTAR)) {
        enter(p);
        fe_node_t *b = node2(FE_N_BinOp, line, col, e, parse_unary(p));
        leave(p);
        b->op = FE_BINARY_POWER;
        e = b;
    }
    return e;
}

static fe_node_t *parse_unary(parser_t *p) {
    int op;
    switch (KIND) {
        case FE_TOK_MINUS: op = FE_UNARY_NEGATIVE; break;
        case FE_TOK_PLUS: op = FE_UNARY_POSITIVE; break;
        case FE_TOK_TILDE: op = FE_UNARY_INVERT; break;
        default: return parse_power(p);
    }
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    enter(p);
    fe_node_t *n = node1(FE_N_UnaryOp, line, col, parse_unary(p));
    leave(p);
    n->op = (uint8_t)op;
    return n;
}

// The arithmetic operators and augmented assignments by token, from FE_TOK_DOUBLESTAREQUAL
// on: (operator - FE_BINARY_OR + 1) | (precedence + 1) << 4, where an augmented assignment
// has precedence bits 0 and a token that is neither has 0.
#define OP_BASE FE_TOK_DOUBLESTAREQUAL
#define BIN(tok, op, prec) [FE_TOK_##tok - OP_BASE] = (FE_BINARY_##op - FE_BINARY_OR + 1) | ((prec) + 1) << 4
#define AUG(tok, op) [FE_TOK_##tok - OP_BASE] = FE_BINARY_##op - FE_BINARY_OR + 1
static const uint8_t op_table[FE_TOK_NUM_KINDS - OP_BASE] = {
    BIN(VBAR, OR, 0), BIN(CIRCUMFLEX, XOR, 1), BIN(AMPER, AND, 2), BIN(LEFTSHIFT, LSHIFT, 3),
    BIN(RIGHTSHIFT, RSHIFT, 3), BIN(PLUS, ADD, 4), BIN(MINUS, SUBTRACT, 4), BIN(STAR, MULTIPLY, 5),
    BIN(SLASH, TRUE_DIVIDE, 5), BIN(DOUBLESLASH, FLOOR_DIVIDE, 5), BIN(PERCENT, MODULO, 5),
    BIN(AT, MAT_MULTIPLY, 5),
    AUG(PLUSEQUAL, ADD), AUG(MINEQUAL, SUBTRACT), AUG(STAREQUAL, MULTIPLY), AUG(ATEQUAL, MAT_MULTIPLY),
    AUG(SLASHEQUAL, TRUE_DIVIDE), AUG(DOUBLESLASHEQUAL, FLOOR_DIVIDE), AUG(PERCENTEQUAL, MODULO),
    AUG(AMPEREQUAL, AND), AUG(VBAREQUAL, OR), AUG(CIRCUMFLEXEQUAL, XOR), AUG(LEFTSHIFTEQUAL, LSHIFT),
    AUG(RIGHTSHIFTEQUAL, RSHIFT), AUG(DOUBLESTAREQUAL, POWER),
};
_Static_assert(FE_BINARY_POWER - FE_BINARY_OR + 1 < 16, "operators must fit in 4 bits");

static unsigned op_info(fe_token_kind_t k) {
    return k >= OP_BASE ? op_table[k - OP_BASE] : 0;
}

// Binary operator precedence (higher binds tighter); -1 if the token is not one.
static int binary_prec(fe_token_kind_t k, int *op) {
    unsigned info = op_info(k);
    *op = FE_BINARY_OR + (int)(info & 15) - 1;
    return (int)(info >> 4) - 1;
}

// Binary operators by precedence climbing: all are left-associative.
static fe_node_t *parse_binary(parser_t *p, int min_prec) {
    uint32_t line = TOK.line, col = TOK.col;  // composite nodes start at their first token
    fe_node_t *left = parse_unary(p);
    for (;;) {
        int op;
        int prec = binary_prec(KIND, &op);
        if (prec < 0 || prec < min_prec) {
            return left;
        }
        next(p);
        fe_node_t *right = parse_binary(p, prec + 1);
        fe_node_t *b = node2(FE_N_BinOp, line, col, left, right);
        b->op = (uint8_t)op;
        left = b;
    }
}

// The comparison operator a token begins (`not` for `not in`); -1 if none.
static int compare_op(fe_token_kind_t k) {
    switch (k) {
        case FE_TOK_LESS: return FE_BINARY_LESS;
        case FE_TOK_GREATER: return FE_BINARY_MORE;
        case FE_TOK_EQEQUAL: return FE_BINARY_EQUAL;
        case FE_TOK_LESSEQUAL: return FE_BINARY_LESS_EQUAL;
        case FE_TOK_GREATEREQUAL: return FE_BINARY_MORE_EQUAL;
        case FE_TOK_NOTEQUAL: return FE_BINARY_NOT_EQUAL;
        case FE_TOK_KW_in: return FE_BINARY_IN;
        case FE_TOK_KW_is: return FE_BINARY_IS;
        case FE_TOK_KW_not: return FE_BINARY_NOT_IN;
        default: return -1;
    }
}

static fe_node_t *parse_comparison(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *left = parse_binary(p, 0);
    int op = compare_op(KIND);
    if (op < 0) {
        return left;
    }
    size_t mark = p->sp;
    push(p, left);
    fe_vstr_t ops;  // one byte per operator
    fe_vstr_init(&ops, 4);
    do {
        next(p);
        if (op == FE_BINARY_NOT_IN) {
            expect(p, FE_TOK_KW_in);
        } else if (op == FE_BINARY_IS && accept(p, FE_TOK_KW_not)) {
            op = FE_BINARY_IS_NOT;
        }
        fe_vstr_add_byte(&ops, (uint8_t)op);
        push(p, parse_binary(p, 0));
    } while ((op = compare_op(KIND)) >= 0);
    fe_node_t *c = make(p, FE_N_Compare, mark, line, col);
    c->value = fe_bytes_from_vstr(&ops);
    return c;
}

static fe_node_t *parse_not(parser_t *p) {
    if (KIND != FE_TOK_KW_not) {
        return parse_comparison(p);
    }
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    enter(p);
    fe_node_t *n = node1(FE_N_UnaryOp, line, col, parse_not(p));
    leave(p);
    n->op = FE_UNARY_NOT;
    return n;
}

// `and` (op 0) or `or` (op 1) chains.
static fe_node_t *parse_bool_chain(parser_t *p, bool is_or) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *first = is_or ? parse_bool_chain(p, false) : parse_not(p);
    fe_token_kind_t kw = is_or ? FE_TOK_KW_or : FE_TOK_KW_and;
    if (KIND != kw) {
        return first;
    }
    size_t mark = p->sp;
    push(p, first);
    while (accept(p, kw)) {
        push(p, is_or ? parse_bool_chain(p, false) : parse_not(p));
    }
    fe_node_t *b = make(p, FE_N_BoolOp, mark, line, col);
    b->op = is_or;
    return b;
}

static fe_node_t *parse_or(parser_t *p) {
    return parse_bool_chain(p, true);
}

// ---- parameters -----------------------------------------------------------------------------

static fe_node_t *parse_arg(parser_t *p, bool annotations) {
    fe_node_t *a = name_node(p, FE_N_Arg, 1);
    if (annotations && accept(p, FE_TOK_COLON)) {
        a->kids[0] = parse_test(p);
    }
    return a;
}

// Parameters are pushed on the node stack from `mark` as pairs (Arg, default or NULL).
// Raises if arg's name is already among them or is that of `vararg` (or NULL).
static void check_duplicate_arg(parser_t *p, size_t mark, const fe_node_t *vararg, const fe_node_t *arg) {
    for (size_t i = mark; i <= p->sp; i += 2) {
        const fe_node_t *other = i < p->sp ? p->stack[i] : vararg;
        if (other != NULL && other->value == arg->value) {
            comp_error_at(p, "duplicate argument '%s' in function definition", arg);
        }
    }
}

// Parameters of a def (up to ')') or a lambda (up to ':'); the closing token is not consumed.
static fe_node_t *parse_parameters(parser_t *p, bool is_lambda) {
    fe_token_kind_t close = is_lambda ? FE_TOK_COLON : FE_TOK_RPAR;
    uint32_t line = TOK.line, col = TOK.col;
    size_t mark = p->sp;
    // counts of pairs: positional-only ones, positional ones (those before '*'), the trailing
    // positional ones with a default
    size_t n_posonly = 0, n_pos = SIZE_MAX, n_defaults = 0;
    fe_node_t *vararg = NULL, *kwarg = NULL;
    uint32_t star_line = 0, star_col = 0;
    while (KIND != close) {
        bool seen_star = n_pos != SIZE_MAX;
#if FE_FRONTEND_POSONLY
        if (KIND == FE_TOK_SLASH) {
            if (n_posonly > 0) {  // (at least one argument precedes a '/')
                comp_error(p, "/ may appear only once");
            }
            if (seen_star) {
                comp_error(p, "/ must be ahead of *");
            }
            if (p->sp == mark) {
                comp_error(p, "at least one argument must precede /");
            }
            n_posonly = (p->sp - mark) / 2;
            next(p);
        } else
#endif
        if (KIND == FE_TOK_STAR) {
            if (seen_star) {
                comp_error(p, "* argument may appear only once");
            }
            n_pos = (p->sp - mark) / 2;
            star_line = TOK.line;
            star_col = TOK.col;
            next(p);
            if (KIND == FE_TOK_NAME) {
                vararg = parse_arg(p, !is_lambda);
                check_duplicate_arg(p, mark, NULL, vararg);
            }
        } else if (KIND == FE_TOK_DOUBLESTAR) {
            next(p);
            kwarg = parse_arg(p, !is_lambda);
            check_duplicate_arg(p, mark, vararg, kwarg);
            accept(p, FE_TOK_COMMA);
            if (KIND != close) {
                comp_error(p, "arguments cannot follow var-keyword argument");
            }
            break;
        } else if (KIND == FE_TOK_NAME) {
            fe_node_t *a = parse_arg(p, !is_lambda);
            check_duplicate_arg(p, mark, vararg, a);
            fe_node_t *def = NULL;
            if (accept(p, FE_TOK_EQUAL)) {
                def = parse_test(p);
            }
            if (!seen_star) {
                if (def) {
                    n_defaults++;
                } else if (n_defaults > 0) {
                    comp_error_at(p, "non-default argument follows default argument", a);
                }
            }
            push(p, a);
            push(p, def);
        } else {
            error_here(p);
        }
        if (KIND != close) {
            expect(p, FE_TOK_COMMA);
        }
    }
    size_t n_pairs = (p->sp - mark) / 2;
    if (n_pos == SIZE_MAX) {
        n_pos = n_pairs;
    } else if (vararg == NULL && n_pairs == n_pos) {
        at(p, star_line, star_col);
        fe_raise_msg(&fe_type_SyntaxError, "named arguments must follow bare *");
    }
    // The kids of Arguments: posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg,
    // defaults. Each Seq holds the Args (0) or defaults (1) of the pairs from bound[i] to
    // bound[j], given as 0x10 * i + 4 * j + which.
    size_t bound[] = {0, n_posonly, n_pos, n_pairs, n_pos - n_defaults};
    static const uint8_t seqs[7] = {0x04, 0x18, 0, 0x2c, 0x2d, 0, 0x49};
    fe_node_t *args = new_node(FE_N_Arguments, 7, line, col);
    for (size_t k = 0; k < 7; k++) {
        unsigned d = seqs[k];
        size_t from = bound[d >> 4], to = bound[(d >> 2) & 3];
        fe_node_t *seq = k == 2 ? vararg : k == 5 ? kwarg : new_node(FE_N_Seq, to - from, line, col);
        for (size_t i = from; seq != NULL && d != 0 && i < to; i++) {
            seq->kids[i - from] = p->stack[mark + 2 * i + (d & 1)];
        }
        args->kids[k] = seq;
    }
    p->sp = mark;
    return args;
}

static fe_node_t *parse_lambda(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    fe_node_t *args = parse_parameters(p, true);
    expect(p, FE_TOK_COLON);
    return node2(FE_N_Lambda, line, col, args, parse_test(p));
}

// expression: lambda, or disjunction ['if' disjunction 'else' expression]
static fe_node_t *parse_test(parser_t *p) {
    enter(p);
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *e;
    if (KIND == FE_TOK_KW_lambda) {
        e = parse_lambda(p);
    } else {
        e = parse_or(p);
        if (KIND == FE_TOK_KW_if) {
            next(p);
            fe_node_t *test = parse_or(p);
            if (KIND != FE_TOK_KW_else) {
                comp_error_at(p, "expected 'else' after 'if' expression", e);
            }
            next(p);
            e = node3(FE_N_IfExp, line, col, test, e, parse_test(p));
        }
    }
    leave(p);
    return e;
}

// expression [':=' expression]
static fe_node_t *parse_named(parser_t *p) {
    fe_node_t *e = parse_test(p);
    if (KIND != FE_TOK_COLONEQUAL) {
        return e;
    }
    if (e->kind != FE_N_Name) {
        comp_error_at(p, "cannot use assignment expressions with %s", e);
    }
    next(p);
    e->op = FE_CTX_STORE;
    return node2(FE_N_NamedExpr, e->line, e->col, e, parse_test(p));
}

// named_expression where `=` cannot follow: `if x = 1:` gets CPython's hint.
static fe_node_t *parse_named_checked(parser_t *p) {
    fe_node_t *e = parse_named(p);
    if (KIND != FE_TOK_EQUAL || e->kind == FE_N_NamedExpr || e->kind == FE_N_List || e->kind == FE_N_Tuple ||
        no_eq_hint(e)) {
        return e;
    }
    next(p);
    if (!starts_expr(KIND) || KIND == FE_TOK_STAR || KIND == FE_TOK_KW_not || KIND == FE_TOK_KW_lambda) {
        error_here(p);
    }
    parse_binary(p, 0);
    if (KIND == FE_TOK_EQUAL || KIND == FE_TOK_COLONEQUAL) {
        error_here(p);
    }
    if (e->kind == FE_N_Name) {
        comp_error_at(p, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e);
    }
    comp_error_at(p, "cannot assign to %s here. Maybe you meant '==' instead of '='?", e);
}

static fe_node_t *parse_yield(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    if (accept(p, FE_TOK_KW_from)) {
        return node1(FE_N_YieldFrom, line, col, parse_test(p));
    }
    fe_node_t *value = NULL;
    if (starts_expr(KIND)) {
        value = parse_star_expressions(p);
    }
    return node1(FE_N_Yield, line, col, value);
}

static fe_node_t *parse_yield_or_star_expressions(parser_t *p) {
    return KIND == FE_TOK_KW_yield ? parse_yield(p) : parse_star_expressions(p);
}

// ---- simple statements ----------------------------------------------------------------------

// The operator of an augmented assignment token; -1 if the token is not one.
static int augassign_op(fe_token_kind_t k) {
    unsigned info = op_info(k);
    return info == 0 || info >> 4 ? -1 : FE_BINARY_OR + (int)info - 1;
}

static bool is_single_target(const fe_node_t *n) {
    return n->kind == FE_N_Name || n->kind == FE_N_Attribute || n->kind == FE_N_Subscript;
}

// Expression statements and all assignment forms.
static fe_node_t *parse_expr_stmt(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    bool starts_with_paren = KIND == FE_TOK_LPAR;
    fe_node_t *first = parse_yield_or_star_expressions(p);
    if (first->kind == FE_N_Name && (KIND == FE_TOK_NAME || KIND == FE_TOK_STRING || KIND == FE_TOK_NUMBER)) {
        qstr q = FE_QSTR_VALUE(first->value);
        if (q == Q_print || q == Q_exec) {
            comp_error_at(p, "Missing parentheses in call to '%s'. Did you mean %s(...)?", first);
        }
    }
    if (KIND == FE_TOK_COLON) {
        if (!is_single_target(first)) {
            uint32_t cline = TOK.line, ccol = TOK.col;
            next(p);
            if (!starts_expr(KIND) || KIND == FE_TOK_STAR) {
                at(p, cline, ccol);
                fe_raise_msg(&fe_type_SyntaxError, "invalid syntax");
            }
            if (first->kind == FE_N_Tuple || first->kind == FE_N_List) {
                comp_error_at(p, "only single target (not %s) can be annotated", first);
            }
            comp_error_at(p, "illegal target for annotation", first);
        }
        next(p);
        first->op = FE_CTX_STORE;
        fe_node_t *annotation = parse_test(p);
        fe_node_t *value = NULL;
        if (accept(p, FE_TOK_EQUAL)) {
            value = parse_yield_or_star_expressions(p);
        }
        fe_node_t *n = node3(FE_N_AnnAssign, line, col, first, annotation, value);
        n->op = first->kind == FE_N_Name && !starts_with_paren;
        return n;
    }
    int aug = augassign_op(KIND);
    if (aug >= 0) {
        if (!is_single_target(first)) {
            comp_error_at(p, "'%s' is an illegal expression for augmented assignment", first);
        }
        next(p);
        first->op = FE_CTX_STORE;
        fe_node_t *n = node2(FE_N_AugAssign, line, col, first, parse_yield_or_star_expressions(p));
        n->op = (uint8_t)aug;
        return n;
    }
    if (KIND == FE_TOK_EQUAL) {
        size_t mark = p->sp;
        push(p, first);
        while (accept(p, FE_TOK_EQUAL)) {
            push(p, parse_yield_or_star_expressions(p));
        }
        int where = p->sp - mark == 2 && starts_with_operand(p->stack[mark + 1]) ? TARGET_TOP_SUGGEST_EQ
                                                                                 : TARGET_TOP;
        for (size_t i = mark; i + 1 < p->sp; i++) {
            set_ctx(p, p->stack[i], FE_CTX_STORE, where);
        }
        return make(p, FE_N_Assign, mark, line, col);
    }
    return node1(FE_N_Expr, line, col, first);
}

// dotted name -> qstr "a.b.c"
static qstr parse_dotted_name(parser_t *p) {
    qstr q = expect_name(p);
    if (KIND != FE_TOK_DOT) {
        return q;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    fe_vstr_add_str(&v, qstr_str(q));
    while (accept(p, FE_TOK_DOT)) {
        fe_vstr_add_byte(&v, '.');
        fe_vstr_add_str(&v, qstr_str(expect_name(p)));
    }
    return qstr_from_strn(v.buf, v.len);
}

static fe_node_t *alias_node(qstr name, fe_node_t *asname, uint32_t line, uint32_t col) {
    fe_node_t *a = node1(FE_N_Alias, line, col, asname);
    a->value = name == Q_NULL ? FE_NULL : FE_NEW_QSTR(name);
    return a;
}

// 'as' NAME -> a Name node, or NULL if there is no 'as'
static fe_node_t *parse_asname(parser_t *p) {
    if (!accept(p, FE_TOK_KW_as)) {
        return NULL;
    }
    fe_node_t *n = name_node(p, FE_N_Name, 0);
    n->op = FE_CTX_STORE;
    return n;
}

// A (dotted, for `import`) name and an optional 'as NAME' -> an Alias node.
static fe_node_t *parse_alias(parser_t *p, bool dotted) {
    uint32_t line = TOK.line, col = TOK.col;
    qstr name = dotted ? parse_dotted_name(p) : expect_name(p);
    return alias_node(name, parse_asname(p), line, col);
}

static fe_node_t *parse_import(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    size_t mark = p->sp;
    do {
        push(p, parse_alias(p, true));
    } while (accept(p, FE_TOK_COMMA));
    return make(p, FE_N_Import, mark, line, col);
}

static fe_node_t *parse_from_import(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    unsigned level = 0;
    for (;;) {
        if (accept(p, FE_TOK_DOT)) {
            level++;
        } else if (accept(p, FE_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    qstr module = Q_NULL;
    if (KIND == FE_TOK_NAME) {
        module = parse_dotted_name(p);
    } else if (level == 0) {
        error_here(p);
    }
    if (level > 255) {
        at(p, line, col);
        fe_raise_msg(&fe_type_SyntaxError, "too many dots in relative import");
    }
    expect(p, FE_TOK_KW_import);
    size_t mark = p->sp;
    if (KIND == FE_TOK_STAR) {
        push(p, alias_node(Q_star, NULL, TOK.line, TOK.col));
        next(p);
    } else {
        bool parens = accept(p, FE_TOK_LPAR);
        for (;;) {
            push(p, parse_alias(p, false));
            if (!accept(p, FE_TOK_COMMA)) {
                break;
            }
            if (parens && KIND == FE_TOK_RPAR) {
                break;
            }
            if (!parens && KIND == FE_TOK_NEWLINE) {
                comp_error(p, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parens) {
            expect(p, FE_TOK_RPAR);
        }
    }
    fe_node_t *n = make(p, FE_N_ImportFrom, mark, line, col);
    n->op = (uint8_t)level;
    n->value = module == Q_NULL ? FE_NULL : FE_NEW_QSTR(module);
    return n;
}

static fe_node_t *parse_name_list(parser_t *p, fe_node_kind_t kind) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    size_t mark = p->sp;
    do {
        push(p, name_node(p, FE_N_Name, 0));
    } while (accept(p, FE_TOK_COMMA));
    return make(p, kind, mark, line, col);
}

static fe_node_t *parse_small_stmt(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    switch (KIND) {
        case FE_TOK_KW_pass:
        case FE_TOK_KW_break:
        case FE_TOK_KW_continue: {
            fe_node_kind_t kind = KIND == FE_TOK_KW_pass ? FE_N_Pass : KIND == FE_TOK_KW_break ? FE_N_Break
                                                                                              : FE_N_Continue;
            next(p);
            return new_node(kind, 0, line, col);
        }
        case FE_TOK_KW_return:
            next(p);
            return node1(FE_N_Return, line, col, starts_expr(KIND) ? parse_star_expressions(p) : NULL);
        case FE_TOK_KW_raise: {
            next(p);
            fe_node_t *exc = NULL, *cause = NULL;
            if (starts_expr(KIND)) {
                exc = parse_test(p);
                if (accept(p, FE_TOK_KW_from)) {
                    cause = parse_test(p);
                }
            }
            return node2(FE_N_Raise, line, col, exc, cause);
        }
        case FE_TOK_KW_global:
            return parse_name_list(p, FE_N_Global);
        case FE_TOK_KW_nonlocal:
            return parse_name_list(p, FE_N_Nonlocal);
        case FE_TOK_KW_import:
            return parse_import(p);
        case FE_TOK_KW_from:
            return parse_from_import(p);
        case FE_TOK_KW_assert: {
            next(p);
            fe_node_t *test = parse_test(p);
            fe_node_t *msg = accept(p, FE_TOK_COMMA) ? parse_test(p) : NULL;
            return node2(FE_N_Assert, line, col, test, msg);
        }
        case FE_TOK_KW_del: {
            next(p);
            size_t mark = p->sp;
            do {
                if (!starts_expr(KIND)) {
                    if (p->sp == mark) {
                        error_here(p);
                    }
                    break;
                }
                fe_node_t *t = parse_item(p, ITEM_BITOR);
                set_ctx(p, t, FE_CTX_DEL, TARGET_TOP);
                push(p, t);
            } while (accept(p, FE_TOK_COMMA));
            return make(p, FE_N_Delete, mark, line, col);
        }
        default:
            return parse_expr_stmt(p);
    }
}

// small_stmt (';' small_stmt)* [';'] NEWLINE: pushes each statement.
static void parse_simple_stmts(parser_t *p) {
    for (;;) {
        push(p, parse_small_stmt(p));
        if (!accept(p, FE_TOK_SEMI) || KIND == FE_TOK_NEWLINE) {
            break;
        }
    }
    if (KIND != FE_TOK_NEWLINE) {
        error_here(p);
    }
    next(p);
}

// ---- compound statements --------------------------------------------------------------------

// Statements named in "expected an indented block after ...": NUL-separated, in the order of
// the enum (a keyword, then the kinds of definition from BLOCK_FUNCTION on).
static const char block_names[] = "if\0elif\0while\0for\0try\0except\0finally\0with\0else\0function\0class";
enum {
    BLOCK_IF, BLOCK_ELIF, BLOCK_WHILE, BLOCK_FOR, BLOCK_TRY, BLOCK_EXCEPT, BLOCK_FINALLY, BLOCK_WITH,
    BLOCK_ELSE, BLOCK_FUNCTION, BLOCK_CLASS
};

// ':' then an indented block or simple statements on the same line -> Seq.
// `what` (BLOCK_*) and `line` describe the statement for "expected an indented block after ...".
// colon_required: after def, try, finally and else CPython reports "expected ':'" for any
// token instead of the colon; after the others only when the line ends there.
static fe_node_t *parse_block(parser_t *p, int what, uint32_t line, bool colon_required) {
    if (KIND != FE_TOK_COLON && colon_required) {
        comp_error(p, "expected ':'");
    }
    expect(p, FE_TOK_COLON);
    uint32_t bline = TOK.line, bcol = TOK.col;
    size_t mark = p->sp;
    if (accept(p, FE_TOK_NEWLINE)) {
        if (KIND != FE_TOK_INDENT) {
            at_tok(p);
            const char *name = nth_string(block_names, (size_t)what);
            if (what >= BLOCK_FUNCTION) {
                fe_raise_fmt(&fe_type_IndentationError,
                    "expected an indented block after %s definition on line %u", name, (unsigned)line);
            }
            fe_raise_fmt(&fe_type_IndentationError,
                "expected an indented block after '%s' statement on line %u", name, (unsigned)line);
        }
        next(p);
        while (KIND != FE_TOK_DEDENT && KIND != FE_TOK_END) {
            parse_statement(p);
        }
        accept(p, FE_TOK_DEDENT);
    } else {
        parse_simple_stmts(p);
    }
    return make(p, FE_N_Seq, mark, bline, bcol);
}

static fe_node_t *parse_else_block(parser_t *p) {
    if (KIND != FE_TOK_KW_else) {
        return empty_seq(p);
    }
    uint32_t line = TOK.line;
    next(p);
    return parse_block(p, BLOCK_ELSE, line, true);
}

// if ... elif ... else: an elif is an If alone in the orelse of the previous one. The chain
// is read in a loop and linked afterwards, so long elif chains need no C recursion.
static fe_node_t *parse_if(parser_t *p) {
    size_t mark = p->sp;
    do {
        uint32_t line = TOK.line, col = TOK.col;
        int what = KIND == FE_TOK_KW_if ? BLOCK_IF : BLOCK_ELIF;
        next(p);
        fe_node_t *test = parse_named_checked(p);
        fe_node_t *body = parse_block(p, what, line, false);
        push(p, node3(FE_N_If, line, col, test, body, NULL));
    } while (KIND == FE_TOK_KW_elif);
    fe_node_t *orelse = parse_else_block(p);
    for (size_t i = p->sp - 1; i > mark; i--) {
        fe_node_t *n = p->stack[i];
        n->kids[2] = orelse;
        orelse = node1(FE_N_Seq, n->line, n->col, n);
    }
    fe_node_t *first = p->stack[mark];
    first->kids[2] = orelse;
    p->sp = mark;
    return first;
}

static fe_node_t *parse_while(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    fe_node_t *test = parse_named_checked(p);
    fe_node_t *body = parse_block(p, BLOCK_WHILE, line, false);
    return node3(FE_N_While, line, col, test, body, parse_else_block(p));
}

static fe_node_t *parse_for(parser_t *p, bool is_async, uint32_t line, uint32_t col) {
    next(p);  // 'for'
    fe_node_t *target = parse_expr_list(p, ITEM_BITOR);
    set_ctx(p, target, FE_CTX_STORE, TARGET_TOP);
    expect(p, FE_TOK_KW_in);
    fe_node_t *iter = parse_star_expressions(p);
    fe_node_t *body = parse_block(p, BLOCK_FOR, line, false);
    fe_node_t *n = node4(FE_N_For, line, col, target, iter, body, parse_else_block(p));
    n->op = is_async;
    return n;
}

static fe_node_t *parse_try(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    fe_node_t *body = parse_block(p, BLOCK_TRY, line, true);
    size_t mark = p->sp;
    bool seen_bare = false;
    uint32_t bare_line = 0, bare_col = 0;
    while (KIND == FE_TOK_KW_except) {
        uint32_t hline = TOK.line, hcol = TOK.col;
        if (seen_bare) {
            at(p, bare_line, bare_col);
            fe_raise_msg(&fe_type_SyntaxError, "default 'except:' must be last");
        }
        next(p);
        if (KIND == FE_TOK_STAR) {
            comp_error(p, "except* is not supported");
        }
        fe_node_t *type = NULL;
        fe_obj_t name = FE_NULL;
        if (KIND != FE_TOK_COLON) {
            type = parse_test(p);
            if (KIND == FE_TOK_COMMA) {
                comp_error_at(p, "multiple exception types must be parenthesized", type);
            }
            if (accept(p, FE_TOK_KW_as)) {
                name = FE_NEW_QSTR(expect_name(p));
            }
        } else {
            seen_bare = true;
            bare_line = hline;
            bare_col = hcol;
        }
        fe_node_t *hbody = parse_block(p, BLOCK_EXCEPT, hline, false);
        fe_node_t *h = node2(FE_N_ExceptHandler, hline, hcol, type, hbody);
        h->value = name;
        push(p, h);
    }
    bool have_handlers = p->sp > mark;
    fe_node_t *handlers = make(p, FE_N_Seq, mark, line, col);
    fe_node_t *orelse = have_handlers ? parse_else_block(p) : empty_seq(p);
    fe_node_t *finalbody;
    if (KIND == FE_TOK_KW_finally) {
        uint32_t fline = TOK.line;
        next(p);
        finalbody = parse_block(p, BLOCK_FINALLY, fline, true);
    } else {
        if (!have_handlers) {
            comp_error(p, "expected 'except' or 'finally' block");
        }
        finalbody = empty_seq(p);
    }
    return node4(FE_N_Try, line, col, body, handlers, orelse, finalbody);
}

static fe_node_t *parse_with_item(parser_t *p) {
    uint32_t line = TOK.line, col = TOK.col;
    fe_node_t *ctx = parse_test(p);
    fe_node_t *vars = NULL;
    if (accept(p, FE_TOK_KW_as)) {
        vars = parse_binary(p, 0);
        set_ctx(p, vars, FE_CTX_STORE, TARGET_TOP);
    }
    return node2(FE_N_WithItem, line, col, ctx, vars);
}

#if FE_FRONTEND_PAREN_WITH
// `with (a as b, c):` -- parenthesised items. The same text may instead begin an expression
// (`with (a, b)[0]:`), so this tries the items form and, if it does not end in ':', rewinds
// the lexer and returns false. Kept out of line so its buffers are off the stack while the
// body is parsed.
static __attribute__((noinline)) bool parse_parenthesized_with_items(parser_t *p) {
    fe_lexer_t *lex = p->lex;
    fe_lexer_t saved = *lex;
    // the '(' itself is the top bracket entry; tokens read after its ')' may overwrite it
    fe_lex_paren_t saved_top = lex->parens[lex->n_parens - 1];
    size_t mark = p->sp;
    unsigned saved_depth = p->depth;
    fe_handler_t h;
    if (FE_TRY(h)) {
        next(p);
        do {
            if (KIND == FE_TOK_RPAR) {
                break;
            }
            push(p, parse_with_item(p));
        } while (accept(p, FE_TOK_COMMA));
        expect(p, FE_TOK_RPAR);
        if (KIND != FE_TOK_COLON || p->sp == mark) {
            error_here(p);
        }
        fe_handler_pop(&h);
        return true;
    }
    // Rewind. The bracket and indent arrays may have been reallocated meanwhile (entries
    // below the saved depth are unchanged), so the current ones are kept.
    fe_lex_paren_t *parens = lex->parens;
    uint16_t parens_alloc = lex->parens_alloc;
    uint16_t *indents = lex->indents;
    uint16_t indents_alloc = lex->indents_alloc;
    *lex = saved;
    lex->parens = parens;
    lex->parens_alloc = parens_alloc;
    lex->indents = indents;
    lex->indents_alloc = indents_alloc;
    lex->parens[lex->n_parens - 1] = saved_top;
    set_lexer(p, lex);
    p->sp = mark;
    p->depth = saved_depth;
    return false;
}
#endif

static fe_node_t *parse_with(parser_t *p, bool is_async, uint32_t line, uint32_t col) {
    next(p);  // 'with'
    size_t mark = p->sp;
#if FE_FRONTEND_PAREN_WITH
    if (KIND != FE_TOK_LPAR || !parse_parenthesized_with_items(p))
#endif
    {
        do {
            push(p, parse_with_item(p));
        } while (accept(p, FE_TOK_COMMA));
    }
#if !FE_FRONTEND_PAREN_WITH
    // `with (a, b):` would otherwise enter a tuple
    fe_node_t *first = p->stack[mark]->kids[0];
    if (p->sp - mark == 1 && first->kind == FE_N_Tuple) {
        comp_error_at(p, "parenthesized context managers are not supported", first);
    }
#endif
    fe_node_t *items = make(p, FE_N_Seq, mark, line, col);
    fe_node_t *body = parse_block(p, BLOCK_WITH, line, false);
    fe_node_t *n = node2(FE_N_With, line, col, items, body);
    n->op = is_async;
    return n;
}

static fe_node_t *parse_funcdef(parser_t *p, fe_node_t *decorators, bool is_async, uint32_t line,
    uint32_t col) {
    next(p);  // 'def'
    qstr name = expect_name(p);
    if (KIND != FE_TOK_LPAR) {
        comp_error(p, "expected '('");
    }
    next(p);
    fe_node_t *args = parse_parameters(p, false);
    expect(p, FE_TOK_RPAR);
    fe_node_t *returns = NULL;
    if (accept(p, FE_TOK_RARROW)) {
        returns = parse_test(p);
    }
    fe_node_t *body = parse_block(p, BLOCK_FUNCTION, line, true);
    fe_node_t *n = node4(FE_N_FunctionDef, line, col, args, body, decorators ? decorators : empty_seq(p),
        returns);
    n->op = is_async;
    n->value = FE_NEW_QSTR(name);
    return n;
}

static fe_node_t *parse_classdef(parser_t *p, fe_node_t *decorators, uint32_t line, uint32_t col) {
    next(p);  // 'class'
    qstr name = expect_name(p);
    fe_node_t *bases, *keywords;
    if (accept(p, FE_TOK_LPAR)) {
        size_t mark = p->sp;
        parse_call_args(p, line, col, false);
        split_call_args(p, mark, &bases, &keywords, line, col);
    } else {
        bases = empty_seq(p);
        keywords = empty_seq(p);
    }
    fe_node_t *body = parse_block(p, BLOCK_CLASS, line, false);
    fe_node_t *n = node4(FE_N_ClassDef, line, col, bases, keywords, body,
        decorators ? decorators : empty_seq(p));
    n->value = FE_NEW_QSTR(name);
    return n;
}

#if FE_FRONTEND_ASYNC
// ---- async for / async with ---------------------------------------------------------------
// The compiler has no opcodes of its own for these: the parser rewrites them into plain
// statements using awaits on the protocol methods. The helper variables have names that
// cannot be written in Python (".aiterLINE_COL"), unique per statement so nesting works.

static fe_obj_t hidden_name(const char *prefix, const fe_node_t *at) {
    fe_vstr_t v;
    fe_vstr_init(&v, 24);
    fe_print_t print;
    fe_vstr_print_init(&v, &print);
    fe_printf(&print, "%s%u_%u", prefix, (unsigned)at->line, (unsigned)at->col);
    return FE_NEW_QSTR(qstr_from_strn(v.buf, v.len));
}

// The rewritten statements are built from templates: each node in prefix order is its kind
// (| T_VALUE when a value index follows), op, number of kids, [index into the values], then
// its kids; a kid byte T_ARG + i stands for the caller's node args[i], T_NULL for NULL.
// Every node gets the position of the statement.
#define T_VALUE 0x80
#define T_ARG 0x70
#define T_NULL 0x7f
#define T_NODE(kind, op, n_kids) FE_N_##kind, op, n_kids
#define T_VNODE(kind, op, n_kids, value) FE_N_##kind | T_VALUE, op, n_kids, value
#define T_NAME(ctx, value) T_VNODE(Name, ctx, 0, value)
#define T_ATTR(value) T_VNODE(Attribute, FE_CTX_LOAD, 1, value)
#define T_CONST(value) T_VNODE(Constant, 0, 0, value)
#define T_SEQ(n_kids) T_NODE(Seq, 0, n_kids)
#define T_CALL T_NODE(Call, 0, 3)  // then the function, the args Seq, the keywords Seq
_Static_assert(FE_N_NUM_KINDS <= T_ARG, "node kinds must fit below T_ARG");

typedef struct {
    const uint8_t *t;
    const fe_obj_t *values;
    fe_node_t *const *args;
    uint32_t line, col;
} template_t;

static fe_node_t *from_template(template_t *tp) {
    unsigned k = *tp->t++;
    if (k == T_NULL) {
        return NULL;
    }
    if (k >= T_ARG && k < T_VALUE) {
        return tp->args[k - T_ARG];
    }
    fe_node_t *n = new_node(k & ~T_VALUE, tp->t[1], tp->line, tp->col);
    n->op = tp->t[0];
    tp->t += 2;
    if (k & T_VALUE) {
        n->value = tp->values[*tp->t++];
    }
    for (size_t i = 0; i < n->n_kids; i++) {
        n->kids[i] = from_template(tp);
    }
    return n;
}

static fe_node_t *build(const uint8_t *t, const fe_obj_t *values, fe_node_t *const *args, const fe_node_t *at) {
    template_t tp = {t, values, args, at->line, at->col};
    return from_template(&tp);
}

// async for TARGET in ITER: BODY else: ORELSE
//   .ai = ITER.__aiter__()
//   while True:
//       try: TARGET = await .ai.__anext__()
//       except StopAsyncIteration: ORELSE; break
//       BODY
static fe_node_t *desugar_async_for(fe_node_t *n) {
    enum { AI, AITER, ANEXT, STOP, TRUE_ };
    enum { TARGET = T_ARG, ITER, BODY, ORELSE };
    static const uint8_t t[] = {
        T_SEQ(2),
            T_NODE(Assign, 0, 2), T_NAME(FE_CTX_STORE, AI),
                T_CALL, T_ATTR(AITER), ITER, T_SEQ(0), T_SEQ(0),
            T_NODE(While, 0, 3), T_CONST(TRUE_),
                T_SEQ(2),
                    T_NODE(Try, 0, 4),
                        T_SEQ(1), T_NODE(Assign, 0, 2), TARGET,
                            T_NODE(Await, 0, 1), T_CALL, T_ATTR(ANEXT), T_NAME(FE_CTX_LOAD, AI), T_SEQ(0), T_SEQ(0),
                        T_SEQ(1), T_NODE(ExceptHandler, 0, 2), T_NAME(FE_CTX_LOAD, STOP),
                            T_SEQ(2), ORELSE, T_NODE(Break, 0, 0),
                        T_SEQ(0), T_SEQ(0),
                    BODY,
                T_SEQ(0),
    };
    fe_obj_t values[] = {hidden_name(".aiter", n), FE_NEW_QSTR(Q___aiter__),
        FE_NEW_QSTR(Q___anext__), FE_NEW_QSTR(Q_StopAsyncIteration), fe_true};
    return build(t, values, n->kids, n);
}

// async with EXPR as TARGET: BODY (one item; several items nest)
//   .am = EXPR; .ax = .am.__aexit__; TARGET = await .am.__aenter__(); .ok = True
//   try:
//       try: BODY
//       except BaseException as .ae:
//           .ok = False
//           if not await .ax(.ae.__class__, .ae, .ae.__traceback__): raise
//   finally:
//       if .ok: await .ax(None, None, None)
static fe_node_t *desugar_async_with(fe_node_t *items, size_t item, fe_node_t *body) {
    if (item == items->n_kids) {
        return body;
    }
    fe_node_t *wi = items->kids[item];
    enum { MGR, EXIT, OK, EXC, AEXIT, AENTER, TRUE_, FALSE_, CLASS, TRACEBACK, BASE, NONE };
    enum { EXPR = T_ARG, ENTER, INNER };
    static const uint8_t enter_t[] = {
        T_NODE(Await, 0, 1), T_CALL, T_ATTR(AENTER), T_NAME(FE_CTX_LOAD, MGR), T_SEQ(0), T_SEQ(0),
    };
    static const uint8_t t[] = {
        T_SEQ(5),
            T_NODE(Assign, 0, 2), T_NAME(FE_CTX_STORE, MGR), EXPR,
            T_NODE(Assign, 0, 2), T_NAME(FE_CTX_STORE, EXIT), T_ATTR(AEXIT), T_NAME(FE_CTX_LOAD, MGR),
            ENTER,
            T_NODE(Assign, 0, 2), T_NAME(FE_CTX_STORE, OK), T_CONST(TRUE_),
            T_NODE(Try, 0, 4),
                T_SEQ(1), T_NODE(Try, 0, 4),
                    INNER,
                    T_SEQ(1), T_VNODE(ExceptHandler, 0, 2, EXC), T_NAME(FE_CTX_LOAD, BASE),
                        T_SEQ(2),
                            T_NODE(Assign, 0, 2), T_NAME(FE_CTX_STORE, OK), T_CONST(FALSE_),
                            T_NODE(If, 0, 3),
                                T_NODE(UnaryOp, FE_UNARY_NOT, 1), T_NODE(Await, 0, 1),
                                    T_CALL, T_NAME(FE_CTX_LOAD, EXIT),
                                        T_SEQ(3), T_ATTR(CLASS), T_NAME(FE_CTX_LOAD, EXC), T_NAME(FE_CTX_LOAD, EXC),
                                            T_ATTR(TRACEBACK), T_NAME(FE_CTX_LOAD, EXC),
                                        T_SEQ(0),
                                T_SEQ(1), T_NODE(Raise, 0, 2), T_NULL, T_NULL,
                                T_SEQ(0),
                    T_SEQ(0), T_SEQ(0),
                T_SEQ(0),
                T_SEQ(0),
                T_SEQ(1), T_NODE(If, 0, 3), T_NAME(FE_CTX_LOAD, OK),
                    T_SEQ(1), T_NODE(Expr, 0, 1), T_NODE(Await, 0, 1),
                        T_CALL, T_NAME(FE_CTX_LOAD, EXIT), T_SEQ(3), T_CONST(NONE), T_CONST(NONE), T_CONST(NONE),
                            T_SEQ(0),
                    T_SEQ(0),
    };
    uint32_t line = wi->line, col = wi->col;
    fe_obj_t values[] = {
        hidden_name(".amgr", wi), hidden_name(".aexit", wi), hidden_name(".aok", wi), hidden_name(".aexc", wi),
        FE_NEW_QSTR(Q___aexit__), FE_NEW_QSTR(Q___aenter__), fe_true, fe_false, FE_NEW_QSTR(Q___class__),
        FE_NEW_QSTR(Q___traceback__), FE_NEW_QSTR(Q_BaseException), fe_none,
    };
    fe_node_t *enter = build(enter_t, values, NULL, wi);
    fe_node_t *args[3] = {
        wi->kids[0],
        wi->kids[1] != NULL ? node2(FE_N_Assign, line, col, wi->kids[1], enter) : node1(FE_N_Expr, line, col, enter),
        desugar_async_with(items, item + 1, body),
    };
    return build(t, values, args, wi);
}

static fe_node_t *parse_async(parser_t *p, fe_node_t *decorators) {
    uint32_t line = TOK.line, col = TOK.col;
    next(p);
    if (KIND == FE_TOK_KW_def) {
        return parse_funcdef(p, decorators, true, line, col);
    }
    if (decorators == NULL && KIND == FE_TOK_KW_for) {
        return desugar_async_for(parse_for(p, true, line, col));
    }
    if (decorators == NULL && KIND == FE_TOK_KW_with) {
        fe_node_t *n = parse_with(p, true, line, col);
        return desugar_async_with(n->kids[0], 0, n->kids[1]);
    }
    error_here(p);
}
#else
#define parse_async(p, decorators) (no_async(p), (fe_node_t *)NULL)
#endif

static fe_node_t *parse_decorated(parser_t *p) {
    size_t mark = p->sp;
    uint32_t line = TOK.line, col = TOK.col;
    while (accept(p, FE_TOK_AT)) {
        push(p, parse_named(p));
        if (KIND != FE_TOK_NEWLINE) {
            error_here(p);
        }
        next(p);
    }
    fe_node_t *decorators = make(p, FE_N_Seq, mark, line, col);
    uint32_t dline = TOK.line, dcol = TOK.col;
    switch (KIND) {
        case FE_TOK_KW_def: return parse_funcdef(p, decorators, false, dline, dcol);
        case FE_TOK_KW_class: return parse_classdef(p, decorators, dline, dcol);
        case FE_TOK_KW_async: return parse_async(p, decorators);
        default: error_here(p);
    }
}

// One statement line or compound statement: pushes the statement(s).
static void parse_statement(parser_t *p) {
    enter(p);
    uint32_t line = TOK.line, col = TOK.col;
    switch (KIND) {
        case FE_TOK_KW_if: push(p, parse_if(p)); break;
        case FE_TOK_KW_while: push(p, parse_while(p)); break;
        case FE_TOK_KW_for: push(p, parse_for(p, false, line, col)); break;
        case FE_TOK_KW_try: push(p, parse_try(p)); break;
        case FE_TOK_KW_with: push(p, parse_with(p, false, line, col)); break;
        case FE_TOK_KW_def: push(p, parse_funcdef(p, NULL, false, line, col)); break;
        case FE_TOK_KW_class: push(p, parse_classdef(p, NULL, line, col)); break;
        case FE_TOK_AT: push(p, parse_decorated(p)); break;
        case FE_TOK_KW_async: push(p, parse_async(p, NULL)); break;
        case FE_TOK_INDENT: error_here(p);
        default: parse_simple_stmts(p); break;
    }
    leave(p);
}

// ---- entry point --------------------------------------------------------------------------

static fe_node_t *parse_root(parser_t *p, fe_compile_mode_t mode);
static fe_obj_t rest_of_source_error(fe_lexer_t *lex, uint32_t error_line);

fe_node_t *fe_parse(const char *src, size_t len, qstr filename, fe_compile_mode_t mode) {
    if (len > 0 && memchr(src, 0, len) != NULL) {
        fe_raise_msg(&fe_type_SyntaxError, "source code string cannot contain null bytes");
    }
    fe_lexer_t lex;
    fe_lex_init(&lex, src, len, filename);
    lex.backslash_eof_is_eof = mode == FE_COMPILE_FILE;
    parser_t parser = {0};
    parser_t *p = &parser;
    set_lexer(p, &lex);
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_node_t *root = parse_root(p, mode);
        fe_handler_pop(&h);
        return root;
    }
    uint32_t error_line = lex.err_line;
    fe_obj_t exc = fe_lex_located(&lex, h.exc);
    if (exc != h.exc && !lex.in_next && lex.tok.kind != FE_TOK_INDENT) {
        fe_obj_t later = rest_of_source_error(&lex, error_line);
        if (later != FE_NULL) {
            exc = later;
        }
    }
    fe_raise(exc);
}

// As CPython: after an error found by the parser, the rest of the source is tokenized and
// a tokenizer error there (unterminated string, bad number, unmatched bracket ...) is
// reported instead, being the likelier cause; so is a bracket left open before the error's
// line. Indentation errors found this way do not count. Returns that error, or FE_NULL.
static fe_obj_t rest_of_source_error(fe_lexer_t *lex, uint32_t error_line) {
    lex->scan_only = true;
    fe_handler_t h;
    if (FE_TRY(h)) {
        while (lex->tok.kind != FE_TOK_END) {
            fe_lex_next(lex);
        }
        if (lex->n_parens > 0 && lex->parens[lex->n_parens - 1].line < error_line) {
            fe_lex_unclosed(lex);
        }
        fe_handler_pop(&h);
        return FE_NULL;
    }
    fe_obj_t exc = fe_lex_located(lex, h.exc);
    return fe_exc_matches(exc, &fe_type_IndentationError) ? FE_NULL : exc;
}

static fe_node_t *parse_root(parser_t *p, fe_compile_mode_t mode) {
    next(p);
    fe_node_t *root;
    if (mode == FE_COMPILE_EVAL) {
        fe_node_t *e = parse_star_expressions(p);
        while (accept(p, FE_TOK_NEWLINE)) {
        }
        if (KIND != FE_TOK_END) {
            error_here(p);
        }
        root = node1(FE_N_Expression, e->line, e->col, e);
    } else if (mode == FE_COMPILE_SINGLE) {
        if (KIND != FE_TOK_END) {
            parse_statement(p);
            while (accept(p, FE_TOK_NEWLINE)) {
            }
            if (KIND != FE_TOK_END) {
                comp_error(p, "multiple statements found while compiling a single statement");
            }
        }
        root = make(p, FE_N_Interactive, 0, 1, 0);
    } else {
        while (KIND != FE_TOK_END) {
            parse_statement(p);
        }
        root = make(p, FE_N_Module, 0, 1, 0);
    }
    return root;
}
