// extmod/modre.c: the re module, a subset of CPython's: compile, match, search, fullmatch,
// sub, subn, split, findall, finditer, escape; Pattern and Match objects; re.error. (Without
// FE_RE_EXTRA: no fullmatch, finditer, subn, escape, nor the attributes of Pattern and Match.)
// The engine (pattern compiler and backtracking matcher) is extmod/re_engine.c; it works in
// byte offsets over UTF-8 text, and this file converts to code-point indices where Python
// code sees positions (span, start, end, pos, endpos).
#include <string.h>
#include "extmod/re_engine.h"
#include "extmod/modexc.h"
#include "py/unicode.h"

FE_EXTMOD_EXC_TYPE(fe_type_re_error, Q_error, &fe_type_Exception);

extern const fe_type_t fe_type_re_pattern, fe_type_re_match;

typedef struct {
    fe_objbase_t base;
    re_prog_t *prog;
    fe_obj_t pattern;   // the source str or bytes
    int flags;          // as given plus inline flags
} pattern_obj_t;

typedef struct {
    fe_objbase_t base;
    pattern_obj_t *re;
    fe_obj_t string;
    size_t *caps;       // byte offsets, SIZE_MAX for unset
    fe_int_t pos, endpos;  // as Python sees them (code points)
    int8_t ascii;       // -1 unknown, else whether string is pure ASCII (offsets = indices)
} match_obj_t;

// ---- helpers -----------------------------------------------------------------------------

// The text of a str or the bytes of a buffer; false for anything else.
static bool str_or_buffer(fe_obj_t o, const char **s, size_t *len) {
    if (fe_is_str(o)) {
        *s = fe_str_data(o, len);
        return true;
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(o, &info, FE_BUFFER_READ)) {
        return false;
    }
    *s = info.buf;
    *len = info.len;
    return true;
}

// The text of a subject string; checks it against the pattern kind.
static const char *subject_data(const pattern_obj_t *p, fe_obj_t string, size_t *len) {
    const char *s;
    if (!str_or_buffer(string, &s, len)) {
        fe_raise_fmt(&fe_type_TypeError, "expected string or bytes-like object, got '%T'", string);
    }
    bool is_str = fe_is_str(string);
    if (is_str != p->prog->is_str) {
        fe_raise_msg(&fe_type_TypeError, is_str ? "cannot use a bytes pattern on a string-like object"
                                                : "cannot use a string pattern on a bytes-like object");
    }
    return s;
}

static fe_obj_t make_slice(const pattern_obj_t *p, const char *s, size_t a, size_t b) {
    return p->prog->is_str ? fe_str_new(s + a, b - a) : fe_bytes_new(s + a, b - a);
}

// A str or bytes (as the pattern) from a vstr.
static fe_obj_t from_vstr(const pattern_obj_t *p, fe_vstr_t *v) {
    return p->prog->is_str ? fe_str_from_vstr(v) : fe_bytes_from_vstr(v);
}

// The text of a replacement (template or a callable's result), checked against the pattern kind.
static const char *repl_data(const pattern_obj_t *p, fe_obj_t repl, size_t *len) {
    const char *s;
    if (!str_or_buffer(repl, &s, len) || fe_is_str(repl) != p->prog->is_str) {
        fe_raise_fmt(&fe_type_TypeError, p->prog->is_str ? "expected str instance, %T found"
                                                         : "expected a bytes-like object, %T found", repl);
    }
    return s;
}

// Code-point index -> byte offset (str) for pos/endpos arguments, clamped to the string.
static size_t index_to_offset(const pattern_obj_t *p, const char *s, size_t len, fe_int_t idx) {
    if (idx <= 0) {
        return 0;
    }
    if (!p->prog->is_str) {
        return (size_t)idx > len ? len : (size_t)idx;
    }
    size_t off = 0;
    fe_int_t k = 0;
    while (off < len && k < idx) {
        off += fe_utf8_seq_len((uint8_t)s[off]);
        k++;
    }
    return off > len ? len : off;
}

static fe_int_t offset_to_index(match_obj_t *m, size_t off) {
    if (!m->re->prog->is_str) {
        return (fe_int_t)off;
    }
    size_t len;
    const char *s = fe_str_data(m->string, &len);
    if (m->ascii < 0) {
        m->ascii = fe_utf8_count_chars(s, len) == len;
    }
    if (m->ascii) {
        return (fe_int_t)off;
    }
    return (fe_int_t)fe_utf8_count_chars(s, off);
}

static pattern_obj_t *compile_obj(fe_obj_t pattern, fe_int_t flags) {
    if (fe_obj_is_type_ptr(pattern, &fe_type_re_pattern)) {
        if (flags != 0) {
            fe_raise_msg(&fe_type_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    bool is_str = fe_is_str(pattern);
    const char *s;
    size_t len;
    if (!str_or_buffer(pattern, &s, &len)) {
        fe_raise_msg(&fe_type_TypeError, "first argument must be string or compiled pattern");
    }
    if (!is_str) {
        pattern = fe_bytes_new(s, len);
        s = fe_bytes_data(pattern, &len);
    }
    pattern_obj_t *p = fe_new(pattern_obj_t);
    p->base.type = &fe_type_re_pattern;
    p->prog = re_compile(s, len, (int)flags, is_str);
    p->pattern = pattern;
    p->flags = p->prog->flags;
    return p;
}

static match_obj_t *new_match(pattern_obj_t *p, fe_obj_t string, const size_t *caps, fe_int_t pos, fe_int_t endpos) {
    match_obj_t *m = fe_new(match_obj_t);
    m->base.type = &fe_type_re_match;
    m->re = p;
    m->string = string;
    size_t n = 2 * ((size_t)p->prog->n_groups + 1);
    m->caps = fe_alloc(n * sizeof(size_t));
    memcpy(m->caps, caps, n * sizeof(size_t));
    m->pos = pos;
    m->endpos = endpos;
    m->ascii = -1;
    return m;
}

// ---- matching entry points -------------------------------------------------------------------

// The subject and its pos/endpos window, in byte offsets and as Python sees them.
typedef struct {
    const char *s;
    size_t b_pos, b_end;
    fe_int_t pos, endpos;  // clamped to the string
} window_t;

static void get_window(pattern_obj_t *p, fe_obj_t string, fe_obj_t pos_obj, fe_obj_t endpos_obj, window_t *w) {
    size_t len;
    const char *s = subject_data(p, string, &len);
    fe_int_t pos = pos_obj == FE_NULL ? 0 : fe_get_int(pos_obj);
    fe_int_t endpos = endpos_obj == FE_NULL ? FE_SMALL_INT_MAX : fe_get_int(endpos_obj);
    w->s = s;
    w->b_pos = index_to_offset(p, s, len, pos);
    w->b_end = index_to_offset(p, s, len, endpos);
#if FE_RE_EXTRA  // for Match.pos and endpos
    size_t n_chars = p->prog->is_str ? fe_utf8_count_chars(s, len) : len;
    w->pos = pos < 0 ? 0 : (size_t)pos > n_chars ? (fe_int_t)n_chars : pos;
    w->endpos = endpos < 0 ? 0 : (size_t)endpos > n_chars ? (fe_int_t)n_chars : endpos;
#else
    w->pos = w->endpos = 0;
#endif
}

static fe_obj_t do_match(pattern_obj_t *p, fe_obj_t string, fe_obj_t pos_obj, fe_obj_t endpos_obj, int mode) {
    window_t w;
    get_window(p, string, pos_obj, endpos_obj, &w);
    if (w.b_end < w.b_pos) {
        return fe_none;
    }
    size_t *caps = fe_alloc(2 * ((size_t)p->prog->n_groups + 1) * sizeof(size_t));
    if (!re_exec(p->prog, w.s, w.b_end, w.b_pos, mode, false, caps)) {
        return fe_none;
    }
    return new_match(p, string, caps, w.pos, w.endpos);
}

// Iterates over successive non-overlapping matches (CPython 3.7+ rules for empty matches:
// an empty match may directly follow a non-empty one, but not another empty one at the
// same place). Calls fn for each; fn returns false to stop.
typedef bool (*match_fn)(void *ctx, const size_t *caps);

static void for_each_match(pattern_obj_t *p, const char *s, size_t b_pos, size_t b_end, match_fn fn, void *ctx) {
    size_t *caps = fe_alloc(2 * ((size_t)p->prog->n_groups + 1) * sizeof(size_t));
    size_t pos = b_pos;
    bool must_advance = false;
    while (pos <= b_end) {
        if (!re_exec(p->prog, s, b_end, pos, RE_MODE_SEARCH, must_advance, caps)) {
            break;
        }
        if (!fn(ctx, caps)) {
            break;
        }
        must_advance = caps[1] == caps[0];
        pos = caps[1];
    }
}

// ---- findall / finditer --------------------------------------------------------------------

typedef struct {
    pattern_obj_t *p;
    const char *s;
    fe_obj_t string;
    fe_obj_t list;
    fe_int_t pos, endpos;
} collect_ctx_t;

static fe_obj_t group_or_empty(pattern_obj_t *p, const char *s, const size_t *caps, int g) {
    if (caps[2 * g] == SIZE_MAX) {
        return make_slice(p, "", 0, 0);
    }
    return make_slice(p, s, caps[2 * g], caps[2 * g + 1]);
}

static bool findall_one(void *vctx, const size_t *caps) {
    collect_ctx_t *c = vctx;
    int ng = c->p->prog->n_groups;
    fe_obj_t item;
    if (ng == 0) {
        item = make_slice(c->p, c->s, caps[0], caps[1]);
    } else if (ng == 1) {
        item = group_or_empty(c->p, c->s, caps, 1);
    } else {
        item = fe_tuple_new((size_t)ng, NULL);
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(item, &n, &items);
        for (int g = 1; g <= ng; g++) {
            items[g - 1] = group_or_empty(c->p, c->s, caps, g);
        }
    }
    fe_list_append(c->list, item);
    return true;
}

#if FE_RE_EXTRA
static bool finditer_one(void *vctx, const size_t *caps) {
    collect_ctx_t *c = vctx;
    fe_list_append(c->list, new_match(c->p, c->string, caps, c->pos, c->endpos));
    return true;
}
#endif

static fe_obj_t collect(pattern_obj_t *p, fe_obj_t string, fe_obj_t pos_obj, fe_obj_t endpos_obj, match_fn fn) {
    window_t w;
    get_window(p, string, pos_obj, endpos_obj, &w);
    collect_ctx_t c = {p, w.s, string, fe_list_new(0, NULL), w.pos, w.endpos};
    if (w.b_pos <= w.b_end) {
        for_each_match(p, w.s, w.b_pos, w.b_end, fn, &c);
    }
    return c.list;
}

// ---- split ------------------------------------------------------------------------------------

typedef struct {
    pattern_obj_t *p;
    const char *s;
    fe_obj_t list;
    size_t last;
    fe_int_t left;  // splits still allowed; <= 0 with maxsplit given means stop
    bool limited;
} split_ctx_t;

static bool split_one(void *vctx, const size_t *caps) {
    split_ctx_t *c = vctx;
    if (c->limited && c->left <= 0) {
        return false;
    }
    fe_list_append(c->list, make_slice(c->p, c->s, c->last, caps[0]));
    for (int g = 1; g <= c->p->prog->n_groups; g++) {
        fe_list_append(c->list, caps[2 * g] == SIZE_MAX ? fe_none
                       : make_slice(c->p, c->s, caps[2 * g], caps[2 * g + 1]));
    }
    c->last = caps[1];
    c->left--;
    return true;
}

static fe_obj_t do_split(pattern_obj_t *p, fe_obj_t string, fe_int_t maxsplit) {
    size_t len;
    const char *s = subject_data(p, string, &len);
    split_ctx_t c = {p, s, fe_list_new(0, NULL), 0, maxsplit, maxsplit > 0};
    if (maxsplit >= 0) {
        for_each_match(p, s, 0, len, split_one, &c);
    }
    fe_list_append(c.list, make_slice(p, s, c.last, len));
    return c.list;
}

// ---- sub / subn and templates ----------------------------------------------------------------

// A parsed template: a list alternating literal (str/bytes) and group numbers (small ints).
static fe_obj_t parse_template(pattern_obj_t *p, fe_obj_t repl) {
    size_t len;
    const char *t = repl_data(p, repl, &len);
    bool is_str = p->prog->is_str;
    fe_obj_t parts = fe_list_new(0, NULL);
    fe_vstr_t lit;
    fe_vstr_init(&lit, 16);
    size_t i = 0, ci = 0;  // byte and char positions
    int ng = p->prog->n_groups;
    while (i < len) {
        if (t[i] != '\\') {
            size_t n = is_str ? fe_utf8_seq_len((uint8_t)t[i]) : 1;
            if (i + n > len) n = len - i;
            fe_vstr_add_strn(&lit, t + i, n);
            i += n;
            ci++;
            continue;
        }
        size_t esc_ci = ci;
        i++;
        ci++;
        if (i >= len) {
            fe_raise_fmt(&fe_type_re_error, "bad escape (end of pattern) at position %u", (unsigned)esc_ci);
        }
        char ch = t[i];
        int group = -1;
        if (FE_RE_EXTRA && ch == 'g') {
            i++;
            ci++;
            if (i >= len || t[i] != '<') {
                fe_raise_fmt(&fe_type_re_error, "missing < at position %u", (unsigned)ci);
            }
            i++;
            ci++;
            size_t name_start = i, name_ci = ci;
            while (i < len && t[i] != '>') {
                i++;
                ci++;
            }
            if (i >= len) {
                fe_raise_fmt(&fe_type_re_error, "missing >, unterminated name at position %u", (unsigned)name_ci);
            }
            size_t name_len = i - name_start;
            i++;
            ci++;
            if (name_len == 0) {
                fe_raise_fmt(&fe_type_re_error, "missing group name at position %u", (unsigned)name_ci);
            }
            const char *name = t + name_start;
            bool digits = true;
            for (size_t k = 0; k < name_len; k++) {
                if (name[k] < '0' || name[k] > '9') digits = false;
            }
            fe_obj_t name_obj = fe_str_new(name, name_len);
            if (digits) {
                long g = 0;
                for (size_t k = 0; k < name_len && g < 100000; k++) g = g * 10 + (name[k] - '0');
                if (g > ng) {
                    fe_raise_fmt(&fe_type_re_error, "invalid group reference %d at position %u", (int)g, (unsigned)name_ci);
                }
                group = (int)g;
            } else {
                fe_obj_t g = fe_dict_get_maybe(p->prog->groupindex, name_obj);
                if (g == FE_NULL) {
                    bool ident = name_len > 0;
                    for (size_t k = 0; k < name_len; k++) {
                        char b = name[k];
                        if ((uint8_t)b < 128 && !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' ||
                                                  (k > 0 && b >= '0' && b <= '9'))) {
                            ident = false;
                        }
                    }
                    if (!ident) {
                        fe_raise_fmt(&fe_type_re_error, "bad character in group name %r at position %u",
                                     name_obj, (unsigned)name_ci);
                    }
                    fe_raise_fmt(&fe_type_IndexError, "unknown group name %r", name_obj);
                }
                group = (int)fe_get_int(g);
            }
        } else if (ch >= '1' && ch <= '9') {
            // \N or \NN (group), or three octal digits
            if (FE_RE_EXTRA && ch <= '7' && i + 2 < len && t[i + 1] >= '0' && t[i + 1] <= '7' &&
                t[i + 2] >= '0' && t[i + 2] <= '7') {
                unsigned v = (unsigned)(ch - '0') * 64 + (unsigned)(t[i + 1] - '0') * 8 + (unsigned)(t[i + 2] - '0');
                if (v > 0377) {
                    fe_raise_fmt(&fe_type_re_error, "octal escape value \\%c%c%c outside of range 0-0o377 at position %u",
                                 t[i], t[i + 1], t[i + 2], (unsigned)esc_ci);
                }
                if (is_str) fe_vstr_add_char(&lit, v); else fe_vstr_add_byte(&lit, (uint8_t)v);
                i += 3;
                ci += 3;
                continue;
            }
            int g = ch - '0';
            i++;
            ci++;
            if (i < len && t[i] >= '0' && t[i] <= '9') {
                g = g * 10 + (t[i] - '0');
                i++;
                ci++;
            }
            if (g > ng) {
                fe_raise_fmt(&fe_type_re_error, "invalid group reference %d at position %u", g, (unsigned)(esc_ci + 1));
            }
            group = g;
        } else if (FE_RE_EXTRA && ch == '0') {
            unsigned v = 0;
            i++;
            ci++;
            for (int k = 0; k < 2 && i < len && t[i] >= '0' && t[i] <= '7'; k++) {
                v = v * 8 + (unsigned)(t[i] - '0');
                i++;
                ci++;
            }
            if (is_str) fe_vstr_add_char(&lit, v); else fe_vstr_add_byte(&lit, (uint8_t)v);
            continue;
        } else {
            const char *simple = "n\nt\tr\rf\fv\va\007b\b\\\\";
            const char *hit = NULL;
            for (const char *q = simple; *q; q += 2) {
                if (*q == ch) hit = q;
            }
            if (hit != NULL) {
                fe_vstr_add_byte(&lit, (uint8_t)hit[1]);
                i++;
                ci++;
                continue;
            }
            if ((uint8_t)ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
                fe_raise_fmt(&fe_type_re_error, "bad escape \\%c at position %u", ch, (unsigned)esc_ci);
            }
            // unknown non-letter escape: kept as is, backslash included
            fe_vstr_add_byte(&lit, '\\');
            continue;
        }
        if (lit.len > 0) {
            fe_list_append(parts, make_slice(p, lit.buf, 0, lit.len));
            lit.len = 0;
        }
        fe_list_append(parts, FE_NEW_SMALL_INT(group));
    }
    if (lit.len > 0) {
        fe_list_append(parts, make_slice(p, lit.buf, 0, lit.len));
    }
    return parts;
}

static void expand_into(pattern_obj_t *p, fe_obj_t parts, const char *s, const size_t *caps, fe_vstr_t *out) {
    size_t n;
    fe_obj_t *items;
    fe_list_get(parts, &n, &items);
    for (size_t k = 0; k < n; k++) {
        fe_obj_t it = items[k];
        if (FE_IS_SMALL_INT(it)) {
            fe_int_t g = FE_SMALL_INT_VALUE(it);
            if (caps[2 * g] != SIZE_MAX) {
                fe_vstr_add_strn(out, s + caps[2 * g], caps[2 * g + 1] - caps[2 * g]);
            }
        } else {
            size_t l;
            const char *d = p->prog->is_str ? fe_str_data(it, &l) : fe_bytes_data(it, &l);
            fe_vstr_add_strn(out, d, l);
        }
    }
}

typedef struct {
    pattern_obj_t *p;
    fe_obj_t string;
    fe_obj_t repl;       // callable, or FE_NULL
    fe_obj_t parts;      // parsed template
    fe_vstr_t out;
    size_t last;
    fe_int_t count, n;
} sub_ctx_t;

static bool sub_one(void *vctx, const size_t *caps) {
    sub_ctx_t *c = vctx;
    if (c->count > 0 && c->n >= c->count) {
        return false;
    }
    size_t len;
    const char *s = subject_data(c->p, c->string, &len);
    fe_vstr_add_strn(&c->out, s + c->last, caps[0] - c->last);
    if (c->repl != FE_NULL) {
        fe_obj_t m = new_match(c->p, c->string, caps, 0, (fe_int_t)len);
        fe_obj_t r = fe_call1(c->repl, m);
        size_t rl;
        const char *rd = repl_data(c->p, r, &rl);
        s = subject_data(c->p, c->string, &len);
        fe_vstr_add_strn(&c->out, rd, rl);
    } else {
        expand_into(c->p, c->parts, s, caps, &c->out);
    }
    c->last = caps[1];
    c->n++;
    return true;
}

static fe_obj_t do_sub(pattern_obj_t *p, fe_obj_t repl, fe_obj_t string, fe_int_t count, bool return_n) {
    size_t len;
    const char *s = subject_data(p, string, &len);
    if (count < 0) {
        count = -1;  // CPython: negative count means no replacements
    }
    sub_ctx_t c;
    memset(&c, 0, sizeof(c));
    c.p = p;
    c.string = string;
    if (fe_is_callable(repl)) {
        c.repl = repl;
    } else {
        c.parts = parse_template(p, repl);
    }
    fe_vstr_init(&c.out, len + 16);
    c.count = count;
    if (count >= 0) {
        for_each_match(p, s, 0, len, sub_one, &c);
    }
    s = subject_data(p, string, &len);
    fe_vstr_add_strn(&c.out, s + c.last, len - c.last);
    fe_obj_t result = from_vstr(p, &c.out);
    if (FE_RE_EXTRA && return_n) {
        fe_obj_t items[2] = {result, fe_int_from_int(c.n)};
        return fe_tuple_new(2, items);
    }
    return result;
}

// ---- the methods and module functions that run a pattern ------------------------------------

enum { RUN_MATCH, RUN_SEARCH, RUN_FULLMATCH, RUN_FINDALL, RUN_FINDITER, RUN_SPLIT, RUN_SUB, RUN_SUBN };

// The parameters, laid out so that each Pattern method's list is a slice of its module
// function's (pattern, the method's leading parameters, flags); match-like methods differ.
static const fe_arg_spec_t sub_spec[] = {
    {Q_pattern, FE_ARG_REQUIRED, FE_NULL}, {Q_repl, FE_ARG_REQUIRED, FE_NULL},
    {Q_string, FE_ARG_REQUIRED, FE_NULL}, {Q_count, FE_ARG_INT, FE_ROM_INT(0)},
    {Q_flags, FE_ARG_INT, FE_ROM_INT(0)},
};
static const fe_arg_spec_t split_spec[] = {
    {Q_pattern, FE_ARG_REQUIRED, FE_NULL}, {Q_string, FE_ARG_REQUIRED, FE_NULL},
    {Q_maxsplit, FE_ARG_INT, FE_ROM_INT(0)}, {Q_flags, FE_ARG_INT, FE_ROM_INT(0)},
};
static const fe_arg_spec_t mod_match_spec[] = {
    {Q_pattern, FE_ARG_REQUIRED, FE_NULL}, {Q_string, FE_ARG_REQUIRED, FE_NULL},
    {Q_flags, FE_ARG_INT, FE_ROM_INT(0)},
};
static const fe_arg_spec_t match_spec[] = {
    {Q_string, FE_ARG_REQUIRED, FE_NULL}, {Q_pos, 0, FE_NULL}, {Q_endpos, 0, FE_NULL},
};

// Runs `op` with the method's parsed arguments v (unused trailing ones FE_NULL).
static fe_obj_t pattern_run(int op, pattern_obj_t *p, const fe_obj_t *v) {
    switch (op) {
        case RUN_MATCH: case RUN_SEARCH: case RUN_FULLMATCH:
            return do_match(p, v[0], v[1], v[2], op == RUN_MATCH ? RE_MODE_MATCH :
                            op == RUN_SEARCH ? RE_MODE_SEARCH : RE_MODE_FULLMATCH);
        case RUN_FINDALL:
            return collect(p, v[0], v[1], v[2], findall_one);
#if FE_RE_EXTRA
        case RUN_FINDITER:
            return fe_getiter(collect(p, v[0], v[1], v[2], finditer_one), NULL);
#endif
        case RUN_SPLIT:
            return do_split(p, v[0], fe_get_int(v[1]));
        default:
            return do_sub(p, v[0], v[1], fe_get_int(v[2]), op == RUN_SUBN);
    }
}

// Pattern.<op>(self, ...) when module is false; re.<op>(pattern, ..., flags=0) when true.
static fe_obj_t run_call(int op, bool module, size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    const fe_arg_spec_t *spec = module ? mod_match_spec : match_spec;
    size_t n = 3;
    if (op == RUN_SPLIT) {
        spec = split_spec + !module;
        n = module ? 4 : 2;
    } else if (op >= RUN_SUB) {
        spec = sub_spec + !module;
        n = module ? 5 : 3;
    }
    fe_obj_t v[6] = {FE_NULL, FE_NULL, FE_NULL, FE_NULL, FE_NULL, FE_NULL};
    pattern_obj_t *p;
    if (module) {
        fe_parse_args(n_args, args, kw, n, spec, v);
        p = compile_obj(v[0], fe_get_int(v[n - 1]));
        v[n - 1] = FE_NULL;  // match-like methods see pos and endpos unset
    } else {
        if (!fe_obj_is_type_ptr(args[0], &fe_type_re_pattern)) {
            fe_raise_msg(&fe_type_TypeError, "Pattern object required");
        }
        p = args[0];
        fe_parse_args(n_args - 1, args + 1, kw, n, spec, v + 1);
    }
    return pattern_run(op, p, v + 1);
}

// A Pattern method and its module function (the qstr generator needs the names spelled out).
#define RUN_FUNS(name, qname, op, mod_nmin) \
    static fe_obj_t pattern_##name(size_t n_args, const fe_obj_t *args, fe_map_t *kw) { \
        return run_call(op, false, n_args, args, kw); \
    } \
    static FE_DEFINE_FUN_KW(pattern_##name##_obj, qname, 1, pattern_##name); \
    static fe_obj_t re_##name(size_t n_args, const fe_obj_t *args, fe_map_t *kw) { \
        return run_call(op, true, n_args, args, kw); \
    } \
    static FE_DEFINE_FUN_KW(re_##name##_obj, qname, mod_nmin, re_##name);
RUN_FUNS(match, Q_match, RUN_MATCH, 2)
RUN_FUNS(search, Q_search, RUN_SEARCH, 2)
RUN_FUNS(findall, Q_findall, RUN_FINDALL, 2)
RUN_FUNS(split, Q_split, RUN_SPLIT, 2)
RUN_FUNS(sub, Q_sub, RUN_SUB, 3)
#if FE_RE_EXTRA
RUN_FUNS(fullmatch, Q_fullmatch, RUN_FULLMATCH, 2)
RUN_FUNS(finditer, Q_finditer, RUN_FINDITER, 2)
RUN_FUNS(subn, Q_subn, RUN_SUBN, 3)
#endif

// ---- compile, escape, purge -----------------------------------------------------------------

static fe_obj_t re_compile_fun(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_pattern, FE_ARG_REQUIRED, FE_NULL},
        {Q_flags, FE_ARG_INT, FE_ROM_INT(0)},
    };
    fe_obj_t v[2];
    fe_parse_args(n_args, args, kw, 2, spec, v);
    return compile_obj(v[0], fe_get_int(v[1]));
}
static FE_DEFINE_FUN_KW(re_compile_obj, Q_compile, 1, re_compile_fun);

#if FE_RE_EXTRA
static fe_obj_t re_escape(fe_obj_t pattern) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    bool is_str = fe_is_str(pattern);
    size_t len;
    const char *s;
    if (!str_or_buffer(pattern, &s, &len)) {
        fe_raise_fmt(&fe_type_TypeError, "expected str or bytes, got '%T'", pattern);
    }
    fe_vstr_t v;
    fe_vstr_init(&v, len + 8);
    for (size_t i = 0; i < len; i++) {
        if (s[i] != 0 && strchr(special, s[i]) != NULL) {
            fe_vstr_add_byte(&v, '\\');
        }
        fe_vstr_add_byte(&v, (uint8_t)s[i]);
    }
    return is_str ? fe_str_from_vstr(&v) : fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_1(re_escape_obj, Q_escape, re_escape);

static fe_obj_t re_purge(void) {
    return fe_none;
}
static FE_DEFINE_FUN_0(re_purge_obj, Q_purge, re_purge);
#endif

// ---- Pattern type -----------------------------------------------------------------------------

#if FE_RE_EXTRA
static void pattern_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    pattern_obj_t *p = self;
    if (attr == Q_pattern) {
        dest[0] = p->pattern;
    } else if (attr == Q_flags) {
        dest[0] = FE_NEW_SMALL_INT(p->flags);
    } else if (attr == Q_groups) {
        dest[0] = FE_NEW_SMALL_INT(p->prog->n_groups);
    } else if (attr == Q_groupindex) {
        fe_obj_t d = fe_dict_new(0);
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(fe_dict_get_map(p->prog->groupindex), &pos)) != NULL) {
            fe_dict_store(d, e->key, e->value);
        }
        dest[0] = d;
    }
}
#endif

static void pattern_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    pattern_obj_t *p = self;
    fe_printf(print, "re.compile(%r", p->pattern);
    int f = p->flags & ~(p->prog->is_str ? RE_FLAG_UNICODE : 0);
    // the flag names in bit order (RE_FLAG_TEMPLATE = 1 ... RE_FLAG_ASCII = 256)
    static const char names[] = "TEMPLATE\0IGNORECASE\0LOCALE\0MULTILINE\0DOTALL\0UNICODE\0VERBOSE\0DEBUG\0ASCII";
    const char *sep = ", ";
    const char *name = names;
    for (int bit = 1; bit <= RE_FLAG_ASCII; bit <<= 1, name += strlen(name) + 1) {
        if (f & bit) {
            fe_printf(print, "%sre.%s", sep, name);
            sep = "|";
        }
    }
    fe_print_str(print, ")");
}

static fe_obj_t pattern_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op == FE_BINARY_EQUAL) {
        if (!fe_obj_is_type_ptr(rhs, &fe_type_re_pattern)) {
            return fe_false;
        }
        pattern_obj_t *a = lhs, *b = rhs;
        return fe_bool(a == b || (a->flags == b->flags && fe_equal(a->pattern, b->pattern)));
    }
    return FE_NULL;
}

static const fe_map_elem_t pattern_locals_table[] = {
    {FE_ROM_QSTR(Q_match), FE_ROM_PTR(&pattern_match_obj)},
    {FE_ROM_QSTR(Q_search), FE_ROM_PTR(&pattern_search_obj)},
    {FE_ROM_QSTR(Q_findall), FE_ROM_PTR(&pattern_findall_obj)},
    {FE_ROM_QSTR(Q_split), FE_ROM_PTR(&pattern_split_obj)},
    {FE_ROM_QSTR(Q_sub), FE_ROM_PTR(&pattern_sub_obj)},
#if FE_RE_EXTRA
    {FE_ROM_QSTR(Q_fullmatch), FE_ROM_PTR(&pattern_fullmatch_obj)},
    {FE_ROM_QSTR(Q_finditer), FE_ROM_PTR(&pattern_finditer_obj)},
    {FE_ROM_QSTR(Q_subn), FE_ROM_PTR(&pattern_subn_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(pattern_locals, pattern_locals_table);

const fe_type_t fe_type_re_pattern = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_Pattern,
    .print = pattern_print,
    .binary_op = pattern_binary_op,
#if FE_RE_EXTRA
    .attr = pattern_attr,
#endif
    .locals_dict = (fe_dict_t *)&pattern_locals,
};

// ---- Match type -----------------------------------------------------------------------------

static int group_index(match_obj_t *m, fe_obj_t g) {
    fe_int_t idx;
    if (fe_is_str(g)) {
        fe_obj_t v = fe_dict_get_maybe(m->re->prog->groupindex, g);
        if (v != FE_NULL) {
            return (int)fe_get_int(v);
        }
        fe_raise_msg(&fe_type_IndexError, "no such group");
    }
    if (fe_get_int_maybe(g, &idx) && idx >= 0 && idx <= m->re->prog->n_groups) {
        return (int)idx;
    }
    fe_raise_msg(&fe_type_IndexError, "no such group");
}

static fe_obj_t match_group_value(match_obj_t *m, int g, fe_obj_t dflt) {
    if (m->caps[2 * g] == SIZE_MAX || m->caps[2 * g + 1] == SIZE_MAX) {
        return dflt;
    }
    size_t len;
    const char *s = subject_data(m->re, m->string, &len);
    return make_slice(m->re, s, m->caps[2 * g], m->caps[2 * g + 1]);
}

static match_obj_t *get_match(fe_obj_t self) {
    if (!fe_obj_is_type_ptr(self, &fe_type_re_match)) {
        fe_raise_msg(&fe_type_TypeError, "Match object required");
    }
    return self;
}

static fe_obj_t match_group(size_t n_args, const fe_obj_t *args) {
    match_obj_t *m = get_match(args[0]);
    if (n_args == 1) {
        return match_group_value(m, 0, fe_none);
    }
    if (n_args == 2) {
        return match_group_value(m, group_index(m, args[1]), fe_none);
    }
    fe_obj_t t = fe_tuple_new(n_args - 1, NULL);
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(t, &n, &items);
    for (size_t k = 1; k < n_args; k++) {
        items[k - 1] = match_group_value(m, group_index(m, args[k]), fe_none);
    }
    return t;
}
static FE_DEFINE_FUN_VAR(match_group_obj, Q_group, 1, FE_ARGS_VAR, match_group);

static fe_obj_t match_groups(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {{Q_default, 0, FE_NULL}};
    fe_obj_t v[1];
    fe_parse_args(n_args - 1, args + 1, kw, 1, spec, v);
    match_obj_t *m = get_match(args[0]);
    fe_obj_t dflt = v[0] == FE_NULL ? fe_none : v[0];
    int ng = m->re->prog->n_groups;
    fe_obj_t t = fe_tuple_new((size_t)ng, NULL);
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(t, &n, &items);
    for (int g = 1; g <= ng; g++) {
        items[g - 1] = match_group_value(m, g, dflt);
    }
    return t;
}
static FE_DEFINE_FUN_KW(match_groups_obj, Q_groups, 1, match_groups);

#if FE_RE_EXTRA
static fe_obj_t match_groupdict(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {{Q_default, 0, FE_NULL}};
    fe_obj_t v[1];
    fe_parse_args(n_args - 1, args + 1, kw, 1, spec, v);
    match_obj_t *m = get_match(args[0]);
    fe_obj_t dflt = v[0] == FE_NULL ? fe_none : v[0];
    fe_obj_t d = fe_dict_new(0);
    size_t n;
    fe_obj_t *names;
    fe_tuple_get(m->re->prog->group_names, &n, &names);
    for (size_t g = 0; g < n; g++) {
        if (names[g] != fe_none) {
            fe_dict_store(d, names[g], match_group_value(m, (int)g + 1, dflt));
        }
    }
    return d;
}
static FE_DEFINE_FUN_KW(match_groupdict_obj, Q_groupdict, 1, match_groupdict);
#endif

static fe_obj_t match_pos_of(size_t n_args, const fe_obj_t *args, int which) {
    match_obj_t *m = get_match(args[0]);
    int g = n_args > 1 ? group_index(m, args[1]) : 0;
    fe_obj_t v[2];
    for (int k = 0; k < 2; k++) {
        size_t off = m->caps[2 * g + k];
        v[k] = off == SIZE_MAX ? FE_NEW_SMALL_INT(-1) : fe_int_from_int(offset_to_index(m, off));
    }
    if (which < 2) {
        return v[which];
    }
    return fe_tuple_new(2, v);
}

static fe_obj_t match_start(size_t n_args, const fe_obj_t *args) {
    return match_pos_of(n_args, args, 0);
}
static FE_DEFINE_FUN_VAR(match_start_obj, Q_start, 1, 2, match_start);

static fe_obj_t match_end(size_t n_args, const fe_obj_t *args) {
    return match_pos_of(n_args, args, 1);
}
static FE_DEFINE_FUN_VAR(match_end_obj, Q_end, 1, 2, match_end);

static fe_obj_t match_span(size_t n_args, const fe_obj_t *args) {
    return match_pos_of(n_args, args, 2);
}
static FE_DEFINE_FUN_VAR(match_span_obj, Q_span, 1, 2, match_span);

#if FE_RE_EXTRA
static fe_obj_t match_expand(fe_obj_t self, fe_obj_t template) {
    match_obj_t *m = get_match(self);
    fe_obj_t parts = parse_template(m->re, template);
    size_t len;
    const char *s = subject_data(m->re, m->string, &len);
    fe_vstr_t out;
    fe_vstr_init(&out, 16);
    expand_into(m->re, parts, s, m->caps, &out);
    return from_vstr(m->re, &out);
}
static FE_DEFINE_FUN_2(match_expand_obj, Q_expand, match_expand);
#endif

#if FE_RE_EXTRA
// lastindex: the matched group that closed last (largest end; among equal ends the outer,
// i.e. earliest-starting, group).
static int last_index(match_obj_t *m) {
    int best = -1;
    for (int g = 1; g <= m->re->prog->n_groups; g++) {
        if (m->caps[2 * g] == SIZE_MAX || m->caps[2 * g + 1] == SIZE_MAX) {
            continue;
        }
        if (best < 0 || m->caps[2 * g + 1] > m->caps[2 * best + 1] ||
            (m->caps[2 * g + 1] == m->caps[2 * best + 1] && m->caps[2 * g] >= m->caps[2 * best + 1])) {
            best = g;
        }
    }
    return best;
}

static void match_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    match_obj_t *m = self;
    if (attr == Q_string) {
        dest[0] = m->string;
    } else if (attr == Q_re) {
        dest[0] = m->re;
    } else if (attr == Q_pos) {
        dest[0] = fe_int_from_int(m->pos);
    } else if (attr == Q_endpos) {
        dest[0] = fe_int_from_int(m->endpos);
    } else if (attr == Q_lastindex) {
        int g = last_index(m);
        dest[0] = g < 0 ? fe_none : FE_NEW_SMALL_INT(g);
    } else if (attr == Q_lastgroup) {
        int g = last_index(m);
        dest[0] = fe_none;
        if (g > 0) {
            size_t n;
            fe_obj_t *names;
            fe_tuple_get(m->re->prog->group_names, &n, &names);
            dest[0] = names[g - 1];
        }
    }
}
#endif

static fe_obj_t match_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    if (value != FE_SUBSCR_LOAD) {
        return FE_NULL;
    }
    match_obj_t *m = self;
    return match_group_value(m, group_index(m, index), fe_none);
}

static void match_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    match_obj_t *m = self;
    fe_printf(print, "<re.Match object; span=(%d, %d), match=%r>", (int)offset_to_index(m, m->caps[0]),
              (int)offset_to_index(m, m->caps[1]), match_group_value(m, 0, fe_none));
}

static const fe_map_elem_t match_locals_table[] = {
    {FE_ROM_QSTR(Q_group), FE_ROM_PTR(&match_group_obj)},
    {FE_ROM_QSTR(Q_groups), FE_ROM_PTR(&match_groups_obj)},
    {FE_ROM_QSTR(Q_start), FE_ROM_PTR(&match_start_obj)},
    {FE_ROM_QSTR(Q_end), FE_ROM_PTR(&match_end_obj)},
    {FE_ROM_QSTR(Q_span), FE_ROM_PTR(&match_span_obj)},
#if FE_RE_EXTRA
    {FE_ROM_QSTR(Q_groupdict), FE_ROM_PTR(&match_groupdict_obj)},
    {FE_ROM_QSTR(Q_expand), FE_ROM_PTR(&match_expand_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(match_locals, match_locals_table);

const fe_type_t fe_type_re_match = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_Match,
    .print = match_print,
#if FE_RE_EXTRA
    .attr = match_attr,
#endif
    .subscr = match_subscr,
    .locals_dict = (fe_dict_t *)&match_locals,
};

// ---- the module -----------------------------------------------------------------------------

static const fe_map_elem_t re_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_re)},
    {FE_ROM_QSTR(Q_error), FE_ROM_PTR(&fe_type_re_error)},
    {FE_ROM_QSTR(Q_Pattern), FE_ROM_PTR(&fe_type_re_pattern)},
    {FE_ROM_QSTR(Q_Match), FE_ROM_PTR(&fe_type_re_match)},
    {FE_ROM_QSTR(Q_compile), FE_ROM_PTR(&re_compile_obj)},
    {FE_ROM_QSTR(Q_match), FE_ROM_PTR(&re_match_obj)},
    {FE_ROM_QSTR(Q_search), FE_ROM_PTR(&re_search_obj)},
    {FE_ROM_QSTR(Q_findall), FE_ROM_PTR(&re_findall_obj)},
    {FE_ROM_QSTR(Q_split), FE_ROM_PTR(&re_split_obj)},
    {FE_ROM_QSTR(Q_sub), FE_ROM_PTR(&re_sub_obj)},
#if FE_RE_EXTRA
    {FE_ROM_QSTR(Q_escape), FE_ROM_PTR(&re_escape_obj)},
    {FE_ROM_QSTR(Q_fullmatch), FE_ROM_PTR(&re_fullmatch_obj)},
    {FE_ROM_QSTR(Q_finditer), FE_ROM_PTR(&re_finditer_obj)},
    {FE_ROM_QSTR(Q_subn), FE_ROM_PTR(&re_subn_obj)},
    {FE_ROM_QSTR(Q_purge), FE_ROM_PTR(&re_purge_obj)},
#endif
#if FE_RE_ICASE_BACKREF
    {FE_ROM_QSTR(Q_I), FE_ROM_INT(RE_FLAG_IGNORECASE)},
    {FE_ROM_QSTR(Q_IGNORECASE), FE_ROM_INT(RE_FLAG_IGNORECASE)},
#endif
    {FE_ROM_QSTR(Q_M), FE_ROM_INT(RE_FLAG_MULTILINE)},
    {FE_ROM_QSTR(Q_MULTILINE), FE_ROM_INT(RE_FLAG_MULTILINE)},
    {FE_ROM_QSTR(Q_S), FE_ROM_INT(RE_FLAG_DOTALL)},
    {FE_ROM_QSTR(Q_DOTALL), FE_ROM_INT(RE_FLAG_DOTALL)},
    {FE_ROM_QSTR(Q_A), FE_ROM_INT(RE_FLAG_ASCII)},
    {FE_ROM_QSTR(Q_ASCII), FE_ROM_INT(RE_FLAG_ASCII)},
    {FE_ROM_QSTR(Q_U), FE_ROM_INT(RE_FLAG_UNICODE)},
    {FE_ROM_QSTR(Q_UNICODE), FE_ROM_INT(RE_FLAG_UNICODE)},
#if FE_RE_EXTRA
    {FE_ROM_QSTR(Q_X), FE_ROM_INT(RE_FLAG_VERBOSE)},
    {FE_ROM_QSTR(Q_VERBOSE), FE_ROM_INT(RE_FLAG_VERBOSE)},
    {FE_ROM_QSTR(Q_L), FE_ROM_INT(RE_FLAG_LOCALE)},
    {FE_ROM_QSTR(Q_LOCALE), FE_ROM_INT(RE_FLAG_LOCALE)},
#endif
};
static FE_DEFINE_CONST_DICT(re_globals, re_globals_table);

const fe_module_t fe_module_re = {{&fe_type_module}, (fe_dict_t *)&re_globals};
