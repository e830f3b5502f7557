// py/runtime_attr.c: attribute access (load, load-as-method, store, delete).
//
// Order of a load on obj of type T:
//   __class__ is answered for every object;
//   T's attr slot (user classes: fe_instance_attr, which implements the whole instance
//   protocol; classes: the class MRO; modules: their globals; builtins: data attributes);
//   then T's namespace along its MRO (methods of builtin types, metaclass methods), bound to
//   obj. Methods are returned as dest[0] = function, dest[1] = self so that calls need no
//   bound-method object.
#include "py/obj.h"
#include "py/objtype.h"

// __next__ and __iter__ of native iterators: their types have only the iternext/getiter
// slots, so these generic methods stand in for the named methods CPython has.
static fe_obj_t native_next(fe_obj_t self) {
    fe_obj_t item = fe_iternext(self);
    if (item == FE_NULL) {
        fe_raise(fe_exc_new(&fe_type_StopIteration, 0, NULL));
    }
    return item;
}
static FE_DEFINE_FUN_1(native_next_obj, Q___next__, native_next);

static fe_obj_t native_iter(fe_obj_t self) {
    return fe_getiter(self, NULL);
}
static FE_DEFINE_FUN_1(native_iter_obj, Q___iter__, native_iter);

void fe_load_method_maybe(fe_obj_t base, qstr attr, fe_obj_t *dest) {
    dest[0] = FE_NULL;
    dest[1] = FE_NULL;
    const fe_type_t *t = fe_typeof(base);
    if (t->attr == fe_instance_attr) {
        if (FE_UNLIKELY(attr == Q___class__)) {
            dest[0] = (fe_obj_t)t;
            return;
        }
        if (FE_LIKELY(!(t->flags & FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS))) {
            fe_instance_generic_load(base, attr, dest);
        } else {
            fe_instance_attr(base, attr, dest);
        }
        return;
    }
    if (attr == Q___class__) {
        dest[0] = (fe_obj_t)t;
        return;
    }
    if (t->attr != NULL) {
        t->attr(base, attr, dest);
        if (dest[0] != FE_NULL) {
            return;
        }
    }
    fe_lookup_t r = fe_type_lookup(t, attr);
    if (r.value != FE_NULL) {
        fe_bind_class_attr(r.value, r.owner, base, t, dest);
    } else if ((attr == Q___next__ && t->iternext != NULL) || (attr == Q___iter__ && (t->getiter != NULL || (t->flags & FE_TYPE_FLAG_ITER_IS_SELF)))) {
        dest[0] = attr == Q___next__ ? (fe_obj_t)&native_next_obj : (fe_obj_t)&native_iter_obj;
        dest[1] = base;
    }
}

FE_NORETURN void fe_raise_attribute_error(fe_obj_t base, qstr attr) {
    if (fe_is_type(base)) {
        fe_raise_fmt(&fe_type_AttributeError, "type object '%q' has no attribute '%q'",
                     (qstr)((const fe_type_t *)base)->name, attr);
    }
    if (fe_obj_is_type_ptr(base, &fe_type_module)) {
        fe_module_t *m = base;
        fe_obj_t name = fe_dict_get_maybe(m->globals, FE_NEW_QSTR(Q___name__));
        fe_raise_fmt(&fe_type_AttributeError, "module '%S' has no attribute '%q'",
                     name != FE_NULL ? name : FE_NEW_QSTR(Q_question), attr);
    }
    fe_raise_fmt(&fe_type_AttributeError, "'%q' object has no attribute '%q'", fe_type_name(base), attr);
}

void fe_load_method(fe_obj_t base, qstr attr, fe_obj_t *dest) {
    fe_load_method_maybe(base, attr, dest);
    if (dest[0] == FE_NULL) {
        fe_raise_attribute_error(base, attr);
    }
}

fe_obj_t fe_load_attr(fe_obj_t base, qstr attr) {
    fe_obj_t dest[2];
    fe_load_method_maybe(base, attr, dest);
    if (dest[0] == FE_NULL) {
        fe_raise_attribute_error(base, attr);
    }
    if (dest[1] != FE_NULL) {
        return fe_bound_method_new(dest[0], dest[1]);
    }
    return dest[0];
}

// Like fe_load_attr but FE_NULL when absent. Python code run by the lookup of a user class
// (__getattr__, properties) may signal absence by raising AttributeError: that counts as
// absent too, as for getattr(obj, name, default).
fe_obj_t fe_load_attr_maybe(fe_obj_t base, qstr attr) {
    fe_obj_t dest[2];
    if (fe_typeof(base)->flags & FE_TYPE_FLAG_USER) {
        fe_handler_t h;
        if (FE_TRY(h)) {
            fe_load_method_maybe(base, attr, dest);
            fe_handler_pop(&h);
        } else {
            if (fe_exc_matches(h.exc, &fe_type_AttributeError)) {
                return FE_NULL;
            }
            fe_raise(h.exc);
        }
    } else {
        fe_load_method_maybe(base, attr, dest);
    }
    if (dest[0] == FE_NULL) {
        return FE_NULL;
    }
    if (dest[1] != FE_NULL) {
        return fe_bound_method_new(dest[0], dest[1]);
    }
    return dest[0];
}

static void store_or_delete(fe_obj_t base, qstr attr, fe_obj_t value) {
    const fe_type_t *t = fe_typeof(base);
    if (t->attr != NULL) {
        fe_obj_t dest[2] = {FE_ATTR_STORE_MARK, value};
        t->attr(base, attr, dest);
        if (dest[0] == FE_NULL) {
            return;
        }
    }
    if (value == FE_NULL || fe_is_type(base)) {
        fe_raise_attribute_error(base, attr);
    }
    if (fe_type_lookup(t, attr).value != FE_NULL) {
        fe_raise_fmt(&fe_type_AttributeError, "'%q' object attribute '%q' is read-only", (qstr)t->name, attr);
    }
    fe_raise_attribute_error(base, attr);
}

void fe_store_attr(fe_obj_t base, qstr attr, fe_obj_t value) {
    store_or_delete(base, attr, value);
}

void fe_delete_attr(fe_obj_t base, qstr attr) {
    store_or_delete(base, attr, FE_NULL);
}
