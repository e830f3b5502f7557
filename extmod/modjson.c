// extmod/modjson.c: the json module (ujson): dumps/dump/loads/load with CPython's output
// for the default settings, and JSONDecodeError (a ValueError subclass) for bad input.
//
// Both directions recurse once per nesting level; the depth is bounded by
// FE_MAX_CALL_DEPTH (RecursionError, as CPython) and fe_stack_check() guards the C stack.
// The decoder works on UTF-8 bytes and never reads past `end`: peek() returns -1 there.
#include <string.h>
#include <math.h>
#include "py/obj.h"
#include "extmod/modexc.h"

FE_EXTMOD_EXC_TYPE(fe_type_JSONDecodeError, Q_JSONDecodeError, &fe_type_ValueError);

// The message arguments of enter_level and dec_error may be compressed by tools/makemsgs.py
// (they are in its RAISERS); EXPAND gives back their text.
#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"
#define EXPAND(text) char expanded[FE_MSG_MAX_LEN + 1]; text = fe_msg_expand(text, expanded)
#else
#define EXPAND(text)
#endif

static void enter_level(size_t *depth, const char *what) {
    fe_stack_check();
    if (++*depth > FE_MAX_CALL_DEPTH) {
        EXPAND(what);
        fe_raise_fmt(&fe_type_RecursionError, "maximum recursion depth exceeded %s", what);
    }
}

// ---- encoder -------------------------------------------------------------------------------

typedef struct {
    fe_vstr_t out;
    const char *item_sep, *key_sep;
    size_t item_sep_len, key_sep_len;
#if FE_JSON_EXTRA
    const char *indent;  // NULL: everything on one line
    size_t indent_len;
    bool sort_keys, ensure_ascii, allow_nan, skipkeys;
    fe_obj_t default_fn;  // FE_NULL if not given
#endif
    fe_obj_t markers;     // list of the containers being encoded (cycle detection)
    size_t depth;
} encoder_t;

// Without FE_JSON_EXTRA only `separators` is accepted and the other options keep
// CPython's defaults (ASCII output, NaN allowed, one line, keys in dict order).
#if FE_JSON_EXTRA
#define ENSURE_ASCII(e) ((e)->ensure_ascii)
#define ALLOW_NAN(e) ((e)->allow_nan)
#else
#define ENSURE_ASCII(e) true
#define ALLOW_NAN(e) true
#endif

// The one-character escapes: pairs of (letter after the backslash, character). The encoder
// uses all but "\/" (CPython writes '/' as is), the decoder all.
static const char short_escapes[] = "\"\"\\\\b\bf\fn\nr\rt\t//";

// The pair of short_escapes whose character (which = 1) or letter (which = 0) is c, or NULL.
static const char *find_escape(char c, int which) {
    for (const char *q = short_escapes; *q; q += 2) {
        if (q[which] == c) {
            return q;
        }
    }
    return NULL;
}

// Appends \uXXXX for a UTF-16 code unit.
static void enc_unit(fe_vstr_t *v, uint32_t unit) {
    char buf[6] = {'\\', 'u'};
    for (int d = 0; d < 4; d++) {
        buf[2 + d] = "0123456789abcdef"[(unit >> (12 - 4 * d)) & 15];
    }
    fe_vstr_add_strn(v, buf, 6);
}

static void enc_str(encoder_t *e, fe_obj_t str) {
    size_t len;
    const uint8_t *s = (const uint8_t *)fe_str_data(str, &len);
    fe_vstr_t *v = &e->out;
    fe_vstr_add_byte(v, '"');
    for (size_t i = 0; i < len;) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            const char *esc = c != '/' ? find_escape((char)c, 1) : NULL;
            if (esc != NULL) {
                fe_vstr_add_byte(v, '\\');
                fe_vstr_add_byte(v, (uint8_t)esc[0]);
            } else if (c < 0x20 || (c == 0x7f && ENSURE_ASCII(e))) {
                enc_unit(v, c);
            } else {
                fe_vstr_add_byte(v, c);
            }
            continue;
        }
        // a multi-byte UTF-8 sequence (str data is well formed; lengths are still checked)
        size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (i + n > len) {
            n = len - i;
        }
        if (!ENSURE_ASCII(e)) {
            fe_vstr_add_strn(v, (const char *)s + i, n);
            i += n;
            continue;
        }
        uint32_t cp = c & (n == 4 ? 0x07 : n == 3 ? 0x0f : 0x1f);
        for (size_t k = 1; k < n; k++) {
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        i += n;
        if (cp >= 0x10000) {
            // a surrogate pair
            cp -= 0x10000;
            enc_unit(v, 0xd800 | (cp >> 10));
            cp = 0xdc00 | (cp & 0x3ff);
        }
        enc_unit(v, cp);
    }
    fe_vstr_add_byte(v, '"');
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
static void enc_float(encoder_t *e, fe_float_t f) {
    if (!isfinite(f) && !ALLOW_NAN(e)) {
        fe_raise_msg(&fe_type_ValueError, "Out of range float values are not JSON compliant");
    }
    if (isnan(f)) {
        fe_vstr_add_str(&e->out, "NaN");
    } else if (isinf(f)) {
        fe_vstr_add_str(&e->out, f > 0 ? "Infinity" : "-Infinity");
    } else {
        fe_float_repr(&e->out, f);
    }
}
#endif

static void enc_int(encoder_t *e, fe_obj_t o) {
    fe_obj_t native = fe_native_self(o, &fe_type_int);
    fe_obj_t s = fe_repr(native != FE_NULL ? native : o);
    size_t len;
    const char *d = fe_str_data(s, &len);
    fe_vstr_add_strn(&e->out, d, len);
}

#if FE_JSON_EXTRA
static void enc_newline(encoder_t *e) {
    if (e->indent != NULL) {
        fe_vstr_add_byte(&e->out, '\n');
        for (size_t i = 0; i < e->depth; i++) {
            fe_vstr_add_strn(&e->out, e->indent, e->indent_len);
        }
    }
}
#else
#define enc_newline(e) ((void)0)
#endif

static void enc_value(encoder_t *e, fe_obj_t o);

static void enc_push(encoder_t *e, fe_obj_t o) {
    size_t n;
    fe_obj_t *items;
    fe_list_get(e->markers, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == o) {
            fe_raise_msg(&fe_type_ValueError, "Circular reference detected");
        }
    }
    fe_list_append(e->markers, o);
    enter_level(&e->depth, "while encoding a JSON object");
}

static void enc_pop(encoder_t *e) {
    ((fe_list_t *)e->markers)->len--;
    e->depth--;
}

static void enc_list(encoder_t *e, fe_obj_t o, fe_obj_t seq) {
    size_t n;
    fe_obj_t *items;
    fe_get_array(seq, &n, &items);
    if (n == 0) {
        fe_vstr_add_str(&e->out, "[]");
        return;
    }
    enc_push(e, o);
    fe_vstr_add_byte(&e->out, '[');
    enc_newline(e);
    // index each time: encoding runs default() and __repr__ code that may change a list
    for (size_t i = 0;; i++) {
        fe_get_array(seq, &n, &items);
        if (i >= n) {
            break;
        }
        if (i > 0) {
            fe_vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            enc_newline(e);
        }
        enc_value(e, items[i]);
    }
    enc_pop(e);
    enc_newline(e);
    fe_vstr_add_byte(&e->out, ']');
}

#if FE_JSON_EXTRA
// Whether key can be a JSON key (str, int, float, bool, None); TypeError unless skipkeys.
static bool key_ok(encoder_t *e, fe_obj_t key) {
    if (fe_is_str(key) || key == fe_true || key == fe_false || key == fe_none || fe_is_int(key) ||
        fe_native_self(key, &fe_type_int) != FE_NULL
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        || fe_isinstance(key, &fe_type_float)
#endif
        ) {
        return true;
    }
    if (e->skipkeys) {
        return false;
    }
    fe_raise_fmt(&fe_type_TypeError, "keys must be str, int, float, bool or None, not %T", key);
}
#endif

static void enc_key(encoder_t *e, fe_obj_t key) {
    if (fe_is_str(key)) {
        enc_str(e, key);
        return;
    }
    fe_vstr_add_byte(&e->out, '"');
    if (key == fe_true || key == fe_false || key == fe_none) {
        fe_vstr_add_str(&e->out, key == fe_true ? "true" : key == fe_false ? "false" : "null");
    } else if (fe_is_int(key) || fe_native_self(key, &fe_type_int) != FE_NULL) {
        enc_int(e, key);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    } else if (fe_isinstance(key, &fe_type_float)) {
        enc_float(e, fe_get_float(key));
#endif
    } else {
        fe_raise_fmt(&fe_type_TypeError, "keys must be str, int, float, bool or None, not %T", key);
    }
    fe_vstr_add_byte(&e->out, '"');
}

static void enc_dict(encoder_t *e, fe_obj_t o, fe_obj_t dict) {
    // `dict` is a native dict or a native dict subtype (OrderedDict ...): all begin with an
    // fe_dict_t (fe_dict_get_map accepts exact dicts only)
    fe_map_t *map = &((fe_dict_t *)dict)->map;
    if (map->count == 0) {
        fe_vstr_add_str(&e->out, "{}");
        return;
    }
    enc_push(e, o);
    fe_vstr_add_byte(&e->out, '{');
    enc_newline(e);
    // a snapshot of the items, so that code run while encoding cannot disturb the walk
    fe_obj_t keys = fe_list_new(0, NULL);
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(map, &pos)) != NULL) {
        fe_list_append(keys, el->key);
    }
#if FE_JSON_EXTRA
    if (e->sort_keys) {
        fe_list_sort(keys, FE_NULL, false);
    }
#endif
    size_t n;
    fe_obj_t *items;
    fe_list_get(keys, &n, &items);
    size_t written = 0;
    for (size_t i = 0; i < n; i++) {
        fe_obj_t key = items[i];
        fe_map_elem_t *found = fe_map_lookup(map, key, FE_MAP_LOOKUP);
        if (found == NULL) {
            continue;
        }
        fe_obj_t value = found->value;
#if FE_JSON_EXTRA
        if (!key_ok(e, key)) {
            continue;
        }
#endif
        if (written++ > 0) {
            fe_vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            enc_newline(e);
        }
        enc_key(e, key);
        fe_vstr_add_strn(&e->out, e->key_sep, e->key_sep_len);
        enc_value(e, value);
        fe_list_get(keys, &n, &items);
    }
    enc_pop(e);
    enc_newline(e);
    fe_vstr_add_byte(&e->out, '}');
}

static void enc_value(encoder_t *e, fe_obj_t o) {
    fe_obj_t native;
    if (fe_is_str(o)) {
        enc_str(e, o);
    } else if (o == fe_none) {
        fe_vstr_add_str(&e->out, "null");
    } else if (o == fe_true) {
        fe_vstr_add_str(&e->out, "true");
    } else if (o == fe_false) {
        fe_vstr_add_str(&e->out, "false");
    } else if (fe_is_int(o) || fe_native_self(o, &fe_type_int) != FE_NULL) {
        enc_int(e, o);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    } else if (fe_isinstance(o, &fe_type_float)) {
        enc_float(e, fe_get_float(o));
#endif
    } else if ((native = fe_native_self(o, &fe_type_list)) != FE_NULL
               || (native = fe_native_self(o, &fe_type_tuple)) != FE_NULL) {
        enc_list(e, o, native);
    } else if ((native = fe_native_self(o, &fe_type_dict)) != FE_NULL) {
        enc_dict(e, o, native);
#if FE_JSON_EXTRA
    } else if (e->default_fn != FE_NULL) {
        enc_push(e, o);
        fe_obj_t r = fe_call1(e->default_fn, o);
        enc_value(e, r);
        enc_pop(e);
#endif
    } else {
        fe_raise_fmt(&fe_type_TypeError, "Object of type %T is not JSON serializable", o);
    }
}

// Keyword options shared by dumps and dump.
#if FE_JSON_EXTRA
enum { OPT_SKIPKEYS, OPT_ENSURE_ASCII, OPT_CHECK_CIRCULAR, OPT_ALLOW_NAN, OPT_CLS, OPT_INDENT,
       OPT_SEPARATORS, OPT_DEFAULT, OPT_SORT_KEYS, OPT_COUNT };
static const fe_arg_spec_t dump_spec[] = {
    {Q_skipkeys, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_false},
    {Q_ensure_ascii, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_true},
    {Q_check_circular, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_true},
    {Q_allow_nan, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_true},
    {Q_cls, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
    {Q_indent, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
    {Q_separators, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
    {Q_default, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
    {Q_sort_keys, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_false},
};
#else
enum { OPT_SEPARATORS, OPT_COUNT };
static const fe_arg_spec_t dump_spec[] = {
    {Q_separators, FE_ARG_KW_ONLY | FE_ARG_OBJ, fe_none},
};
#endif

static const char *sep_text(fe_obj_t s, size_t *len) {
    if (!fe_is_str(s)) {
        fe_raise_fmt(&fe_type_TypeError, "separators must be str, not %T", s);
    }
    return fe_str_data(s, len);
}

static fe_obj_t encode(fe_obj_t obj, fe_map_t *kw) {
    fe_obj_t opt[OPT_COUNT];
    fe_parse_args(0, NULL, kw, OPT_COUNT, dump_spec, opt);
    encoder_t e;
    memset(&e, 0, sizeof(e));
    fe_vstr_init(&e.out, 16);
    e.markers = fe_list_new(0, NULL);
    e.item_sep = ", ";
    e.item_sep_len = 2;
    e.key_sep = ": ";
    e.key_sep_len = 2;
#if FE_JSON_EXTRA
    e.ensure_ascii = fe_is_true(opt[OPT_ENSURE_ASCII]);
    e.sort_keys = fe_is_true(opt[OPT_SORT_KEYS]);
    e.allow_nan = fe_is_true(opt[OPT_ALLOW_NAN]);
    e.skipkeys = fe_is_true(opt[OPT_SKIPKEYS]);
    e.default_fn = opt[OPT_DEFAULT] == fe_none ? FE_NULL : opt[OPT_DEFAULT];
    fe_obj_t indent = opt[OPT_INDENT];
    if (indent != fe_none) {
        e.item_sep_len = 1;  // ","
        if (fe_is_str(indent)) {
            e.indent = fe_str_data(indent, &e.indent_len);
        } else {
            fe_int_t n = fe_get_int(indent);
            if (n < 0) {
                n = 0;
            }
            char *spaces = fe_alloc((size_t)n + 1);
            memset(spaces, ' ', (size_t)n);
            e.indent = spaces;
            e.indent_len = (size_t)n;
        }
    }
#endif
    if (opt[OPT_SEPARATORS] != fe_none) {
        fe_obj_t seps[2];
        fe_unpack_sequence(opt[OPT_SEPARATORS], 2, seps);
        e.item_sep = sep_text(seps[0], &e.item_sep_len);
        e.key_sep = sep_text(seps[1], &e.key_sep_len);
    }
    enc_value(&e, obj);
    return fe_str_from_vstr(&e.out);
}

static fe_obj_t json_dumps(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 1) {
        fe_raise_fmt(&fe_type_TypeError, "dumps() takes 1 positional argument but %d were given", (int)n_args);
    }
    return encode(args[0], kw);
}
static FE_DEFINE_FUN_KW(json_dumps_obj, Q_dumps, 1, json_dumps);

static fe_obj_t json_dump(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 2) {
        fe_raise_fmt(&fe_type_TypeError, "dump() takes 2 positional arguments but %d were given", (int)n_args);
    }
    fe_obj_t s = encode(args[0], kw);
    fe_obj_t m[3];
    fe_load_method(args[1], Q_write, m);
    m[2] = s;
    fe_call_method(1, 0, m);
    return fe_none;
}
static FE_DEFINE_FUN_KW(json_dump_obj, Q_dump, 2, json_dump);

// ---- decoder -------------------------------------------------------------------------------

typedef struct {
    const char *start, *p, *end;
    size_t depth;
} decoder_t;

static int peek(decoder_t *d) {
    return d->p < d->end ? (uint8_t)*d->p : -1;
}

static void skip_ws(decoder_t *d) {
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r')) {
        d->p++;
    }
}

// "msg: line L column C (char N)" with positions in characters, as CPython.
static FE_NORETURN void dec_error(decoder_t *d, const char *msg, const char *at) {
    size_t chars = 0, line = 1, col_start = 0;
    for (const char *q = d->start; q < at; q++) {
        if (((uint8_t)*q & 0xc0) != 0x80) {
            chars++;
        }
        if (*q == '\n') {
            line++;
            col_start = chars;
        }
    }
    EXPAND(msg);
    fe_raise_fmt(&fe_type_JSONDecodeError, "%s: line %u column %u (char %u)", msg, (unsigned)line,
                 (unsigned)(chars - col_start + 1), (unsigned)chars);
}

static int hex4(const char *p, const char *end) {
    if (end - p < 4) {
        return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int x = fe_hex_value((uint8_t)p[i]);
        if (x < 0) {
            return -1;
        }
        v = v << 4 | x;
    }
    return v;
}

static fe_obj_t dec_string(decoder_t *d) {
    const char *start = d->p++;
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    for (;;) {
        if (d->p >= d->end) {
            dec_error(d, "Unterminated string starting at", start);
        }
        uint8_t c = (uint8_t)*d->p;
        if (c == '"') {
            d->p++;
            break;
        }
        if (c < 0x20) {
            dec_error(d, "Invalid control character at", d->p);
        }
        if (c != '\\') {
            // copy a run of plain bytes
            const char *run = d->p;
            while (d->p < d->end && *d->p != '"' && *d->p != '\\' && (uint8_t)*d->p >= 0x20) {
                d->p++;
            }
            fe_vstr_add_strn(&v, run, (size_t)(d->p - run));
            continue;
        }
        const char *esc = d->p++;
        if (d->p >= d->end) {
            dec_error(d, "Unterminated string starting at", start);
        }
        char e = *d->p++;
        const char *simple = find_escape(e, 0);
        if (simple != NULL) {
            fe_vstr_add_byte(&v, (uint8_t)simple[1]);
            continue;
        }
        switch (e) {
            case 'u': {
                int cp = hex4(d->p, d->end);
                if (cp < 0) {
                    dec_error(d, "Invalid \\uXXXX escape", esc + 1);
                }
                d->p += 4;
                if (cp >= 0xd800 && cp < 0xdc00 && d->end - d->p >= 6 && d->p[0] == '\\' && d->p[1] == 'u') {
                    int lo = hex4(d->p + 2, d->end);
                    if (lo >= 0xdc00 && lo < 0xe000) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                        d->p += 6;
                    }
                }
                fe_vstr_add_char(&v, (unsigned)cp);
                break;
            }
            default:
                dec_error(d, "Invalid \\escape", esc);
        }
    }
    return fe_str_from_vstr(&v);
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static fe_obj_t dec_number(decoder_t *d) {
    const char *start = d->p;
    if (peek(d) == '-') {
        d->p++;
    }
    if (!is_digit(peek(d))) {
        dec_error(d, "Expecting value", start);
    }
    if (peek(d) == '0') {
        d->p++;
    } else {
        while (is_digit(peek(d))) {
            d->p++;
        }
    }
    bool is_float = false;
    if (peek(d) == '.' && d->p + 1 < d->end && is_digit((uint8_t)d->p[1])) {
        d->p += 2;
        while (is_digit(peek(d))) {
            d->p++;
        }
        is_float = true;
    }
    if (peek(d) == 'e' || peek(d) == 'E') {
        const char *q = d->p + 1;
        if (q < d->end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q < d->end && is_digit((uint8_t)*q)) {
            d->p = q;
            while (is_digit(peek(d))) {
                d->p++;
            }
            is_float = true;
        }
    }
    if (is_float) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        return fe_float_parse(start, (size_t)(d->p - start), false);
#else
        fe_raise_msg(&fe_type_ValueError, "floats not supported");
#endif
    }
    return fe_int_parse(start, (size_t)(d->p - start), 10);
}

static fe_obj_t dec_value(decoder_t *d);

// After a container's opening bracket: true (the closing one consumed) if it is empty.
static bool dec_open_empty(decoder_t *d, int close) {
    d->p++;
    skip_ws(d);
    if (peek(d) == close) {
        d->p++;
        return true;
    }
    return false;
}

// After an item: true (consumed) at the closing bracket, else the ',' and space are consumed.
static bool dec_item_end(decoder_t *d, int close) {
    skip_ws(d);
    int c = peek(d);
    if (c == close) {
        d->p++;
        return true;
    }
    if (c != ',') {
        dec_error(d, "Expecting ',' delimiter", d->p);
    }
    d->p++;
    skip_ws(d);
    return false;
}

static fe_obj_t dec_object(decoder_t *d) {
    enter_level(&d->depth, "while decoding a JSON object from a unicode string");
    fe_obj_t dict = fe_dict_new(0);
    if (!dec_open_empty(d, '}')) {
        do {
            if (peek(d) != '"') {
                dec_error(d, "Expecting property name enclosed in double quotes", d->p);
            }
            fe_obj_t key = dec_string(d);
            skip_ws(d);
            if (peek(d) != ':') {
                dec_error(d, "Expecting ':' delimiter", d->p);
            }
            d->p++;
            skip_ws(d);
            fe_obj_t value = dec_value(d);
            fe_dict_store(dict, key, value);
        } while (!dec_item_end(d, '}'));
    }
    d->depth--;
    return dict;
}

static fe_obj_t dec_array(decoder_t *d) {
    enter_level(&d->depth, "while decoding a JSON array from a unicode string");
    fe_obj_t list = fe_list_new(0, NULL);
    if (!dec_open_empty(d, ']')) {
        do {
            fe_list_append(list, dec_value(d));
        } while (!dec_item_end(d, ']'));
    }
    d->depth--;
    return list;
}

// The literal words JSON accepts, with NaN and the infinities as CPython does.
// (each ends with a 0 byte; an empty word ends the list).
static const char dec_words[] = "null\0true\0false\0"
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
                                "NaN\0Infinity\0-Infinity\0"
#endif
                                ;

static fe_obj_t dec_value(decoder_t *d) {
    int c = peek(d);
    if (c == '"') {
        return dec_string(d);
    }
    if (c == '{') {
        return dec_object(d);
    }
    if (c == '[') {
        return dec_array(d);
    }
    size_t n;
    const char *w = dec_words;
    for (size_t i = 0; (n = strlen(w)) != 0; i++, w += n + 1) {
        if ((size_t)(d->end - d->p) >= n && memcmp(d->p, w, n) == 0) {
            d->p += n;
            static const fe_obj_t consts[] = {fe_none, fe_true, fe_false};
            if (i < 3) {
                return consts[i];
            }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
            return fe_float_new(i == 3 ? (fe_float_t)NAN : i == 4 ? (fe_float_t)INFINITY : -(fe_float_t)INFINITY);
#endif
        }
    }
    if (c == '-' || is_digit(c)) {
        return dec_number(d);
    }
    dec_error(d, "Expecting value", d->p);
}

static fe_obj_t json_loads(fe_obj_t s) {
    if (!fe_is_str(s)) {
        if (!fe_isinstance(s, &fe_type_bytes) && !fe_isinstance(s, &fe_type_bytearray)) {
            fe_raise_fmt(&fe_type_TypeError, "the JSON object must be str, bytes or bytearray, not %T", s);
        }
        // bytes: decode as UTF-8 first (UnicodeDecodeError for bad input, as CPython)
        fe_obj_t m[2];
        fe_load_method(s, Q_decode, m);
        s = fe_call_method(0, 0, m);
    }
    decoder_t d;
    size_t len;
    d.start = fe_str_data(s, &len);
    d.p = d.start;
    d.end = d.start + len;
    d.depth = 0;
    skip_ws(&d);
    fe_obj_t value = dec_value(&d);
    skip_ws(&d);
    if (d.p != d.end) {
        dec_error(&d, "Extra data", d.p);
    }
    return value;
}
static FE_DEFINE_FUN_1(json_loads_obj, Q_loads, json_loads);

static fe_obj_t json_load(fe_obj_t fp) {
    fe_obj_t m[2];
    fe_load_method(fp, Q_read, m);
    return json_loads(fe_call_method(0, 0, m));
}
static FE_DEFINE_FUN_1(json_load_obj, Q_load, json_load);

static const fe_map_elem_t json_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_json)},
    {FE_ROM_QSTR(Q_dumps), FE_ROM_PTR(&json_dumps_obj)},
    {FE_ROM_QSTR(Q_dump), FE_ROM_PTR(&json_dump_obj)},
    {FE_ROM_QSTR(Q_loads), FE_ROM_PTR(&json_loads_obj)},
    {FE_ROM_QSTR(Q_load), FE_ROM_PTR(&json_load_obj)},
    {FE_ROM_QSTR(Q_JSONDecodeError), FE_ROM_PTR(&fe_type_JSONDecodeError)},
};
static FE_DEFINE_CONST_DICT(json_globals, json_globals_table);

const fe_module_t fe_module_json = {{&fe_type_module}, (fe_dict_t *)&json_globals};
