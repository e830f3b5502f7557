// py/objobject.c: `object`, the root of every class. Plain object() instances are a bare
// header (no attribute storage). Its method table holds the defaults that user classes
// reach through super(): __init__, __new__, __eq__, __ne__, __hash__, __repr__, __str__,
// __format__, __setattr__, __delattr__, __getattribute__, __init_subclass__ (the last two
// with FE_TYPE_GETATTRIBUTE and FE_TYPE_CLASS_HOOKS).
#include "py/obj.h"
#include "py/objtype.h"

void fe_object_default_repr(const fe_print_t *print, fe_obj_t self) {
    fe_print_str(print, "<");
    fe_type_print_name(print, fe_typeof(self));
    fe_printf(print, " object at %p>", self);
}

static void object_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_object_default_repr(print, self);
}

static fe_obj_t object_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        fe_raise_msg(&fe_type_TypeError, "object() takes no arguments");
    }
    fe_objbase_t *o = fe_new(fe_objbase_t);
    o->type = &fe_type_object;
    return o;
}

// True when the class (or a base other than object) provides __init__ / __new__.
static bool overrides(const fe_type_t *t, qstr attr) {
    fe_lookup_t r = fe_type_lookup(t, attr);
    return r.value != FE_NULL && r.owner != &fe_type_object;
}

// object.__init__(self, *args, **kw): extra arguments are an error unless the class
// overrides __new__ but not __init__ (as in CPython).
static fe_obj_t object_init(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args > 1 || (kw != NULL && kw->count != 0)) {
        const fe_type_t *t = fe_typeof(args[0]);
        if (overrides(t, Q___init__)) {
            fe_raise_msg(&fe_type_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (!overrides(t, Q___new__)) {
            fe_raise_fmt(&fe_type_TypeError, "%q.__init__() takes exactly one argument (the instance to initialize)", (qstr)t->name);
        }
    }
    return fe_none;
}
const fe_builtin_fun_t fe_object_init_obj = {{&fe_type_builtin_function}, Q___init__, FE_FUN_KW, 1, FE_ARGS_VAR, {.kw = object_init}};

// object.__new__(cls, *args, **kw)
static fe_obj_t object_new(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (!fe_is_type(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "object.__new__(X): X is not a type object (%q)", fe_type_name(args[0]));
    }
    const fe_type_t *t = args[0];
    if (n_args > 1 || (kw != NULL && kw->count != 0)) {
        if (overrides(t, Q___new__)) {
            fe_raise_msg(&fe_type_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (!overrides(t, Q___init__)) {
            fe_raise_fmt(&fe_type_TypeError, "%q() takes no arguments", (qstr)t->name);
        }
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        return fe_instance_new_raw(t, 0, 0, NULL);
    }
    if (t == &fe_type_object) {
        return object_make_new(t, 0, 0, NULL);
    }
    if (t->make_new == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "cannot create '%q' instances", (qstr)t->name);
    }
    return t->make_new(t, 0, 0, NULL);
}
static const fe_builtin_fun_t object_new_fun = {{&fe_type_builtin_function}, Q___new__, FE_FUN_KW, 1, FE_ARGS_VAR, {.kw = object_new}};
static FE_DEFINE_CONST_STATICMETHOD(object_new_obj, &object_new_fun);

static fe_obj_t object_eq(fe_obj_t self, fe_obj_t other) {
    return self == other ? fe_true : fe_notimplemented;
}
static FE_DEFINE_FUN_2(object_eq_obj, Q___eq__, object_eq);

static fe_obj_t object_ne(fe_obj_t self, fe_obj_t other) {
    // the default __ne__ inverts __eq__ (which may be a user's)
    fe_obj_t dest[2];
    fe_load_method_maybe(self, Q___eq__, dest);
    if (dest[0] == FE_NULL) {
        return fe_bool(self != other);
    }
    fe_obj_t r = dest[1] != FE_NULL ? fe_call_with_self(dest[0], dest[1], 1, 0, &other) : fe_call1(dest[0], other);
    if (r == fe_notimplemented) {
        return r;
    }
    return fe_bool(!fe_is_true(r));
}
static FE_DEFINE_FUN_2(object_ne_obj, Q___ne__, object_ne);

static fe_obj_t object_hash(fe_obj_t self) {
    return FE_NEW_SMALL_INT(((fe_uint_t)self >> 4) & (FE_SMALL_INT_MAX >> 1));
}
static FE_DEFINE_FUN_1(object_hash_obj, Q___hash__, object_hash);

static fe_obj_t object_repr(fe_obj_t self) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 40);
    fe_vstr_print_init(&v, &pr);
    fe_object_default_repr(&pr, self);
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_1(object_repr_obj, Q___repr__, object_repr);

static fe_obj_t object_str(fe_obj_t self) {
    return fe_repr(self);
}
static FE_DEFINE_FUN_1(object_str_obj, Q___str__, object_str);

static fe_obj_t object_format(fe_obj_t self, fe_obj_t spec) {
    size_t len;
    fe_str_data(spec, &len);
    if (len != 0) {
        fe_raise_fmt(&fe_type_TypeError, "unsupported format string passed to %q.__format__", fe_type_name(self));
    }
    return fe_str(self);
}
static FE_DEFINE_FUN_2(object_format_obj, Q___format__, object_format);

static qstr attr_name(fe_obj_t name) {
    if (!fe_is_str(name)) {
        fe_raise_fmt(&fe_type_TypeError, "attribute name must be string, not '%q'", fe_type_name(name));
    }
    return fe_str_to_qstr(name);
}

static bool is_instance_of_user_class(fe_obj_t o) {
    return FE_IS_OBJ(o) && (fe_typeof(o)->flags & FE_TYPE_FLAG_USER) && !fe_is_type(o);
}

static fe_obj_t object_setattr(fe_obj_t self, fe_obj_t name, fe_obj_t value) {
    qstr q = attr_name(name);
    if (is_instance_of_user_class(self)) {
        fe_instance_generic_store(self, q, value);
    } else {
        fe_store_attr(self, q, value);
    }
    return fe_none;
}
static FE_DEFINE_FUN_3(object_setattr_obj, Q___setattr__, object_setattr);

static fe_obj_t object_delattr(fe_obj_t self, fe_obj_t name) {
    qstr q = attr_name(name);
    if (is_instance_of_user_class(self)) {
        fe_instance_generic_store(self, q, FE_NULL);
    } else {
        fe_delete_attr(self, q);
    }
    return fe_none;
}
static FE_DEFINE_FUN_2(object_delattr_obj, Q___delattr__, object_delattr);

#if FE_TYPE_GETATTRIBUTE
static fe_obj_t object_getattribute(fe_obj_t self, fe_obj_t name) {
    qstr q = attr_name(name);
    if (!is_instance_of_user_class(self)) {
        return fe_load_attr(self, q);
    }
    fe_obj_t dest[2] = {FE_NULL, FE_NULL};
    if (q == Q___class__) {
        return (fe_obj_t)fe_typeof(self);
    }
    fe_instance_generic_load(self, q, dest);
    if (dest[0] == FE_NULL) {
        fe_raise_attribute_error(self, q);
    }
    if (dest[1] != FE_NULL) {
        return fe_bound_method_new(dest[0], dest[1]);
    }
    return dest[0];
}
static FE_DEFINE_FUN_2(object_getattribute_obj, Q___getattribute__, object_getattribute);
#endif

#if FE_TYPE_CLASS_HOOKS
static fe_obj_t object_init_subclass(fe_obj_t cls) {
    return fe_none;
}
static FE_DEFINE_FUN_1(object_init_subclass_fun, Q___init_subclass__, object_init_subclass);
static FE_DEFINE_CONST_CLASSMETHOD(object_init_subclass_obj, &object_init_subclass_fun);
#endif

static const fe_map_elem_t object_locals_table[] = {
    {FE_ROM_QSTR(Q___init__), FE_ROM_PTR(&fe_object_init_obj)},
    {FE_ROM_QSTR(Q___new__), FE_ROM_PTR(&object_new_obj)},
    {FE_ROM_QSTR(Q___eq__), FE_ROM_PTR(&object_eq_obj)},
    {FE_ROM_QSTR(Q___ne__), FE_ROM_PTR(&object_ne_obj)},
    {FE_ROM_QSTR(Q___hash__), FE_ROM_PTR(&object_hash_obj)},
    {FE_ROM_QSTR(Q___repr__), FE_ROM_PTR(&object_repr_obj)},
    {FE_ROM_QSTR(Q___str__), FE_ROM_PTR(&object_str_obj)},
    {FE_ROM_QSTR(Q___format__), FE_ROM_PTR(&object_format_obj)},
    {FE_ROM_QSTR(Q___setattr__), FE_ROM_PTR(&object_setattr_obj)},
    {FE_ROM_QSTR(Q___delattr__), FE_ROM_PTR(&object_delattr_obj)},
#if FE_TYPE_GETATTRIBUTE
    {FE_ROM_QSTR(Q___getattribute__), FE_ROM_PTR(&object_getattribute_obj)},
#endif
#if FE_TYPE_CLASS_HOOKS
    {FE_ROM_QSTR(Q___init_subclass__), FE_ROM_PTR(&object_init_subclass_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(object_locals, object_locals_table);

const fe_type_t fe_type_object = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_object,
    .print = object_print,
    .make_new = object_make_new,
    .locals_dict = (fe_dict_t *)&object_locals,
};
