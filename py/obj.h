// py/obj.h: the object model every part of the core shares.
//
// Value representation (fe_obj_t is one machine word):
//
//     ...xxxxxxx1   small int: value = (intptr_t)word >> 1  (31 or 63 bits, sign included)
//     ...xxxxxx10   interned string (qstr): index = word >> 2
//     ...xxxxxx00   pointer to an object (heap or const/ROM); 0 is FE_NULL ("no object")
//
// Every object that a pointer value points at begins with fe_objbase_t, whose `type` field
// says what it is. Builtin types, their method tables and builtin functions are `const`
// data (flash on a board); the GC heap holds only what programs create.
//
// Conventions used throughout:
//   - functions that can fail raise a Python exception with fe_raise*() (a longjmp, see
//     py/nlr.h); they do not return error codes. `_maybe` variants return FE_NULL instead.
//   - FE_NULL is never a Python value; it means "absent" (end of iteration, attribute not
//     found, binary op not supported, deleted slot ...).
//   - sizes are size_t, Python ints that fit a word are fe_int_t.
#ifndef FE_PY_OBJ_H
#define FE_PY_OBJ_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdarg.h>
#include "py/config.h"
#include "py/nlr.h"
#include "py/qstr.h"

typedef void *fe_obj_t;
typedef intptr_t fe_int_t;
typedef uintptr_t fe_uint_t;
#if FE_FLOAT_IMPL == FE_FLOAT_DOUBLE
typedef double fe_float_t;
#elif FE_FLOAT_IMPL == FE_FLOAT_SINGLE
typedef float fe_float_t;
#endif

#define FE_NORETURN __attribute__((noreturn))
#define FE_UNUSED(x) ((void)(x))
#define FE_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define FE_LIKELY(x) __builtin_expect(!!(x), 1)
#define FE_UNLIKELY(x) __builtin_expect(!!(x), 0)

#define FE_NULL ((fe_obj_t)0)

// ---- immediates ----------------------------------------------------------------------
#define FE_IS_SMALL_INT(o) ((((fe_uint_t)(o)) & 1) != 0)
#define FE_SMALL_INT_VALUE(o) (((fe_int_t)(o)) >> 1)
#define FE_NEW_SMALL_INT(v) ((fe_obj_t)((((fe_uint_t)(v)) << 1) | 1))
#define FE_SMALL_INT_BITS (sizeof(fe_int_t) * 8 - 1)
#define FE_SMALL_INT_MIN ((fe_int_t)(((fe_uint_t)(-1)) << (FE_SMALL_INT_BITS - 1)))
#define FE_SMALL_INT_MAX (-(FE_SMALL_INT_MIN + 1))
// true when v fits a small int (both top bits of the word equal)
#define FE_SMALL_INT_FITS(v) \
    (((((fe_uint_t)(v)) ^ (((fe_uint_t)(v)) << 1)) & (fe_uint_t)FE_SMALL_INT_MIN) == 0)

#define FE_IS_QSTR(o) ((((fe_uint_t)(o)) & 3) == 2)
#define FE_QSTR_VALUE(o) ((qstr)(((fe_uint_t)(o)) >> 2))
#define FE_NEW_QSTR(q) ((fe_obj_t)((((fe_uint_t)(q)) << 2) | 2))

#define FE_IS_OBJ(o) ((((fe_uint_t)(o)) & 3) == 0)

// ---- object header and types ---------------------------------------------------------
typedef struct fe_type fe_type_t;
typedef struct fe_map fe_map_t;

typedef struct fe_objbase {
    const fe_type_t *type;
} fe_objbase_t;

// Where output goes: consoles, string builders, files. write() gets raw UTF-8 bytes.
typedef struct fe_print {
    void *data;
    void (*write)(void *data, const char *s, size_t len);
} fe_print_t;

typedef enum { FE_PRINT_STR = 0, FE_PRINT_REPR = 1 } fe_print_kind_t;

// Unary operators (slot unary_op). FE_UNARY_BOOL returns fe_true/fe_false or FE_NULL;
// FE_UNARY_LEN returns a small int or FE_NULL; FE_UNARY_HASH a small int or FE_NULL.
typedef enum {
    FE_UNARY_BOOL,
    FE_UNARY_LEN,
    FE_UNARY_HASH,
    FE_UNARY_POSITIVE,
    FE_UNARY_NEGATIVE,
    FE_UNARY_INVERT,
    FE_UNARY_NOT,  // handled generically by fe_unary_op; types never see it
    FE_UNARY_ABS,
    FE_UNARY_INT,    // __int__ / __index__ for user classes
    FE_UNARY_FLOAT,  // __float__
    FE_UNARY_NUM_OPS
} fe_unary_op_t;

// Binary operators (slot binary_op). The in-place forms come first, in the same order as
// the plain arithmetic forms, so FE_BINARY_INPLACE_ADD + k <-> FE_BINARY_ADD + k.
// A type's binary_op returns FE_NULL for "not supported" (NotImplemented); the generic
// fe_binary_op() then tries the reflected operation and raises TypeError at the end.
typedef enum {
    // comparisons (return fe_true/fe_false, or anything for user classes)
    FE_BINARY_LESS,
    FE_BINARY_MORE,
    FE_BINARY_EQUAL,
    FE_BINARY_LESS_EQUAL,
    FE_BINARY_MORE_EQUAL,
    FE_BINARY_NOT_EQUAL,
    FE_BINARY_IN,       // `lhs in rhs` is dispatched to rhs's type as (IN, rhs, lhs)
    FE_BINARY_IS,       // handled generically
    FE_BINARY_NOT_IN,   // handled generically via IN
    FE_BINARY_IS_NOT,   // handled generically
    FE_BINARY_EXCEPTION_MATCH,  // used by the VM for `except E`
    // in-place arithmetic
    FE_BINARY_INPLACE_OR,
    FE_BINARY_INPLACE_XOR,
    FE_BINARY_INPLACE_AND,
    FE_BINARY_INPLACE_LSHIFT,
    FE_BINARY_INPLACE_RSHIFT,
    FE_BINARY_INPLACE_ADD,
    FE_BINARY_INPLACE_SUBTRACT,
    FE_BINARY_INPLACE_MULTIPLY,
    FE_BINARY_INPLACE_MAT_MULTIPLY,
    FE_BINARY_INPLACE_FLOOR_DIVIDE,
    FE_BINARY_INPLACE_TRUE_DIVIDE,
    FE_BINARY_INPLACE_MODULO,
    FE_BINARY_INPLACE_POWER,
    // arithmetic
    FE_BINARY_OR,
    FE_BINARY_XOR,
    FE_BINARY_AND,
    FE_BINARY_LSHIFT,
    FE_BINARY_RSHIFT,
    FE_BINARY_ADD,
    FE_BINARY_SUBTRACT,
    FE_BINARY_MULTIPLY,
    FE_BINARY_MAT_MULTIPLY,
    FE_BINARY_FLOOR_DIVIDE,
    FE_BINARY_TRUE_DIVIDE,
    FE_BINARY_MODULO,
    FE_BINARY_POWER,
    FE_BINARY_DIVMOD,  // for divmod(); not produced by the compiler
    // reflected forms (only user-class dispatch uses these names: __radd__ ...)
    FE_BINARY_REVERSE_OR,
    FE_BINARY_REVERSE_XOR,
    FE_BINARY_REVERSE_AND,
    FE_BINARY_REVERSE_LSHIFT,
    FE_BINARY_REVERSE_RSHIFT,
    FE_BINARY_REVERSE_ADD,
    FE_BINARY_REVERSE_SUBTRACT,
    FE_BINARY_REVERSE_MULTIPLY,
    FE_BINARY_REVERSE_MAT_MULTIPLY,
    FE_BINARY_REVERSE_FLOOR_DIVIDE,
    FE_BINARY_REVERSE_TRUE_DIVIDE,
    FE_BINARY_REVERSE_MODULO,
    FE_BINARY_REVERSE_POWER,
    FE_BINARY_NUM_OPS
} fe_binary_op_t;
#define FE_BINARY_INPLACE_TO_PLAIN(op) ((op) - FE_BINARY_INPLACE_OR + FE_BINARY_OR)
#define FE_BINARY_PLAIN_TO_REVERSE(op) ((op) - FE_BINARY_OR + FE_BINARY_REVERSE_OR)

// Iteration: getiter may use the caller-provided buffer (stack memory, FE_ITER_BUF_WORDS
// words) for the iterator object instead of allocating, for `for` loops over builtins.
#define FE_ITER_BUF_WORDS 4
typedef struct { fe_obj_t words[FE_ITER_BUF_WORDS]; } fe_iter_buf_t;

// Buffer protocol (bytes, bytearray, array, memoryview).
#define FE_BUFFER_READ 1
#define FE_BUFFER_WRITE 2
typedef struct {
    void *buf;
    size_t len;     // in bytes
    int typecode;   // struct-module code of one item: 'B' for bytes
} fe_buffer_info_t;

// Slot signatures.
typedef void (*fe_print_fn)(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind);
// Called as type(*args, **kw): args holds n_args positionals then n_kw (key qstr obj, value) pairs.
typedef fe_obj_t (*fe_make_new_fn)(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args);
typedef fe_obj_t (*fe_call_fn)(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args);
typedef fe_obj_t (*fe_unary_op_fn)(fe_unary_op_t op, fe_obj_t self);
typedef fe_obj_t (*fe_binary_op_fn)(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
// Attribute slot, one function for load, store and delete:
//   load:   dest[0] == FE_NULL on entry; set dest[0] = value, or dest[0] = method and
//           dest[1] = self for a method to be bound; leave dest[0] == FE_NULL if absent.
//   store/delete: dest[0] == FE_ATTR_STORE_MARK on entry and dest[1] = value (FE_NULL to
//           delete); on success the slot sets dest[0] = FE_NULL, else leaves it unchanged.
typedef void (*fe_attr_fn)(fe_obj_t self, qstr attr, fe_obj_t *dest);
#define FE_ATTR_STORE_MARK ((fe_obj_t)(uintptr_t)8)
// Subscript slot: value == FE_SUBSCR_LOAD to load (returns item), FE_NULL to delete,
// anything else to store (returns fe_none).
typedef fe_obj_t (*fe_subscr_fn)(fe_obj_t self, fe_obj_t index, fe_obj_t value);
#define FE_SUBSCR_LOAD ((fe_obj_t)(uintptr_t)12)
typedef fe_obj_t (*fe_getiter_fn)(fe_obj_t self, fe_iter_buf_t *buf);
typedef fe_obj_t (*fe_iternext_fn)(fe_obj_t self);  // FE_NULL when exhausted
typedef bool (*fe_buffer_fn)(fe_obj_t self, fe_buffer_info_t *info, int flags);  // false: no buffer

// Type flags.
#define FE_TYPE_FLAG_BASETYPE 0x0001     // may be subclassed from Python
#define FE_TYPE_FLAG_USER 0x0002         // created by a class statement (heap type)
#define FE_TYPE_FLAG_EQ_IS_IDENTITY 0x0004  // == is `is` (speeds up dict lookups)
#define FE_TYPE_FLAG_HASH_IS_ID 0x0008   // hash is identity-based
#define FE_TYPE_FLAG_ITER_IS_SELF 0x0010 // getiter returns self (iterators)
#define FE_TYPE_FLAG_EXCEPTION 0x0020    // BaseException or a subclass
#define FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS 0x0040  // user class defines __getattr__/__setattr__/__delattr__/descriptors

// A type. Builtin types are const; user classes are heap fe_type_user_t (below), which
// start with this layout. `parent` is the single base of a builtin type (NULL means object)
// and its MRO is the parent chain ending in object.
struct fe_type {
    fe_objbase_t base;  // &fe_type_type (or a metaclass)
    uint16_t flags;
    uint16_t name;      // qstr
    fe_print_fn print;
    fe_make_new_fn make_new;
    fe_call_fn call;
    fe_unary_op_fn unary_op;
    fe_binary_op_fn binary_op;
    fe_attr_fn attr;
    fe_subscr_fn subscr;
    fe_getiter_fn getiter;
    fe_iternext_fn iternext;
    fe_buffer_fn buffer;
    const void *protocol;          // type-specific extra table (streams ...)
    const fe_type_t *parent;
    struct fe_dict *locals_dict;   // class namespace / method table
};

// A user class (FE_TYPE_FLAG_USER): `bases` is the tuple of its base types and `mro` the C3
// linearisation (a tuple, self first). Builtin types have neither, which keeps them small.
typedef struct fe_type_user {
    fe_type_t t;
    fe_obj_t bases;
    fe_obj_t mro;
} fe_type_user_t;
// The mro tuple of a user class; FE_NULL for a builtin type.
#define FE_TYPE_MRO(type) (((type)->flags & FE_TYPE_FLAG_USER) ? ((const fe_type_user_t *)(type))->mro : FE_NULL)

// fe_obj_is_type_ptr and fe_typeof are C99 inline definitions (py/objtype.c emits the one
// out-of-line copy): -O2 builds inline them, -Os builds call the shared copy instead of
// duplicating them per file.
inline bool fe_obj_is_type_ptr(fe_obj_t o, const fe_type_t *t) {
    return FE_IS_OBJ(o) && o != FE_NULL && ((const fe_objbase_t *)o)->type == t;
}

extern const fe_type_t fe_type_type, fe_type_object, fe_type_int, fe_type_bool, fe_type_float,
    fe_type_complex, fe_type_str, fe_type_bytes, fe_type_bytearray, fe_type_memoryview,
    fe_type_tuple, fe_type_list, fe_type_dict, fe_type_set, fe_type_frozenset, fe_type_range,
    fe_type_slice, fe_type_none, fe_type_ellipsis, fe_type_notimplemented, fe_type_module,
    fe_type_builtin_function, fe_type_function, fe_type_bound_method, fe_type_closure_cell,
    fe_type_generator, fe_type_code, fe_type_property, fe_type_staticmethod,
    fe_type_classmethod, fe_type_super, fe_type_enumerate, fe_type_zip, fe_type_map,
    fe_type_filter, fe_type_reversed, fe_type_dict_keys, fe_type_dict_values,
    fe_type_dict_items;

// Exception types (py/objexception.c). Naming: fe_type_<PythonName>.
extern const fe_type_t fe_type_BaseException, fe_type_SystemExit, fe_type_KeyboardInterrupt,
    fe_type_GeneratorExit, fe_type_Exception, fe_type_StopIteration,
    fe_type_StopAsyncIteration, fe_type_ArithmeticError, fe_type_OverflowError,
    fe_type_ZeroDivisionError, fe_type_FloatingPointError, fe_type_AssertionError,
    fe_type_AttributeError, fe_type_BufferError, fe_type_EOFError, fe_type_ImportError,
    fe_type_ModuleNotFoundError, fe_type_LookupError, fe_type_IndexError, fe_type_KeyError,
    fe_type_MemoryError, fe_type_NameError, fe_type_UnboundLocalError, fe_type_OSError,
    fe_type_RuntimeError, fe_type_RecursionError, fe_type_NotImplementedError,
    fe_type_SyntaxError, fe_type_IndentationError, fe_type_TabError, fe_type_TypeError,
    fe_type_ValueError, fe_type_UnicodeError, fe_type_UnicodeDecodeError,
    fe_type_UnicodeEncodeError;
// Warning categories (only as exception classes: there is no warnings machinery).
extern const fe_type_t fe_type_Warning, fe_type_UserWarning, fe_type_DeprecationWarning,
    fe_type_PendingDeprecationWarning, fe_type_RuntimeWarning, fe_type_SyntaxWarning,
    fe_type_FutureWarning, fe_type_ImportWarning, fe_type_UnicodeWarning, fe_type_BytesWarning,
    fe_type_ResourceWarning;

// Type of any value.
inline const fe_type_t *fe_typeof(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        return &fe_type_int;
    }
    if (FE_IS_QSTR(o)) {
        return &fe_type_str;
    }
    return ((const fe_objbase_t *)o)->type;
}

// ---- constants ------------------------------------------------------------------------
typedef struct { fe_objbase_t base; } fe_singleton_t;
extern const fe_singleton_t fe_none_obj, fe_ellipsis_obj, fe_notimplemented_obj;
typedef struct { fe_objbase_t base; bool value; } fe_bool_obj_t;
extern const fe_bool_obj_t fe_true_obj, fe_false_obj;
#define fe_none ((fe_obj_t)&fe_none_obj)
#define fe_ellipsis ((fe_obj_t)&fe_ellipsis_obj)
#define fe_notimplemented ((fe_obj_t)&fe_notimplemented_obj)
#define fe_true ((fe_obj_t)&fe_true_obj)
#define fe_false ((fe_obj_t)&fe_false_obj)
#define fe_bool(b) ((b) ? fe_true : fe_false)

// ---- memory (py/gc.c) -----------------------------------------------------------------
// One allocation choke point. All memory comes zeroed from the port-provided fixed heap.
// fe_alloc raises MemoryError when the heap is exhausted (after a collection) or locked.
void fe_gc_init(void *start, void *end);
void *fe_alloc(size_t nbytes);
void *fe_alloc_maybe(size_t nbytes);            // NULL instead of raising
void *fe_realloc(void *ptr, size_t nbytes);     // ptr may be NULL; keeps contents; raises
void fe_free(void *ptr);                        // optional early release; ptr may be NULL
size_t fe_alloc_size(void *ptr);                // usable bytes of a heap block
void fe_gc_collect(void);
size_t fe_gc_mem_free(void);
size_t fe_gc_mem_alloc(void);
void fe_gc_lock(void);
void fe_gc_unlock(void);
bool fe_gc_is_locked(void);
bool fe_gc_is_heap_ptr(const void *p);
// Clears dead C stack below the caller. Call it where an exception has been caught (after
// the longjmp): stale pointers in dead frames would otherwise keep garbage alive.
void fe_gc_scrub_stack(void);
#define fe_new(T) ((T *)fe_alloc(sizeof(T)))
#define fe_new_var(T, Titem, n) ((T *)fe_alloc(sizeof(T) + sizeof(Titem) * (n)))

// ---- exceptions (py/objexception.c, py/nlr.c) ----------------------------------------
// fe_raise accepts an exception instance or an exception type (instantiated with no args).
FE_NORETURN void fe_raise(fe_obj_t exc);
FE_NORETURN void fe_raise_msg(const fe_type_t *exc_type, const char *msg);
// fmt: see fe_printf; %q prints a qstr, %s a C string, %d/%u/%x ints, %r/%S objects (repr/str),
// %T the type name of an object.
FE_NORETURN void fe_raise_fmt(const fe_type_t *exc_type, const char *fmt, ...);
// With FE_MSG_COMPRESSED (py/msgtext.c), the literal messages of the two functions above
// are stored compressed; they expand them into a buffer of FE_MSG_MAX_LEN + 1 bytes.
#if FE_MSG_COMPRESSED
const char *fe_msg_expand(const char *msg, char *buf);
#endif
FE_NORETURN void fe_raise_type_error_bad_operand(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
FE_NORETURN void fe_raise_memory_error(void);
fe_obj_t fe_exc_new(const fe_type_t *exc_type, size_t n_args, const fe_obj_t *args);
fe_obj_t fe_exc_new_msg(const fe_type_t *exc_type, const char *msg);
bool fe_is_exception_instance(fe_obj_t o);
bool fe_is_exception_type(fe_obj_t o);
// true if exc (instance) is an instance of exc_type or a subclass
bool fe_exc_matches(fe_obj_t exc, const fe_type_t *exc_type);
// Traceback: the VM appends one entry per frame the exception passes through.
void fe_exc_add_traceback(fe_obj_t exc, qstr file, size_t line, qstr block);
void fe_exc_clear_traceback(fe_obj_t exc);
// Prints "Traceback (most recent call last):" ... "TypeError: msg" as CPython does.
void fe_print_exception(const fe_print_t *print, fe_obj_t exc);
fe_obj_t fe_exc_get_value(fe_obj_t exc);  // StopIteration.value; fe_none if absent
fe_obj_t fe_exc_args(fe_obj_t exc);       // the args tuple
// OSError(errnum, "ENOENT") (prints "[Errno 2] ENOENT"); OSError(errnum) for unknown numbers.
FE_NORETURN void fe_raise_os_error(int errnum);
const char *fe_errno_name(int errnum);    // "ENOENT" for 2; NULL if unknown

// ---- printing and string building (py/print.c, py/vstr.c) -----------------------------
void fe_printf(const fe_print_t *print, const char *fmt, ...);
void fe_vprintf(const fe_print_t *print, const char *fmt, va_list ap);
void fe_print_str(const fe_print_t *print, const char *s);
void fe_print_strn(const fe_print_t *print, const char *s, size_t len);
void fe_print_obj(const fe_print_t *print, fe_obj_t o, fe_print_kind_t kind);
extern const fe_print_t fe_print_stdout;  // through fe_port_stdout_write
extern const fe_print_t fe_print_stderr;

// A growable byte buffer in the GC heap. Strings are built in one and then turned into a
// str/bytes object without copying when possible.
typedef struct fe_vstr {
    size_t len;
    size_t alloc;
    char *buf;
} fe_vstr_t;
void fe_vstr_init(fe_vstr_t *v, size_t alloc);
void fe_vstr_add_strn(fe_vstr_t *v, const char *s, size_t len);
void fe_vstr_add_str(fe_vstr_t *v, const char *s);
void fe_vstr_add_char(fe_vstr_t *v, unsigned codepoint);  // UTF-8 encodes
void fe_vstr_add_byte(fe_vstr_t *v, uint8_t b);
char *fe_vstr_extend(fe_vstr_t *v, size_t n);  // reserve n bytes at the end, return them
void fe_vstr_print_init(fe_vstr_t *v, fe_print_t *print);  // print into the vstr
// Hands the vstr's buffer to the caller (trimmed if much slack, NUL-terminated; NULL if
// the vstr has none) and leaves the vstr empty: for types that adopt the bytes in place.
char *fe_vstr_take(fe_vstr_t *v);
void fe_vstr_clear(fe_vstr_t *v);              // frees the buffer, leaves the vstr empty
fe_obj_t fe_str_from_vstr(fe_vstr_t *v);     // consumes the vstr
fe_obj_t fe_bytes_from_vstr(fe_vstr_t *v);   // consumes the vstr

// ---- generic operations (py/runtime.c) ------------------------------------------------
fe_obj_t fe_unary_op(fe_unary_op_t op, fe_obj_t arg);
fe_obj_t fe_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
bool fe_is_true(fe_obj_t o);
bool fe_equal(fe_obj_t a, fe_obj_t b);
fe_int_t fe_hash(fe_obj_t o);                 // TypeError if unhashable
size_t fe_len(fe_obj_t o);                    // TypeError if no len
fe_obj_t fe_len_maybe(fe_obj_t o);            // small int or FE_NULL
fe_obj_t fe_load_attr(fe_obj_t base, qstr attr);        // AttributeError if missing
fe_obj_t fe_load_attr_maybe(fe_obj_t base, qstr attr);  // FE_NULL if missing
// dest[0] = function, dest[1] = self (or FE_NULL when dest[0] is already callable as is)
void fe_load_method(fe_obj_t base, qstr attr, fe_obj_t *dest);
void fe_load_method_maybe(fe_obj_t base, qstr attr, fe_obj_t *dest);  // dest[0] FE_NULL if missing
void fe_store_attr(fe_obj_t base, qstr attr, fe_obj_t value);
void fe_delete_attr(fe_obj_t base, qstr attr);
fe_obj_t fe_subscr_load(fe_obj_t base, fe_obj_t index);
void fe_subscr_store(fe_obj_t base, fe_obj_t index, fe_obj_t value);
void fe_subscr_delete(fe_obj_t base, fe_obj_t index);
fe_obj_t fe_getiter(fe_obj_t o, fe_iter_buf_t *buf);  // buf may be NULL
fe_obj_t fe_iternext(fe_obj_t it);                    // FE_NULL at the end
// Calls. args: n_args positionals, then n_kw pairs (key as qstr object, value).
fe_obj_t fe_call(fe_obj_t fun, size_t n_args, size_t n_kw, const fe_obj_t *args);
fe_obj_t fe_call0(fe_obj_t fun);
fe_obj_t fe_call1(fe_obj_t fun, fe_obj_t a);
fe_obj_t fe_call2(fe_obj_t fun, fe_obj_t a, fe_obj_t b);
// args[0] = method, args[1] = self or FE_NULL (as from fe_load_method), then the arguments.
fe_obj_t fe_call_method(size_t n_args, size_t n_kw, const fe_obj_t *args);
// f(*pos, **kw): pos is any iterable or FE_NULL, kw a dict/mapping or FE_NULL.
fe_obj_t fe_call_ex(fe_obj_t fun, size_t n_args, const fe_obj_t *args, fe_obj_t star, fe_obj_t starstar);
bool fe_is_callable(fe_obj_t o);
bool fe_isinstance(fe_obj_t o, const fe_type_t *t);   // t or subclass
bool fe_issubclass(const fe_type_t *t, const fe_type_t *base);
fe_obj_t fe_repr(fe_obj_t o);   // str object
fe_obj_t fe_str(fe_obj_t o);    // str object
qstr fe_type_name(fe_obj_t o);  // qstr of type(o).__name__
// Number extraction with CPython's TypeErrors ("'str' object cannot be interpreted as an integer").
fe_int_t fe_get_int(fe_obj_t o);                      // OverflowError if too big for a word
bool fe_get_int_maybe(fe_obj_t o, fe_int_t *out);     // false if not an int (or too big)
fe_int_t fe_get_index(fe_obj_t o);                    // int, bool or __index__
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
fe_float_t fe_get_float(fe_obj_t o);                  // int, float, bool or __float__
bool fe_get_float_maybe(fe_obj_t o, fe_float_t *out);
#endif
// Resolves an index for a sequence of length len (negative counts from the end);
// raises IndexError "<typename> index out of range" when out of bounds.
size_t fe_get_seq_index(const fe_type_t *type, size_t len, fe_obj_t index);
// Unpack a sequence/iterable into exactly n items (ValueError as CPython otherwise).
void fe_unpack_sequence(fe_obj_t seq, size_t n, fe_obj_t *items);

// Argument checking for C functions.
void fe_arg_check_num(size_t n_args, size_t n_kw, size_t min, size_t max, bool takes_kw);
// Keyword/positional argument parser for builtins with named parameters.
#define FE_ARG_REQUIRED 0x100
#define FE_ARG_KW_ONLY 0x200
#define FE_ARG_OBJ 0
#define FE_ARG_INT 1
#define FE_ARG_BOOL 2
typedef struct { qstr name; uint16_t flags; fe_obj_t def; } fe_arg_spec_t;  // def for OBJ
// Fills out[i] (fe_obj_t; ints as small-int objects) for each spec; missing optional args get spec.def.
// args holds n_pos positionals, kw is a map of keyword args (may be NULL).
void fe_parse_args(size_t n_pos, const fe_obj_t *args, fe_map_t *kw, size_t n_spec,
                   const fe_arg_spec_t *spec, fe_obj_t *out);
// Same, for the calling convention of fe_call (n_kw pairs after positionals).
void fe_parse_args_pairs(size_t n_args, size_t n_kw, const fe_obj_t *args, size_t n_spec,
                         const fe_arg_spec_t *spec, fe_obj_t *out);

// ---- builtin functions (py/objfun_builtin.c) ------------------------------------------
// The kind says which C signature `fun` has; min/max bound the positional count
// (max FE_ARGS_VAR = unlimited). KW functions get positionals plus a map of keywords.
// Name, kind and counts share one 32-bit word (12 bytes per function on 32-bit targets);
// the name is a static qstr (objfun_builtin.c asserts that they all fit 16 bits).
typedef enum {
    FE_FUN_0, FE_FUN_1, FE_FUN_2, FE_FUN_3, FE_FUN_VAR, FE_FUN_KW
} fe_fun_kind_t;
#define FE_ARGS_VAR 63  // max_args value meaning "no limit"; real counts are below it
typedef fe_obj_t (*fe_fun_0_t)(void);
typedef fe_obj_t (*fe_fun_1_t)(fe_obj_t);
typedef fe_obj_t (*fe_fun_2_t)(fe_obj_t, fe_obj_t);
typedef fe_obj_t (*fe_fun_3_t)(fe_obj_t, fe_obj_t, fe_obj_t);
typedef fe_obj_t (*fe_fun_var_t)(size_t n_args, const fe_obj_t *args);
typedef fe_obj_t (*fe_fun_kw_t)(size_t n_args, const fe_obj_t *args, fe_map_t *kw);
typedef struct {
    fe_objbase_t base;  // &fe_type_builtin_function
    uint32_t name : 16;     // qstr, for repr and error messages
    uint32_t kind : 4;      // fe_fun_kind_t
    uint32_t min_args : 6;
    uint32_t max_args : 6;  // or FE_ARGS_VAR
    union {
        fe_fun_0_t f0;
        fe_fun_1_t f1;
        fe_fun_2_t f2;
        fe_fun_3_t f3;
        fe_fun_var_t var;
        fe_fun_kw_t kw;
    } fun;
} fe_builtin_fun_t;
#define FE_DEFINE_FUN_0(obj, qname, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_0, 0, 0, {.f0 = cfun}}
#define FE_DEFINE_FUN_1(obj, qname, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_1, 1, 1, {.f1 = cfun}}
#define FE_DEFINE_FUN_2(obj, qname, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_2, 2, 2, {.f2 = cfun}}
#define FE_DEFINE_FUN_3(obj, qname, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_3, 3, 3, {.f3 = cfun}}
#define FE_DEFINE_FUN_VAR(obj, qname, nmin, nmax, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_VAR, nmin, nmax, {.var = cfun}}
#define FE_DEFINE_FUN_KW(obj, qname, nmin, cfun) \
    const fe_builtin_fun_t obj = {{&fe_type_builtin_function}, qname, FE_FUN_KW, nmin, FE_ARGS_VAR, {.kw = cfun}}

// staticmethod / classmethod wrappers (also used const, for e.g. dict.fromkeys).
typedef struct { fe_objbase_t base; fe_obj_t fun; } fe_method_wrapper_t;
#define FE_DEFINE_CONST_CLASSMETHOD(obj, fun_obj) \
    const fe_method_wrapper_t obj = {{&fe_type_classmethod}, (fe_obj_t)(fun_obj)}
#define FE_DEFINE_CONST_STATICMETHOD(obj, fun_obj) \
    const fe_method_wrapper_t obj = {{&fe_type_staticmethod}, (fe_obj_t)(fun_obj)}
// property: getter/setter/deleter (FE_NULL when absent) and doc-less.
typedef struct { fe_objbase_t base; fe_obj_t getter, setter, deleter; } fe_property_t;
// A bound method (self, fun).
typedef struct { fe_objbase_t base; fe_obj_t fun; fe_obj_t self; } fe_bound_method_t;
fe_obj_t fe_bound_method_new(fe_obj_t fun, fe_obj_t self);

// ---- hash map (py/map.c): dicts, sets' cousins, instance/class/module namespaces ------
// Entries are kept in insertion order in `table` (deleted entries have key FE_NULL and
// stay until the next resize). A FE_MAP_FIXED map is a const table searched linearly
// (method tables in ROM); it is read-only.
typedef struct { fe_obj_t key; fe_obj_t value; } fe_map_elem_t;
#define FE_MAP_FIXED 0x1
#define FE_MAP_ALL_QSTR_KEYS 0x2   // maintained by the map: lets lookups compare words only
struct fe_map {
    size_t used;        // entries in table[] including deleted ones
    size_t count;       // live entries
    size_t alloc;       // capacity of table[]
    fe_map_elem_t *table;
    void *index;        // hash index over table[] (NULL for small or fixed maps); internal
    uint16_t flags;
};
typedef enum { FE_MAP_LOOKUP, FE_MAP_LOOKUP_ADD_IF_MISSING, FE_MAP_LOOKUP_REMOVE } fe_map_lookup_kind_t;
void fe_map_init(fe_map_t *map, size_t n);
void fe_map_init_fixed(fe_map_t *map, size_t n, const fe_map_elem_t *table);
// FIND: element or NULL. ADD_IF_MISSING: element (value FE_NULL if it was just added).
// REMOVE: NULL if absent, else a pointer to a scratch element holding the removed key and
// value (valid until the next map call).
fe_map_elem_t *fe_map_lookup(fe_map_t *map, fe_obj_t key, fe_map_lookup_kind_t kind);
void fe_map_clear(fe_map_t *map);
// Iterate: start with *pos = 0; returns NULL at the end.
fe_map_elem_t *fe_map_next(const fe_map_t *map, size_t *pos);

typedef struct fe_dict { fe_objbase_t base; fe_map_t map; } fe_dict_t;
#define FE_DEFINE_CONST_DICT(obj, table) \
    const fe_dict_t obj = {{&fe_type_dict}, {FE_ARRAY_SIZE(table), FE_ARRAY_SIZE(table), \
        FE_ARRAY_SIZE(table), (fe_map_elem_t *)(table), NULL, FE_MAP_FIXED | FE_MAP_ALL_QSTR_KEYS}}
#define FE_ROM_QSTR(q) ((fe_obj_t)((((uintptr_t)(q)) << 2) | 2))
#define FE_ROM_PTR(p) ((fe_obj_t)(p))
#define FE_ROM_INT(i) ((fe_obj_t)((((uintptr_t)(i)) << 1) | 1))

// ---- containers (py/objtuple.c objlist.c objdict.c objset.c objrange.c objslice.c) ----
typedef struct { fe_objbase_t base; size_t len; fe_obj_t items[]; } fe_tuple_t;
typedef struct { fe_objbase_t base; size_t len; size_t alloc; fe_obj_t *items; } fe_list_t;
extern const fe_tuple_t fe_empty_tuple_obj;
#define fe_empty_tuple ((fe_obj_t)&fe_empty_tuple_obj)
fe_obj_t fe_tuple_new(size_t n, const fe_obj_t *items);  // items NULL: zero-filled, caller fills
void fe_tuple_get(fe_obj_t t, size_t *len, fe_obj_t **items);
fe_obj_t fe_list_new(size_t n, const fe_obj_t *items);   // items NULL: filled with FE_NULL (caller fills)
void fe_list_append(fe_obj_t list, fe_obj_t item);
void fe_list_extend(fe_obj_t list, fe_obj_t iterable);
// The items array of a list moves (and the old one is freed) when the list grows: do not
// keep it across calls that may run Python code or change the list.
void fe_list_get(fe_obj_t list, size_t *len, fe_obj_t **items);
void fe_list_sort(fe_obj_t list, fe_obj_t key, bool reverse);
// Items of a tuple or list without copying; other iterables are gathered into a new tuple.
void fe_get_array(fe_obj_t seq, size_t *len, fe_obj_t **items);
fe_obj_t fe_dict_new(size_t n);
void fe_dict_store(fe_obj_t dict, fe_obj_t key, fe_obj_t value);
fe_obj_t fe_dict_get_maybe(fe_obj_t dict, fe_obj_t key);  // FE_NULL if absent
void fe_dict_delete(fe_obj_t dict, fe_obj_t key);          // KeyError if absent
fe_map_t *fe_dict_get_map(fe_obj_t dict);
fe_obj_t fe_set_new(size_t n, const fe_obj_t *items);
void fe_set_add(fe_obj_t set, fe_obj_t item);
void fe_set_update(fe_obj_t set, fe_obj_t iterable);  // set |= iterable, as CPython's SET_UPDATE
// The constant CPython's compiler makes for a set display of n >= 3 constants (the display
// is then BUILD_SET 0, LOAD_CONST this, SET_UPDATE 1); see NOTES-containers.md.
fe_obj_t fe_frozenset_from_constants(size_t n, const fe_obj_t *items);
fe_obj_t fe_slice_new(fe_obj_t start, fe_obj_t stop, fe_obj_t step);
typedef struct { fe_objbase_t base; fe_obj_t start, stop, step; } fe_slice_t;
// Normalises a slice against a sequence length (CPython semantics incl. negative steps).
typedef struct { fe_int_t start, stop, step; size_t len; } fe_bound_slice_t;
void fe_slice_indices(fe_obj_t slice, size_t seq_len, fe_bound_slice_t *out);
// Printing recursive containers (py/reprguard.c): calls fn(print, self, kind) with self
// marked as being printed and returns true; returns false without calling fn when self is
// already being printed further up (the caller then prints [...] or {...}).
bool fe_repr_guard_call(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind, fe_print_fn fn);
// An iterator over seq[0], seq[1] ... until IndexError or StopIteration (py/objiter.c).
fe_obj_t fe_seq_iter_new(fe_obj_t seq);
// iter(callable, sentinel) (py/objiter.c).
fe_obj_t fe_callable_iter_new(fe_obj_t callable, fe_obj_t sentinel);

// ---- numbers (py/objint.c bigint.c objfloat.c objcomplex.c) ---------------------------
fe_obj_t fe_int_from_int(fe_int_t v);            // small or big as needed
fe_obj_t fe_int_from_uint(fe_uint_t v);
fe_obj_t fe_int_from_ll(long long v);
fe_obj_t fe_int_from_ull(unsigned long long v);
// Parses an int literal or int() argument text; base 0 means "as Python source".
// Raises ValueError "invalid literal for int() with base N: '...'" on bad input.
fe_obj_t fe_int_parse(const char *s, size_t len, int base);
// A byte's value as a digit of bases up to 36 ('0'-'9', then 'a'/'A' = 10 ... 'z'/'Z' = 35),
// or 36 for any other byte, so `fe_digit_value(c) < base` tests a digit.
int fe_digit_value(int c);
// A hexadecimal digit's value, or -1.
int fe_hex_value(int c);
bool fe_is_int(fe_obj_t o);                      // int or bool (bool is an int subclass)
fe_obj_t fe_int_pow_mod(fe_obj_t base, fe_obj_t exp, fe_obj_t mod);  // pow(a, b, m) for ints (also int.__pow__)
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
typedef struct { fe_objbase_t base; fe_float_t value; } fe_float_obj_t;
fe_obj_t fe_float_new(fe_float_t v);
fe_float_t fe_float_value(fe_obj_t o);           // o must be a float object
// Parses float text as float() does (inf, nan, exponent, underscores in literals).
fe_obj_t fe_float_parse(const char *s, size_t len, bool is_literal);
fe_float_t fe_int_to_float(fe_obj_t o);          // int -> float (OverflowError if too big)
#endif
#if FE_ENABLE_COMPLEX
fe_obj_t fe_complex_new(fe_float_t real, fe_float_t imag);
#endif

// ---- strings and bytes (py/objstr.c objbytes.c) ---------------------------------------
// A str or bytes may be an immediate qstr (str only) or a heap object. Always use these
// accessors. Text is UTF-8; `len` is in bytes.
fe_obj_t fe_str_new(const char *data, size_t len);          // copies
fe_obj_t fe_str_new_cstr(const char *s);
fe_obj_t fe_str_intern(const char *data, size_t len);       // returns a qstr object
qstr fe_str_to_qstr(fe_obj_t str);                          // interns a str object
const char *fe_str_data(fe_obj_t str, size_t *len);         // str only (TypeError otherwise)
bool fe_is_str(fe_obj_t o);                                 // str or subclass
fe_obj_t fe_bytes_new(const void *data, size_t len);
const char *fe_bytes_data(fe_obj_t b, size_t *len);         // bytes or bytearray
fe_obj_t fe_bytearray_new(const void *data, size_t len);
size_t fe_str_hash(const char *data, size_t len);           // the hash of str and qstr
// The buffer protocol: false (or TypeError with the _raise form) when o has no buffer.
bool fe_get_buffer(fe_obj_t o, fe_buffer_info_t *info, int flags);
void fe_get_buffer_raise(fe_obj_t o, fe_buffer_info_t *info, int flags);
// format(value, spec) with the format mini-language (py/strformat.c).
fe_obj_t fe_format(fe_obj_t value, fe_obj_t spec);

// ---- modules (py/objmodule.c) and import (py/import.c) --------------------------------
typedef struct { fe_objbase_t base; fe_dict_t *globals; } fe_module_t;
fe_obj_t fe_module_new(qstr name);          // registers nothing; globals has __name__
// Builtin module table entry; the list is in py/modules.c, switched by config.
typedef struct { uint16_t name; const fe_module_t *module; } fe_builtin_module_t;
// The builtin module table (py/modules.c). Lookup: FE_NULL if name is not builtin; sets
// *overridable when a .py file of that name on sys.path takes precedence (CPython names of
// micro-libraries: json, time ...; their u-names ujson, utime ... always give the builtin).
extern const fe_builtin_module_t fe_builtin_modules[];
extern const size_t fe_builtin_modules_count;
fe_obj_t fe_builtin_module_find(qstr name, bool *overridable);
fe_obj_t fe_import_name(qstr name, fe_obj_t fromlist, fe_int_t level, fe_obj_t globals);
// `ferrite -m NAME`: finds NAME (dotted) on sys.path and runs it as __main__ (py/import.c).
void fe_import_run_main(qstr name);
fe_obj_t fe_import_from(fe_obj_t module, qstr name);   // ImportError if missing
void fe_import_all(fe_obj_t module, fe_obj_t dest_globals);
extern const fe_module_t fe_module_builtins;
// __build_class__(func, name, *bases, metaclass=None, **kw) for class statements (py/buildclass.c).
extern const fe_builtin_fun_t fe_builtin___build_class___obj;

// ---- compiling and running (py/compile.c, py/vm.c) ------------------------------------
typedef enum { FE_COMPILE_FILE, FE_COMPILE_SINGLE, FE_COMPILE_EVAL } fe_compile_mode_t;
// Compiles source text to a code object (no execution). Raises SyntaxError with filename
// and line. SINGLE is the REPL mode: expression statements print their repr (and set `_`).
fe_obj_t fe_compile(const char *src, size_t len, qstr filename, fe_compile_mode_t mode);
// Optimisation level for later compilations (ferrite -O sets 1): asserts are dropped and
// __debug__ is False when it is above 0.
extern uint8_t fe_compile_optimize;
// Runs a module-level code object with the given namespaces (locals may equal globals).
fe_obj_t fe_exec_code(fe_obj_t code, fe_obj_t globals, fe_obj_t locals);

// ---- interpreter state (py/state.c): the GC's explicit roots ---------------------------
// Every field that can hold a heap pointer is a root: the GC scans the whole struct.
typedef struct fe_state {
    fe_handler_t *handler_top;        // innermost exception handler (py/nlr.h)
    fe_obj_t modules;                 // dict: sys.modules
    fe_obj_t main_globals;            // dict: __main__'s namespace
    fe_obj_t builtins_override;       // dict or FE_NULL: writable builtins namespace
    fe_obj_t sys_path;                // list
    fe_obj_t sys_argv;                // list
    fe_obj_t qstr_pool;               // runtime interned strings (py/qstr.c)
    fe_obj_t current_exc;             // exception being handled (sys.exc_info)
    volatile fe_obj_t pending_exc;    // set asynchronously (KeyboardInterrupt), polled by the VM
    fe_obj_t memory_error;            // preallocated MemoryError instance
    fe_obj_t recursion_error;         // preallocated RuntimeError for deep recursion
    char *stack_limit;                // C stack lowest allowed address (grows down)
    size_t call_depth;                // Python frames active
    fe_obj_t roots[16];               // free slots for other parts of the core
    // added by infra (py/state.c, ports):
    fe_obj_t sys_module;              // the sys module (a heap module: path, argv ... change)
    fe_obj_t keyboard_interrupt;      // preallocated KeyboardInterrupt for the SIGINT handler
    char *stack_top;                  // C stack highest address (recorded by the port's main)
} fe_state_t;
extern fe_state_t fe_state;

// Sets up the interpreter after fe_gc_init(): qstrs, sys.modules, sys.path, __main__,
// the preallocated exceptions. fe_deinit() releases nothing but marks the end of a run.
void fe_init(void);
void fe_deinit(void);

// Checks C-stack headroom and the call depth; raises RecursionError otherwise.
// fe_stack_reserve(n) also requires n more bytes: call it before a frame's variable-size
// arrays are declared, so that they never reach below the stack's limit.
void fe_stack_check(void);
void fe_stack_reserve(size_t bytes);

// ---- instances of user classes (py/objtype.c) -----------------------------------------
// If the class derives from a native type (list, dict, int, Exception ...), subobj[0] holds
// the native object carrying that state; native methods found through such a class are
// called with the native object as self.
typedef struct { fe_objbase_t base; fe_map_t members; fe_obj_t subobj[]; } fe_instance_t;
// The native object behind o for native type t: o itself if it is one, else the subobj of
// an instance whose class derives from t; FE_NULL if neither.
fe_obj_t fe_native_self(fe_obj_t o, const fe_type_t *t);

// ---- the running frame, for builtins that need it (py/vm.c) --------------------------
// For zero-argument super(): the enclosing class (__class__ cell) and first argument of
// the innermost Python function; raises RuntimeError("super(): no arguments") otherwise.
void fe_vm_get_super_args(fe_obj_t *cls_out, fe_obj_t *self_out);
fe_obj_t fe_vm_globals(void);   // dict of the innermost Python frame (main globals if none)
fe_obj_t fe_vm_locals(void);    // dict snapshot of its locals (the globals dict at module level)

// ---- the format mini-language (py/strformat.c parses; numbers format themselves) ------
typedef struct {
    unsigned fill;   // code point; ' ' by default
    char align;      // '<' '>' '^' '=' or 0 when not given
    char sign;       // '+' '-' ' ' or 0 when not given
    bool alternate;  // '#'
    bool zero;       // '0' before the width
    char grouping;   // ',' '_' or 0
    int width;       // -1 when not given
    int precision;   // -1 when not given
    char type;       // 0 or one of b c d e E f F g G n o s x X %
} fe_format_spec_t;
// Number formatting with the whole spec applied (sign, #, grouping, width, fill, align);
// ValueError "Unknown format code 'c' for object of type 'float'" etc. as CPython.
void fe_format_int(fe_vstr_t *out, fe_obj_t value, const fe_format_spec_t *spec);    // py/objint.c
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
void fe_format_float(fe_vstr_t *out, fe_float_t value, const fe_format_spec_t *spec); // py/floatfmt.c
// The shortest text that reads back as the same float, as CPython's repr (0.1, 1e+16, inf, nan).
void fe_float_repr(fe_vstr_t *out, fe_float_t value);
#endif
#if FE_ENABLE_COMPLEX
void fe_format_complex(fe_vstr_t *out, fe_obj_t value, const fe_format_spec_t *spec); // py/objcomplex.c
#endif
// Applies fill/align/width to already-formatted text (default alignment given).
void fe_format_pad(fe_vstr_t *out, const char *text, size_t len, const fe_format_spec_t *spec, char default_align);

// ---- requests between areas --------------------------------------------------------------
// Append declarations here when you need a function another area should provide, with a
// comment `// requested by <area> from <area>`. Owners check this section and implement.

// requested by infra from builtins: add {FE_ROM_QSTR(Q_open), FE_ROM_PTR(&fe_builtin_open_obj)}
// to the builtins dict. open() itself is defined in py/modio.c.
extern const fe_builtin_fun_t fe_builtin_open_obj;

// requested by numbers from strformat: fe_format() could call fe_format_complex() (declared
// with fe_format_float) for complex values with a non-empty spec, as format(1+2j, '.2f') is
// '1.00+2.00j' in CPython; it raises TypeError today.  (done by strings: fe_format calls it)

#endif
