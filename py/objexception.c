// py/objexception.c: exception types and instances, raising (the longjmp side of
// py/nlr.h), tracebacks and the printing of uncaught exceptions.
//
// Every builtin exception type is a const fe_type_t sharing one set of slots; the type's
// place in the hierarchy (its `parent` chain) selects the few special behaviours (KeyError's
// str, OSError's errno, SyntaxError's location ...). Instances are fe_exc_t. A user class
// deriving from an exception type is an fe_instance_t whose subobj[0] is an fe_exc_t made
// by fe_exc_slot_make_new, so every entry point goes through exc_get() to find the native part.
#include <string.h>
#include "py/obj.h"
#include "py/objtype.h"
#include "py/port.h"
#include "py/builtins.h"
#include "py/objstr.h"
#include "py/unicode.h"
#include "extmod/modexc.h"

// One traceback line: File "<file>", line <line>, in <block>.
typedef struct {
    uint32_t file;   // qstr
    uint32_t block;  // qstr
    uint32_t line;
} tb_entry_t;

// Six words and two halfwords (four words without chaining): four (three) GC blocks of
// two words on 32- and 64-bit targets.
typedef struct {
    fe_objbase_t base;       // always a builtin exception type
    fe_obj_t args;           // tuple
    fe_dict_t *dict;         // attributes set by user code; NULL until the first one
#if FE_EXC_CHAINING
    fe_obj_t cause;          // __cause__ or FE_NULL
    fe_obj_t context;        // __context__ or FE_NULL
#endif
    tb_entry_t *tb;          // traceback, innermost frame first (the VM appends while unwinding)
    uint16_t tb_len;
    uint16_t tb_alloc : 15;
#if FE_EXC_CHAINING
    uint16_t suppress_context : 1;
#endif
} fe_exc_t;

#if FE_EXC_TRACEBACK_DETAIL && !FE_EXC_CHAINING
#error "FE_EXC_TRACEBACK_DETAIL needs FE_EXC_CHAINING"
#endif

// Traceback entries kept per exception: enough for the deepest Python recursion. Past this,
// or when memory runs out, entries in the middle are dropped so that both the innermost
// frames and the outermost ones (the most recently added) stay visible.
// (tb_alloc has 15 bits.)
#if FE_MAX_CALL_DEPTH + 16 < 0x7fff
#define TB_MAX_ENTRIES (FE_MAX_CALL_DEPTH + 16)
#else
#define TB_MAX_ENTRIES 0x7fff
#endif
// Identical consecutive entries printed before "[Previous line repeated N more times]".
#define TB_RECURSIVE_CUTOFF 3

static const fe_type_t *exc_native_type(const fe_type_t *type);

// ---- finding the native part ----------------------------------------------------------

// The fe_exc_t behind an exception instance (native or user subclass), or NULL.
static fe_exc_t *exc_get(fe_obj_t o) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return NULL;
    }
    const fe_type_t *t = ((const fe_objbase_t *)o)->type;
    if ((t->flags & (FE_TYPE_FLAG_EXCEPTION | FE_TYPE_FLAG_USER)) == FE_TYPE_FLAG_EXCEPTION) {
        return (fe_exc_t *)o;
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_BaseException);
        if (n != FE_NULL) {
            return (fe_exc_t *)n;
        }
    }
    return NULL;
}

static fe_exc_t *exc_get_checked(fe_obj_t o) {
    fe_exc_t *e = exc_get(o);
    if (e == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "exceptions must derive from BaseException");
    }
    return e;
}

// Whether builtin type t is kind or derives from it (walks the single-parent chain).
static bool native_is(const fe_type_t *t, const fe_type_t *kind) {
    for (; t != NULL; t = t->parent) {
        if (t == kind) {
            return true;
        }
    }
    return false;
}

static bool is_type_obj(fe_obj_t o) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *mt = ((const fe_objbase_t *)o)->type;
    return mt == &fe_type_type || (FE_TYPE_METACLASSES && fe_issubclass(mt, &fe_type_type));
}

bool fe_is_exception_type(fe_obj_t o) {
    if (!is_type_obj(o)) {
        return false;
    }
    const fe_type_t *t = o;
    if ((t->flags & (FE_TYPE_FLAG_EXCEPTION | FE_TYPE_FLAG_USER)) == FE_TYPE_FLAG_EXCEPTION) {
        return true;
    }
    return (t->flags & FE_TYPE_FLAG_USER) && fe_issubclass(t, &fe_type_BaseException);
}

bool fe_is_exception_instance(fe_obj_t o) {
    return exc_get(o) != NULL;
}

bool fe_exc_matches(fe_obj_t exc, const fe_type_t *exc_type) {
    if (FE_IS_OBJ(exc) && exc != FE_NULL) {
        const fe_type_t *t = ((const fe_objbase_t *)exc)->type;
        if (!(t->flags & FE_TYPE_FLAG_USER) && !(exc_type->flags & FE_TYPE_FLAG_USER)) {
            return native_is(t, exc_type);
        }
    }
    return fe_isinstance(exc, exc_type);
}

// `except X` where X is a type or a tuple of types (not nested, unlike isinstance).
static bool exc_match_spec(fe_obj_t exc, fe_obj_t spec, bool in_tuple) {
    if (!in_tuple && fe_obj_is_type_ptr(spec, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(spec, &n, &items);
        // CPython checks every item before matching any
        for (size_t i = 0; i < n; i++) {
            if (!fe_is_exception_type(items[i])) {
                fe_raise_msg(&fe_type_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (size_t i = 0; i < n; i++) {
            if (exc_match_spec(exc, items[i], true)) {
                return true;
            }
        }
        return false;
    }
    if (!fe_is_exception_type(spec)) {
        fe_raise_msg(&fe_type_TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
    }
    return fe_exc_matches(exc, (const fe_type_t *)spec);
}

// ---- construction ---------------------------------------------------------------------

static fe_obj_t dict_get(fe_exc_t *e, qstr attr) {
    if (e->dict == NULL) {
        return FE_NULL;
    }
    fe_map_elem_t *el = fe_map_lookup(&e->dict->map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
    return el ? el->value : FE_NULL;
}

static void dict_set(fe_exc_t *e, qstr attr, fe_obj_t value) {
    if (e->dict == NULL) {
        e->dict = fe_dict_new(0);
    }
    fe_dict_store((fe_obj_t)e->dict, FE_NEW_QSTR(attr), value);
}

static bool kw_allowed(const fe_type_t *native, qstr kw);

// Sets args and the keyword attributes; shared by make_new and __init__. `kw` holds n_kw
// (key, value) pairs; `type_for_msg` names the class in the error message.
static void exc_set_args(fe_exc_t *e, size_t n_args, const fe_obj_t *args, size_t n_kw,
    const fe_obj_t *kw, const fe_type_t *type_for_msg) {
    const fe_type_t *native = e->base.type;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = FE_IS_QSTR(kw[2 * i]) ? FE_QSTR_VALUE(kw[2 * i]) : fe_str_to_qstr(kw[2 * i]);
        if (!kw_allowed(native, k)) {
            if (kw_allowed(native, Q_name)) {
                fe_raise_fmt(&fe_type_TypeError, "'%q' is an invalid keyword argument for %q()",
                    k, (qstr)type_for_msg->name);
            }
            fe_raise_fmt(&fe_type_TypeError, "%q() takes no keyword arguments",
                (qstr)type_for_msg->name);
        }
        dict_set(e, k, kw[2 * i + 1]);
    }
    // OSError(errno, strerror, filename[, winerror, filename2]): args keeps only the first two.
    if (native_is(native, &fe_type_OSError) && n_args >= 3 && n_args <= 5) {
        dict_set(e, Q_filename, args[2]);
        if (n_args == 5) {
            dict_set(e, Q_filename2, args[4]);
        }
        n_args = 2;
    }
    e->args = n_args == 0 ? fe_empty_tuple : fe_tuple_new(n_args, args);
}

// Called as E(*args) for a builtin exception type, or with a user subclass as `type` (the
// object model passes the builtin base; the user instance prints its own class name).
// Keywords are rejected only for a builtin class itself: a user subclass's __init__ may
// take them.
fe_obj_t fe_exc_slot_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_type_t *native = exc_native_type(type);
    fe_exc_t *e = fe_new(fe_exc_t);
    e->base.type = native;
    if (type == native) {
        exc_set_args(e, n_args, args, n_kw, args + n_args, type);
    } else {
        // user subclass: keep positionals as args (CPython's BaseException.__new__), ignore kw
        exc_set_args(e, n_args, args, 0, NULL, type);
    }
    return e;
}

// The builtin exception type a (possibly user) class derives from.
static const fe_type_t *exc_native_type(const fe_type_t *type) {
    if (!(type->flags & FE_TYPE_FLAG_USER)) {
        return type;
    }
    fe_obj_t mro = ((const fe_type_user_t *)type)->mro;
    if (mro != FE_NULL && fe_obj_is_type_ptr(mro, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(mro, &n, &items);
        for (size_t i = 0; i < n; i++) {
            const fe_type_t *t = items[i];
            if (!(t->flags & FE_TYPE_FLAG_USER) && (t->flags & FE_TYPE_FLAG_EXCEPTION)) {
                return t;
            }
        }
    }
    for (const fe_type_t *t = type; t != NULL; t = t->parent) {
        if (!(t->flags & FE_TYPE_FLAG_USER) && (t->flags & FE_TYPE_FLAG_EXCEPTION)) {
            return t;
        }
    }
    return &fe_type_Exception;
}

fe_obj_t fe_exc_new(const fe_type_t *exc_type, size_t n_args, const fe_obj_t *args) {
    if (exc_type->flags & FE_TYPE_FLAG_USER) {
        return fe_call((fe_obj_t)exc_type, n_args, 0, args);
    }
    fe_exc_t *e = fe_new(fe_exc_t);
    e->base.type = exc_type;
    exc_set_args(e, n_args, args, 0, NULL, exc_type);
    return e;
}

fe_obj_t fe_exc_new_msg(const fe_type_t *exc_type, const char *msg) {
    fe_obj_t arg = fe_str_new_cstr(msg);
    return fe_exc_new(exc_type, 1, &arg);
}

fe_obj_t fe_exc_args(fe_obj_t exc) {
    fe_exc_t *e = exc_get_checked(exc);
    return e->args;
}

// args[i] or FE_NULL
static fe_obj_t exc_arg(fe_exc_t *e, size_t i) {
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(e->args, &n, &items);
    return i < n ? items[i] : FE_NULL;
}

static size_t exc_n_args(fe_exc_t *e) {
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(e->args, &n, &items);
    return n;
}

fe_obj_t fe_exc_get_value(fe_obj_t exc) {
    fe_exc_t *e = exc_get(exc);
    if (e == NULL) {
        return fe_none;
    }
    fe_obj_t v = dict_get(e, Q_value);
    if (v == FE_NULL) {
        v = exc_arg(e, 0);
    }
    return v == FE_NULL ? fe_none : v;
}

// ---- raising ----------------------------------------------------------------------------

// Transfers control to the innermost handler. The exception must be an instance.
static FE_NORETURN void raise_instance(fe_obj_t exc) {
    fe_handler_t *h = fe_state.handler_top;
    if (h == NULL) {
        fe_port_fatal("uncaught exception with no handler");
    }
    fe_state.handler_top = h->prev;
    h->exc = exc;
    FE_LONGJMP(h->jb);
}

#if FE_EXC_CHAINING
// Implicit chaining: an exception raised while another is being handled gets it as
// __context__ (unless it already has one). Cycles in the chain are cut as CPython does.
static void set_implicit_context(fe_obj_t exc, fe_exc_t *e) {
    fe_obj_t cur = fe_state.current_exc;
    if (cur == FE_NULL || cur == exc || e->context != FE_NULL) {
        return;
    }
    // the preallocated instances are shared between raises: keep them unchained
    if (exc == fe_state.memory_error || exc == fe_state.recursion_error ||
        exc == fe_state.keyboard_interrupt) {
        return;
    }
    fe_exc_t *c = exc_get(cur);
    if (c == NULL) {
        return;
    }
    // walk cur's context chain; if it reaches exc, cut the link before it
    fe_exc_t *o = c;
    for (int depth = 0; o != NULL && depth < 100; depth++) {
        if (o->context == FE_NULL) {
            break;
        }
        if (o->context == exc) {
            o->context = FE_NULL;
            break;
        }
        o = exc_get(o->context);
    }
    e->context = cur;
}
#endif

void fe_raise(fe_obj_t exc) {
    if (fe_is_exception_type(exc)) {
        const fe_type_t *t = exc;
        exc = (t->flags & FE_TYPE_FLAG_USER) ? fe_call0(exc) : fe_exc_new(t, 0, NULL);
    }
    fe_exc_t *e = exc_get(exc);
    if (e == NULL) {
        fe_raise_msg(&fe_type_TypeError, "exceptions must derive from BaseException");
    }
#if FE_EXC_CHAINING
    set_implicit_context(exc, e);
#endif
    raise_instance(exc);
}

#if FE_MSG_COMPRESSED
#include "genhdr/msgdict.generated.h"
#define EXPAND(text) char expanded[FE_MSG_MAX_LEN + 1]; text = fe_msg_expand(text, expanded)
#else
#define EXPAND(text)
#endif

void fe_raise_msg(const fe_type_t *exc_type, const char *msg) {
    EXPAND(msg);
    fe_raise(fe_exc_new_msg(exc_type, msg));
}

void fe_raise_fmt(const fe_type_t *exc_type, const char *fmt, ...) {
    EXPAND(fmt);
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    fe_print_t print;
    fe_vstr_print_init(&v, &print);
    va_list ap;
    va_start(ap, fmt);
    fe_vprintf(&print, fmt, ap);
    va_end(ap);
    fe_obj_t msg = fe_str_from_vstr(&v);
    fe_raise(fe_exc_new(exc_type, 1, &msg));
}

void fe_raise_memory_error(void) {
    fe_obj_t exc = fe_state.memory_error;
    if (exc == FE_NULL) {
        // not preallocated yet (start-up): try to make one, else give up
        fe_exc_t *e = fe_alloc_maybe(sizeof(fe_exc_t));
        if (e == NULL) {
            fe_port_fatal("out of memory");
        }
        e->base.type = &fe_type_MemoryError;
        e->args = fe_empty_tuple;
        exc = e;
    }
    fe_exc_t *e = exc_get(exc);
    // the instance is shared: forget the previous raise's traceback and chain
    e->tb_len = 0;
#if FE_EXC_CHAINING
    e->cause = FE_NULL;
    e->context = FE_NULL;
    e->suppress_context = 0;
#endif
    raise_instance(exc);
}

static const char *binary_op_symbol(fe_binary_op_t op) {
    static const char *const syms[] = {
        "|", "^", "&", "<<", ">>", "+", "-", "*", "@", "//", "/", "%", "**",
    };
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        return syms[op - FE_BINARY_INPLACE_OR];
    }
    if (op >= FE_BINARY_OR && op <= FE_BINARY_POWER) {
        return syms[op - FE_BINARY_OR];
    }
    if (op >= FE_BINARY_REVERSE_OR && op <= FE_BINARY_REVERSE_POWER) {
        return syms[op - FE_BINARY_REVERSE_OR];
    }
    return "?";
}

// CPython's messages for an operator no operand type supports. For FE_BINARY_IN the
// container is lhs (the operand the operation was dispatched to, see py/obj.h).
void fe_raise_type_error_bad_operand(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    static const char *const cmp[] = {"<", ">", "==", "<=", ">=", "!="};
    if (op <= FE_BINARY_NOT_EQUAL) {
        fe_raise_fmt(&fe_type_TypeError, "'%s' not supported between instances of '%T' and '%T'",
            cmp[op], lhs, rhs);
    }
    if (op == FE_BINARY_IN || op == FE_BINARY_NOT_IN) {
        fe_raise_fmt(&fe_type_TypeError, "argument of type '%T' is not iterable", lhs);
    }
    if (op == FE_BINARY_EXCEPTION_MATCH) {
        fe_raise_msg(&fe_type_TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
    }
    const char *sym = op == FE_BINARY_DIVMOD ? "divmod()"
        : op == FE_BINARY_POWER || op == FE_BINARY_REVERSE_POWER ? "** or pow()" : binary_op_symbol(op);
    bool inplace = op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER;
    fe_raise_fmt(&fe_type_TypeError, "unsupported operand type(s) for %s%s: '%T' and '%T'", sym,
        inplace ? "=" : "", lhs, rhs);
}

// The name of a Unix errno number, for "OSError: [Errno 2] ENOENT" (see
// /work/shared/docs/console-protocols.md): the errno module's errorcode table has them.
const char *fe_errno_name(int errnum) {
    fe_map_elem_t *el = fe_map_lookup((fe_map_t *)&fe_errno_errorcode.map, FE_NEW_SMALL_INT(errnum),
        FE_MAP_LOOKUP);
    return el ? qstr_str(FE_QSTR_VALUE(el->value)) : NULL;
}

void fe_raise_os_error(int errnum) {
    const char *name = fe_errno_name(errnum);
    fe_obj_t args[2] = {FE_NEW_SMALL_INT(errnum), FE_NULL};
    if (name == NULL) {
        fe_raise(fe_exc_new(&fe_type_OSError, 1, args));
    }
    args[1] = fe_str_new_cstr(name);
    fe_raise(fe_exc_new(&fe_type_OSError, 2, args));
}

// ---- traceback --------------------------------------------------------------------------

// Never raises: when memory is short the traceback drops a middle entry instead of growing.
void fe_exc_add_traceback(fe_obj_t exc, qstr file, size_t line, qstr block) {
    fe_exc_t *e = exc_get(exc);
    if (e == NULL) {
        return;
    }
    if (e->tb_len >= e->tb_alloc) {
        size_t new_alloc = e->tb_alloc ? (size_t)e->tb_alloc * 2 : 4;
        if (new_alloc > TB_MAX_ENTRIES) {
            new_alloc = TB_MAX_ENTRIES;
        }
        tb_entry_t *nt = new_alloc > e->tb_alloc ? fe_alloc_maybe(new_alloc * sizeof(tb_entry_t)) : NULL;
        if (nt != NULL) {
            if (e->tb_len) {
                memcpy(nt, e->tb, e->tb_len * sizeof(tb_entry_t));
            }
            e->tb = nt;
            e->tb_alloc = new_alloc & 0x7fff;
        } else if (e->tb_len >= 2) {
            size_t mid = e->tb_len / 2;
            memmove(&e->tb[mid], &e->tb[mid + 1], (e->tb_len - mid - 1) * sizeof(tb_entry_t));
            e->tb_len--;
        } else {
            return;
        }
    }
    tb_entry_t *t = &e->tb[e->tb_len++];
    t->file = (uint32_t)file;
    t->block = (uint32_t)block;
    t->line = (uint32_t)line;
}

void fe_exc_clear_traceback(fe_obj_t exc) {
    fe_exc_t *e = exc_get(exc);
    if (e != NULL) {
        e->tb_len = 0;
    }
}

// ---- str and repr ----------------------------------------------------------------------

// The final path component, as CPython shows a SyntaxError's file.
static const char *path_basename(const char *s, size_t *len) {
    const char *b = s;
    for (size_t i = 0; i < *len; i++) {
        if (s[i] == '/') {
            b = s + i + 1;
        }
    }
    *len -= (size_t)(b - s);
    return b;
}

// SyntaxError's location fields come from args[1] = (filename, lineno, offset, text
// [, end_lineno, end_offset]) unless user code set them as attributes.
static fe_obj_t syntax_field(fe_exc_t *e, qstr attr, size_t index) {
    fe_obj_t v = dict_get(e, attr);
    if (v != FE_NULL) {
        return v;
    }
    if (attr == Q_msg) {
        v = exc_arg(e, 0);
        return v == FE_NULL ? fe_none : v;
    }
    fe_obj_t details = exc_n_args(e) == 2 ? exc_arg(e, 1) : FE_NULL;
    if (details != FE_NULL && fe_obj_is_type_ptr(details, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(details, &n, &items);
        if (index < n) {
            return items[index];
        }
    }
    return fe_none;
}

static void print_syntax_error_str(const fe_print_t *print, fe_exc_t *e) {
    fe_obj_t msg = syntax_field(e, Q_msg, 0);
    fe_obj_t filename = syntax_field(e, Q_filename, 0);
    fe_obj_t lineno = syntax_field(e, Q_lineno, 1);
    bool have_file = fe_is_str(filename);
    bool have_line = FE_IS_SMALL_INT(lineno);
    fe_print_obj(print, msg, FE_PRINT_STR);
    if (have_file || have_line) {
        fe_print_str(print, " (");
        if (have_file) {
            size_t len;
            const char *s = fe_str_data(filename, &len);
            s = path_basename(s, &len);
            fe_print_strn(print, s, len);
            if (have_line) {
                fe_print_str(print, ", ");
            }
        }
        if (have_line) {
            fe_printf(print, "line %d", (int)FE_SMALL_INT_VALUE(lineno));
        }
        fe_print_str(print, ")");
    }
}

// args has n items (the caller checked there are two).
static void print_oserror_str(const fe_print_t *print, fe_exc_t *e, const fe_obj_t *args) {
    fe_obj_t filename = dict_get(e, Q_filename);
    fe_obj_t filename2 = dict_get(e, Q_filename2);
    fe_printf(print, "[Errno %S] %S", args[0], args[1]);
    if (filename != FE_NULL && filename != fe_none) {
        fe_printf(print, ": %r", filename);
        if (filename2 != FE_NULL && filename2 != fe_none) {
            fe_printf(print, " -> %r", filename2);
        }
    }
}

#if FE_EXC_UNICODE_DETAIL
// UnicodeDecodeError(encoding, object, start, end, reason) and the encode variant: one
// message shape, "byte 0xhh" or "character 'c'" for a single item, "bytes"/"characters"
// with a position range otherwise.
// args has 5 items.
static bool print_unicode_error_str(const fe_print_t *print, fe_exc_t *e, const fe_obj_t *args) {
    if (!FE_IS_SMALL_INT(args[2]) || !FE_IS_SMALL_INT(args[3])) {
        return false;
    }
    fe_obj_t enc = args[0], obj = args[1], reason = args[4];
    fe_int_t start = FE_SMALL_INT_VALUE(args[2]);
    fe_int_t end = FE_SMALL_INT_VALUE(args[3]);
    bool decode = native_is(e->base.type, &fe_type_UnicodeDecodeError);
    fe_buffer_info_t info;
    size_t len, i;  // the object's length and the single item's offset in it
    const char *data;
    if (decode) {
        if (!fe_get_buffer(obj, &info, FE_BUFFER_READ)) {
            return false;
        }
        data = info.buf;
        len = info.len;
        i = start >= 0 ? (size_t)start : len;
    } else if (native_is(e->base.type, &fe_type_UnicodeEncodeError) && fe_is_str(obj)) {
        data = fe_str_data(obj, &len);
        i = start > 0 ? fe_utf8_char_offset(data, len, (size_t)start) : 0;
    } else {
        return false;
    }
    fe_printf(print, "'%S' codec can't %s %s", enc, decode ? "decode" : "encode", decode ? "byte" : "character");
    if (end != start + 1 || i >= len) {
        fe_printf(print, "s in position %d-%d: %S", (int)start, (int)(end - 1), reason);
        return true;
    }
    if (decode) {
        fe_printf(print, " 0x%02x", ((const uint8_t *)data)[i]);
    } else {
        // the character itself, escaped as \xhh, \uhhhh or \Uhhhhhhhh
        const char *p = data + i;
        fe_vstr_t esc;
        fe_vstr_init(&esc, 10);
        fe_str_add_escape(&esc, fe_utf8_decode(&p));
        fe_printf(print, " '%.*s'", (int)esc.len, esc.buf);
    }
    fe_printf(print, " in position %d: %S", (int)start, reason);
    return true;
}
#else
// UnicodeDecodeError(encoding, object, start, end, reason) and the encode variant: the
// codec and the reason, without the offending item and its position.
static bool print_unicode_error_str(const fe_print_t *print, fe_exc_t *e, const fe_obj_t *args) {
    fe_printf(print, "'%S' codec error: %S", args[0], args[4]);
    return true;
}
#endif

void fe_exc_slot_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_exc_t *e = exc_get(self);
    const fe_type_t *t = e->base.type;
    size_t n;
    fe_obj_t *args;
    fe_tuple_get(e->args, &n, &args);
    if (kind == FE_PRINT_REPR) {
        // self may be an instance of a user subclass (Exception.__repr__(MyError()))
        fe_printf(print, n == 1 ? "%q(%r)" : "%q%r", (qstr)fe_typeof(self)->name, n == 1 ? args[0] : e->args);
        return;
    }
    if (native_is(t, &fe_type_OSError) && n == 2) {
        print_oserror_str(print, e, args);
        return;
    }
    if (native_is(t, &fe_type_SyntaxError)) {
        print_syntax_error_str(print, e);
        return;
    }
    if (native_is(t, &fe_type_UnicodeError) && n == 5 && print_unicode_error_str(print, e, args)) {
        return;
    }
    if (n == 1) {
        fe_print_obj(print, args[0], native_is(t, &fe_type_KeyError) ? FE_PRINT_REPR : FE_PRINT_STR);
    } else if (n > 1) {
        fe_print_obj(print, e->args, FE_PRINT_REPR);
    }
}

// ---- attributes -------------------------------------------------------------------------

static fe_obj_t exc_init(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_exc_t *e = exc_get_checked(args[0]);
    const fe_type_t *cls = fe_typeof(args[0]);
    // keywords come as a map here; exc_set_args takes pairs
    size_t n_kw;
    const fe_obj_t *pairs = fe_kw_map_to_pairs(0, NULL, kw, &n_kw);
    exc_set_args(e, n_args - 1, args + 1, n_kw, pairs, cls->flags & FE_TYPE_FLAG_USER ? cls : e->base.type);
    return fe_none;
}
static FE_DEFINE_FUN_KW(exc_init_obj, Q___init__, 1, exc_init);

static fe_obj_t exc_with_traceback(fe_obj_t self, fe_obj_t tb) {
    exc_get_checked(self);
    return self;
}
static FE_DEFINE_FUN_2(exc_with_traceback_obj, Q_with_traceback, exc_with_traceback);

// BaseException.__str__ / __repr__ (self may be an instance of a user subclass).
static fe_obj_t exc_text(fe_obj_t self, fe_print_kind_t kind) {
    exc_get_checked(self);
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    fe_print_t print;
    fe_vstr_print_init(&v, &print);
    fe_exc_slot_print(&print, self, kind);
    return fe_str_from_vstr(&v);
}

static fe_obj_t exc_str_method(fe_obj_t self) {
    return exc_text(self, FE_PRINT_STR);
}
static FE_DEFINE_FUN_1(exc_str_obj, Q___str__, exc_str_method);

static fe_obj_t exc_repr_method(fe_obj_t self) {
    return exc_text(self, FE_PRINT_REPR);
}
static FE_DEFINE_FUN_1(exc_repr_obj, Q___repr__, exc_repr_method);

#if FE_EXC_NOTES
// add_note (3.11): notes are printed after the exception's last traceback line.
static fe_obj_t exc_add_note(fe_obj_t self, fe_obj_t note) {
    fe_exc_t *e = exc_get_checked(self);
    if (!fe_is_str(note)) {
        fe_raise_fmt(&fe_type_TypeError, "note must be a str, not '%T'", note);
    }
    fe_obj_t notes = dict_get(e, Q___notes__);
    if (notes == FE_NULL) {
        notes = fe_list_new(0, NULL);
        dict_set(e, Q___notes__, notes);
    } else if (!fe_obj_is_type_ptr(notes, &fe_type_list)) {
        fe_raise_msg(&fe_type_TypeError, "Cannot add note: __notes__ is not a list");
    }
    fe_list_append(notes, note);
    return fe_none;
}
static FE_DEFINE_FUN_2(exc_add_note_obj, Q_add_note, exc_add_note);
#endif

static const fe_map_elem_t exc_locals_table[] = {
    {FE_ROM_QSTR(Q___init__), FE_ROM_PTR(&exc_init_obj)},
#if FE_EXC_NOTES
    {FE_ROM_QSTR(Q_add_note), FE_ROM_PTR(&exc_add_note_obj)},
#endif
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&exc_repr_obj)},
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&exc_str_obj)},
    {FE_ROM_QSTR(Q_with_traceback), FE_ROM_PTR(&exc_with_traceback_obj)},
};
static FE_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_table);

// The attributes the special kinds compute from args (unless set in the instance dict):
// for an exception deriving from `kind`, attribute `attr` is found as `get` says.
enum {
    GET_NONE,       // always None
    GET_ARG,        // args[index], None if absent
    GET_ONLY_ARG,   // args[index] if there is exactly one arg, else None
    GET_PAIR_ARG,   // args[index] if there are 2 to 5 args (OSError's errno form), else None
    GET_FIVE_ARG,   // args[index] if there are exactly 5 args, else no such attribute
    GET_SYNTAX,     // a SyntaxError location field (syntax_field)
    GET_CODE,       // SystemExit.code: None, the one arg, or the args tuple
};
// The kinds, indexed by special_attr_t.kind (a byte instead of a pointer per row).
enum { K_STOPITERATION, K_SYSTEMEXIT, K_OSERROR, K_SYNTAXERROR, K_IMPORTERROR, K_NAMEERROR, K_ATTRIBUTEERROR, K_UNICODEERROR };
static const fe_type_t *const special_kinds[] = {
    &fe_type_StopIteration, &fe_type_SystemExit, &fe_type_OSError, &fe_type_SyntaxError,
    &fe_type_ImportError, &fe_type_NameError, &fe_type_AttributeError, &fe_type_UnicodeError,
};
typedef struct {
    uint16_t attr;
    uint8_t kind;
    uint8_t get : 4, index : 4;
} special_attr_t;

static const special_attr_t special_attrs[] = {
    {Q_value, K_STOPITERATION, GET_ARG, 0},
    {Q_code, K_SYSTEMEXIT, GET_CODE, 0},
    {Q_errno, K_OSERROR, GET_PAIR_ARG, 0},
    {Q_strerror, K_OSERROR, GET_PAIR_ARG, 1},
    {Q_filename, K_OSERROR, GET_NONE, 0},
    {Q_filename2, K_OSERROR, GET_NONE, 0},
    {Q_msg, K_SYNTAXERROR, GET_ARG, 0},
    {Q_filename, K_SYNTAXERROR, GET_SYNTAX, 0},
    {Q_lineno, K_SYNTAXERROR, GET_SYNTAX, 1},
    {Q_offset, K_SYNTAXERROR, GET_SYNTAX, 2},
    {Q_text, K_SYNTAXERROR, GET_SYNTAX, 3},
    {Q_end_lineno, K_SYNTAXERROR, GET_SYNTAX, 4},
    {Q_end_offset, K_SYNTAXERROR, GET_SYNTAX, 5},
    {Q_print_file_and_line, K_SYNTAXERROR, GET_NONE, 0},
    {Q_msg, K_IMPORTERROR, GET_ONLY_ARG, 0},
    {Q_name, K_IMPORTERROR, GET_NONE, 0},
    {Q_path, K_IMPORTERROR, GET_NONE, 0},
    {Q_name, K_NAMEERROR, GET_NONE, 0},
    {Q_name, K_ATTRIBUTEERROR, GET_NONE, 0},
    {Q_obj, K_ATTRIBUTEERROR, GET_NONE, 0},
    {Q_encoding, K_UNICODEERROR, GET_FIVE_ARG, 0},
    {Q_object, K_UNICODEERROR, GET_FIVE_ARG, 1},
    {Q_start, K_UNICODEERROR, GET_FIVE_ARG, 2},
    {Q_end, K_UNICODEERROR, GET_FIVE_ARG, 3},
    {Q_reason, K_UNICODEERROR, GET_FIVE_ARG, 4},
};

// Keyword arguments accepted by the constructor: CPython's ImportError, NameError and
// AttributeError take their None-by-default attributes; everything else takes none.
static bool kw_allowed(const fe_type_t *native, qstr kw) {
    for (const special_attr_t *a = special_attrs; a < special_attrs + FE_ARRAY_SIZE(special_attrs); a++) {
        if (a->attr == kw && a->get == GET_NONE && a->kind >= K_IMPORTERROR && a->kind <= K_ATTRIBUTEERROR
            && native_is(native, special_kinds[a->kind])) {
            return true;
        }
    }
    return false;
}

// A special kind's computed attribute; FE_NULL if attr is not one.
static fe_obj_t exc_special_attr(fe_exc_t *e, qstr attr) {
    size_t n = exc_n_args(e);
    for (const special_attr_t *a = special_attrs; a < special_attrs + FE_ARRAY_SIZE(special_attrs); a++) {
        if (a->attr != attr || !native_is(e->base.type, special_kinds[a->kind])) {
            continue;
        }
        fe_obj_t arg = exc_arg(e, a->index);
        switch (a->get) {
            case GET_ARG: return arg == FE_NULL ? fe_none : arg;
            case GET_ONLY_ARG: return n == 1 ? arg : fe_none;
            case GET_PAIR_ARG: return n >= 2 && n <= 5 ? arg : fe_none;
            case GET_FIVE_ARG: return n == 5 ? arg : FE_NULL;
            case GET_SYNTAX: return syntax_field(e, attr, a->index);
            case GET_CODE: return n == 0 ? fe_none : n == 1 ? arg : e->args;
            default: return fe_none;
        }
    }
    return FE_NULL;
}

#if FE_EXC_CHAINING
static fe_obj_t or_none(fe_obj_t o) {
    return o == FE_NULL ? fe_none : o;
}
#endif

void fe_exc_slot_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_exc_t *e = exc_get(self);
    if (dest[0] == FE_NULL) {
        // load
        switch (attr) {
            case Q_args:
                dest[0] = e->args;
                return;
#if FE_EXC_CHAINING
            case Q___cause__:
                dest[0] = or_none(e->cause);
                return;
            case Q___context__:
                dest[0] = or_none(e->context);
                return;
            case Q___suppress_context__:
                dest[0] = fe_bool(e->suppress_context);
                return;
#endif
            case Q___traceback__:
                dest[0] = fe_none;
                return;
            case Q___dict__:
                if (e->dict == NULL) {
                    e->dict = fe_dict_new(0);
                }
                dest[0] = (fe_obj_t)e->dict;
                return;
            default:
                break;
        }
        fe_obj_t v = dict_get(e, attr);
        if (v == FE_NULL) {
            v = exc_special_attr(e, attr);
        }
        if (v != FE_NULL) {
            dest[0] = v;
            return;
        }
        fe_map_elem_t *el = fe_map_lookup((fe_map_t *)&exc_locals_dict.map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
        if (el != NULL) {
            dest[0] = el->value;
            dest[1] = self;
        }
        return;
    }
    // store or delete
    fe_obj_t value = dest[1];
    switch (attr) {
        case Q_args:
            if (value == FE_NULL) {
                fe_raise_msg(&fe_type_TypeError, "args may not be deleted");
            } else {
                size_t n;
                fe_obj_t *items;
                fe_get_array(value, &n, &items);
                e->args = fe_tuple_new(n, items);
            }
            dest[0] = FE_NULL;
            return;
#if FE_EXC_CHAINING
        case Q___cause__:
        case Q___context__:
            if (value == FE_NULL) {
                fe_raise_fmt(&fe_type_TypeError, "%q may not be deleted", attr);
            }
            if (value != fe_none && exc_get(value) == NULL) {
                fe_raise_fmt(&fe_type_TypeError, "exception %s must be None or derive from BaseException",
                    attr == Q___cause__ ? "cause" : "context");
            }
            if (attr == Q___cause__) {
                e->cause = value == fe_none ? FE_NULL : value;
                e->suppress_context = 1;
            } else {
                e->context = value == fe_none ? FE_NULL : value;
            }
            dest[0] = FE_NULL;
            return;
        case Q___suppress_context__:
            e->suppress_context = value != FE_NULL && fe_is_true(value) ? 1 : 0;
            dest[0] = FE_NULL;
            return;
#endif
        case Q___traceback__:
            if (value == fe_none) {
                e->tb_len = 0;
            }
            dest[0] = FE_NULL;
            return;
        default:
            break;
    }
    if (value == FE_NULL) {
        if (e->dict != NULL &&
            fe_map_lookup(&e->dict->map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_REMOVE) != NULL) {
            dest[0] = FE_NULL;
        }
        return;
    }
    dict_set(e, attr, value);
    dest[0] = FE_NULL;
}

// `exc` (lhs) matched against an except clause's type or tuple (rhs).
fe_obj_t fe_exc_slot_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op == FE_BINARY_EXCEPTION_MATCH) {
        return fe_bool(exc_match_spec(lhs, rhs, false));
    }
    return FE_NULL;
}

// ---- the types ---------------------------------------------------------------------------

// The method table hangs on BaseException only; lookups walk `parent` to reach it.
const fe_type_t fe_type_BaseException = {
    .base = {&fe_type_type},
    .flags = FE_EXC_TYPE_FLAGS,
    .name = Q_BaseException,
    .print = fe_exc_slot_print,
    .make_new = fe_exc_slot_make_new,
    .binary_op = fe_exc_slot_binary_op,
    .attr = fe_exc_slot_attr,
    .parent = &fe_type_object,
    .locals_dict = (struct fe_dict *)&exc_locals_dict,
};

#define EXC_TYPE(cname, qname, parent_type) FE_EXTMOD_EXC_TYPE(cname, qname, parent_type)

EXC_TYPE(fe_type_SystemExit, Q_SystemExit, &fe_type_BaseException);
EXC_TYPE(fe_type_KeyboardInterrupt, Q_KeyboardInterrupt, &fe_type_BaseException);
EXC_TYPE(fe_type_GeneratorExit, Q_GeneratorExit, &fe_type_BaseException);
EXC_TYPE(fe_type_Exception, Q_Exception, &fe_type_BaseException);
EXC_TYPE(fe_type_StopIteration, Q_StopIteration, &fe_type_Exception);
EXC_TYPE(fe_type_StopAsyncIteration, Q_StopAsyncIteration, &fe_type_Exception);
EXC_TYPE(fe_type_ArithmeticError, Q_ArithmeticError, &fe_type_Exception);
EXC_TYPE(fe_type_OverflowError, Q_OverflowError, &fe_type_ArithmeticError);
EXC_TYPE(fe_type_ZeroDivisionError, Q_ZeroDivisionError, &fe_type_ArithmeticError);
#if FE_EXC_RARE_TYPES
EXC_TYPE(fe_type_FloatingPointError, Q_FloatingPointError, &fe_type_ArithmeticError);
#endif
EXC_TYPE(fe_type_AssertionError, Q_AssertionError, &fe_type_Exception);
EXC_TYPE(fe_type_AttributeError, Q_AttributeError, &fe_type_Exception);
EXC_TYPE(fe_type_BufferError, Q_BufferError, &fe_type_Exception);
EXC_TYPE(fe_type_EOFError, Q_EOFError, &fe_type_Exception);
EXC_TYPE(fe_type_ImportError, Q_ImportError, &fe_type_Exception);
EXC_TYPE(fe_type_ModuleNotFoundError, Q_ModuleNotFoundError, &fe_type_ImportError);
EXC_TYPE(fe_type_LookupError, Q_LookupError, &fe_type_Exception);
EXC_TYPE(fe_type_IndexError, Q_IndexError, &fe_type_LookupError);
EXC_TYPE(fe_type_KeyError, Q_KeyError, &fe_type_LookupError);
EXC_TYPE(fe_type_MemoryError, Q_MemoryError, &fe_type_Exception);
EXC_TYPE(fe_type_NameError, Q_NameError, &fe_type_Exception);
EXC_TYPE(fe_type_UnboundLocalError, Q_UnboundLocalError, &fe_type_NameError);
EXC_TYPE(fe_type_OSError, Q_OSError, &fe_type_Exception);
// Exceptions nothing in the core raises, for user code (py/builtins.h declares them).
EXC_TYPE(fe_type_SystemError, Q_SystemError, &fe_type_Exception);
EXC_TYPE(fe_type_ReferenceError, Q_ReferenceError, &fe_type_Exception);
#if FE_EXC_OSERROR_TREE
EXC_TYPE(fe_type_BlockingIOError, Q_BlockingIOError, &fe_type_OSError);
EXC_TYPE(fe_type_ChildProcessError, Q_ChildProcessError, &fe_type_OSError);
EXC_TYPE(fe_type_ConnectionError, Q_ConnectionError, &fe_type_OSError);
EXC_TYPE(fe_type_BrokenPipeError, Q_BrokenPipeError, &fe_type_ConnectionError);
EXC_TYPE(fe_type_ConnectionAbortedError, Q_ConnectionAbortedError, &fe_type_ConnectionError);
EXC_TYPE(fe_type_ConnectionRefusedError, Q_ConnectionRefusedError, &fe_type_ConnectionError);
EXC_TYPE(fe_type_ConnectionResetError, Q_ConnectionResetError, &fe_type_ConnectionError);
EXC_TYPE(fe_type_FileExistsError, Q_FileExistsError, &fe_type_OSError);
EXC_TYPE(fe_type_FileNotFoundError, Q_FileNotFoundError, &fe_type_OSError);
EXC_TYPE(fe_type_InterruptedError, Q_InterruptedError, &fe_type_OSError);
EXC_TYPE(fe_type_IsADirectoryError, Q_IsADirectoryError, &fe_type_OSError);
EXC_TYPE(fe_type_NotADirectoryError, Q_NotADirectoryError, &fe_type_OSError);
EXC_TYPE(fe_type_PermissionError, Q_PermissionError, &fe_type_OSError);
EXC_TYPE(fe_type_ProcessLookupError, Q_ProcessLookupError, &fe_type_OSError);
EXC_TYPE(fe_type_TimeoutError, Q_TimeoutError, &fe_type_OSError);
#endif
#if FE_EXC_RARE_TYPES
EXC_TYPE(fe_type_UnicodeTranslateError, Q_UnicodeTranslateError, &fe_type_UnicodeError);
#endif
EXC_TYPE(fe_type_RuntimeError, Q_RuntimeError, &fe_type_Exception);
EXC_TYPE(fe_type_RecursionError, Q_RecursionError, &fe_type_RuntimeError);
EXC_TYPE(fe_type_NotImplementedError, Q_NotImplementedError, &fe_type_RuntimeError);
EXC_TYPE(fe_type_SyntaxError, Q_SyntaxError, &fe_type_Exception);
EXC_TYPE(fe_type_IndentationError, Q_IndentationError, &fe_type_SyntaxError);
#if FE_EXC_RARE_TYPES
EXC_TYPE(fe_type_TabError, Q_TabError, &fe_type_IndentationError);
#endif
EXC_TYPE(fe_type_TypeError, Q_TypeError, &fe_type_Exception);
EXC_TYPE(fe_type_ValueError, Q_ValueError, &fe_type_Exception);
EXC_TYPE(fe_type_UnicodeError, Q_UnicodeError, &fe_type_ValueError);
EXC_TYPE(fe_type_UnicodeDecodeError, Q_UnicodeDecodeError, &fe_type_UnicodeError);
EXC_TYPE(fe_type_UnicodeEncodeError, Q_UnicodeEncodeError, &fe_type_UnicodeError);
// Warnings: only raised by user code here (there is no warnings machinery).
EXC_TYPE(fe_type_Warning, Q_Warning, &fe_type_Exception);
#if FE_EXC_WARNING_CATEGORIES
EXC_TYPE(fe_type_UserWarning, Q_UserWarning, &fe_type_Warning);
EXC_TYPE(fe_type_DeprecationWarning, Q_DeprecationWarning, &fe_type_Warning);
EXC_TYPE(fe_type_PendingDeprecationWarning, Q_PendingDeprecationWarning, &fe_type_Warning);
EXC_TYPE(fe_type_RuntimeWarning, Q_RuntimeWarning, &fe_type_Warning);
EXC_TYPE(fe_type_SyntaxWarning, Q_SyntaxWarning, &fe_type_Warning);
EXC_TYPE(fe_type_FutureWarning, Q_FutureWarning, &fe_type_Warning);
EXC_TYPE(fe_type_ImportWarning, Q_ImportWarning, &fe_type_Warning);
EXC_TYPE(fe_type_UnicodeWarning, Q_UnicodeWarning, &fe_type_Warning);
EXC_TYPE(fe_type_BytesWarning, Q_BytesWarning, &fe_type_Warning);
EXC_TYPE(fe_type_ResourceWarning, Q_ResourceWarning, &fe_type_Warning);
EXC_TYPE(fe_type_EncodingWarning, Q_EncodingWarning, &fe_type_Warning);
#endif

// ---- printing uncaught exceptions ------------------------------------------------------------

// The class name as the last traceback line shows it: module-qualified unless the class
// lives in builtins or __main__ (just the name without FE_EXC_TRACEBACK_DETAIL).
static void print_exc_type_name(const fe_print_t *print, fe_obj_t exc) {
    const fe_type_t *t = fe_typeof(exc);
#if FE_EXC_TRACEBACK_DETAIL
    if ((t->flags & FE_TYPE_FLAG_USER) && t->locals_dict != NULL) {
        fe_map_elem_t *el = fe_map_lookup(&t->locals_dict->map, FE_NEW_QSTR(Q___module__), FE_MAP_LOOKUP);
        if (el != NULL && fe_is_str(el->value)) {
            size_t len;
            const char *m = fe_str_data(el->value, &len);
            if (!(len == 8 && memcmp(m, "__main__", 8) == 0) && !(len == 8 && memcmp(m, "builtins", 8) == 0)) {
                fe_print_strn(print, m, len);
                fe_print_str(print, ".");
            }
        }
        el = fe_map_lookup(&t->locals_dict->map, FE_NEW_QSTR(Q___qualname__), FE_MAP_LOOKUP);
        if (el != NULL && fe_is_str(el->value)) {
            fe_print_obj(print, el->value, FE_PRINT_STR);  // Outer.Inner for nested classes
            return;
        }
    }
#endif
    fe_print_str(print, qstr_str(t->name));
}


// File/line, source text and carets of a SyntaxError, as CPython 3.11 prints them (text
// and carets need FE_EXC_TRACEBACK_DETAIL).
static void print_syntax_error_location(const fe_print_t *print, fe_exc_t *e) {
    fe_obj_t filename = syntax_field(e, Q_filename, 0);
    fe_obj_t lineno = syntax_field(e, Q_lineno, 1);
    if (filename == fe_none && lineno == fe_none) {
        return;
    }
    fe_print_str(print, "  File \"");
    fe_print_obj(print, filename == fe_none ? FE_NEW_QSTR(Q_lt_string_gt) : filename, FE_PRINT_STR);
    fe_print_str(print, "\", line ");
    fe_print_obj(print, lineno, FE_PRINT_STR);
    fe_print_str(print, "\n");
#if FE_EXC_TRACEBACK_DETAIL
    fe_obj_t offset = syntax_field(e, Q_offset, 2);
    fe_obj_t text = syntax_field(e, Q_text, 3);
    fe_obj_t end_lineno = syntax_field(e, Q_end_lineno, 4);
    fe_obj_t end_offset = syntax_field(e, Q_end_offset, 5);
    if (!fe_is_str(text)) {
        return;
    }
    size_t len;
    const char *s = fe_str_data(text, &len);
    // offsets are 1-based in characters; make them 0-based and strip leading whitespace
    bool caret = FE_IS_SMALL_INT(offset);
    fe_int_t col = caret ? FE_SMALL_INT_VALUE(offset) - 1 : -1;
    fe_int_t end_col = FE_IS_SMALL_INT(end_offset) ? FE_SMALL_INT_VALUE(end_offset) - 1 : col + 1;
    bool to_line_end = FE_IS_SMALL_INT(end_lineno) && FE_IS_SMALL_INT(lineno) &&
        FE_SMALL_INT_VALUE(end_lineno) > FE_SMALL_INT_VALUE(lineno);
    while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\f')) {
        s++;
        len--;
        col--;
        end_col--;
    }
    if (len > 0 && s[len - 1] == '\n') {
        len--;
    }
    // text may hold several lines: show the one the offset points into
    for (;;) {
        const char *nl = memchr(s, '\n', len);
        if (nl == NULL) {
            break;
        }
        size_t inl = (size_t)(nl - s);
        if ((fe_int_t)inl >= col) {
            len = inl;
            break;
        }
        inl++;
        s += inl;
        len -= inl;
        col -= (fe_int_t)inl;
        end_col -= (fe_int_t)inl;
    }
    fe_print_str(print, "    ");
    fe_print_strn(print, s, len);
    fe_print_str(print, "\n");
    if (!caret || col < 0) {
        return;  // CPython prints no caret left of the text
    }
    fe_int_t nchars = (fe_int_t)fe_utf8_count_chars(s, len);
    if (to_line_end) {
        end_col = nchars;
    }
    if (col > nchars) {
        col = nchars;
    }
    if (end_col > nchars) {
        end_col = nchars;
    }
    fe_int_t carets = end_col > col ? end_col - col : 1;
    fe_print_str(print, "    ");
    for (fe_int_t i = 0; i < col; i++) {
        fe_print_str(print, " ");
    }
    for (fe_int_t i = 0; i < carets; i++) {
        fe_print_str(print, "^");
    }
    fe_print_str(print, "\n");
#endif
}

static void print_repeats(const fe_print_t *print, size_t count) {
    if (count > TB_RECURSIVE_CUTOFF) {
        count -= TB_RECURSIVE_CUTOFF;
        fe_printf(print, "  [Previous line repeated %u more time%s]\n", (unsigned)count, count > 1 ? "s" : "");
    }
}

static void count_bytes(void *data, const char *s, size_t len) {
    *(size_t *)data += len;
}

// ": message" after the type name, or nothing when the message is empty. Builtin
// exceptions are printed without building a str first, so that a MemoryError can be
// reported when the heap is full.
static void print_exc_message(const fe_print_t *print, fe_obj_t exc, fe_exc_t *e) {
    fe_obj_t s = exc;  // printed with the exception slot (builtin classes) or as an object
    if (native_is(e->base.type, &fe_type_SyntaxError) && syntax_field(e, Q_msg, 0) != fe_none) {
        s = syntax_field(e, Q_msg, 0);  // the location is shown above instead
    } else if (fe_typeof(exc)->flags & FE_TYPE_FLAG_USER) {
        s = fe_str(exc);
    }
    size_t n = 0;
    fe_print_t counter = {&n, count_bytes};
    const fe_print_t *to = &counter;  // the first pass only counts the bytes
    for (;;) {
        if (s == exc) {
            fe_exc_slot_print(to, exc, FE_PRINT_STR);
        } else {
            fe_print_obj(to, s, FE_PRINT_STR);
        }
        if (to == print || n == 0) {
            return;
        }
        fe_print_str(print, ": ");
        to = print;
    }
}

static void print_one_exception(const fe_print_t *print, fe_obj_t exc, fe_exc_t *e) {
    if (e->tb_len > 0) {
        fe_print_str(print, "Traceback (most recent call last):\n");
        // oldest first; runs of one repeated line (recursion) are elided as CPython does
        size_t repeats = 0;
        for (size_t i = e->tb_len; i-- > 0;) {
            tb_entry_t *t = &e->tb[i];
            bool same = i + 1 < e->tb_len && t->file == t[1].file && t->line == t[1].line &&
                t->block == t[1].block;
            if (!same) {
                print_repeats(print, repeats);
                repeats = 0;
            }
            if (++repeats <= TB_RECURSIVE_CUTOFF) {
                fe_printf(print, "  File \"%q\", line %u, in %q\n", (qstr)t->file, (unsigned)t->line,
                    (qstr)t->block);
            }
        }
        print_repeats(print, repeats);
    }
    if (native_is(e->base.type, &fe_type_SyntaxError)) {
        print_syntax_error_location(print, e);
    }
    print_exc_type_name(print, exc);
    // str() may run user code that fails: CPython then prints a placeholder
    fe_handler_t h;
    if (FE_TRY(h)) {
        print_exc_message(print, exc, e);
        fe_handler_pop(&h);
    } else {
        fe_print_str(print, ": <exception str() failed>");
    }
    fe_print_str(print, "\n");
#if FE_EXC_NOTES
    fe_obj_t notes = dict_get(e, Q___notes__);
    if (notes != FE_NULL && fe_obj_is_type_ptr(notes, &fe_type_list)) {
        // re-read the list each time: printing a note may run code that changes it
        for (size_t i = 0;; i++) {
            size_t n;
            fe_obj_t *items;
            fe_list_get(notes, &n, &items);
            if (i >= n) {
                break;
            }
            fe_print_obj(print, items[i], FE_PRINT_STR);
            fe_print_str(print, "\n");
        }
    }
#endif
}

#if FE_EXC_TRACEBACK_DETAIL
#define CHAIN_MAX 32

// The exception chained to exc (its cause, or its context unless suppressed), and how
// (1 cause, 2 context); FE_NULL when none. For a user subclass instance the object model
// may have stored __cause__ & co. as plain members, which then take precedence.
static fe_obj_t chained_exception(fe_obj_t exc, uint8_t *kind) {
    fe_exc_t *e = exc_get(exc);
    fe_obj_t cause = e->cause, context = e->context;
    bool suppress = e->suppress_context;
    const fe_type_t *t = fe_typeof(exc);
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_map_t *members = &((fe_instance_t *)exc)->members;
        fe_map_elem_t *el = fe_map_lookup(members, FE_NEW_QSTR(Q___cause__), FE_MAP_LOOKUP);
        if (el != NULL && el->value != FE_NULL) {
            cause = el->value == fe_none ? FE_NULL : el->value;
            suppress = true;
        }
        el = fe_map_lookup(members, FE_NEW_QSTR(Q___context__), FE_MAP_LOOKUP);
        if (el != NULL && el->value != FE_NULL) {
            context = el->value == fe_none ? FE_NULL : el->value;
        }
        el = fe_map_lookup(members, FE_NEW_QSTR(Q___suppress_context__), FE_MAP_LOOKUP);
        if (el != NULL && el->value != FE_NULL) {
            suppress = fe_is_true(el->value);
        }
    }
    if (cause != FE_NULL) {
        *kind = 1;
        return cause;
    }
    if (context != FE_NULL && !suppress) {
        *kind = 2;
        return context;
    }
    return FE_NULL;
}

#endif

// The exception with its traceback, preceded by the exceptions chained to it (their causes
// and contexts, oldest first) when FE_EXC_TRACEBACK_DETAIL is on.
void fe_print_exception(const fe_print_t *print, fe_obj_t exc) {
    fe_exc_t *e = exc_get(exc);
    if (e == NULL) {
        fe_print_obj(print, exc, FE_PRINT_REPR);
        fe_print_str(print, "\n");
        return;
    }
#if !FE_EXC_TRACEBACK_DETAIL
    print_one_exception(print, exc, e);
#else
    // collect the chain, newest first, stopping at repeats
    fe_obj_t chain[CHAIN_MAX];
    uint8_t link[CHAIN_MAX];  // 1: chain[i] is the cause of chain[i-1]; 2: its context
    size_t n = 0;
    chain[n] = exc;
    link[n++] = 0;
    while (n < CHAIN_MAX) {
        uint8_t kind = 0;
        fe_obj_t next = chained_exception(chain[n - 1], &kind);
        if (next == FE_NULL) {
            break;
        }
        bool seen = false;
        for (size_t i = 0; i < n; i++) {
            seen |= chain[i] == next;
        }
        if (seen || exc_get(next) == NULL) {
            break;
        }
        chain[n] = next;
        link[n++] = kind;
    }
    // print oldest first
    for (size_t i = n; i-- > 0;) {
        print_one_exception(print, chain[i], exc_get(chain[i]));
        if (i > 0) {
            if (link[i] == 1) {
                fe_print_str(print, "\nThe above exception was the direct cause of the following exception:\n\n");
            } else {
                fe_print_str(print, "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
#endif
}
