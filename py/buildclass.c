// py/buildclass.c: the builtin __build_class__(func, name, *bases, metaclass=None, **kw)
// behind every class statement. The class body was compiled as a function; it runs here
// with a fresh namespace dict as its locals, then the metaclass (type by default, or the
// most derived metaclass of the bases) is called as meta(name, bases, ns, **kw). (The
// namespace comes from the metaclass's __prepare__ with FE_TYPE_CLASS_HOOKS.) If a method
// uses super() or __class__, the body returns the __class__ cell, which is filled in now.
#include "py/engine.h"

#if FE_TYPE_METACLASSES
static const fe_type_t *most_derived_metaclass(const fe_type_t *meta, fe_obj_t bases) {
    fe_tuple_t *t = bases;
    for (size_t i = 0; i < t->len; i++) {
        const fe_type_t *bm = fe_typeof(t->items[i]);
        if (fe_issubclass(meta, bm)) {
            continue;
        }
        if (fe_issubclass(bm, meta)) {
            meta = bm;
            continue;
        }
        fe_raise_msg(&fe_type_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return meta;
}
#endif

static fe_obj_t build_class(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args < 2) {
        fe_raise_msg(&fe_type_TypeError, "__build_class__: not enough arguments");
    }
    fe_obj_t func = args[0], name = args[1];
    if (!fe_obj_is_type_ptr(func, &fe_type_function)) {
        fe_raise_msg(&fe_type_TypeError, "__build_class__: func must be a function");
    }
    fe_obj_t bases = fe_tuple_new(n_args - 2, args + 2);
    // keywords other than metaclass go to the metaclass call (and __init_subclass__)
    fe_obj_t meta = FE_NULL;
    size_t n_kw = 0;
    fe_obj_t kw_pairs_buf[2 * 8];
    fe_obj_t *kw_pairs = kw_pairs_buf;
    if (kw != NULL && kw->count > 0) {
        if (kw->count > 8) {
            kw_pairs = fe_alloc(sizeof(fe_obj_t) * 2 * kw->count);
        }
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(kw, &pos)) != NULL) {
            if (FE_IS_QSTR(e->key) && FE_QSTR_VALUE(e->key) == Q_metaclass) {
                meta = e->value;
                continue;
            }
            kw_pairs[2 * n_kw] = e->key;
            kw_pairs[2 * n_kw + 1] = e->value;
            n_kw++;
        }
    }
#if FE_TYPE_METACLASSES
    bool meta_is_type = meta == FE_NULL || fe_is_exception_type(meta) || fe_typeof(meta) == &fe_type_type ||
                        fe_isinstance(meta, &fe_type_type);
    if (meta == FE_NULL) {
        meta = (fe_obj_t)most_derived_metaclass(&fe_type_type, bases);
    } else if (meta_is_type) {
        meta = (fe_obj_t)most_derived_metaclass(meta, bases);
    }
#else
    // every class is an instance of type
    if (meta != FE_NULL && meta != &fe_type_type) {
        fe_raise_msg(&fe_type_NotImplementedError, "metaclasses are not supported");
    }
    meta = (fe_obj_t)&fe_type_type;
#endif
    fe_obj_t ns = FE_NULL;
#if FE_TYPE_CLASS_HOOKS
    fe_obj_t prepare[2 + 2 + 2 * 8];
    fe_obj_t *pa = n_kw > 8 ? fe_alloc(sizeof(fe_obj_t) * (4 + 2 * n_kw)) : prepare;
    fe_load_method_maybe(meta, Q___prepare__, pa);
    if (pa[0] != FE_NULL) {
        pa[2] = name;
        pa[3] = bases;
        for (size_t i = 0; i < 2 * n_kw; i++) {
            pa[4 + i] = kw_pairs[i];
        }
        ns = fe_call_method(2, n_kw, pa);
    }
#endif
    if (ns == FE_NULL) {
        ns = fe_dict_new(0);
    }
    fe_obj_t cell = fe_fun_run_class_body(func, ns);
    fe_obj_t call_args[3 + 2 * 8];
    fe_obj_t *ca = call_args;
    if (n_kw > 8) {
        ca = fe_alloc(sizeof(fe_obj_t) * (3 + 2 * n_kw));
    }
    ca[0] = name;
    ca[1] = bases;
    ca[2] = ns;
    for (size_t i = 0; i < 2 * n_kw; i++) {
        ca[3 + i] = kw_pairs[i];
    }
    fe_obj_t cls = fe_call(meta, 3, n_kw, ca);
    if (fe_obj_is_type_ptr(cell, &fe_type_closure_cell)) {
        ((fe_cell_t *)cell)->value = cls;
    }
    return cls;
}

FE_DEFINE_FUN_KW(fe_builtin___build_class___obj, Q___build_class__, 2, build_class);
