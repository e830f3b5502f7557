// py/objstr_methods.c: the methods str, bytes and bytearray share (find, split, strip,
// join, case mapping, the is* predicates ...), written once over a str_view_t.
//
// For str, start/end arguments and returned positions count code points while the work is
// done on UTF-8 bytes; for bytes and bytearray a "character" is a byte. Results have the
// kind of self (a bytearray method returns bytearrays).
#include <string.h>
#include "py/obj.h"
#include "py/objstr.h"
#include "py/unicode.h"

static void self_view(fe_obj_t self, str_view_t *v) {
    if (!fe_str_get_view(self, v)) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'str' object but received a '%q'",
                     (qstr)fe_typeof(self)->name);
    }
}

static bool is_str_kind(const str_view_t *v) {
    return v->kind == STR_KIND_STR;
}

// An argument of the same family as self: str for str, any bytes-like object for bytes.
// False if o is not one (each caller raises its own CPython message).
static bool arg_view_maybe(const str_view_t *self, fe_obj_t o, str_view_t *out) {
    if (is_str_kind(self)) {
        return fe_str_get_view(o, out) && out->kind == STR_KIND_STR;
    }
    fe_buffer_info_t info;
    if (fe_is_str(o) || !fe_get_buffer(o, &info, FE_BUFFER_READ)) {
        return false;
    }
    out->data = info.buf;
    out->len = info.len;
    out->kind = STR_KIND_BYTES;
    out->n_chars = out->len;
    return true;
}

static void arg_view(const str_view_t *self, fe_obj_t o, str_view_t *out) {
    if (!arg_view_maybe(self, o, out)) {
        if (is_str_kind(self)) {
            fe_raise_fmt(&fe_type_TypeError, "must be str, not %T", o);
        }
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%q'", (qstr)fe_typeof(o)->name);
    }
}

// The next character (code point for str, byte otherwise) at *p.
static inline unsigned next_unit(const str_view_t *v, const char **p) {
    if (v->kind == STR_KIND_STR) {
        return fe_utf8_decode(p);
    }
    return (uint8_t) * (*p)++;
}

static inline void add_unit(const str_view_t *v, fe_vstr_t *out, unsigned c) {
    if (v->kind == STR_KIND_STR) {
        fe_vstr_add_char(out, c);
    } else {
        fe_vstr_add_byte(out, (uint8_t)c);
    }
}

static size_t view_chars(const str_view_t *v) {
    return v->n_chars;
}

// Byte offset of character index ci (ci <= number of characters).
static size_t char_to_byte(const str_view_t *v, size_t nchars, size_t ci) {
    if (v->kind != STR_KIND_STR || nchars == v->len) {
        return ci;
    }
    return fe_utf8_char_offset(v->data, v->len, ci);
}

static fe_int_t byte_to_char(const str_view_t *v, fe_int_t off) {
    if (v->kind != STR_KIND_STR || off < 0 || v->n_chars == v->len) {
        return off;
    }
    return (fe_int_t)fe_utf8_count_chars(v->data, (size_t)off);
}

// A result equal to self: self itself when it is an exact str or bytes (immutable, so it can
// be shared, as CPython does), else a fresh object of self's kind (a bytearray, a subclass).
static fe_obj_t unchanged(fe_obj_t self, const str_view_t *v) {
    if (v->kind != STR_KIND_BYTEARRAY &&
        (FE_IS_QSTR(self) || fe_obj_is_type_ptr(self, &fe_type_str) || fe_obj_is_type_ptr(self, &fe_type_bytes))) {
        return self;
    }
    return fe_str_make_kind(v->kind, v->data, v->len);
}

// An optional start/end argument (def if absent); a negative one counts from the end n,
// clipped at 0.
static fe_int_t opt_index(fe_obj_t o, fe_int_t def, fe_int_t n) {
    if (o == FE_NULL || o == fe_none) {
        return def;
    }
    if (!fe_is_int(o) && !fe_str_is_user_object(o)) {
        fe_raise_msg(&fe_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    fe_int_t i = fe_get_index(o);
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    return i;
}

// Resolves optional start/end (character indices, slice semantics) to byte offsets.
// Returns false when start lies beyond the end (an empty range that even '' can't match).
static bool resolve_range(const str_view_t *v, fe_obj_t start_obj, fe_obj_t end_obj, size_t *from, size_t *to) {
    if ((start_obj == FE_NULL || start_obj == fe_none) && (end_obj == FE_NULL || end_obj == fe_none)) {
        *from = 0;
        *to = v->len;
        return true;
    }
    size_t n = view_chars(v);
    fe_int_t start = opt_index(start_obj, 0, (fe_int_t)n);
    fe_int_t end = opt_index(end_obj, (fe_int_t)n, (fe_int_t)n);
    if ((size_t)end > n) {
        end = (fe_int_t)n;
    }
    if ((size_t)start > n || end < start) {
        *from = *to = v->len;
        return false;  // an empty range that not even '' matches
    }
    *from = char_to_byte(v, n, (size_t)start);
    *to = end <= start ? *from : char_to_byte(v, n, (size_t)end);
    return true;
}

// ---- find / index / count ----------------------------------------------------------------

static void needle_view(const str_view_t *self, fe_obj_t o, str_view_t *out, char *byte_buf) {
    if (!is_str_kind(self) && fe_is_int(o)) {
        fe_int_t b = fe_get_int(o);
        if (b < 0 || b > 255) {
            fe_raise_msg(&fe_type_ValueError, "byte must be in range(0, 256)");
        }
        byte_buf[0] = (char)b;
        out->data = byte_buf;
        out->len = 1;
        out->kind = STR_KIND_BYTES;
        out->n_chars = out->len;
        return;
    }
    if (is_str_kind(self)) {
        arg_view(self, o, out);
    } else if (!arg_view_maybe(self, o, out)) {
        fe_raise_fmt(&fe_type_TypeError, "argument should be integer or bytes-like object, not '%q'",
                     (qstr)fe_typeof(o)->name);
    }
}

static fe_int_t rfind_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen) {
    if (nlen > hlen) {
        return -1;
    }
    for (size_t i = hlen - nlen + 1; i-- > 0;) {
        if (memcmp(hay + i, needle, nlen) == 0) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

static fe_obj_t find_common(size_t n_args, const fe_obj_t *args, bool reverse, bool raise) {
    str_view_t v, sub;
    char b;
    self_view(args[0], &v);
    needle_view(&v, args[1], &sub, &b);
    size_t from, to;
    fe_int_t r = -1;
    if (resolve_range(&v, n_args > 2 ? args[2] : FE_NULL, n_args > 3 ? args[3] : FE_NULL, &from, &to)) {
        if (to >= from) {
            if (reverse) {
                r = rfind_bytes(v.data + from, to - from, sub.data, sub.len);
            } else {
                r = fe_str_find_bytes(v.data + from, to - from, sub.data, sub.len, 0);
            }
            if (r >= 0) {
                r += (fe_int_t)from;
            }
        }
    }
    if (r < 0 && raise) {
        fe_raise_msg(&fe_type_ValueError, is_str_kind(&v) ? "substring not found" : "subsection not found");
    }
    return FE_NEW_SMALL_INT(byte_to_char(&v, r));
}

static fe_obj_t strm_find(size_t n_args, const fe_obj_t *args) {
    return find_common(n_args, args, false, false);
}
static fe_obj_t strm_rfind(size_t n_args, const fe_obj_t *args) {
    return find_common(n_args, args, true, false);
}
static fe_obj_t strm_index(size_t n_args, const fe_obj_t *args) {
    return find_common(n_args, args, false, true);
}
FE_DEFINE_FUN_VAR(fe_strm_find_obj, Q_find, 2, 4, strm_find);
FE_DEFINE_FUN_VAR(fe_strm_rfind_obj, Q_rfind, 2, 4, strm_rfind);
FE_DEFINE_FUN_VAR(fe_strm_index_obj, Q_index, 2, 4, strm_index);
static fe_obj_t strm_rindex(size_t n_args, const fe_obj_t *args) {
    return find_common(n_args, args, true, true);
}
FE_DEFINE_FUN_VAR(fe_strm_rindex_obj, Q_rindex, 2, 4, strm_rindex);

static fe_obj_t strm_count(size_t n_args, const fe_obj_t *args) {
    str_view_t v, sub;
    char b;
    self_view(args[0], &v);
    needle_view(&v, args[1], &sub, &b);
    size_t from, to;
    if (!resolve_range(&v, n_args > 2 ? args[2] : FE_NULL, n_args > 3 ? args[3] : FE_NULL, &from, &to)) {
        return FE_NEW_SMALL_INT(0);
    }
    if (sub.len == 0) {
        size_t n = v.kind == STR_KIND_STR ? fe_utf8_count_chars(v.data + from, to - from) : to - from;
        return FE_NEW_SMALL_INT(n + 1);
    }
    size_t count = 0;
    size_t pos = from;
    for (;;) {
        fe_int_t r = fe_str_find_bytes(v.data, to, sub.data, sub.len, pos);
        if (r < 0) {
            break;
        }
        count++;
        pos = (size_t)r + sub.len;
    }
    return FE_NEW_SMALL_INT(count);
}
FE_DEFINE_FUN_VAR(fe_strm_count_obj, Q_count, 2, 4, strm_count);

// ---- startswith / endswith -------------------------------------------------------------------

static fe_obj_t starts_ends(size_t n_args, const fe_obj_t *args, bool ends) {
    str_view_t v;
    self_view(args[0], &v);
    size_t from, to;
    bool valid = resolve_range(&v, n_args > 2 ? args[2] : FE_NULL, n_args > 3 ? args[3] : FE_NULL, &from, &to);
    size_t n = 1;
    fe_obj_t *items = (fe_obj_t *)&args[1];
    bool is_tuple = fe_obj_is_type_ptr(args[1], &fe_type_tuple);
    if (is_tuple) {
        fe_tuple_get(args[1], &n, &items);
    }
    for (size_t i = 0; i < n; i++) {
        str_view_t p;
        if (!arg_view_maybe(&v, items[i], &p)) {
            const char *name = ends ? "endswith" : "startswith";
            if (is_tuple) {
                if (is_str_kind(&v)) {
                    fe_raise_fmt(&fe_type_TypeError, "tuple for %s must only contain str, not %T", name, items[i]);
                }
                fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%q'",
                             (qstr)fe_typeof(items[i])->name);
            }
            const char *kind = is_str_kind(&v) ? "str" : "bytes";
            fe_raise_fmt(&fe_type_TypeError, "%s first arg must be %s or a tuple of %s, not %T", name, kind, kind,
                         items[i]);
        }
        if (!valid || to < from || p.len > to - from) {
            continue;
        }
        const char *at = ends ? v.data + to - p.len : v.data + from;
        if (memcmp(at, p.data, p.len) == 0) {
            return fe_true;
        }
    }
    return fe_false;
}

static fe_obj_t strm_startswith(size_t n_args, const fe_obj_t *args) {
    return starts_ends(n_args, args, false);
}
static fe_obj_t strm_endswith(size_t n_args, const fe_obj_t *args) {
    return starts_ends(n_args, args, true);
}
FE_DEFINE_FUN_VAR(fe_strm_startswith_obj, Q_startswith, 2, 4, strm_startswith);
FE_DEFINE_FUN_VAR(fe_strm_endswith_obj, Q_endswith, 2, 4, strm_endswith);

// ---- join ------------------------------------------------------------------------------------

// The bytes of one item of a join, with CPython's TypeError for a wrong type.
static void join_item(const str_view_t *v, fe_obj_t o, size_t i, str_view_t *item) {
    if (!arg_view_maybe(v, o, item)) {
        fe_raise_fmt(&fe_type_TypeError, is_str_kind(v) ? "sequence item %d: expected str instance, %T found"
                                                        : "sequence item %d: expected a bytes-like object, %T found",
                     (int)i, o);
    }
}

static fe_obj_t strm_join(fe_obj_t self, fe_obj_t iterable) {
    str_view_t v;
    self_view(self, &v);
    size_t n;
    fe_obj_t *items;
    fe_get_array(iterable, &n, &items);
    if (n == 1 && is_str_kind(&v) && fe_obj_is_type_ptr(items[0], &fe_type_str)) {
        return items[0];
    }
    // first pass: check the items and size the result exactly (no regrowing: the peak
    // memory stays the result and the items)
    size_t total = n > 0 ? v.len * (n - 1) : 0;
    for (size_t i = 0; i < n; i++) {
        str_view_t item;
        join_item(&v, items[i], i, &item);
        total += item.len;
    }
    fe_vstr_t out;
    fe_vstr_init(&out, total + 1);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            fe_vstr_add_strn(&out, v.data, v.len);  // (no Python code runs in between)
        }
        str_view_t item;
        join_item(&v, items[i], i, &item);
        fe_vstr_add_strn(&out, item.data, item.len);
    }
    return fe_str_make_kind_vstr(v.kind, &out);
}
FE_DEFINE_FUN_2(fe_strm_join_obj, Q_join, strm_join);

// ---- split -----------------------------------------------------------------------------------

static bool unit_is_space(const str_view_t *v, unsigned c) {
    if (v->kind == STR_KIND_STR) {
        return fe_unichar_isspace(c);
    }
    return c == ' ' || (c >= 9 && c <= 13);
}

static void split_args(size_t n_args, const fe_obj_t *args, fe_map_t *kw, fe_obj_t *sep, fe_int_t *maxsplit) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_sep, 0, FE_NULL},
        {Q_maxsplit, 0, FE_NULL},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    *sep = a[1] == FE_NULL ? fe_none : a[1];
    *maxsplit = a[2] == FE_NULL ? -1 : fe_get_index(a[2]);
}

// Byte offset just after the code point/byte starting at `at`... (helpers over views)
static size_t unit_len_at(const str_view_t *v, size_t at) {
    return v->kind == STR_KIND_STR ? fe_utf8_seq_len((uint8_t)v->data[at]) : 1;
}

// Byte offset of the start of the unit ending at `end` (end > 0).
static size_t unit_start_before(const str_view_t *v, size_t end) {
    size_t i = end - 1;
    if (v->kind == STR_KIND_STR) {
        while (i > 0 && fe_utf8_is_cont((uint8_t)v->data[i])) {
            i--;
        }
    }
    return i;
}

static unsigned unit_at(const str_view_t *v, size_t at) {
    const char *p = v->data + at;
    return next_unit(v, &p);
}

// Whether c is one of chars (whitespace when chars is NULL).
static bool in_chars(const str_view_t *v, const str_view_t *chars, unsigned c) {
    if (chars == NULL) {
        return unit_is_space(v, c);
    }
    const char *p = chars->data, *end = chars->data + chars->len;
    while (p < end) {
        if (next_unit(v, &p) == c) {
            return true;
        }
    }
    return false;
}

// Moves from pos towards limit (backwards when reverse) over the units for which
// in_chars(v, chars, unit) equals match; returns where it stopped.
static size_t skip_units(const str_view_t *v, const str_view_t *chars, bool match, size_t pos, size_t limit,
                         bool reverse) {
    while (pos != limit) {
        size_t at = reverse ? unit_start_before(v, pos) : pos;
        if (in_chars(v, chars, unit_at(v, at)) != match) {
            break;
        }
        pos = reverse ? at : pos + unit_len_at(v, pos);
    }
    return pos;
}

static void list_reverse_items(fe_obj_t list) {
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    for (size_t i = 0; i < n / 2; i++) {
        fe_obj_t t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

// split (reverse false) and rsplit: [lo, hi) is the part not split yet; split takes pieces
// off its start, rsplit off its end (collected backwards, then the list is reversed).
static fe_obj_t split_common(size_t n_args, const fe_obj_t *args, fe_map_t *kw, bool reverse) {
    str_view_t v;
    self_view(args[0], &v);
    fe_obj_t sep_obj;
    fe_int_t maxsplit;
    split_args(n_args, args, kw, &sep_obj, &maxsplit);
    fe_obj_t list = fe_list_new(0, NULL);
    size_t lo = 0, hi = v.len;
    if (sep_obj == fe_none) {
        for (;;) {
            if (reverse) {
                hi = skip_units(&v, NULL, true, hi, lo, true);
            } else {
                lo = skip_units(&v, NULL, true, lo, hi, false);
            }
            if (lo >= hi) {
                break;
            }
            size_t a = lo, b = hi;  // the next piece is [a, b)
            if (maxsplit == 0) {
                lo = hi;  // the rest is the last piece
            } else if (reverse) {
                a = hi = skip_units(&v, NULL, false, hi, lo, true);
            } else {
                b = lo = skip_units(&v, NULL, false, lo, hi, false);
            }
            fe_list_append(list, fe_str_make_kind(v.kind, v.data + a, b - a));
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
    } else {
        str_view_t sep;
        arg_view(&v, sep_obj, &sep);
        if (sep.len == 0) {
            fe_raise_msg(&fe_type_ValueError, "empty separator");
        }
        while (maxsplit != 0) {
            // (rsplit: lo stays 0, so searching [0, hi) is searching the unsplit part)
            fe_int_t r = reverse ? rfind_bytes(v.data, hi, sep.data, sep.len)
                                 : fe_str_find_bytes(v.data, hi, sep.data, sep.len, lo);
            if (r < 0) {
                break;
            }
            if (reverse) {
                fe_list_append(list, fe_str_make_kind(v.kind, v.data + r + sep.len, hi - (size_t)r - sep.len));
                hi = (size_t)r;
            } else {
                fe_list_append(list, fe_str_make_kind(v.kind, v.data + lo, (size_t)r - lo));
                lo = (size_t)r + sep.len;
            }
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
        fe_list_append(list, fe_str_make_kind(v.kind, v.data + lo, hi - lo));
    }
    if (reverse) {
        list_reverse_items(list);
    }
    return list;
}

static fe_obj_t strm_split(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return split_common(n_args, args, kw, false);
}
static fe_obj_t strm_rsplit(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return split_common(n_args, args, kw, true);
}
FE_DEFINE_FUN_KW(fe_strm_split_obj, Q_split, 1, strm_split);
FE_DEFINE_FUN_KW(fe_strm_rsplit_obj, Q_rsplit, 1, strm_rsplit);

static fe_obj_t strm_splitlines(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_keepends, 0, FE_NULL},
    };
    fe_obj_t a[2];
    fe_parse_args(n_args, args, kw, 2, spec, a);
    bool keepends = a[1] != FE_NULL && fe_is_true(a[1]);
    str_view_t v;
    self_view(args[0], &v);
    fe_obj_t list = fe_list_new(0, NULL);
    size_t i = 0, start = 0;
    while (i < v.len) {
        size_t at = i;
        unsigned c = unit_at(&v, i);
        i += unit_len_at(&v, i);
        bool brk = v.kind == STR_KIND_STR ? fe_unichar_is_linebreak(c) : (c == '\n' || c == '\r');
        if (!brk) {
            continue;
        }
        if (c == '\r' && i < v.len && v.data[i] == '\n') {
            i++;
        }
        fe_list_append(list, fe_str_make_kind(v.kind, v.data + start, (keepends ? i : at) - start));
        start = i;
    }
    if (start < v.len) {
        fe_list_append(list, fe_str_make_kind(v.kind, v.data + start, v.len - start));
    }
    return list;
}
FE_DEFINE_FUN_KW(fe_strm_splitlines_obj, Q_splitlines, 1, strm_splitlines);

// ---- strip -----------------------------------------------------------------------------------

// which: 1 strips the start, 2 the end, 3 both.
static fe_obj_t strip_common(size_t n_args, const fe_obj_t *args, int which) {
    str_view_t v, chars;
    self_view(args[0], &v);
    str_view_t *cp = NULL;
    if (n_args > 1 && args[1] != fe_none) {
        if (!arg_view_maybe(&v, args[1], &chars)) {
            if (is_str_kind(&v)) {
                // the method's name: "strip" at 0, "lstrip" at 6, "rstrip" at 13
                fe_raise_fmt(&fe_type_TypeError, "%s arg must be None or str",
                             &"strip\0lstrip\0rstrip"[which == 3 ? 0 : which * 7 - 1]);
            }
            arg_view(&v, args[1], &chars);  // raises the bytes message
        }
        cp = &chars;
    }
    size_t start = which & 1 ? skip_units(&v, cp, true, 0, v.len, false) : 0;
    size_t end = which & 2 ? skip_units(&v, cp, true, v.len, start, true) : v.len;
    if (start == 0 && end == v.len) {
        return unchanged(args[0], &v);
    }
    return fe_str_make_kind(v.kind, v.data + start, end - start);
}

static fe_obj_t strm_strip(size_t n_args, const fe_obj_t *args) {
    return strip_common(n_args, args, 3);
}
static fe_obj_t strm_lstrip(size_t n_args, const fe_obj_t *args) {
    return strip_common(n_args, args, 1);
}
static fe_obj_t strm_rstrip(size_t n_args, const fe_obj_t *args) {
    return strip_common(n_args, args, 2);
}
FE_DEFINE_FUN_VAR(fe_strm_strip_obj, Q_strip, 1, 2, strm_strip);
FE_DEFINE_FUN_VAR(fe_strm_lstrip_obj, Q_lstrip, 1, 2, strm_lstrip);
FE_DEFINE_FUN_VAR(fe_strm_rstrip_obj, Q_rstrip, 1, 2, strm_rstrip);

// ---- partition -------------------------------------------------------------------------------

static fe_obj_t partition_common(fe_obj_t self, fe_obj_t sep_obj, bool reverse) {
    str_view_t v, sep;
    self_view(self, &v);
    arg_view(&v, sep_obj, &sep);
    if (sep.len == 0) {
        fe_raise_msg(&fe_type_ValueError, "empty separator");
    }
    fe_int_t r = reverse ? rfind_bytes(v.data, v.len, sep.data, sep.len)
                         : fe_str_find_bytes(v.data, v.len, sep.data, sep.len, 0);
    fe_obj_t parts[3];
    if (r < 0) {
        // not found: (self, '', '') or ('', '', self); a bytearray gets fresh copies
        parts[reverse ? 2 : 0] = unchanged(self, &v);
        parts[1] = fe_str_make_kind(v.kind, "", 0);
        parts[reverse ? 0 : 2] = fe_str_make_kind(v.kind, "", 0);
    } else {
        parts[0] = fe_str_make_kind(v.kind, v.data, (size_t)r);
        parts[1] = fe_str_make_kind(v.kind, sep.data, sep.len);
        parts[2] = fe_str_make_kind(v.kind, v.data + r + sep.len, v.len - (size_t)r - sep.len);
    }
    return fe_tuple_new(3, parts);
}

static fe_obj_t strm_partition(fe_obj_t self, fe_obj_t sep) {
    return partition_common(self, sep, false);
}
static fe_obj_t strm_rpartition(fe_obj_t self, fe_obj_t sep) {
    return partition_common(self, sep, true);
}
FE_DEFINE_FUN_2(fe_strm_partition_obj, Q_partition, strm_partition);
FE_DEFINE_FUN_2(fe_strm_rpartition_obj, Q_rpartition, strm_rpartition);

// ---- replace ---------------------------------------------------------------------------------

static fe_obj_t strm_replace(size_t n_args, const fe_obj_t *args) {
    str_view_t v, old, new_;
    self_view(args[0], &v);
    for (int k = 1; k <= 2 && is_str_kind(&v); k++) {
        if (!fe_is_str(args[k])) {
            fe_raise_fmt(&fe_type_TypeError, "replace() argument %d must be str, not %T", k, args[k]);
        }
    }
    arg_view(&v, args[1], &old);
    arg_view(&v, args[2], &new_);
    fe_int_t count = n_args > 3 ? fe_get_index(args[3]) : -1;
    fe_vstr_t out;
    fe_vstr_init(&out, v.len + 1);
    if (old.len == 0) {
        size_t i = 0;
        while (count != 0) {
            fe_vstr_add_strn(&out, new_.data, new_.len);
            if (count > 0) {
                count--;
            }
            if (i >= v.len) {
                break;
            }
            size_t n = unit_len_at(&v, i);
            fe_vstr_add_strn(&out, v.data + i, n);
            i += n;
        }
        fe_vstr_add_strn(&out, v.data + i, v.len - i);
        return fe_str_make_kind_vstr(v.kind, &out);
    }
    size_t pos = 0;
    while (count != 0) {
        fe_int_t r = fe_str_find_bytes(v.data, v.len, old.data, old.len, pos);
        if (r < 0) {
            break;
        }
        fe_vstr_add_strn(&out, v.data + pos, (size_t)r - pos);
        fe_vstr_add_strn(&out, new_.data, new_.len);
        pos = (size_t)r + old.len;
        if (count > 0) {
            count--;
        }
    }
    if (pos == 0) {
        return unchanged(args[0], &v);
    }
    fe_vstr_add_strn(&out, v.data + pos, v.len - pos);
    return fe_str_make_kind_vstr(v.kind, &out);
}
FE_DEFINE_FUN_VAR(fe_strm_replace_obj, Q_replace, 3, 4, strm_replace);

// ---- padding ---------------------------------------------------------------------------------

static unsigned fill_char(const str_view_t *v, size_t n_args, const fe_obj_t *args, const char *name) {
    if (n_args < 3) {
        return ' ';
    }
    str_view_t f;
    if (is_str_kind(v)) {
        if (!fe_str_get_view(args[2], &f) || f.kind != STR_KIND_STR) {
            fe_raise_fmt(&fe_type_TypeError, "%s() argument 2 must be str, not %T", name, args[2]);
        }
        if (fe_utf8_count_chars(f.data, f.len) != 1) {
            fe_raise_msg(&fe_type_TypeError, "The fill character must be exactly one character long");
        }
        const char *p = f.data;
        return fe_utf8_decode(&p);
    }
    if (!fe_str_get_view(args[2], &f) || f.kind == STR_KIND_STR || f.len != 1) {
        fe_raise_fmt(&fe_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name, args[2]);
    }
    return (uint8_t)f.data[0];
}

// how: '<' ljust, '>' rjust, '^' center, '0' zfill (right-justified with zeros, after any sign).
static fe_obj_t pad_common(size_t n_args, const fe_obj_t *args, char how, const char *name) {
    str_view_t v;
    self_view(args[0], &v);
    fe_int_t width = fe_get_index(args[1]);
    unsigned fill = fill_char(&v, n_args, args, name);
    size_t n = view_chars(&v);
    if (width <= (fe_int_t)n) {
        return unchanged(args[0], &v);
    }
    size_t pad = (size_t)width - n, left;
    if (how == '0') {
        fill = '0';
    }
    if (how == '<') {
        left = 0;
    } else if (how != '^') {
        left = pad;
    } else {
        // CPython's centring puts the odd pad on the left when width is odd
        left = pad / 2 + (pad & (size_t)width & 1);
    }
    fe_vstr_t out;
    fe_vstr_init(&out, v.len + pad + 1);
    for (size_t i = 0; i < left; i++) {
        add_unit(&v, &out, fill);
    }
    fe_vstr_add_strn(&out, v.data, v.len);
    for (size_t i = left; i < pad; i++) {
        add_unit(&v, &out, fill);
    }
    if (how == '0' && v.len > 0 && (v.data[0] == '+' || v.data[0] == '-')) {
        out.buf[0] = v.data[0];  // zfill: the sign goes before the zeros
        out.buf[pad] = '0';
    }
    return fe_str_make_kind_vstr(v.kind, &out);
}

static fe_obj_t strm_center(size_t n_args, const fe_obj_t *args) {
    return pad_common(n_args, args, '^', "center");
}
static fe_obj_t strm_ljust(size_t n_args, const fe_obj_t *args) {
    return pad_common(n_args, args, '<', "ljust");
}
static fe_obj_t strm_rjust(size_t n_args, const fe_obj_t *args) {
    return pad_common(n_args, args, '>', "rjust");
}
FE_DEFINE_FUN_VAR(fe_strm_center_obj, Q_center, 2, 3, strm_center);
FE_DEFINE_FUN_VAR(fe_strm_ljust_obj, Q_ljust, 2, 3, strm_ljust);
FE_DEFINE_FUN_VAR(fe_strm_rjust_obj, Q_rjust, 2, 3, strm_rjust);

static fe_obj_t strm_zfill(fe_obj_t self, fe_obj_t width) {
    fe_obj_t args[2] = {self, width};
    return pad_common(2, args, '0', "zfill");
}
FE_DEFINE_FUN_2(fe_strm_zfill_obj, Q_zfill, strm_zfill);

// ---- case mapping ----------------------------------------------------------------------------

static unsigned unit_lower(const str_view_t *v, unsigned c) {
    if (v->kind == STR_KIND_STR) {
        return fe_unichar_tolower(c);
    }
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
static unsigned unit_upper(const str_view_t *v, unsigned c) {
    if (v->kind == STR_KIND_STR) {
        return fe_unichar_toupper(c);
    }
    return (c >= 'a' && c <= 'z') ? c - 32 : c;
}
static bool unit_islower(const str_view_t *v, unsigned c) {
    return v->kind == STR_KIND_STR ? fe_unichar_islower(c) : (c >= 'a' && c <= 'z');
}
static bool unit_isupper(const str_view_t *v, unsigned c) {
    return v->kind == STR_KIND_STR ? fe_unichar_isupper(c) : (c >= 'A' && c <= 'Z');
}
#if FE_STR_EXTRA_METHODS
static bool unit_iscased(const str_view_t *v, unsigned c) {
    return unit_islower(v, c) || unit_isupper(v, c);
}
#endif

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE, CASE_FOLD };

// Appends the upper (title=false) or title case form of c; handles the one common
// one-to-many mapping, sharp s.
static void add_upper(const str_view_t *v, fe_vstr_t *out, unsigned c, bool title) {
    if (c == 0xdf && v->kind == STR_KIND_STR) {
        fe_vstr_add_str(out, title ? "Ss" : "SS");
        return;
    }
    add_unit(v, out, unit_upper(v, c));
}

static fe_obj_t case_common(fe_obj_t self, int mode) {
    str_view_t v;
    self_view(self, &v);
    fe_vstr_t out;
    fe_vstr_init(&out, v.len + 1);
    const char *p = v.data, *end = v.data + v.len;
#if FE_STR_EXTRA_METHODS
    bool first = true, prev_cased = false;
#endif
    while (p < end) {
        unsigned c = next_unit(&v, &p);
        switch (mode) {
            case CASE_LOWER:
                add_unit(&v, &out, unit_lower(&v, c));
                break;
            case CASE_UPPER:
                add_upper(&v, &out, c, false);
                break;
#if FE_STR_EXTRA_METHODS
            case CASE_FOLD:
                if (c == 0xdf) {
                    fe_vstr_add_str(&out, "ss");
                } else {
                    add_unit(&v, &out, unit_lower(&v, c));
                }
                break;
            case CASE_SWAP:
                if (unit_isupper(&v, c)) {
                    add_unit(&v, &out, unit_lower(&v, c));
                } else if (unit_islower(&v, c)) {
                    add_upper(&v, &out, c, false);
                } else {
                    add_unit(&v, &out, c);
                }
                break;
            case CASE_CAPITALIZE:
                if (first) {
                    add_upper(&v, &out, c, true);
                } else {
                    add_unit(&v, &out, unit_lower(&v, c));
                }
                break;
            case CASE_TITLE:
                if (prev_cased) {
                    add_unit(&v, &out, unit_lower(&v, c));
                } else {
                    add_upper(&v, &out, c, true);
                }
                prev_cased = unit_iscased(&v, c);
                break;
#endif
        }
#if FE_STR_EXTRA_METHODS
        first = false;
#endif
    }
    return fe_str_make_kind_vstr(v.kind, &out);
}

static fe_obj_t strm_lower(fe_obj_t self) {
    return case_common(self, CASE_LOWER);
}
static fe_obj_t strm_upper(fe_obj_t self) {
    return case_common(self, CASE_UPPER);
}
#if FE_STR_EXTRA_METHODS
static fe_obj_t strm_swapcase(fe_obj_t self) {
    return case_common(self, CASE_SWAP);
}
static fe_obj_t strm_capitalize(fe_obj_t self) {
    return case_common(self, CASE_CAPITALIZE);
}
static fe_obj_t strm_title(fe_obj_t self) {
    return case_common(self, CASE_TITLE);
}
static fe_obj_t strm_casefold(fe_obj_t self) {
    return case_common(self, CASE_FOLD);
}
#endif
FE_DEFINE_FUN_1(fe_strm_lower_obj, Q_lower, strm_lower);
FE_DEFINE_FUN_1(fe_strm_upper_obj, Q_upper, strm_upper);
#if FE_STR_EXTRA_METHODS
FE_DEFINE_FUN_1(fe_strm_swapcase_obj, Q_swapcase, strm_swapcase);
FE_DEFINE_FUN_1(fe_strm_capitalize_obj, Q_capitalize, strm_capitalize);
FE_DEFINE_FUN_1(fe_strm_title_obj, Q_title, strm_title);
FE_DEFINE_FUN_1(fe_strm_casefold_obj, Q_casefold, strm_casefold);
#endif

// ---- predicates ------------------------------------------------------------------------------

// IS_LOWER and IS_UPPER (last): no character of the other case and at least one cased.
enum { IS_ALNUM, IS_ALPHA, IS_ASCII, IS_DECIMAL, IS_DIGIT, IS_NUMERIC, IS_PRINTABLE, IS_SPACE, IS_LOWER, IS_UPPER };

static bool unit_test(const str_view_t *v, int what, unsigned c) {
    if (v->kind != STR_KIND_STR) {
        switch (what) {
#if FE_STR_EXTRA_METHODS
            case IS_ALNUM:
                return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            case IS_ASCII:
                return c < 0x80;
#endif
            case IS_ALPHA:
                return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            case IS_DIGIT:
                return c >= '0' && c <= '9';
            case IS_SPACE:
                return unit_is_space(v, c);
            default:
                return false;
        }
    }
    switch (what) {
        case IS_ALPHA:
            return fe_unichar_isalpha(c);
        case IS_DIGIT:
            return fe_unichar_isdigit(c);
#if FE_STR_EXTRA_METHODS
        case IS_ALNUM:
            return fe_unichar_isalpha(c) || fe_unichar_isnumeric(c);
        case IS_ASCII:
            return c < 0x80;
        case IS_DECIMAL:
            return fe_unichar_isdecimal(c);
        case IS_NUMERIC:
            return fe_unichar_isnumeric(c);
        case IS_PRINTABLE:
            return fe_unichar_isprintable(c);
#endif
        default:
            return fe_unichar_isspace(c);
    }
}

static fe_obj_t test_all(fe_obj_t self, int what) {
    str_view_t v;
    self_view(self, &v);
    if (v.len == 0) {
        return fe_bool(what == IS_ASCII || what == IS_PRINTABLE);
    }
    const char *p = v.data, *end = v.data + v.len;
    bool cased = false;
    while (p < end) {
        unsigned c = next_unit(&v, &p);
        if (what >= IS_LOWER) {
            bool lower = unit_islower(&v, c), upper = unit_isupper(&v, c);
            if (what == IS_LOWER ? upper : lower) {
                return fe_false;
            }
            cased |= lower || upper;
        } else if (!unit_test(&v, what, c)) {
            return fe_false;
        }
    }
    return fe_bool(what < IS_LOWER || cased);
}

static fe_obj_t strm_isalpha(fe_obj_t self) {
    return test_all(self, IS_ALPHA);
}
static fe_obj_t strm_isdigit(fe_obj_t self) {
    return test_all(self, IS_DIGIT);
}
static fe_obj_t strm_isspace(fe_obj_t self) {
    return test_all(self, IS_SPACE);
}
FE_DEFINE_FUN_1(fe_strm_isalpha_obj, Q_isalpha, strm_isalpha);
FE_DEFINE_FUN_1(fe_strm_isdigit_obj, Q_isdigit, strm_isdigit);
FE_DEFINE_FUN_1(fe_strm_isspace_obj, Q_isspace, strm_isspace);
#if FE_STR_EXTRA_METHODS
static fe_obj_t strm_isalnum(fe_obj_t self) {
    return test_all(self, IS_ALNUM);
}
static fe_obj_t strm_isascii(fe_obj_t self) {
    return test_all(self, IS_ASCII);
}
FE_DEFINE_FUN_1(fe_strm_isalnum_obj, Q_isalnum, strm_isalnum);
FE_DEFINE_FUN_1(fe_strm_isascii_obj, Q_isascii, strm_isascii);
static fe_obj_t strm_isdecimal(fe_obj_t self) {
    return test_all(self, IS_DECIMAL);
}
static fe_obj_t strm_isnumeric(fe_obj_t self) {
    return test_all(self, IS_NUMERIC);
}
static fe_obj_t strm_isprintable(fe_obj_t self) {
    return test_all(self, IS_PRINTABLE);
}
FE_DEFINE_FUN_1(fe_strm_isdecimal_obj, Q_isdecimal, strm_isdecimal);
FE_DEFINE_FUN_1(fe_strm_isnumeric_obj, Q_isnumeric, strm_isnumeric);
FE_DEFINE_FUN_1(fe_strm_isprintable_obj, Q_isprintable, strm_isprintable);
#endif

static fe_obj_t strm_islower(fe_obj_t self) {
    return test_all(self, IS_LOWER);
}
static fe_obj_t strm_isupper(fe_obj_t self) {
    return test_all(self, IS_UPPER);
}
FE_DEFINE_FUN_1(fe_strm_islower_obj, Q_islower, strm_islower);
FE_DEFINE_FUN_1(fe_strm_isupper_obj, Q_isupper, strm_isupper);

// (kept without FE_STR_EXTRA_METHODS: collections.namedtuple checks field names with it)
static fe_obj_t strm_isidentifier(fe_obj_t self) {
    str_view_t v;
    self_view(self, &v);
    if (v.len == 0) {
        return fe_false;
    }
    const char *p = v.data, *end = v.data + v.len;
    bool first = true;
    while (p < end) {
        unsigned c = fe_utf8_decode(&p);
        bool ok = c == '_' || fe_unichar_isalpha(c) || (!first && fe_unichar_isdigit(c));
        if (!ok) {
            return fe_false;
        }
        first = false;
    }
    return fe_true;
}
FE_DEFINE_FUN_1(fe_strm_isidentifier_obj, Q_isidentifier, strm_isidentifier);

#if FE_STR_EXTRA_METHODS
static fe_obj_t strm_istitle(fe_obj_t self) {
    str_view_t v;
    self_view(self, &v);
    bool cased = false, prev_cased = false;
    const char *p = v.data, *end = v.data + v.len;
    while (p < end) {
        unsigned c = next_unit(&v, &p);
        if (unit_isupper(&v, c)) {
            if (prev_cased) {
                return fe_false;
            }
            prev_cased = cased = true;
        } else if (unit_islower(&v, c)) {
            if (!prev_cased) {
                return fe_false;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return fe_bool(cased);
}
FE_DEFINE_FUN_1(fe_strm_istitle_obj, Q_istitle, strm_istitle);

// ---- expandtabs, removeprefix/suffix --------------------------------------------------------

static fe_obj_t strm_expandtabs(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_tabsize, 0, FE_NULL},
    };
    fe_obj_t a[2];
    fe_parse_args(n_args, args, kw, 2, spec, a);
    fe_int_t tab = a[1] == FE_NULL ? 8 : fe_get_int(a[1]);
    str_view_t v;
    self_view(args[0], &v);
    fe_vstr_t out;
    fe_vstr_init(&out, v.len + 1);
    size_t col = 0;
    const char *p = v.data, *end = v.data + v.len;
    while (p < end) {
        const char *q = p;
        unsigned c = next_unit(&v, &p);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                for (size_t i = 0; i < n; i++) {
                    fe_vstr_add_byte(&out, ' ');
                }
                col += n;
            }
        } else {
            fe_vstr_add_strn(&out, q, (size_t)(p - q));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return fe_str_make_kind_vstr(v.kind, &out);
}
FE_DEFINE_FUN_KW(fe_strm_expandtabs_obj, Q_expandtabs, 1, strm_expandtabs);

static fe_obj_t remove_affix(fe_obj_t self, fe_obj_t affix, bool suffix) {
    str_view_t v, a;
    self_view(self, &v);
    arg_view(&v, affix, &a);
    if (a.len > 0 && a.len <= v.len && memcmp(suffix ? v.data + v.len - a.len : v.data, a.data, a.len) == 0) {
        return fe_str_make_kind(v.kind, suffix ? v.data : v.data + a.len, v.len - a.len);
    }
    return unchanged(self, &v);
}
static fe_obj_t strm_removeprefix(fe_obj_t self, fe_obj_t a) {
    return remove_affix(self, a, false);
}
static fe_obj_t strm_removesuffix(fe_obj_t self, fe_obj_t a) {
    return remove_affix(self, a, true);
}
FE_DEFINE_FUN_2(fe_strm_removeprefix_obj, Q_removeprefix, strm_removeprefix);
FE_DEFINE_FUN_2(fe_strm_removesuffix_obj, Q_removesuffix, strm_removesuffix);

// ---- translate / maketrans -------------------------------------------------------------------

static fe_obj_t strm_translate(size_t n_args, const fe_obj_t *args) {
    str_view_t v;
    self_view(args[0], &v);
    fe_obj_t table = args[1];
    fe_vstr_t out;
    fe_vstr_init(&out, v.len + 1);
    if (!is_str_kind(&v)) {
        // bytes.translate(table, delete=b'')
        fe_buffer_info_t tinfo = {0}, dinfo = {0};
        if (table != fe_none) {
            fe_get_buffer_raise(table, &tinfo, FE_BUFFER_READ);
            if (tinfo.len != 256) {
                fe_raise_msg(&fe_type_ValueError, "translation table must be 256 characters long");
            }
        }
        if (n_args > 2) {
            fe_get_buffer_raise(args[2], &dinfo, FE_BUFFER_READ);
        }
        for (size_t i = 0; i < v.len; i++) {
            uint8_t c = (uint8_t)v.data[i];
            if (dinfo.len && memchr(dinfo.buf, c, dinfo.len)) {
                continue;
            }
            fe_vstr_add_byte(&out, table == fe_none ? c : ((const uint8_t *)tinfo.buf)[c]);
        }
        return fe_str_make_kind_vstr(v.kind, &out);
    }
    if (n_args > 2) {
        fe_raise_msg(&fe_type_TypeError, "translate() takes exactly one argument (2 given)");
    }
    const char *p = v.data, *end = v.data + v.len;
    while (p < end) {
        const char *q = p;
        unsigned c = fe_utf8_decode(&p);
        fe_obj_t r = FE_NULL;
        fe_handler_t h;
        if (FE_TRY(h)) {
            r = fe_subscr_load(table, FE_NEW_SMALL_INT(c));
            fe_handler_pop(&h);
        } else {
            if (!fe_exc_matches(h.exc, &fe_type_LookupError)) {
                fe_raise(h.exc);
            }
            r = FE_NULL;
        }
        if (r == FE_NULL) {
            fe_vstr_add_strn(&out, q, (size_t)(p - q));
        } else if (r == fe_none) {
            // deleted
        } else if (fe_is_int(r)) {
            fe_int_t cp = fe_get_int(r);
            if (cp < 0 || cp > 0x10ffff) {
                fe_raise_msg(&fe_type_ValueError, "character mapping must be in range(0x110000)");
            }
            fe_vstr_add_char(&out, (unsigned)cp);
        } else if (fe_is_str(r)) {
            size_t len;
            const char *s = fe_str_data(r, &len);
            fe_vstr_add_strn(&out, s, len);
        } else {
            fe_raise_msg(&fe_type_TypeError, "character mapping must return integer, None or str");
        }
    }
    return fe_str_from_vstr(&out);
}
FE_DEFINE_FUN_VAR(fe_strm_translate_obj, Q_translate, 2, 3, strm_translate);

static fe_obj_t strm_maketrans(size_t n_args, const fe_obj_t *args) {
    fe_obj_t d = fe_dict_new(0);
    if (n_args == 1) {
        if (!fe_obj_is_type_ptr(args[0], &fe_type_dict) && fe_native_self(args[0], &fe_type_dict) == FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        fe_map_t *map = fe_dict_get_map(fe_native_self(args[0], &fe_type_dict));
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(map, &pos)) != NULL) {
            fe_obj_t key = e->key;
            if (fe_is_str(key)) {
                size_t len;
                const char *s = fe_str_data(key, &len);
                if (fe_utf8_count_chars(s, len) != 1) {
                    fe_raise_msg(&fe_type_ValueError, "string keys in translate table must be of length 1");
                }
                key = FE_NEW_SMALL_INT(fe_utf8_decode(&s));
            } else if (!fe_is_int(key)) {
                fe_raise_msg(&fe_type_TypeError, "keys in translate table must be strings or integers");
            }
            fe_dict_store(d, key, e->value);
        }
        return d;
    }
    size_t xl, yl;
    if (!fe_is_str(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "maketrans() argument 1 must be str, not %T", args[0]);
    }
    if (!fe_is_str(args[1])) {
        fe_raise_fmt(&fe_type_TypeError, "maketrans() argument 2 must be str, not %T", args[1]);
    }
    const char *x = fe_str_data(args[0], &xl);
    const char *y = fe_str_data(args[1], &yl);
    if (fe_utf8_count_chars(x, xl) != fe_utf8_count_chars(y, yl)) {
        fe_raise_msg(&fe_type_ValueError, "the first two maketrans arguments must have equal length");
    }
    const char *xe = x + xl;
    while (x < xe) {
        unsigned a = fe_utf8_decode(&x);
        unsigned b = fe_utf8_decode(&y);
        fe_dict_store(d, FE_NEW_SMALL_INT(a), FE_NEW_SMALL_INT(b));
    }
    if (n_args > 2) {
        size_t zl;
        if (!fe_is_str(args[2])) {
            fe_raise_fmt(&fe_type_TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
        }
        const char *z = fe_str_data(args[2], &zl), *ze = z + zl;
        while (z < ze) {
            fe_dict_store(d, FE_NEW_SMALL_INT(fe_utf8_decode(&z)), fe_none);
        }
    }
    return d;
}
static FE_DEFINE_FUN_VAR(strm_maketrans_fun, Q_maketrans, 1, 3, strm_maketrans);
FE_DEFINE_CONST_STATICMETHOD(fe_strm_maketrans_obj, &strm_maketrans_fun);

static fe_obj_t bytes_maketrans(fe_obj_t from, fe_obj_t to) {
    fe_buffer_info_t a, b;
    fe_get_buffer_raise(from, &a, FE_BUFFER_READ);
    fe_get_buffer_raise(to, &b, FE_BUFFER_READ);
    if (a.len != b.len) {
        fe_raise_msg(&fe_type_ValueError, "maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (size_t i = 0; i < a.len; i++) {
        table[((const uint8_t *)a.buf)[i]] = ((const char *)b.buf)[i];
    }
    return fe_bytes_new(table, 256);
}
static FE_DEFINE_FUN_2(bytes_maketrans_fun, Q_maketrans, bytes_maketrans);
FE_DEFINE_CONST_STATICMETHOD(fe_bytes_maketrans_obj, &bytes_maketrans_fun);
#endif

// ---- encode / decode / format / hex ----------------------------------------------------------

static void codec_args(size_t n_args, const fe_obj_t *args, fe_map_t *kw, fe_obj_t *enc, fe_obj_t *err) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_encoding, 0, FE_NULL},
        {Q_errors, 0, FE_NULL},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    *enc = a[1];
    *err = a[2];
}

static fe_obj_t strm_encode(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_obj_t enc, err;
    codec_args(n_args, args, kw, &enc, &err);
    fe_codec_check_args("encode", enc, err);
    return fe_str_encode(args[0], enc, err, &fe_type_bytes);
}
FE_DEFINE_FUN_KW(fe_strm_encode_obj, Q_encode, 1, strm_encode);

static fe_obj_t strm_decode(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_obj_t enc, err;
    codec_args(n_args, args, kw, &enc, &err);
    fe_codec_check_args("decode", enc, err);
    str_view_t v;
    self_view(args[0], &v);
    return fe_bytes_decode(v.data, v.len, enc, err);
}
FE_DEFINE_FUN_KW(fe_strm_decode_obj, Q_decode, 1, strm_decode);

static fe_obj_t strm_format(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (!fe_is_str(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%q' object",
                     (qstr)fe_typeof(args[0])->name);
    }
    return fe_str_format(args[0], n_args - 1, args + 1, kw, FE_NULL);
}
FE_DEFINE_FUN_KW(fe_strm_format_obj, Q_format, 1, strm_format);

#if FE_STR_EXTRA_METHODS
static fe_obj_t strm_format_map(fe_obj_t self, fe_obj_t mapping) {
    return fe_str_format(self, 0, NULL, NULL, mapping);
}
FE_DEFINE_FUN_2(fe_strm_format_map_obj, Q_format_map, strm_format_map);
#endif

// bytes.hex([sep[, bytes_per_sep]]) for bytes, bytearray and memoryview; sep_obj and
// per_obj are FE_NULL when not given.
static fe_obj_t hex_common(fe_obj_t self, fe_obj_t sep_obj, fe_obj_t per_obj) {
    fe_buffer_info_t info;
    fe_get_buffer_raise(self, &info, FE_BUFFER_READ);
    const uint8_t *d = info.buf;
    char sep = 0;
    fe_int_t per = per_obj == FE_NULL ? 1 : fe_get_int(per_obj);
    if (sep_obj != FE_NULL) {
        str_view_t s;
        if (!fe_str_get_view(sep_obj, &s)) {
            fe_raise_msg(&fe_type_TypeError, "sep must be str or bytes.");
        }
        if (s.len != 1 || (uint8_t)s.data[0] >= 0x80) {
            fe_raise_msg(&fe_type_ValueError, "sep must be length 1.");
        }
        sep = s.data[0];
    }
    static const char hex[] = "0123456789abcdef";
    fe_vstr_t out;
    fe_vstr_init(&out, info.len * 3 + 1);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < info.len; i++) {
        if (sep && i > 0 && group > 0) {
            // groups count from the right for a positive bytes_per_sep, from the left otherwise
            bool boundary = per > 0 ? (info.len - i) % group == 0 : i % group == 0;
            if (boundary) {
                fe_vstr_add_byte(&out, (uint8_t)sep);
            }
        }
        fe_vstr_add_byte(&out, (uint8_t)hex[d[i] >> 4]);
        fe_vstr_add_byte(&out, (uint8_t)hex[d[i] & 15]);
    }
    return fe_str_from_vstr(&out);
}

#if FE_STR_EXTRA_METHODS
static fe_obj_t strm_hex(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_self, FE_ARG_REQUIRED, FE_NULL},
        {Q_sep, 0, FE_NULL},
        {Q_bytes_per_sep, 0, FE_NULL},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    return hex_common(args[0], a[1], a[2]);
}
FE_DEFINE_FUN_KW(fe_strm_hex_obj, Q_hex, 1, strm_hex);
#else
static fe_obj_t strm_hex(fe_obj_t self) {
    return hex_common(self, FE_NULL, FE_NULL);
}
FE_DEFINE_FUN_1(fe_strm_hex_obj, Q_hex, strm_hex);
#endif
