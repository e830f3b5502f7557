// py/objstr.h: the layouts of str, bytes, bytearray and memoryview objects and the helpers
// shared by py/objstr.c, objstr_methods.c, objbytes.c, objmemoryview.c and strformat.c.
// Private to the strings area: the rest of the core uses the accessors of py/obj.h.
#ifndef FE_PY_OBJSTR_H
#define FE_PY_OBJSTR_H

#include "py/obj.h"

// A heap str or bytes. Immutable once made. `data` is NUL-terminated (not counted in len)
// and usually stored right after the header; `hash` is fe_str_hash(data, len) (32 bits),
// computed when the object is made; for bytes n_chars equals len. For str, n_chars == len
// means all ASCII, so indexing is by byte. (n_chars is 32 bits: a str may hold at most
// 2**32 - 1 code points, far beyond any heap Ferrite runs on.)
typedef struct {
    fe_objbase_t base;
    uint32_t hash;
    uint32_t n_chars;
    size_t len;
    const char *data;
} fe_str_t;

// A bytearray: data[0..len) with room for alloc bytes.
typedef struct {
    fe_objbase_t base;
    size_t len;
    size_t alloc;
    char *data;
} fe_bytearray_t;

// A memoryview of bytes [offset, offset+len) of obj's buffer (read again on each access,
// so a view of a bytearray follows its reallocations). step > 1 for strided slices.
typedef struct {
    fe_objbase_t base;
    fe_obj_t obj;
    size_t offset;
    size_t len;      // items
    fe_int_t step;
    bool readonly;
    bool released;
} fe_memoryview_t;

// A borrowed view of the text of a str (any representation) or the bytes of a
// bytes/bytearray: what the shared methods work on.
typedef enum { STR_KIND_STR, STR_KIND_BYTES, STR_KIND_BYTEARRAY } str_kind_t;
typedef struct {
    const char *data;
    size_t len;
    str_kind_t kind;
    size_t n_chars;  // code points (str) or len (bytes); n_chars == len: index by byte
} str_view_t;

// A str or bytes (type) of len bytes stored after the header; the caller fills data and then
// calls fe_str_finish, which sets the hash and the character count.
fe_str_t *fe_str_alloc_kind(const fe_type_t *type, size_t len, char **data);
fe_obj_t fe_str_finish(fe_str_t *s);
// A str or bytes (type) from a vstr: short text is copied into one block (and the vstr
// freed), long text adopts the vstr's buffer.
fe_obj_t fe_text_from_vstr(const fe_type_t *type, fe_vstr_t *v);

// Fills v from a str/bytes/bytearray (or subclass instance); false if o is none of them.
bool fe_str_get_view(fe_obj_t o, str_view_t *v);
// The same kind of object as `kind` made from data (copies).
fe_obj_t fe_str_make_kind(str_kind_t kind, const char *data, size_t len);
fe_obj_t fe_str_make_kind_vstr(str_kind_t kind, fe_vstr_t *v);
// str of one code point (no allocation for ASCII when FE_STR_ASCII_TABLE is on).
fe_obj_t fe_str_from_char(unsigned cp);
size_t fe_str_char_len(fe_obj_t str);  // code points
// Appends repr(text) to print as CPython does (quotes and escapes). bytes_kind: 0 for str,
// 1 for bytes (b'...'), 2 for a bytearray's b'...' (where CPython always escapes ').
void fe_str_print_repr(const fe_print_t *print, const char *s, size_t len, int bytes_kind);
// Decodes bytes with a codec name; errors: "strict", "ignore", "replace".
fe_obj_t fe_bytes_decode(const char *data, size_t len, fe_obj_t encoding, fe_obj_t errors);
// TypeError "<fname>() argument 'encoding' must be str, not int" for bad argument types.
void fe_codec_check_args(const char *fname, fe_obj_t encoding, fe_obj_t errors);
fe_obj_t fe_str_encode(fe_obj_t str, fe_obj_t encoding, fe_obj_t errors, const fe_type_t *type);
// Appends the escape of code point cp as Python writes it: \xhh, \uhhhh or \Uhhhhhhhh.
void fe_str_add_escape(fe_vstr_t *v, unsigned cp);

// The shared methods (py/objstr_methods.c).
extern const fe_builtin_fun_t fe_strm_count_obj, fe_strm_endswith_obj, fe_strm_find_obj, fe_strm_index_obj,
    fe_strm_rfind_obj, fe_strm_rindex_obj, fe_strm_startswith_obj, fe_strm_join_obj, fe_strm_split_obj,
    fe_strm_rsplit_obj, fe_strm_splitlines_obj, fe_strm_strip_obj, fe_strm_lstrip_obj, fe_strm_rstrip_obj,
    fe_strm_partition_obj, fe_strm_rpartition_obj, fe_strm_replace_obj, fe_strm_center_obj, fe_strm_ljust_obj,
    fe_strm_rjust_obj, fe_strm_zfill_obj, fe_strm_lower_obj, fe_strm_upper_obj, fe_strm_swapcase_obj,
    fe_strm_capitalize_obj, fe_strm_title_obj, fe_strm_casefold_obj, fe_strm_isalnum_obj, fe_strm_isalpha_obj,
    fe_strm_isascii_obj, fe_strm_isdecimal_obj, fe_strm_isdigit_obj, fe_strm_isidentifier_obj,
    fe_strm_islower_obj, fe_strm_isnumeric_obj, fe_strm_isprintable_obj, fe_strm_isspace_obj,
    fe_strm_istitle_obj, fe_strm_isupper_obj, fe_strm_expandtabs_obj, fe_strm_removeprefix_obj,
    fe_strm_removesuffix_obj, fe_strm_translate_obj, fe_strm_encode_obj, fe_strm_decode_obj,
    fe_strm_format_obj, fe_strm_format_map_obj, fe_strm_hex_obj;
extern const fe_method_wrapper_t fe_strm_maketrans_obj, fe_bytes_maketrans_obj;

// str's own methods (py/objstr.c), listed in the method table that py/objbytes.c shares
// between str, bytes and bytearray.
extern const fe_builtin_fun_t fe_str_eq_m_obj, fe_str_ne_m_obj, fe_str_lt_m_obj, fe_str_le_m_obj,
    fe_str_gt_m_obj, fe_str_ge_m_obj, fe_str_repr_obj, fe_str_str_obj, fe_str_format_dunder_obj;
#if FE_STR_DUNDERS
extern const fe_builtin_fun_t fe_str_add_m_obj, fe_str_mul_m_obj, fe_str_rmul_m_obj, fe_str_getitem_obj,
    fe_str_len_obj, fe_str_contains_obj, fe_str_mod_obj, fe_str_rmod_obj, fe_str_iter_obj, fe_str_sizeof_obj;
#endif
extern const fe_dict_t fe_str_locals_dict;

// Without extended slices (FE_STR_EXTENDED_SLICES 0) a step other than 1 in a memoryview
// slice or a bytearray slice assignment/deletion raises NotImplementedError.
#if FE_STR_EXTENDED_SLICES
#define FE_STR_CHECK_STEP(step) ((void)0)
#else
FE_NORETURN void fe_str_raise_extended_slice(void);
#define FE_STR_CHECK_STEP(step) \
    do { \
        if ((step) != 1) { \
            fe_str_raise_extended_slice(); \
        } \
    } while (0)
#endif

// py/strformat.c
fe_obj_t fe_str_modulo(fe_obj_t fmt, fe_obj_t args);       // fmt % args (str or bytes fmt)
fe_obj_t fe_str_format(fe_obj_t fmt, size_t n_args, const fe_obj_t *args, fe_map_t *kw, fe_obj_t mapping);

// Helpers of py/objstr.c used by bytes too.
// The bytes of data picked by a bound slice, as an object of that kind (byte indexing).
fe_obj_t fe_str_slice_bytes(str_kind_t kind, const char *data, const fe_bound_slice_t *b);
fe_obj_t fe_str_repeat(str_kind_t kind, const char *s, size_t len, fe_obj_t count_obj);
fe_obj_t fe_str_compare_op(fe_binary_op_t op, const char *a, size_t alen, const char *b, size_t blen);
// An iterator over the bytes of a buffer (bytes, bytearray; py/objbytes.c), its type
// bytes_iterator (bytearray_iterator with FE_STR_ITER_NAMES); memoryview uses it too
// without FE_STR_ITER_NAMES.
fe_obj_t fe_bytes_getiter(fe_obj_t self, fe_iter_buf_t *buf);
fe_int_t fe_str_find_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen, size_t from);
// Whether o is an instance of a user class (which may implement the operation itself).
bool fe_str_is_user_object(fe_obj_t o);

#endif
