// py/objmemoryview.c: memoryview over any object with a buffer (format 'B' only).
//
// A view keeps the underlying object and re-reads its buffer on every access, so a view
// of a bytearray stays valid when the bytearray reallocates (CPython forbids the resize
// instead; we only check bounds). Slicing makes a new view without copying.
#include <string.h>
#include "py/obj.h"
#include "py/objstr.h"

// A view's step: always 1 without extended slices (FE_STR_EXTENDED_SLICES), so that the
// strided paths compile away.
#if FE_STR_EXTENDED_SLICES
#define MV_STEP(mv) ((mv)->step)
#else
#define MV_STEP(mv) ((fe_int_t)1)
#endif

static fe_memoryview_t *mv_native(fe_obj_t o) {
    fe_obj_t n = fe_native_self(o, &fe_type_memoryview);
    if (n == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'memoryview' object but received a '%q'",
                     (qstr)fe_typeof(o)->name);
    }
    return n;
}

// Pointer to item 0 of the view; checks that the view is usable.
static uint8_t *mv_data(fe_memoryview_t *mv) {
#if FE_STR_EXTRA_METHODS
    if (mv->released) {
        fe_raise_msg(&fe_type_ValueError, "operation forbidden on released memoryview object");
    }
#endif
    fe_buffer_info_t info;
    fe_get_buffer_raise(mv->obj, &info, FE_BUFFER_READ);
    size_t span = mv->len == 0 ? 0 : (size_t)((fe_int_t)(mv->len - 1) * MV_STEP(mv)) + 1;
    if (mv->offset + span > info.len) {
        // the underlying object shrank under the view
        fe_raise_msg(&fe_type_IndexError, "memoryview: underlying buffer shrank");
    }
    return (uint8_t *)info.buf + mv->offset;
}

static fe_obj_t mv_new(fe_obj_t obj, size_t offset, size_t len, fe_int_t step, bool readonly) {
    fe_memoryview_t *mv = fe_new(fe_memoryview_t);
    mv->base.type = &fe_type_memoryview;
    mv->obj = obj;
    mv->offset = offset;
    mv->len = len;
    mv->step = step;
    mv->readonly = readonly;
    return mv;
}

static fe_obj_t mv_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {{Q_object, FE_ARG_REQUIRED, FE_NULL}};
    fe_obj_t a[1];
    fe_parse_args_pairs(n_args, n_kw, args, 1, spec, a);
    fe_obj_t obj = a[0];
    if (fe_obj_is_type_ptr(obj, &fe_type_memoryview)) {
        fe_memoryview_t *src = obj;
        mv_data(src);
        return mv_new(src->obj, src->offset, src->len, src->step, src->readonly);
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(obj, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "memoryview: a bytes-like object is required, not '%q'",
                     (qstr)fe_typeof(obj)->name);
    }
    fe_buffer_info_t winfo;
    bool writable = fe_get_buffer(obj, &winfo, FE_BUFFER_WRITE);
    return mv_new(obj, 0, info.len, 1, !writable);
}

// Copies the viewed bytes into v.
static void mv_collect(fe_memoryview_t *mv, fe_vstr_t *v) {
    uint8_t *d = mv_data(mv);
    fe_vstr_init(v, mv->len + 1);
    char *p = fe_vstr_extend(v, mv->len);
    if (MV_STEP(mv) == 1) {
        memcpy(p, d, mv->len);
    } else {
        for (size_t i = 0; i < mv->len; i++) {
            p[i] = (char)d[(fe_int_t)i * MV_STEP(mv)];
        }
    }
}

static void mv_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const char *fmt = "<memory at %p>";
#if FE_STR_EXTRA_METHODS
    if (((fe_memoryview_t *)self)->released) {
        fmt = "<released memory at %p>";  // (only release() sets it)
    }
#endif
    fe_printf(print, fmt, self);
}

static bool mv_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    fe_memoryview_t *mv = self;
    if ((flags & FE_BUFFER_WRITE) && mv->readonly) {
        return false;
    }
    if (MV_STEP(mv) != 1) {
        // a strided view has no contiguous buffer: hand out a copy (read-only)
        if (flags & FE_BUFFER_WRITE) {
            return false;
        }
        fe_vstr_t v;
        mv_collect(mv, &v);
        info->buf = v.buf;
        info->len = v.len;
        info->typecode = 'B';
        return true;
    }
    info->buf = mv_data(mv);
    info->len = mv->len;
    info->typecode = 'B';
    return true;
}

static fe_obj_t mv_unary_op(fe_unary_op_t op, fe_obj_t self) {
    fe_memoryview_t *mv = self;
    switch (op) {
        case FE_UNARY_LEN:
            mv_data(mv);
            return FE_NEW_SMALL_INT(mv->len);
        case FE_UNARY_BOOL:
            mv_data(mv);
            return fe_bool(mv->len != 0);
        case FE_UNARY_HASH:
            if (!mv->readonly) {
                fe_raise_msg(&fe_type_ValueError, "cannot hash writable memoryview object");
            }
            {
                fe_vstr_t v;
                mv_collect(mv, &v);
                return fe_int_from_int((fe_int_t)fe_str_hash(v.buf, v.len));
            }
        default:
            return FE_NULL;
    }
}

static fe_obj_t mv_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op != FE_BINARY_EQUAL) {
        return FE_NULL;
    }
    fe_buffer_info_t a, b;
    if (!fe_get_buffer(lhs, &a, FE_BUFFER_READ) || fe_is_str(rhs) || !fe_get_buffer(rhs, &b, FE_BUFFER_READ)) {
        return FE_NULL;
    }
    return fe_bool(a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0);
}

static size_t mv_index(fe_memoryview_t *mv, fe_obj_t index) {
    if (!fe_is_int(index) && !fe_str_is_user_object(index)) {
        fe_raise_msg(&fe_type_TypeError, "memoryview: invalid slice key");
    }
    fe_int_t i = fe_get_index(index);
    if (i < 0) {
        i += (fe_int_t)mv->len;
    }
    if (i < 0 || (size_t)i >= mv->len) {
        fe_raise_msg(&fe_type_IndexError, "index out of bounds on dimension 1");
    }
    return (size_t)i;
}

static fe_obj_t mv_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    fe_memoryview_t *mv = self;
    uint8_t *d = mv_data(mv);
    bool is_slice = fe_obj_is_type_ptr(index, &fe_type_slice);
    if (value == FE_SUBSCR_LOAD) {
        if (is_slice) {
            fe_bound_slice_t b;
            fe_slice_indices(index, mv->len, &b);
            FE_STR_CHECK_STEP(b.step);
            fe_int_t off = (fe_int_t)mv->offset + b.start * MV_STEP(mv);
            return mv_new(mv->obj, b.len ? (size_t)off : mv->offset, b.len, b.step * MV_STEP(mv), mv->readonly);
        }
        return FE_NEW_SMALL_INT(d[(fe_int_t)mv_index(mv, index) * MV_STEP(mv)]);
    }
    if (mv->readonly) {
        fe_raise_msg(&fe_type_TypeError, "cannot modify read-only memory");
    }
    if (value == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "cannot delete memory");
    }
    if (is_slice) {
        fe_bound_slice_t b;
        fe_slice_indices(index, mv->len, &b);
        FE_STR_CHECK_STEP(b.step);
        fe_buffer_info_t src;
        if (!fe_get_buffer(value, &src, FE_BUFFER_READ)) {
            fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%q'", (qstr)fe_typeof(value)->name);
        }
        if (src.len != b.len) {
            fe_raise_msg(&fe_type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        }
        // copy first: the source may overlap the destination
        char *tmp = fe_alloc(src.len + 1);
        memcpy(tmp, src.buf, src.len);
        d = mv_data(mv);
        for (size_t i = 0; i < b.len; i++) {
            d[(b.start + (fe_int_t)i * b.step) * MV_STEP(mv)] = (uint8_t)tmp[i];
        }
        fe_free(tmp);
        return fe_none;
    }
    size_t i = mv_index(mv, index);
    if (!fe_is_int(value)) {
        fe_raise_msg(&fe_type_TypeError, "memoryview: invalid type for format 'B'");
    }
    fe_int_t v = fe_get_int(value);
    if (v < 0 || v > 255) {
        fe_raise_msg(&fe_type_ValueError, "memoryview: invalid value for format 'B'");
    }
    d[(fe_int_t)i * MV_STEP(mv)] = (uint8_t)v;
    return fe_none;
}

#if FE_STR_ITER_NAMES
typedef struct {
    fe_objbase_t base;
    fe_obj_t view;
    size_t pos;
} mv_iter_t;

static fe_obj_t mv_it_iternext(fe_obj_t self) {
    mv_iter_t *it = self;
    fe_memoryview_t *mv = it->view;
    uint8_t *d = mv_data(mv);
    if (it->pos >= mv->len) {
        return FE_NULL;
    }
    return FE_NEW_SMALL_INT(d[(fe_int_t)(it->pos++) * MV_STEP(mv)]);
}

static const fe_type_t mv_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_memory_iterator,
    .iternext = mv_it_iternext,
};
#endif

static fe_obj_t mv_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    mv_data(self);
#if FE_STR_ITER_NAMES
    mv_iter_t *it = buf != NULL ? (mv_iter_t *)buf : fe_new(mv_iter_t);
    it->base.type = &mv_iterator_type;
    it->view = self;
    it->pos = 0;
    return it;
#else
    return fe_bytes_getiter(self, buf);  // (a bytes_iterator reads the view's buffer)
#endif
}

static fe_obj_t mv_tobytes(fe_obj_t self) {
    fe_vstr_t v;
    mv_collect(mv_native(self), &v);
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_1(mv_tobytes_obj, Q_tobytes, mv_tobytes);

#if FE_STR_EXTRA_METHODS
static fe_obj_t mv_tolist(fe_obj_t self) {
    fe_memoryview_t *mv = mv_native(self);
    uint8_t *d = mv_data(mv);
    fe_obj_t list = fe_list_new(mv->len, NULL);
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        items[i] = FE_NEW_SMALL_INT(d[(fe_int_t)i * MV_STEP(mv)]);
    }
    return list;
}
static FE_DEFINE_FUN_1(mv_tolist_obj, Q_tolist, mv_tolist);
#endif

#if FE_STR_DUNDERS
static fe_obj_t mv_getitem_m(fe_obj_t self, fe_obj_t index) {
    return mv_subscr(mv_native(self), index, FE_SUBSCR_LOAD);
}
static FE_DEFINE_FUN_2(mv_getitem_obj, Q___getitem__, mv_getitem_m);

static fe_obj_t mv_setitem_m(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    return mv_subscr(mv_native(self), index, value);
}
static FE_DEFINE_FUN_3(mv_setitem_obj, Q___setitem__, mv_setitem_m);

static fe_obj_t mv_delitem_m(fe_obj_t self, fe_obj_t index) {
    return mv_subscr(mv_native(self), index, FE_NULL);
}
static FE_DEFINE_FUN_2(mv_delitem_obj, Q___delitem__, mv_delitem_m);

static fe_obj_t mv_len_m(fe_obj_t self) {
    return mv_unary_op(FE_UNARY_LEN, mv_native(self));
}
static FE_DEFINE_FUN_1(mv_len_obj, Q___len__, mv_len_m);
#endif

// release() and the context manager (FE_STR_EXTRA_METHODS): a released view refuses access.
#if FE_STR_EXTRA_METHODS
static fe_obj_t mv_release(fe_obj_t self) {
    mv_native(self)->released = true;
    return fe_none;
}
static FE_DEFINE_FUN_1(mv_release_obj, Q_release, mv_release);

static fe_obj_t mv_enter(fe_obj_t self) {
    mv_data(mv_native(self));
    return self;
}
static FE_DEFINE_FUN_1(mv_enter_obj, Q___enter__, mv_enter);

static fe_obj_t mv_exit(size_t n_args, const fe_obj_t *args) {
    mv_native(args[0])->released = true;
    return fe_none;
}
static FE_DEFINE_FUN_VAR(mv_exit_obj, Q___exit__, 1, 4, mv_exit);
#endif

#if FE_STR_EXTRA_METHODS
static fe_obj_t mv_toreadonly(fe_obj_t self) {
    fe_memoryview_t *mv = mv_native(self);
    mv_data(mv);
    return mv_new(mv->obj, mv->offset, mv->len, mv->step, true);
}
static FE_DEFINE_FUN_1(mv_toreadonly_obj, Q_toreadonly, mv_toreadonly);

// cast(format): only to 'B' (unsigned bytes), the one item format views have here.
static fe_obj_t mv_cast(size_t n_args, const fe_obj_t *args) {
    fe_memoryview_t *mv = mv_native(args[0]);
    size_t len;
    const char *f = fe_str_data(args[1], &len);
    if (!((len == 1 && f[0] == 'B') || (len == 2 && f[0] == '@' && f[1] == 'B'))) {
        fe_raise_msg(&fe_type_ValueError, "memoryview: only the format 'B' is supported");
    }
    if (MV_STEP(mv) != 1) {
        fe_raise_msg(&fe_type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    mv_data(mv);
    return mv_new(mv->obj, mv->offset, mv->len, 1, mv->readonly);
}
static FE_DEFINE_FUN_VAR(mv_cast_obj, Q_cast, 2, 3, mv_cast);
#endif

static void mv_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // attributes are read-only
    }
    fe_memoryview_t *mv = self;
    switch (attr) {
        case Q_format:
            dest[0] = fe_str_new("B", 1);
            break;
        case Q_itemsize:
            dest[0] = FE_NEW_SMALL_INT(1);
            break;
        case Q_nbytes:
            dest[0] = FE_NEW_SMALL_INT(mv->len);
            break;
        case Q_readonly:
            dest[0] = fe_bool(mv->readonly);
            break;
#if FE_STR_EXTRA_METHODS
        case Q_ndim:
            dest[0] = FE_NEW_SMALL_INT(1);
            break;
        case Q_obj:
            dest[0] = mv->obj;
            break;
        case Q_released:
            dest[0] = fe_bool(mv->released);
            break;
        case Q_shape: {
            fe_obj_t n = FE_NEW_SMALL_INT(mv->len);
            dest[0] = fe_tuple_new(1, &n);
            break;
        }
        case Q_strides: {
            fe_obj_t n = FE_NEW_SMALL_INT(MV_STEP(mv));
            dest[0] = fe_tuple_new(1, &n);
            break;
        }
        case Q_suboffsets:
            dest[0] = fe_empty_tuple;
            break;
        case Q_contiguous:
        case Q_c_contiguous:
        case Q_f_contiguous:
            dest[0] = fe_bool(MV_STEP(mv) == 1 || mv->len <= 1);
            break;
#endif
        default:
            break;  // methods: found in the locals dict by the generic lookup
    }
}

static const fe_map_elem_t mv_locals_table[] = {
    {FE_ROM_QSTR(Q_hex), FE_ROM_PTR(&fe_strm_hex_obj)},
    {FE_ROM_QSTR(Q_tobytes), FE_ROM_PTR(&mv_tobytes_obj)},
#if FE_STR_EXTRA_METHODS
    {FE_ROM_QSTR(Q___enter__), FE_ROM_PTR(&mv_enter_obj)},
    {FE_ROM_QSTR(Q___exit__), FE_ROM_PTR(&mv_exit_obj)},
    {FE_ROM_QSTR(Q_release), FE_ROM_PTR(&mv_release_obj)},
    {FE_ROM_QSTR(Q_cast), FE_ROM_PTR(&mv_cast_obj)},
    {FE_ROM_QSTR(Q_tolist), FE_ROM_PTR(&mv_tolist_obj)},
    {FE_ROM_QSTR(Q_toreadonly), FE_ROM_PTR(&mv_toreadonly_obj)},
#endif
#if FE_STR_DUNDERS
    {FE_ROM_QSTR(Q___delitem__), FE_ROM_PTR(&mv_delitem_obj)},
    {FE_ROM_QSTR(Q___getitem__), FE_ROM_PTR(&mv_getitem_obj)},
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&mv_len_obj)},
    {FE_ROM_QSTR(Q___setitem__), FE_ROM_PTR(&mv_setitem_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(mv_locals_dict, mv_locals_table);

const fe_type_t fe_type_memoryview = {
    .base = {&fe_type_type},
    .name = Q_memoryview,
    .print = mv_print,
    .make_new = mv_make_new,
    .unary_op = mv_unary_op,
    .binary_op = mv_binary_op,
    .attr = mv_attr,
    .subscr = mv_subscr,
    .getiter = mv_getiter,
    .buffer = mv_buffer,
    .locals_dict = (struct fe_dict *)&mv_locals_dict,
};
