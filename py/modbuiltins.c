// py/modbuiltins.c: the builtins module (its const name table) and the builtin functions
// that compute on their arguments: abs, all, any, ascii, bin, callable, chr, delattr,
// divmod, format, getattr, hasattr, hash, hex, id, isinstance, issubclass, iter, len, max,
// min, next, oct, ord, pow, repr, round, setattr, sorted, sum; plus the argument helpers
// of py/builtins.h. Printing and input live in py/builtins_io.c, eval/exec/compile/import
// in py/builtins_exec.c, dir/vars/help in py/builtins_introspect.c. Messages follow
// CPython 3.11 (argument errors included).
#include <string.h>
#include "py/obj.h"
#include "py/builtins.h"
#include "py/objstr.h"
#include "py/unicode.h"
#include "py/engine.h"  // fe_generator_resume, for next() on generators

// ---- shared helpers ----------------------------------------------------------------------

fe_obj_t fe_builtin_kw_get(fe_map_t *kw, qstr name) {
    if (kw == NULL || kw->count == 0) {
        return FE_NULL;
    }
    fe_map_elem_t *el = fe_map_lookup(kw, FE_NEW_QSTR(name), FE_MAP_LOOKUP);
    return el ? el->value : FE_NULL;
}

void fe_builtin_kw_check(fe_map_t *kw, const uint16_t *names, qstr fun_name) {
    if (kw == NULL || kw->count == 0) {
        return;
    }
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(kw, &pos)) != NULL) {
        qstr k = FE_IS_QSTR(el->key) ? FE_QSTR_VALUE(el->key) : fe_str_to_qstr(el->key);
        bool known = false;
        for (const uint16_t *n = names; *n != Q_NULL; n++) {
            known |= *n == k;
        }
        if (!known) {
            fe_raise_fmt(&fe_type_TypeError, "'%q' is an invalid keyword argument for %q()", k, fun_name);
        }
    }
}

void fe_builtin_unpack(const fe_builtin_params_t *p, size_t n_args, const fe_obj_t *args, fe_map_t *kw,
    fe_obj_t *out) {
    qstr fname = p->fname;
    size_t n_kw = kw ? kw->count : 0;
    if (n_args + n_kw > p->n_params) {
        fe_raise_fmt(&fe_type_TypeError, "%q() takes at most %d %sargument%s (%d given)", fname,
            (int)p->n_params, n_args == 0 ? "keyword " : "", p->n_params == 1 ? "" : "s",
            (int)(n_args + n_kw));
    }
    if (n_args > p->max_pos) {
        if (p->max_pos == 0) {
            fe_raise_fmt(&fe_type_TypeError, "%q() takes no positional arguments", fname);
        }
        fe_raise_fmt(&fe_type_TypeError, "%q() takes at most %d positional argument%s (%d given)",
            fname, (int)p->max_pos, p->max_pos == 1 ? "" : "s", (int)n_args);
    }
    size_t min_posonly = p->min_req < p->n_posonly ? p->min_req : p->n_posonly;
    if (n_args < min_posonly) {
        fe_raise_fmt(&fe_type_TypeError, "%q() takes %s %d positional argument%s (%d given)", fname,
            min_posonly < p->max_pos ? "at least" : "exactly", (int)min_posonly,
            min_posonly == 1 ? "" : "s", (int)n_args);
    }
    for (size_t i = 0; i < p->n_params; i++) {
        out[i] = i < n_args ? args[i] : FE_NULL;
    }
    // keyword parameters after the positionals given; required ones must be there
    for (size_t i = n_args > p->n_posonly ? n_args : p->n_posonly; i < p->n_params; i++) {
        fe_obj_t v = fe_builtin_kw_get(kw, p->names[i]);
        if (v != FE_NULL) {
            out[i] = v;
            n_kw--;
        } else if (i < p->min_req) {
            fe_raise_fmt(&fe_type_TypeError, "%q() missing required argument '%q' (pos %d)", fname,
                (qstr)p->names[i], (int)(i + 1));
        }
    }
    if (n_kw > 0) {
        for (size_t i = p->n_posonly; i < n_args; i++) {
            if (fe_builtin_kw_get(kw, p->names[i]) != FE_NULL) {
                fe_raise_fmt(&fe_type_TypeError, "argument for %q() given by name ('%q') and position (%d)",
                    fname, (qstr)p->names[i], (int)(i + 1));
            }
        }
        uint16_t known[8];
        size_t n = 0;
        for (size_t i = p->n_posonly; i < p->n_params; i++) {
            known[n++] = p->names[i];
        }
        known[n] = Q_NULL;
        fe_builtin_kw_check(kw, known, fname);
    }
}

bool fe_builtin_is_type(fe_obj_t o) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *mt = fe_typeof(o);
    return mt == &fe_type_type || fe_issubclass(mt, &fe_type_type);
}

static qstr attr_name(fe_obj_t name) {
    if (FE_IS_QSTR(name)) {
        return FE_QSTR_VALUE(name);
    }
    if (!fe_is_str(name)) {
        fe_raise_fmt(&fe_type_TypeError, "attribute name must be string, not '%T'", name);
    }
    return fe_str_to_qstr(name);
}

// An int (or bool) object from an int, bool or object with __index__ (for bin/oct/hex).
static fe_obj_t to_index_obj(fe_obj_t o) {
    if (fe_is_int(o)) {
        if (fe_obj_is_type_ptr(o, &fe_type_bool)) {
            return FE_NEW_SMALL_INT(o == fe_true);
        }
        return o;
    }
    fe_obj_t dest[2];
    if (FE_IS_OBJ(o) && (fe_typeof(o)->flags & FE_TYPE_FLAG_USER)) {
        fe_load_method_maybe(o, Q___index__, dest);
        if (dest[0] != FE_NULL) {
            fe_obj_t r = fe_call_method(0, 0, dest);
            if (!fe_is_int(r)) {
                fe_raise_fmt(&fe_type_TypeError, "__index__ returned non-int (type %T)", r);
            }
            return r;
        }
    }
    fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
}

// ---- simple functions ------------------------------------------------------------------------

static fe_obj_t builtin_abs(fe_obj_t x) {
    return fe_unary_op(FE_UNARY_ABS, x);
}
static FE_DEFINE_FUN_1(builtin_abs_obj, Q_abs, builtin_abs);

static fe_obj_t all_any(fe_obj_t iterable, bool want) {
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(iterable, &buf);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        if (fe_is_true(item) == want) {
            return fe_bool(want);
        }
    }
    return fe_bool(!want);
}

static fe_obj_t builtin_all(fe_obj_t iterable) {
    return all_any(iterable, false);
}
static FE_DEFINE_FUN_1(builtin_all_obj, Q_all, builtin_all);

static fe_obj_t builtin_any(fe_obj_t iterable) {
    return all_any(iterable, true);
}
static FE_DEFINE_FUN_1(builtin_any_obj, Q_any, builtin_any);

fe_obj_t fe_builtin_ascii(fe_obj_t o) {
    fe_obj_t r = fe_repr(o);
    size_t len;
    const char *s = fe_str_data(r, &len), *end = s + len;
    const char *p = s;
    while (p < end && (uint8_t)*p < 0x80) {
        p++;
    }
    if (p == end) {
        return r;  // already ASCII
    }
    fe_vstr_t v;
    fe_vstr_init(&v, len + 8);
    fe_vstr_add_strn(&v, s, (size_t)(p - s));
    while (p < end) {
        if ((uint8_t)*p < 0x80) {
            fe_vstr_add_byte(&v, (uint8_t)*p++);
        } else {
            fe_str_add_escape(&v, fe_utf8_decode(&p));  // a repr is valid UTF-8
        }
    }
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(builtin_ascii_obj, Q_ascii, fe_builtin_ascii);

static fe_obj_t format_radix(fe_obj_t x, char type) {
    fe_obj_t n = to_index_obj(x);
    fe_format_spec_t spec = {
        .fill = ' ', .align = 0, .sign = 0, .alternate = true, .zero = false,
        .grouping = 0, .width = -1, .precision = -1, .type = type,
    };
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    fe_format_int(&v, n, &spec);
    return fe_str_from_vstr(&v);
}

static fe_obj_t builtin_bin(fe_obj_t x) {
    return format_radix(x, 'b');
}
static FE_DEFINE_FUN_1(builtin_bin_obj, Q_bin, builtin_bin);

static fe_obj_t builtin_oct(fe_obj_t x) {
    return format_radix(x, 'o');
}
static FE_DEFINE_FUN_1(builtin_oct_obj, Q_oct, builtin_oct);

static fe_obj_t builtin_hex(fe_obj_t x) {
    return format_radix(x, 'x');
}
static FE_DEFINE_FUN_1(builtin_hex_obj, Q_hex, builtin_hex);

static fe_obj_t builtin_callable(fe_obj_t o) {
    return fe_bool(fe_is_callable(o));
}
static FE_DEFINE_FUN_1(builtin_callable_obj, Q_callable, builtin_callable);

static fe_obj_t builtin_chr(fe_obj_t o) {
    fe_obj_t n = to_index_obj(o);
    fe_int_t c;
    if (!fe_get_int_maybe(n, &c) || c > 0x7fffffff || c < -0x7fffffff - 1) {
        fe_raise_msg(&fe_type_OverflowError, "Python int too large to convert to C int");
    }
    if (c < 0 || c >= 0x110000) {
        fe_raise_msg(&fe_type_ValueError, "chr() arg not in range(0x110000)");
    }
    if (c < 0x80) {
        char ch = (char)c;
        return fe_str_intern(&ch, 1);
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 4);
    fe_vstr_add_char(&v, (unsigned)c);
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(builtin_chr_obj, Q_chr, builtin_chr);

static fe_obj_t builtin_delattr(fe_obj_t o, fe_obj_t name) {
    fe_delete_attr(o, attr_name(name));
    return fe_none;
}
static FE_DEFINE_FUN_2(builtin_delattr_obj, Q_delattr, builtin_delattr);

static fe_obj_t builtin_divmod(fe_obj_t a, fe_obj_t b) {
    return fe_binary_op(FE_BINARY_DIVMOD, a, b);
}
static FE_DEFINE_FUN_2(builtin_divmod_obj, Q_divmod, builtin_divmod);

static fe_obj_t builtin_format(size_t n_args, const fe_obj_t *args) {
    fe_obj_t spec = n_args > 1 ? args[1] : FE_NEW_QSTR(Q_empty);
    if (!fe_is_str(spec)) {
        fe_raise_fmt(&fe_type_TypeError, "format() argument 2 must be str, not %T", spec);
    }
    return fe_format(args[0], spec);
}
static FE_DEFINE_FUN_VAR(builtin_format_obj, Q_format, 1, 2, builtin_format);

static fe_obj_t builtin_getattr(size_t n_args, const fe_obj_t *args) {
    qstr attr = attr_name(args[1]);
    if (n_args == 2) {
        return fe_load_attr(args[0], attr);
    }
    // with a default only AttributeError is swallowed (fe_load_attr_maybe's rule)
    fe_obj_t v = fe_load_attr_maybe(args[0], attr);
    return v == FE_NULL ? args[2] : v;
}
static FE_DEFINE_FUN_VAR(builtin_getattr_obj, Q_getattr, 2, 3, builtin_getattr);

static fe_obj_t builtin_hasattr(fe_obj_t o, fe_obj_t name) {
    return fe_bool(fe_load_attr_maybe(o, attr_name(name)) != FE_NULL);
}
static FE_DEFINE_FUN_2(builtin_hasattr_obj, Q_hasattr, builtin_hasattr);

static fe_obj_t builtin_hash(fe_obj_t o) {
    return fe_int_from_int(fe_hash(o));
}
static FE_DEFINE_FUN_1(builtin_hash_obj, Q_hash, builtin_hash);

static fe_obj_t builtin_id(fe_obj_t o) {
    return fe_int_from_uint((fe_uint_t)o);
}
static FE_DEFINE_FUN_1(builtin_id_obj, Q_id, builtin_id);

// isinstance/issubclass second argument: a class or a (nested) tuple of classes.
static bool class_spec_match(fe_obj_t o, fe_obj_t spec, bool subclass) {
    if (fe_obj_is_type_ptr(spec, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(spec, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (class_spec_match(o, items[i], subclass)) {
                return true;
            }
        }
        return false;
    }
    if (!fe_builtin_is_type(spec)) {
        if (subclass) {
            fe_raise_msg(&fe_type_TypeError,
                "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        fe_raise_msg(&fe_type_TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    if (fe_typeof(spec)->flags & FE_TYPE_FLAG_USER) {
        // a class whose metaclass may define __instancecheck__ / __subclasscheck__
        fe_obj_t call[3];
        fe_load_method_maybe(spec, subclass ? Q___subclasscheck__ : Q___instancecheck__, call);
        if (call[0] != FE_NULL) {
            call[2] = o;
            return fe_is_true(fe_call_method(1, 0, call));
        }
    }
    if (subclass) {
        return fe_issubclass((const fe_type_t *)o, (const fe_type_t *)spec);
    }
    return fe_isinstance(o, (const fe_type_t *)spec);
}

static fe_obj_t builtin_isinstance(fe_obj_t o, fe_obj_t spec) {
    return fe_bool(class_spec_match(o, spec, false));
}
static FE_DEFINE_FUN_2(builtin_isinstance_obj, Q_isinstance, builtin_isinstance);

static fe_obj_t builtin_issubclass(fe_obj_t c, fe_obj_t spec) {
    if (!fe_builtin_is_type(c)) {
        fe_raise_msg(&fe_type_TypeError, "issubclass() arg 1 must be a class");
    }
    return fe_bool(class_spec_match(c, spec, true));
}
static FE_DEFINE_FUN_2(builtin_issubclass_obj, Q_issubclass, builtin_issubclass);

static fe_obj_t builtin_iter(size_t n_args, const fe_obj_t *args) {
    if (n_args == 1) {
        return fe_getiter(args[0], NULL);
    }
    if (!fe_is_callable(args[0])) {
        fe_raise_msg(&fe_type_TypeError, "iter(v, w): v must be callable");
    }
    return fe_callable_iter_new(args[0], args[1]);
}
static FE_DEFINE_FUN_VAR(builtin_iter_obj, Q_iter, 1, 2, builtin_iter);

static fe_obj_t builtin_len(fe_obj_t o) {
    return fe_int_from_uint(fe_len(o));
}
static FE_DEFINE_FUN_1(builtin_len_obj, Q_len, builtin_len);

// max() and min(): one iterable or several arguments; key= and (iterable form) default=.
static fe_obj_t min_max(size_t n_args, const fe_obj_t *args, fe_map_t *kw, fe_binary_op_t op, qstr name) {
    // keywords are parsed as a separate keyword-only call, as CPython does
    const fe_builtin_params_t params = {name, 2, 0, 0, 0, {Q_key, Q_default}};
    fe_obj_t kwv[2];
    fe_builtin_unpack(&params, 0, NULL, kw, kwv);
    fe_obj_t key = kwv[0];
    fe_obj_t def = kwv[1];
    if (key == fe_none) {
        key = FE_NULL;
    }
    // one iterable argument, or the arguments themselves (it == FE_NULL)
    fe_iter_buf_t buf;
    fe_obj_t it = FE_NULL;
    if (n_args == 1) {
        it = fe_getiter(args[0], &buf);
    } else if (def != FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError,
            "Cannot specify a default for %q() with multiple positional arguments", name);
    }
    fe_obj_t best = FE_NULL, best_key = FE_NULL, item;
    for (size_t i = 0; (item = it != FE_NULL ? fe_iternext(it) : i < n_args ? args[i] : FE_NULL) != FE_NULL; i++) {
        fe_obj_t k = key ? fe_call1(key, item) : item;
        if (best == FE_NULL || fe_is_true(fe_binary_op(op, k, best_key))) {
            best = item;
            best_key = k;
        }
    }
    if (best == FE_NULL) {
        if (def != FE_NULL) {
            return def;
        }
        fe_raise_fmt(&fe_type_ValueError, "%q() arg is an empty sequence", name);
    }
    return best;
}

static fe_obj_t builtin_max(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return min_max(n_args, args, kw, FE_BINARY_MORE, Q_max);
}
static FE_DEFINE_FUN_KW(builtin_max_obj, Q_max, 1, builtin_max);

static fe_obj_t builtin_min(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return min_max(n_args, args, kw, FE_BINARY_LESS, Q_min);
}
static FE_DEFINE_FUN_KW(builtin_min_obj, Q_min, 1, builtin_min);

static fe_obj_t builtin_next(size_t n_args, const fe_obj_t *args) {
    fe_obj_t it = args[0];
    if (fe_typeof(it)->iternext == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object is not an iterator", it);
    }
    fe_obj_t v;
    if (fe_obj_is_type_ptr(it, &fe_type_generator)) {
        // resume directly: a finished generator's return value becomes StopIteration.value
        fe_obj_t out;
        if (fe_generator_resume(it, fe_none, FE_NULL, &out)) {
            return out;
        }
        if (n_args == 2) {
            return args[1];
        }
        fe_raise(fe_exc_new(&fe_type_StopIteration, out == fe_none ? 0 : 1, &out));
    }
    v = fe_iternext(it);
    if (v == FE_NULL) {
        if (n_args == 2) {
            return args[1];
        }
        fe_raise(fe_exc_new(&fe_type_StopIteration, 0, NULL));
    }
    return v;
}
static FE_DEFINE_FUN_VAR(builtin_next_obj, Q_next, 1, 2, builtin_next);

static fe_obj_t builtin_ord(fe_obj_t o) {
    size_t len;
    if (fe_is_str(o)) {
        const char *s = fe_str_data(o, &len);
        size_t chars = fe_utf8_count_chars(s, len);
        if (chars == 1) {
            return FE_NEW_SMALL_INT(fe_utf8_decode(&s));
        }
        fe_raise_fmt(&fe_type_TypeError, "ord() expected a character, but string of length %d found",
            (int)chars);
    }
    if (fe_obj_is_type_ptr(o, &fe_type_bytes) || fe_obj_is_type_ptr(o, &fe_type_bytearray)) {
        const uint8_t *s = (const uint8_t *)fe_bytes_data(o, &len);
        if (len == 1) {
            return FE_NEW_SMALL_INT(s[0]);
        }
        fe_raise_fmt(&fe_type_TypeError, "ord() expected a character, but string of length %d found",
            (int)len);
    }
    fe_raise_fmt(&fe_type_TypeError, "ord() expected string of length 1, but %T found", o);
}
static FE_DEFINE_FUN_1(builtin_ord_obj, Q_ord, builtin_ord);

// ---- pow -------------------------------------------------------------------------------------

static fe_obj_t builtin_pow(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q_pow, 3, 0, 3, 2, {Q_base, Q_exp, Q_mod}};
    fe_obj_t a[3];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    if (a[2] == FE_NULL || a[2] == fe_none) {
        return fe_binary_op(FE_BINARY_POWER, a[0], a[1]);
    }
    if (fe_typeof(a[0])->flags & FE_TYPE_FLAG_USER) {
        // three-argument pow of a user class goes to its __pow__(exp, mod)
        fe_obj_t call[4];
        fe_load_method_maybe(a[0], Q___pow__, call);
        if (call[0] != FE_NULL) {
            call[2] = a[1];
            call[3] = a[2];
            return fe_call_method(2, 0, call);
        }
    }
    return fe_int_pow_mod(a[0], a[1], a[2]);
}
static FE_DEFINE_FUN_KW(builtin_pow_obj, Q_pow, 0, builtin_pow);

static fe_obj_t builtin_repr(fe_obj_t o) {
    return fe_repr(o);
}
static FE_DEFINE_FUN_1(builtin_repr_obj, Q_repr, builtin_repr);

static fe_obj_t builtin_round(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q_round, 2, 0, 2, 1, {Q_number, Q_ndigits}};
    fe_obj_t a[2];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    fe_obj_t number = a[0], ndigits = a[1];
    fe_obj_t call[3];
    fe_load_method_maybe(number, Q___round__, call);
    if (call[0] == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "type %T doesn't define __round__ method", number);
    }
    if (ndigits == FE_NULL || ndigits == fe_none) {
        return fe_call_method(0, 0, call);
    }
    call[2] = ndigits;
    return fe_call_method(1, 0, call);
}
static FE_DEFINE_FUN_KW(builtin_round_obj, Q_round, 0, builtin_round);

static fe_obj_t builtin_setattr(fe_obj_t o, fe_obj_t name, fe_obj_t value) {
    fe_store_attr(o, attr_name(name), value);
    return fe_none;
}
static FE_DEFINE_FUN_3(builtin_setattr_obj, Q_setattr, builtin_setattr);

static fe_obj_t builtin_sorted(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 1) {
        fe_raise_fmt(&fe_type_TypeError, "sorted expected 1 argument, got %d", (int)n_args);
    }
    // the keywords go to list.sort(*, key=None, reverse=False), which names the errors
    static const fe_builtin_params_t params = {Q_sort, 2, 0, 0, 0, {Q_key, Q_reverse}};
    fe_obj_t kwv[2];
    fe_builtin_unpack(&params, 0, NULL, kw, kwv);
    fe_obj_t key = kwv[0];
    fe_obj_t reverse = kwv[1];
    fe_obj_t list = fe_list_new(0, NULL);
    fe_list_extend(list, args[0]);
    fe_list_sort(list, key == fe_none ? FE_NULL : key, reverse != FE_NULL && fe_get_int(reverse) != 0);
    return list;
}
static FE_DEFINE_FUN_KW(builtin_sorted_obj, Q_sorted, 0, builtin_sorted);

static fe_obj_t builtin_sum(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q_sum, 2, 1, 2, 1, {Q_iterable, Q_start}};
    fe_obj_t a[2];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    fe_obj_t acc = a[1] == FE_NULL ? FE_NEW_SMALL_INT(0) : a[1];
    if (fe_is_str(acc)) {
        fe_raise_msg(&fe_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (fe_obj_is_type_ptr(acc, &fe_type_bytes)) {
        fe_raise_msg(&fe_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (fe_obj_is_type_ptr(acc, &fe_type_bytearray)) {
        fe_raise_msg(&fe_type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(a[0], &buf);
    fe_obj_t item;
    while ((item = fe_iternext(it)) != FE_NULL) {
        if (FE_IS_SMALL_INT(acc) && FE_IS_SMALL_INT(item)) {
            // two small ints cannot overflow a word; check that the sum is still small
            fe_int_t r = FE_SMALL_INT_VALUE(acc) + FE_SMALL_INT_VALUE(item);
            if (FE_SMALL_INT_FITS(r)) {
                acc = FE_NEW_SMALL_INT(r);
                continue;
            }
        }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        if (fe_obj_is_type_ptr(acc, &fe_type_float) &&
            (fe_obj_is_type_ptr(item, &fe_type_float) || FE_IS_SMALL_INT(item))) {
            // accumulate floats without a new object per item
            fe_float_t f = fe_float_value(acc);
            do {
                f += FE_IS_SMALL_INT(item) ? (fe_float_t)FE_SMALL_INT_VALUE(item) : fe_float_value(item);
                item = fe_iternext(it);
            } while (item != FE_NULL && (fe_obj_is_type_ptr(item, &fe_type_float) || FE_IS_SMALL_INT(item)));
            acc = fe_float_new(f);
            if (item == FE_NULL) {
                break;
            }
        }
#endif
        acc = fe_binary_op(FE_BINARY_ADD, acc, item);
    }
    return acc;
}
static FE_DEFINE_FUN_KW(builtin_sum_obj, Q_sum, 0, builtin_sum);

// ---- the module ------------------------------------------------------------------------------

#define FUN(q, obj) {FE_ROM_QSTR(q), FE_ROM_PTR(&obj)}
#define TYPE(q, t) {FE_ROM_QSTR(q), FE_ROM_PTR(&t)}

static const fe_map_elem_t builtins_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_builtins)},
    FUN(Q___build_class__, fe_builtin___build_class___obj),
    FUN(Q___import__, fe_builtin___import___obj),
    {FE_ROM_QSTR(Q___debug__), FE_ROM_PTR(&fe_true_obj)},
    // CPython's modules see the builtins module as the global __builtins__
    {FE_ROM_QSTR(Q___builtins__), FE_ROM_PTR(&fe_module_builtins)},
    // functions
    FUN(Q_abs, builtin_abs_obj),
    FUN(Q_all, builtin_all_obj),
    FUN(Q_any, builtin_any_obj),
    FUN(Q_ascii, builtin_ascii_obj),
    FUN(Q_bin, builtin_bin_obj),
    FUN(Q_callable, builtin_callable_obj),
    FUN(Q_chr, builtin_chr_obj),
    FUN(Q_compile, fe_builtin_compile_obj),
    FUN(Q_delattr, builtin_delattr_obj),
    FUN(Q_dir, fe_builtin_dir_obj),
    FUN(Q_divmod, builtin_divmod_obj),
    FUN(Q_eval, fe_builtin_eval_obj),
    FUN(Q_exec, fe_builtin_exec_obj),
    FUN(Q_format, builtin_format_obj),
    FUN(Q_getattr, builtin_getattr_obj),
    FUN(Q_globals, fe_builtin_globals_obj),
    FUN(Q_hasattr, builtin_hasattr_obj),
    FUN(Q_hash, builtin_hash_obj),
    FUN(Q_help, fe_builtin_help_obj),
    FUN(Q_hex, builtin_hex_obj),
    FUN(Q_id, builtin_id_obj),
    FUN(Q_input, fe_builtin_input_obj),
    FUN(Q_isinstance, builtin_isinstance_obj),
    FUN(Q_issubclass, builtin_issubclass_obj),
    FUN(Q_iter, builtin_iter_obj),
    FUN(Q_len, builtin_len_obj),
    FUN(Q_locals, fe_builtin_locals_obj),
    FUN(Q_max, builtin_max_obj),
    FUN(Q_min, builtin_min_obj),
    FUN(Q_next, builtin_next_obj),
    FUN(Q_oct, builtin_oct_obj),
    FUN(Q_open, fe_builtin_open_obj),
    FUN(Q_ord, builtin_ord_obj),
    FUN(Q_pow, builtin_pow_obj),
    FUN(Q_print, fe_builtin_print_obj),
    FUN(Q_repr, builtin_repr_obj),
    FUN(Q_round, builtin_round_obj),
    FUN(Q_setattr, builtin_setattr_obj),
    FUN(Q_sorted, builtin_sorted_obj),
    FUN(Q_sum, builtin_sum_obj),
    FUN(Q_vars, fe_builtin_vars_obj),
    // types
    TYPE(Q_bool, fe_type_bool),
    TYPE(Q_bytearray, fe_type_bytearray),
    TYPE(Q_bytes, fe_type_bytes),
    TYPE(Q_classmethod, fe_type_classmethod),
#if FE_ENABLE_COMPLEX
    TYPE(Q_complex, fe_type_complex),
#endif
    TYPE(Q_dict, fe_type_dict),
    TYPE(Q_enumerate, fe_type_enumerate),
    TYPE(Q_filter, fe_type_filter),
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    TYPE(Q_float, fe_type_float),
#endif
    TYPE(Q_frozenset, fe_type_frozenset),
    TYPE(Q_int, fe_type_int),
    TYPE(Q_list, fe_type_list),
    TYPE(Q_map, fe_type_map),
    TYPE(Q_memoryview, fe_type_memoryview),
    TYPE(Q_object, fe_type_object),
    TYPE(Q_property, fe_type_property),
    TYPE(Q_range, fe_type_range),
    TYPE(Q_reversed, fe_type_reversed),
    TYPE(Q_set, fe_type_set),
    TYPE(Q_slice, fe_type_slice),
    TYPE(Q_staticmethod, fe_type_staticmethod),
    TYPE(Q_str, fe_type_str),
    TYPE(Q_super, fe_type_super),
    TYPE(Q_tuple, fe_type_tuple),
    TYPE(Q_type, fe_type_type),
    TYPE(Q_zip, fe_type_zip),
    // constants
    {FE_ROM_QSTR(Q_NotImplemented), FE_ROM_PTR(&fe_notimplemented_obj)},
    {FE_ROM_QSTR(Q_Ellipsis), FE_ROM_PTR(&fe_ellipsis_obj)},
    // exceptions
    TYPE(Q_BaseException, fe_type_BaseException),
    TYPE(Q_SystemExit, fe_type_SystemExit),
    TYPE(Q_KeyboardInterrupt, fe_type_KeyboardInterrupt),
    TYPE(Q_GeneratorExit, fe_type_GeneratorExit),
    TYPE(Q_Exception, fe_type_Exception),
    TYPE(Q_StopIteration, fe_type_StopIteration),
    TYPE(Q_StopAsyncIteration, fe_type_StopAsyncIteration),
    TYPE(Q_ArithmeticError, fe_type_ArithmeticError),
    TYPE(Q_OverflowError, fe_type_OverflowError),
    TYPE(Q_ZeroDivisionError, fe_type_ZeroDivisionError),
    TYPE(Q_FloatingPointError, fe_type_FloatingPointError),
    TYPE(Q_AssertionError, fe_type_AssertionError),
    TYPE(Q_AttributeError, fe_type_AttributeError),
    TYPE(Q_BufferError, fe_type_BufferError),
    TYPE(Q_EOFError, fe_type_EOFError),
    TYPE(Q_ImportError, fe_type_ImportError),
    TYPE(Q_ModuleNotFoundError, fe_type_ModuleNotFoundError),
    TYPE(Q_LookupError, fe_type_LookupError),
    TYPE(Q_IndexError, fe_type_IndexError),
    TYPE(Q_KeyError, fe_type_KeyError),
    TYPE(Q_MemoryError, fe_type_MemoryError),
    TYPE(Q_NameError, fe_type_NameError),
    TYPE(Q_UnboundLocalError, fe_type_UnboundLocalError),
    TYPE(Q_OSError, fe_type_OSError),
    TYPE(Q_IOError, fe_type_OSError),
    TYPE(Q_EnvironmentError, fe_type_OSError),
    TYPE(Q_SystemError, fe_type_SystemError),
    TYPE(Q_ReferenceError, fe_type_ReferenceError),
    TYPE(Q_BlockingIOError, fe_type_BlockingIOError),
    TYPE(Q_ChildProcessError, fe_type_ChildProcessError),
    TYPE(Q_ConnectionError, fe_type_ConnectionError),
    TYPE(Q_BrokenPipeError, fe_type_BrokenPipeError),
    TYPE(Q_ConnectionAbortedError, fe_type_ConnectionAbortedError),
    TYPE(Q_ConnectionRefusedError, fe_type_ConnectionRefusedError),
    TYPE(Q_ConnectionResetError, fe_type_ConnectionResetError),
    TYPE(Q_FileExistsError, fe_type_FileExistsError),
    TYPE(Q_FileNotFoundError, fe_type_FileNotFoundError),
    TYPE(Q_InterruptedError, fe_type_InterruptedError),
    TYPE(Q_IsADirectoryError, fe_type_IsADirectoryError),
    TYPE(Q_NotADirectoryError, fe_type_NotADirectoryError),
    TYPE(Q_PermissionError, fe_type_PermissionError),
    TYPE(Q_ProcessLookupError, fe_type_ProcessLookupError),
    TYPE(Q_TimeoutError, fe_type_TimeoutError),
    TYPE(Q_UnicodeTranslateError, fe_type_UnicodeTranslateError),
    TYPE(Q_EncodingWarning, fe_type_EncodingWarning),
    TYPE(Q_RuntimeError, fe_type_RuntimeError),
    TYPE(Q_RecursionError, fe_type_RecursionError),
    TYPE(Q_NotImplementedError, fe_type_NotImplementedError),
    TYPE(Q_SyntaxError, fe_type_SyntaxError),
    TYPE(Q_IndentationError, fe_type_IndentationError),
    TYPE(Q_TabError, fe_type_TabError),
    TYPE(Q_TypeError, fe_type_TypeError),
    TYPE(Q_ValueError, fe_type_ValueError),
    TYPE(Q_UnicodeError, fe_type_UnicodeError),
    TYPE(Q_UnicodeDecodeError, fe_type_UnicodeDecodeError),
    TYPE(Q_UnicodeEncodeError, fe_type_UnicodeEncodeError),
    TYPE(Q_Warning, fe_type_Warning),
    TYPE(Q_UserWarning, fe_type_UserWarning),
    TYPE(Q_DeprecationWarning, fe_type_DeprecationWarning),
    TYPE(Q_PendingDeprecationWarning, fe_type_PendingDeprecationWarning),
    TYPE(Q_RuntimeWarning, fe_type_RuntimeWarning),
    TYPE(Q_SyntaxWarning, fe_type_SyntaxWarning),
    TYPE(Q_FutureWarning, fe_type_FutureWarning),
    TYPE(Q_ImportWarning, fe_type_ImportWarning),
    TYPE(Q_UnicodeWarning, fe_type_UnicodeWarning),
    TYPE(Q_BytesWarning, fe_type_BytesWarning),
    TYPE(Q_ResourceWarning, fe_type_ResourceWarning),
};
static FE_DEFINE_CONST_DICT(builtins_dict, builtins_table);

const fe_module_t fe_module_builtins = {{&fe_type_module}, (fe_dict_t *)&builtins_dict};
