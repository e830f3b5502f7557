// py/objsuper.c: super(). Attribute lookup on a super object searches the MRO of the
// object's class starting just after the given class, and binds what it finds to the object
// (or, when the object is a class, as a class attribute: classmethods and __new__).
#include "py/obj.h"
#include "py/objtype.h"

typedef struct {
    fe_objbase_t base;
    const fe_type_t *type;  // the class after which the search starts
    fe_obj_t obj;           // instance or class; FE_NULL for an unbound super
} super_t;

static fe_obj_t super_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw != 0) {
        fe_raise_msg(&fe_type_TypeError, "super() takes no keyword arguments");
    }
    if (n_args > 2) {
        fe_raise_fmt(&fe_type_TypeError, "super() takes at most 2 arguments (%d given)", (int)n_args);
    }
    fe_obj_t cls, obj = FE_NULL;
    if (n_args == 0) {
        fe_vm_get_super_args(&cls, &obj);
    } else {
        cls = args[0];
        if (n_args == 2) {
            obj = args[1];
        }
    }
    if (!fe_is_type(cls)) {
        fe_raise_fmt(&fe_type_TypeError, "super() argument 1 must be a type, not %q", fe_type_name(cls));
    }
    if (obj != FE_NULL && !fe_isinstance(obj, cls) && !(fe_is_type(obj) && fe_issubclass(obj, cls))) {
        fe_raise_msg(&fe_type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    super_t *s = fe_new(super_t);
    s->base.type = &fe_type_super;
    s->type = cls;
    s->obj = obj;
    return s;
}

static void super_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    super_t *s = self;
    if (dest[0] != FE_NULL) {
        return;  // super objects are read-only
    }
    if (attr == Q___thisclass__) {
        dest[0] = (fe_obj_t)s->type;
        return;
    }
    if (attr == Q___self__) {
        dest[0] = s->obj != FE_NULL ? s->obj : fe_none;
        return;
    }
    if (s->obj == FE_NULL) {
        return;
    }
    bool obj_is_class = fe_is_type(s->obj) && fe_issubclass(s->obj, s->type);
    const fe_type_t *start = obj_is_class ? (const fe_type_t *)s->obj : fe_typeof(s->obj);
    fe_lookup_t r = fe_type_lookup_after(start, s->type, attr);
    if (r.value == FE_NULL) {
        return;
    }
    if (obj_is_class) {
        fe_bind_class_attr(r.value, r.owner, FE_NULL, start, dest);
    } else {
        fe_bind_class_attr(r.value, r.owner, s->obj, start, dest);
    }
}

static void super_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    super_t *s = self;
    fe_print_str(print, "<super: <class '");
    fe_type_print_name(print, s->type);
    fe_print_str(print, "'>, ");
    if (s->obj == FE_NULL) {
        fe_print_str(print, "NULL>");
        return;
    }
    fe_print_str(print, "<");
    fe_type_print_name(print, fe_typeof(s->obj));
    fe_print_str(print, " object>>");
}

const fe_type_t fe_type_super = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};
