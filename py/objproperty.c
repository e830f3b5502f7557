// py/objproperty.c: the builtin descriptors property, staticmethod and classmethod.
// Their binding behaviour lives in fe_bind_class_attr (objtype.c) and the instance
// attribute code (objinstance.c); this file holds the types, constructors and accessors.
#include "py/obj.h"
#include "py/objtype.h"

// ---- property --------------------------------------------------------------------------

static fe_obj_t none_to_null(fe_obj_t o) {
    return o == fe_none ? FE_NULL : o;
}

static fe_obj_t null_to_none(fe_obj_t o) {
    return o == FE_NULL ? fe_none : o;
}

// Properties made here carry the attribute name they were assigned to in a class body
// (set by class creation, as CPython's property.__set_name__), for error messages.
typedef struct {
    fe_property_t p;
    qstr name;
} named_property_t;

void fe_property_set_name(fe_obj_t prop, qstr name) {
    named_property_t *np = prop;
    if (np->name == Q_NULL) {
        np->name = name;
    }
}

static fe_obj_t property_new(fe_obj_t getter, fe_obj_t setter, fe_obj_t deleter) {
    fe_property_t *p = (fe_property_t *)fe_new(named_property_t);
    p->base.type = &fe_type_property;
    p->getter = none_to_null(getter);
    p->setter = none_to_null(setter);
    p->deleter = none_to_null(deleter);
    return p;
}

static fe_obj_t property_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_fget, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_fset, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_fdel, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_doc, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
    };
    fe_obj_t out[4];
    fe_parse_args_pairs(n_args, n_kw, args, 4, spec, out);
    return property_new(out[0], out[1], out[2]);
}

// error messages name the attribute when known: "property 'x' of 'A' object has no setter"
static void print_property_name(const fe_print_t *print, fe_property_t *p) {
    if (((named_property_t *)p)->name != Q_NULL) {
        fe_printf(print, " '%q'", ((named_property_t *)p)->name);
    }
}

static FE_NORETURN void raise_no_accessor(fe_property_t *p, fe_obj_t obj, const char *what) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 48);
    fe_vstr_print_init(&v, &pr);
    fe_print_str(&pr, "property");
    print_property_name(&pr, p);
    fe_printf(&pr, " of '%q' object has no %s", fe_type_name(obj), what);
    fe_raise(fe_exc_new(&fe_type_AttributeError, 1, (fe_obj_t[]){fe_str_from_vstr(&v)}));
}

fe_obj_t fe_property_get(fe_obj_t prop, fe_obj_t obj) {
    fe_property_t *p = prop;
    if (p->getter == FE_NULL) {
        raise_no_accessor(p, obj, "getter");
    }
    return fe_call1(p->getter, obj);
}

void fe_property_set(fe_obj_t prop, fe_obj_t obj, fe_obj_t value) {
    fe_property_t *p = prop;
    if (value == FE_NULL) {
        if (p->deleter == FE_NULL) {
            raise_no_accessor(p, obj, "deleter");
        }
        fe_call1(p->deleter, obj);
    } else {
        if (p->setter == FE_NULL) {
            raise_no_accessor(p, obj, "setter");
        }
        fe_call2(p->setter, obj, value);
    }
}

static fe_obj_t property_getter(fe_obj_t self, fe_obj_t f) {
    fe_property_t *p = self;
    return property_new(f, p->setter, p->deleter);
}
static fe_obj_t property_setter(fe_obj_t self, fe_obj_t f) {
    fe_property_t *p = self;
    return property_new(p->getter, f, p->deleter);
}
static fe_obj_t property_deleter(fe_obj_t self, fe_obj_t f) {
    fe_property_t *p = self;
    return property_new(p->getter, p->setter, f);
}
// property.__get__(obj, type=None) for code that drives descriptors by hand.
static fe_obj_t property_dunder_get(size_t n_args, const fe_obj_t *args) {
    if (args[1] == fe_none) {
        return args[0];
    }
    return fe_property_get(args[0], args[1]);
}
static fe_obj_t property_dunder_set(fe_obj_t self, fe_obj_t obj, fe_obj_t value) {
    fe_property_set(self, obj, value);
    return fe_none;
}
static fe_obj_t property_dunder_delete(fe_obj_t self, fe_obj_t obj) {
    fe_property_set(self, obj, FE_NULL);
    return fe_none;
}
static FE_DEFINE_FUN_2(property_getter_obj, Q_getter, property_getter);
static FE_DEFINE_FUN_2(property_setter_obj, Q_setter, property_setter);
static FE_DEFINE_FUN_2(property_deleter_obj, Q_deleter, property_deleter);
static FE_DEFINE_FUN_VAR(property_dunder_get_obj, Q___get__, 2, 3, property_dunder_get);
static FE_DEFINE_FUN_3(property_dunder_set_obj, Q___set__, property_dunder_set);
static FE_DEFINE_FUN_2(property_dunder_delete_obj, Q___delete__, property_dunder_delete);

static const fe_map_elem_t property_locals_table[] = {
    {FE_ROM_QSTR(Q_getter), FE_ROM_PTR(&property_getter_obj)},
    {FE_ROM_QSTR(Q_setter), FE_ROM_PTR(&property_setter_obj)},
    {FE_ROM_QSTR(Q_deleter), FE_ROM_PTR(&property_deleter_obj)},
    {FE_ROM_QSTR(Q___get__), FE_ROM_PTR(&property_dunder_get_obj)},
    {FE_ROM_QSTR(Q___set__), FE_ROM_PTR(&property_dunder_set_obj)},
    {FE_ROM_QSTR(Q___delete__), FE_ROM_PTR(&property_dunder_delete_obj)},
};
static FE_DEFINE_CONST_DICT(property_locals, property_locals_table);

static void property_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_property_t *p = self;
    if (dest[0] != FE_NULL) {
        return;
    }
    if (attr == Q_fget) {
        dest[0] = null_to_none(p->getter);
    } else if (attr == Q_fset) {
        dest[0] = null_to_none(p->setter);
    } else if (attr == Q_fdel) {
        dest[0] = null_to_none(p->deleter);
    } else if (attr == Q___doc__) {
        dest[0] = p->getter != FE_NULL ? fe_load_attr_maybe(p->getter, Q___doc__) : fe_none;
        if (dest[0] == FE_NULL) {
            dest[0] = fe_none;
        }
    } else if (attr == Q___isabstractmethod__) {
        dest[0] = fe_false;
    }
}

const fe_type_t fe_type_property = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = (fe_dict_t *)&property_locals,
};

// ---- staticmethod and classmethod --------------------------------------------------------

static fe_obj_t wrapper_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw != 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q() takes no keyword arguments", (qstr)type->name);
    }
    if (n_args != 1) {
        fe_raise_fmt(&fe_type_TypeError, "%q expected 1 argument, got %d", (qstr)type->name, (int)n_args);
    }
    fe_method_wrapper_t *w = fe_new(fe_method_wrapper_t);
    w->base.type = type;
    w->fun = args[0];
    return w;
}

static void wrapper_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_method_wrapper_t *w = self;
    if (dest[0] != FE_NULL) {
        return;
    }
    if (attr == Q___func__ || attr == Q___wrapped__) {
        dest[0] = w->fun;
    } else if (attr == Q___isabstractmethod__) {
        dest[0] = fe_false;
    } else if (attr == Q___name__ || attr == Q___qualname__ || attr == Q___doc__ || attr == Q___module__) {
        dest[0] = fe_load_attr_maybe(w->fun, attr);
    }
}

static void wrapper_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_method_wrapper_t *w = self;
    fe_printf(print, "<%q(", fe_type_name(self));
    fe_print_obj(print, w->fun, FE_PRINT_REPR);
    fe_print_str(print, ")>");
}

// Since Python 3.10 a staticmethod object is callable itself.
static fe_obj_t staticmethod_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_method_wrapper_t *w = self;
    return fe_call(w->fun, n_args, n_kw, args);
}

const fe_type_t fe_type_staticmethod = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_staticmethod,
    .print = wrapper_print,
    .make_new = wrapper_make_new,
    .call = staticmethod_call,
    .attr = wrapper_attr,
};

const fe_type_t fe_type_classmethod = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_classmethod,
    .print = wrapper_print,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
};
