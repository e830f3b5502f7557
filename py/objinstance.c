// py/objinstance.c: instances of user classes and the type slots every user class gets.
//
// An instance is an fe_instance_t: its attributes live in the `members` map; if its class
// derives from a builtin type (list, int, Exception ...), subobj[0] is a native object of
// that type carrying the builtin state. Each slot looks for the special method in the
// user classes of the MRO (__add__, __len__ ...) and otherwise hands the operation to the
// native subobject, or gives the default behaviour.
//
// obj.__dict__: once taken, the members move into a real dict object and `members` keeps a
// single entry __dict__ -> that dict (a name no ordinary attribute store can create), so
// writes through obj.__dict__[k] and attribute access see the same mapping.
#include <string.h>
#include "py/obj.h"
#include "py/objtype.h"

// ---- allocation and members -------------------------------------------------------------

fe_obj_t fe_instance_alloc(const fe_type_t *type) {
    size_t n_sub = fe_type_native_base(type) != NULL ? 1 : 0;
    fe_instance_t *o = fe_alloc(sizeof(fe_instance_t) + n_sub * sizeof(fe_obj_t));
    o->base.type = type;
    fe_map_init(&o->members, 0);
    return o;
}

// Finds a member by interned name. With FE_MAP_ALL_QSTR_KEYS (obj.h) a qstr key matches
// only its own word, so a short table is scanned inline without the hashing path.
static inline fe_map_elem_t *members_find(fe_map_t *m, qstr attr) {
    fe_obj_t key = FE_NEW_QSTR(attr);
    if ((m->flags & FE_MAP_ALL_QSTR_KEYS) && m->used <= 8) {
        fe_map_elem_t *table = m->table;
        for (size_t i = 0, n = m->used; i < n; i++) {
            if (table[i].key == key) {
                return &table[i];
            }
        }
        return NULL;
    }
    return fe_map_lookup(m, key, FE_MAP_LOOKUP);
}

static inline bool members_redirected(fe_instance_t *o) {
    return o->members.used == 1 && o->members.table[0].key == FE_NEW_QSTR(Q___dict__);
}

fe_map_t *fe_instance_members(fe_instance_t *o) {
    if (FE_UNLIKELY(members_redirected(o))) {
        return fe_dict_get_map(o->members.table[0].value);
    }
    return &o->members;
}

static void members_set_dict(fe_instance_t *o, fe_obj_t dict) {
    fe_map_clear(&o->members);
    fe_map_init(&o->members, 1);
    fe_map_lookup(&o->members, FE_NEW_QSTR(Q___dict__), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = dict;
}

fe_obj_t fe_instance_dict(fe_obj_t self) {
    fe_instance_t *o = self;
    if (members_redirected(o)) {
        return o->members.table[0].value;
    }
    fe_obj_t d = fe_dict_new(o->members.count);
    size_t it = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(&o->members, &it)) != NULL) {
        fe_dict_store(d, e->key, e->value);
    }
    members_set_dict(o, d);
    return d;
}

// ---- helpers -------------------------------------------------------------------------------

// Mutable builtins build their state in __init__ (list.__new__ ignores its arguments);
// the others take their value in __new__.
static bool native_is_mutable(const fe_type_t *nb) {
    return nb == &fe_type_list || nb == &fe_type_dict || nb == &fe_type_set || nb == &fe_type_bytearray
           || fe_issubclass(nb, &fe_type_list) || fe_issubclass(nb, &fe_type_dict);
}

static inline fe_obj_t subobj(fe_obj_t self) {
    return ((fe_instance_t *)self)->subobj[0];
}

// Calls a special method found on a (user) class with `self` bound as a method would be;
// args holds n_args positionals, then n_kw (key, value) pairs.
static fe_obj_t call_special(fe_obj_t fun, fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (fe_obj_is_type_ptr(fun, &fe_type_function)) {
        return fe_call_with_self(fun, self, n_args, n_kw, args);
    }
    fe_obj_t dest[2] = {FE_NULL, FE_NULL};
    fe_bind_class_attr(fun, fe_typeof(self), self, fe_typeof(self), dest);
    if (dest[1] != FE_NULL) {
        return fe_call_with_self(dest[0], dest[1], n_args, n_kw, args);
    }
    return fe_call(dest[0], n_args, n_kw, args);
}

static fe_obj_t call_special0(fe_obj_t fun, fe_obj_t self) {
    return call_special(fun, self, 0, 0, NULL);
}

static fe_obj_t call_special1(fe_obj_t fun, fe_obj_t self, fe_obj_t arg) {
    return call_special(fun, self, 1, 0, &arg);
}

// ---- creation -----------------------------------------------------------------------------

fe_obj_t fe_instance_new_raw(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_type_t *native = fe_type_native_base(type);
    if (native != NULL && FE_NATIVE_IS_TYPE(native)) {
        // instantiating a metaclass makes a class
        if (n_args != 3 || !fe_is_str(args[0])) {
            fe_raise_msg(&fe_type_TypeError, "type.__new__() takes exactly 3 arguments");
        }
        return fe_type_new_class(type, fe_str_to_qstr(args[0]), args[1], args[2], n_kw, args + 3);
    }
    fe_instance_t *o = fe_instance_alloc(type);
    if (native != NULL) {
        if (native_is_mutable(native)) {
            o->subobj[0] = native->make_new(native, 0, 0, NULL);
        } else if (native->flags & FE_TYPE_FLAG_EXCEPTION) {
            o->subobj[0] = native->make_new(native, n_args, 0, args);  // BaseException.__new__ ignores keywords
        } else {
            if (native->make_new == NULL) {
                fe_raise_fmt(&fe_type_TypeError, "cannot create '%q' instances", (qstr)native->name);
            }
            o->subobj[0] = native->make_new(native, n_args, n_kw, args);
        }
    }
    return o;
}

fe_obj_t fe_instance_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_lookup_t new_fn = fe_type_lookup(type, Q___new__);
    fe_lookup_t init_fn = fe_type_lookup(type, Q___init__);
    bool user_new = new_fn.value != FE_NULL && (new_fn.owner->flags & FE_TYPE_FLAG_USER);
    bool user_init = init_fn.value != FE_NULL && (init_fn.owner->flags & FE_TYPE_FLAG_USER);
    const fe_type_t *native = fe_type_native_base(type);
    fe_obj_t obj;
    if (!user_new) {
        if (native == NULL && !user_init && (n_args != 0 || n_kw != 0)) {
            fe_raise_fmt(&fe_type_TypeError, "%q() takes no arguments", (qstr)type->name);
        }
        if (native != NULL && !user_init && n_kw != 0 && (native->flags & FE_TYPE_FLAG_EXCEPTION)) {
            fe_raise_fmt(&fe_type_TypeError, "%q() takes no keyword arguments", (qstr)type->name);
        }
        if (native != NULL && !user_init && native_is_mutable(native)) {
            // one construction with the arguments does what __new__ + __init__ would
            fe_instance_t *o = fe_instance_alloc(type);
            o->subobj[0] = native->make_new(native, n_args, n_kw, args);
            return o;
        }
        obj = fe_instance_new_raw(type, n_args, n_kw, args);
    } else {
        fe_obj_t f = new_fn.value;
        if (fe_obj_is_type_ptr(f, &fe_type_staticmethod)) {
            f = ((fe_method_wrapper_t *)f)->fun;
        }
        obj = fe_call_with_self(f, (fe_obj_t)type, n_args, n_kw, args);
        if (!fe_isinstance(obj, type)) {
            return obj;
        }
        if (fe_typeof(obj) != type) {
            // __new__ gave an instance of a subclass: its __init__ runs (as CPython)
            init_fn = fe_type_lookup(fe_typeof(obj), Q___init__);
            user_init = init_fn.value != FE_NULL && (init_fn.owner->flags & FE_TYPE_FLAG_USER);
        }
    }
    if (user_init) {
        // (init_fn.owner is a user class, so binding as for obj's own class is the same)
        fe_obj_t r = call_special(init_fn.value, obj, n_args, n_kw, args);
        if (r != fe_none) {
            fe_raise_fmt(&fe_type_TypeError, "__init__() should return None, not '%q'", fe_type_name(r));
        }
    } else if (native != NULL && !FE_NATIVE_IS_TYPE(native)
               && (native_is_mutable(native) || (user_new && (native->flags & FE_TYPE_FLAG_EXCEPTION)))
               && fe_typeof(obj) == type) {
        ((fe_instance_t *)obj)->subobj[0] = native->make_new(native, n_args, n_kw, args);
    }
    return obj;
}

// __init__ of a builtin base (list.__init__(self, iterable) via super()): rebuilds the
// native state from the arguments for mutable builtins and exceptions.
static fe_obj_t native_base_init(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    fe_obj_t self = args[0];
    const fe_type_t *t = fe_typeof(self);
    if (!(t->flags & FE_TYPE_FLAG_USER)) {
        return fe_none;
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native == NULL || FE_NATIVE_IS_TYPE(native)) {
        return fe_none;
    }
    if (native_is_mutable(native) || (native->flags & FE_TYPE_FLAG_EXCEPTION)) {
        size_t n_kw;
        const fe_obj_t *all = fe_kw_map_to_pairs(n_args - 1, args + 1, kw, &n_kw);
        ((fe_instance_t *)self)->subobj[0] = native->make_new(native, n_args - 1, n_kw, all);
    }
    return fe_none;
}
const fe_builtin_fun_t fe_native_base_init_obj = {{&fe_type_builtin_function}, Q___init__, FE_FUN_KW, 1, FE_ARGS_VAR, {.kw = native_base_init}};

// __new__ of a builtin base (int.__new__(cls, 5) in a user __new__).
static fe_obj_t native_base_new(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (!fe_is_type(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "__new__(X): X is not a type object (%T)", args[0]);
    }
    const fe_type_t *cls = args[0];
    size_t n_kw;
    const fe_obj_t *all = fe_kw_map_to_pairs(n_args - 1, args + 1, kw, &n_kw);
    if (cls->flags & FE_TYPE_FLAG_USER) {
        return fe_instance_new_raw(cls, n_args - 1, n_kw, all);
    }
    if (cls->make_new == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "cannot create '%q' instances", (qstr)cls->name);
    }
    return cls->make_new(cls, n_args - 1, n_kw, all);
}
static const fe_builtin_fun_t native_base_new_fun = {{&fe_type_builtin_function}, Q___new__, FE_FUN_KW, 1, FE_ARGS_VAR, {.kw = native_base_new}};
const fe_method_wrapper_t fe_native_base_new_obj = {{&fe_type_staticmethod}, (fe_obj_t)&native_base_new_fun};

// ---- attributes -----------------------------------------------------------------------------

static bool is_data_descriptor(fe_obj_t v) {
    if (!FE_IS_OBJ(v) || v == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((fe_objbase_t *)v)->type;
    if (t == &fe_type_property) {
        return true;
    }
    if (!(t->flags & FE_TYPE_FLAG_USER)) {
        return false;
    }
    return fe_type_lookup(t, Q___set__).value != FE_NULL || fe_type_lookup(t, Q___delete__).value != FE_NULL;
}

void fe_instance_generic_load(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_instance_t *o = self;
    const fe_type_t *t = o->base.type;
    fe_lookup_t r;
    if (fe_type_plain_attrs(t)) {
        // no data descriptors in the class: the members come first, without a class lookup
        fe_map_elem_t *e = members_find(&o->members, attr);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
        r = fe_type_lookup(t, attr);
        if (FE_UNLIKELY(members_redirected(o))) {
            e = members_find(fe_instance_members(o), attr);
            if (e != NULL) {
                dest[0] = e->value;
                return;
            }
        }
    } else {
        r = fe_type_lookup(t, attr);
        if (r.value != FE_NULL && is_data_descriptor(r.value)) {
            fe_bind_class_attr(r.value, r.owner, self, t, dest);
            return;
        }
        fe_map_elem_t *e = members_find(&o->members, attr);
        if (e == NULL && FE_UNLIKELY(members_redirected(o))) {
            e = members_find(fe_instance_members(o), attr);
        }
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
    }
    if (r.value != FE_NULL) {
        fe_bind_class_attr(r.value, r.owner, self, t, dest);
        return;
    }
    if (attr == Q___dict__) {
        dest[0] = fe_instance_dict(self);
        return;
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->attr != NULL && !FE_NATIVE_IS_TYPE(native)) {
        native->attr(o->subobj[0], attr, dest);
    }
}

#if FE_TYPE_SLOTS
// __slots__: when every user class in the MRO declares __slots__ (and none lists
// __dict__), only the listed names can be stored. Such classes are flagged
// FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS, so this runs only on their slow path.
static bool slots_list_has(fe_obj_t slots, qstr attr) {
    if (fe_is_str(slots)) {
        return fe_str_to_qstr(slots) == attr;
    }
    fe_obj_t it = fe_getiter(slots, NULL), x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (fe_is_str(x) && (fe_str_to_qstr(x) == attr || fe_str_to_qstr(x) == Q___dict__)) {
            return true;
        }
    }
    return false;
}

static bool slots_allow(const fe_type_t *t, qstr attr) {
    if (!(t->flags & FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS)) {
        return true;
    }
    fe_tuple_t *mro = ((const fe_type_user_t *)t)->mro;
    bool any_slots = false;
    for (size_t i = 0; i < mro->len; i++) {
        const fe_type_t *c = mro->items[i];
        if (!(c->flags & FE_TYPE_FLAG_USER)) {
            if (c != &fe_type_object) {
                return true;  // builtin bases other than object keep a namespace
            }
            continue;
        }
        fe_obj_t slots = fe_dict_get_maybe(c->locals_dict, FE_NEW_QSTR(Q___slots__));
        if (slots == FE_NULL) {
            return true;
        }
        any_slots = true;
        if (slots_list_has(slots, attr)) {
            return true;
        }
    }
    return !any_slots;
}
#endif

void fe_instance_generic_store(fe_obj_t self, qstr attr, fe_obj_t value) {
    fe_instance_t *o = self;
    const fe_type_t *t = o->base.type;
    if (fe_type_plain_attrs(t) && value != FE_NULL && attr != Q___dict__ && attr != Q___class__
        && !members_redirected(o)) {
        fe_map_elem_t *e = members_find(&o->members, attr);
        if (e == NULL) {
            e = fe_map_lookup(&o->members, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_ADD_IF_MISSING);
        }
        e->value = value;
        return;
    }
    fe_lookup_t r = fe_type_lookup(t, attr);
    if (r.value != FE_NULL && FE_IS_OBJ(r.value)) {
        const fe_type_t *vt = ((fe_objbase_t *)r.value)->type;
        if (vt == &fe_type_property) {
            fe_property_set(r.value, fe_self_for_owner(self, r.owner), value);
            return;
        }
        if (vt->flags & FE_TYPE_FLAG_USER) {
            fe_lookup_t s = fe_type_lookup(vt, value != FE_NULL ? Q___set__ : Q___delete__);
            if (s.value != FE_NULL) {
                fe_obj_t args[2] = {self, value};
                fe_call_with_self(s.value, fe_self_for_owner(r.value, s.owner), value != FE_NULL ? 2 : 1, 0, args);
                return;
            }
            if (is_data_descriptor(r.value)) {
                fe_raise_msg(&fe_type_AttributeError, value != FE_NULL ? "__set__" : "__delete__");
            }
        }
    }
    if (attr == Q___dict__ && value != FE_NULL) {
        if (!fe_obj_is_type_ptr(value, &fe_type_dict)) {
            fe_raise_fmt(&fe_type_TypeError, "__dict__ must be set to a dictionary, not a '%q'", fe_type_name(value));
        }
        members_set_dict(o, value);
        return;
    }
    if (attr == Q___class__ && value != FE_NULL) {
#if FE_TYPE_CLASS_ASSIGN
        if (!fe_is_type(value) || !(((fe_type_t *)value)->flags & FE_TYPE_FLAG_USER)
            || fe_type_native_base(value) != fe_type_native_base(t)) {
            fe_raise_msg(&fe_type_TypeError, "__class__ assignment only supported for compatible classes");
        }
        o->base.type = value;
        return;
#else
        fe_raise_msg(&fe_type_TypeError, "__class__ assignment is not supported");
#endif
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->attr != NULL && !FE_NATIVE_IS_TYPE(native)) {
        // data attributes of the builtin base (BaseException.args ...) come first
        fe_obj_t dest[2] = {FE_ATTR_STORE_MARK, value};
        native->attr(o->subobj[0], attr, dest);
        if (dest[0] == FE_NULL) {
            return;
        }
    }
#if FE_TYPE_SLOTS
    if (value != FE_NULL && !slots_allow(t, attr)) {
        fe_raise_fmt(&fe_type_AttributeError, "'%q' object has no attribute '%q'", (qstr)t->name, attr);
    }
#endif
    fe_map_t *members = fe_instance_members(o);
    if (value == FE_NULL) {
        if (fe_map_lookup(members, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_REMOVE) == NULL) {
            fe_raise_attribute_error(self, attr);
        }
        return;
    }
    fe_map_lookup(members, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = value;
}

void fe_instance_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    const fe_type_t *t = fe_typeof(self);
    if (dest[0] == FE_NULL) {
        if (FE_LIKELY(!(t->flags & FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS))) {
            fe_instance_generic_load(self, attr, dest);
            return;
        }
        fe_obj_t gattr = fe_type_lookup_user(t, Q___getattr__);
#if FE_TYPE_GETATTRIBUTE
        fe_obj_t ga = fe_type_lookup_user(t, Q___getattribute__);
        if (ga != FE_NULL && gattr == FE_NULL) {
            dest[0] = call_special1(ga, self, FE_NEW_QSTR(attr));
            return;
        }
#else
        const fe_obj_t ga = FE_NULL;
#endif
        if (gattr == FE_NULL) {
            fe_instance_generic_load(self, attr, dest);
            return;
        }
        // an AttributeError from __getattribute__ or the normal lookup (a property getter
        // ...) also means __getattr__
        fe_handler_t h;
        if (FE_TRY(h)) {
            if (ga != FE_NULL) {
                dest[0] = call_special1(ga, self, FE_NEW_QSTR(attr));
            } else {
                fe_instance_generic_load(self, attr, dest);
            }
            fe_handler_pop(&h);
        } else if (!fe_exc_matches(h.exc, &fe_type_AttributeError)) {
            fe_raise(h.exc);
        }
        if (dest[0] == FE_NULL) {
            dest[0] = call_special1(gattr, self, FE_NEW_QSTR(attr));
            dest[1] = FE_NULL;
        }
        return;
    }
    fe_obj_t value = dest[1];
    if (t->flags & FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        fe_obj_t f = fe_type_lookup_user(t, value != FE_NULL ? Q___setattr__ : Q___delattr__);
        if (f != FE_NULL) {
            fe_obj_t args[2] = {FE_NEW_QSTR(attr), value};
            call_special(f, self, value != FE_NULL ? 2 : 1, 0, args);
            dest[0] = FE_NULL;
            return;
        }
    }
    fe_instance_generic_store(self, attr, value);
    dest[0] = FE_NULL;
}

// ---- printing ---------------------------------------------------------------------------------

static void print_str_result(const fe_print_t *print, fe_obj_t r, const char *which) {
    if (!fe_is_str(r)) {
        fe_raise_fmt(&fe_type_TypeError, "%s returned non-string (type %q)", which, fe_type_name(r));
    }
    size_t len;
    const char *s = fe_str_data(fe_native_self(r, &fe_type_str), &len);
    fe_print_strn(print, s, len);
}

void fe_instance_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const fe_type_t *t = fe_typeof(self);
    const fe_type_t *native = fe_type_native_base(t);
    if (kind == FE_PRINT_STR) {
        fe_obj_t f = fe_type_lookup_user(t, Q___str__);
        if (f != FE_NULL) {
            print_str_result(print, call_special0(f, self), "__str__");
            return;
        }
        if (native != NULL && (native->flags & FE_TYPE_FLAG_EXCEPTION) && native->print != NULL) {
            native->print(print, subobj(self), kind);
            return;
        }
    }
    fe_obj_t f = fe_type_lookup_user(t, Q___repr__);
    if (f != FE_NULL) {
        print_str_result(print, call_special0(f, self), "__repr__");
        return;
    }
    if (native != NULL && native->print != NULL) {
        if ((native->flags & FE_TYPE_FLAG_EXCEPTION) && kind == FE_PRINT_REPR) {
            // MyError('x'): given the instance itself, the exception printer names its class
            native->print(print, self, kind);
            return;
        }
        if (native == &fe_type_set || native == &fe_type_frozenset || native == &fe_type_bytearray) {
            // CPython names these subclasses: S({1, 2}), S(), BA(b'xy'): the native repr
            // with the class name for the builtin's, or around it for a set display
            size_t len, i = 0;
            const char *text = fe_str_data(fe_repr(subobj(self)), &len);
            bool wrap = text[0] == '{';
            while (!wrap && text[i] != '(') {
                i++;
            }
            fe_printf(print, wrap ? "%q(%.*s)" : "%q%.*s", (qstr)t->name, (int)(len - i), text + i);
            return;
        }
        native->print(print, fe_native_self(self, native), kind);
        return;
    }
    fe_object_default_repr(print, self);
}

// ---- calls --------------------------------------------------------------------------------------

fe_obj_t fe_instance_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_type_t *t = fe_typeof(self);
    fe_obj_t f = fe_type_lookup_user(t, Q___call__);
    if (f != FE_NULL) {
        return call_special(f, self, n_args, n_kw, args);
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->call != NULL) {
        return native->call(fe_native_self(self, native), n_args, n_kw, args);
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object is not callable", (qstr)t->name);
}

// ---- unary operators ------------------------------------------------------------------------------

static fe_int_t checked_len(fe_obj_t r) {
    if (!fe_is_int(r)) {
        fe_raise_fmt(&fe_type_TypeError, "'%q' object cannot be interpreted as an integer", fe_type_name(r));
    }
    if (fe_is_true(fe_binary_op(FE_BINARY_LESS, r, FE_NEW_SMALL_INT(0)))) {
        fe_raise_msg(&fe_type_ValueError, "__len__() should return >= 0");
    }
    if (!FE_IS_SMALL_INT(r) && !fe_obj_is_type_ptr(r, &fe_type_bool)) {
        fe_raise_msg(&fe_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return fe_get_int(r);
}

static const uint16_t unary_names[FE_UNARY_NUM_OPS] = {
    [FE_UNARY_POSITIVE] = Q___pos__,
    [FE_UNARY_NEGATIVE] = Q___neg__,
    [FE_UNARY_INVERT] = Q___invert__,
    [FE_UNARY_ABS] = Q___abs__,
};

fe_obj_t fe_instance_unary_op(fe_unary_op_t op, fe_obj_t self) {
    const fe_type_t *t = fe_typeof(self);
    const fe_type_t *native = fe_type_native_base(t);
    fe_obj_t f;
    switch (op) {
        case FE_UNARY_BOOL:
            f = fe_type_lookup_user(t, Q___bool__);
            if (f != FE_NULL) {
                fe_obj_t r = call_special0(f, self);
                if (!fe_obj_is_type_ptr(r, &fe_type_bool)) {
                    fe_raise_fmt(&fe_type_TypeError, "__bool__ should return bool, returned %q", fe_type_name(r));
                }
                return r;
            }
            // no __bool__: __len__ decides
            // fall through
        case FE_UNARY_LEN:
            f = fe_type_lookup_user(t, Q___len__);
            if (f != FE_NULL) {
                fe_int_t n = checked_len(call_special0(f, self));
                return op == FE_UNARY_LEN ? FE_NEW_SMALL_INT(n) : fe_bool(n != 0);
            }
            break;
        case FE_UNARY_HASH: {
            fe_lookup_t r = fe_type_lookup(t, Q___hash__);
            if (r.value == fe_none) {
                fe_raise_fmt(&fe_type_TypeError, "unhashable type: '%q'", (qstr)t->name);
            }
            if (r.value != FE_NULL && (r.owner->flags & FE_TYPE_FLAG_USER)) {
                fe_obj_t h = call_special0(r.value, self);
                if (!fe_is_int(h)) {
                    fe_raise_msg(&fe_type_TypeError, "__hash__ method should return an integer");
                }
                if (FE_IS_SMALL_INT(h)) {
                    return h;
                }
                return FE_NEW_SMALL_INT(fe_hash(h));
            }
            if (native == NULL || native->unary_op == NULL) {
                return FE_NEW_SMALL_INT(((fe_uint_t)self >> 4) & (FE_SMALL_INT_MAX >> 1));
            }
            break;
        }
        case FE_UNARY_INT:
        case FE_UNARY_FLOAT: {
            // __int__ / __float__, else __index__
            qstr which = op == FE_UNARY_INT ? Q___int__ : Q___float__;
            f = fe_type_lookup_user(t, which);
            if (f == FE_NULL) {
                which = Q___index__;
                f = fe_type_lookup_user(t, which);
            }
            if (f != FE_NULL) {
                fe_obj_t r = call_special0(f, self);
                if (which == Q___float__) {
                    if (fe_native_self(r, &fe_type_float) == FE_NULL) {
                        fe_raise_fmt(&fe_type_TypeError, "%q.__float__ returned non-float (type %q)", (qstr)t->name,
                            fe_type_name(r));
                    }
                    return r;
                }
                if (!fe_is_int(r)) {
                    fe_raise_fmt(&fe_type_TypeError, "%q returned non-int (type %q)", which, fe_type_name(r));
                }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
                if (op == FE_UNARY_FLOAT) {
                    return fe_float_new(fe_int_to_float(r));
                }
#endif
                return r;
            }
            break;
        }
        default:
            if (unary_names[op] != 0) {
                f = fe_type_lookup_user(t, unary_names[op]);
                if (f != FE_NULL) {
                    return call_special0(f, self);
                }
            }
            break;
    }
    if (native != NULL && native->unary_op != NULL) {
        return native->unary_op(op, fe_native_self(self, native));
    }
    return FE_NULL;
}

// ---- binary operators ----------------------------------------------------------------------------

static const uint16_t binary_names[FE_BINARY_NUM_OPS] = {
    [FE_BINARY_LESS] = Q___lt__,
    [FE_BINARY_MORE] = Q___gt__,
    [FE_BINARY_EQUAL] = Q___eq__,
    [FE_BINARY_LESS_EQUAL] = Q___le__,
    [FE_BINARY_MORE_EQUAL] = Q___ge__,
    [FE_BINARY_NOT_EQUAL] = Q___ne__,
    [FE_BINARY_IN] = Q___contains__,
    [FE_BINARY_INPLACE_OR] = Q___ior__,
    [FE_BINARY_INPLACE_XOR] = Q___ixor__,
    [FE_BINARY_INPLACE_AND] = Q___iand__,
    [FE_BINARY_INPLACE_LSHIFT] = Q___ilshift__,
    [FE_BINARY_INPLACE_RSHIFT] = Q___irshift__,
    [FE_BINARY_INPLACE_ADD] = Q___iadd__,
    [FE_BINARY_INPLACE_SUBTRACT] = Q___isub__,
    [FE_BINARY_INPLACE_MULTIPLY] = Q___imul__,
    [FE_BINARY_INPLACE_MAT_MULTIPLY] = Q___imatmul__,
    [FE_BINARY_INPLACE_FLOOR_DIVIDE] = Q___ifloordiv__,
    [FE_BINARY_INPLACE_TRUE_DIVIDE] = Q___itruediv__,
    [FE_BINARY_INPLACE_MODULO] = Q___imod__,
    [FE_BINARY_INPLACE_POWER] = Q___ipow__,
    [FE_BINARY_OR] = Q___or__,
    [FE_BINARY_XOR] = Q___xor__,
    [FE_BINARY_AND] = Q___and__,
    [FE_BINARY_LSHIFT] = Q___lshift__,
    [FE_BINARY_RSHIFT] = Q___rshift__,
    [FE_BINARY_ADD] = Q___add__,
    [FE_BINARY_SUBTRACT] = Q___sub__,
    [FE_BINARY_MULTIPLY] = Q___mul__,
    [FE_BINARY_MAT_MULTIPLY] = Q___matmul__,
    [FE_BINARY_FLOOR_DIVIDE] = Q___floordiv__,
    [FE_BINARY_TRUE_DIVIDE] = Q___truediv__,
    [FE_BINARY_MODULO] = Q___mod__,
    [FE_BINARY_POWER] = Q___pow__,
    [FE_BINARY_DIVMOD] = Q___divmod__,
    [FE_BINARY_REVERSE_OR] = Q___ror__,
    [FE_BINARY_REVERSE_XOR] = Q___rxor__,
    [FE_BINARY_REVERSE_AND] = Q___rand__,
    [FE_BINARY_REVERSE_LSHIFT] = Q___rlshift__,
    [FE_BINARY_REVERSE_RSHIFT] = Q___rrshift__,
    [FE_BINARY_REVERSE_ADD] = Q___radd__,
    [FE_BINARY_REVERSE_SUBTRACT] = Q___rsub__,
    [FE_BINARY_REVERSE_MULTIPLY] = Q___rmul__,
    [FE_BINARY_REVERSE_MAT_MULTIPLY] = Q___rmatmul__,
    [FE_BINARY_REVERSE_FLOOR_DIVIDE] = Q___rfloordiv__,
    [FE_BINARY_REVERSE_TRUE_DIVIDE] = Q___rtruediv__,
    [FE_BINARY_REVERSE_MODULO] = Q___rmod__,
    [FE_BINARY_REVERSE_POWER] = Q___rpow__,
};

qstr fe_binary_op_method_name(int op) {
    if (op == FE_BINARY_REVERSE_DIVMOD_INTERNAL) {
        return Q___rdivmod__;
    }
    return op >= 0 && op < FE_BINARY_NUM_OPS ? binary_names[op] : Q_NULL;
}

fe_obj_t fe_instance_binary_op(fe_binary_op_t op, fe_obj_t self, fe_obj_t other) {
    const fe_type_t *t = fe_typeof(self);
    qstr name = fe_binary_op_method_name(op);
    if (name != Q_NULL) {
        fe_obj_t f = fe_type_lookup_user(t, name);
        if (f != FE_NULL) {
            fe_obj_t r = call_special1(f, self, other);
            if (op == FE_BINARY_IN) {
                return fe_bool(fe_is_true(r));
            }
            if (r != fe_notimplemented) {
                return r;
            }
        } else if (op == FE_BINARY_NOT_EQUAL) {
            // the default __ne__ inverts __eq__
            f = fe_type_lookup_user(t, Q___eq__);
            if (f != FE_NULL) {
                fe_obj_t r = call_special1(f, self, other);
                if (r != fe_notimplemented) {
                    return fe_bool(!fe_is_true(r));
                }
            }
        }
    }
    // hand the operation to the builtin base
    const fe_type_t *native = fe_type_native_base(t);
    if (native == NULL || native->binary_op == NULL) {
        return FE_NULL;
    }
    fe_obj_t self_n = fe_native_self(self, native);
    fe_obj_t other_n = fe_native_self(other, native);
    if (other_n == FE_NULL) {
        other_n = other;
    }
    if ((int)op == FE_BINARY_REVERSE_DIVMOD_INTERNAL) {
        return native->binary_op(FE_BINARY_DIVMOD, other_n, self_n);
    }
    if (op >= FE_BINARY_REVERSE_OR) {
        return native->binary_op(op - FE_BINARY_REVERSE_OR + FE_BINARY_OR, other_n, self_n);
    }
    fe_obj_t r = native->binary_op(op, self_n, other_n);
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER && r == self_n) {
        return self;  // in-place on the native state: the result is the instance itself
    }
    return r;
}

// ---- subscripts and iteration ---------------------------------------------------------------------

fe_obj_t fe_instance_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    const fe_type_t *t = fe_typeof(self);
    // __getitem__(index), __delitem__(index) or __setitem__(index, value)
    bool load = value == FE_SUBSCR_LOAD, store = !load && value != FE_NULL;
    fe_obj_t f = fe_type_lookup_user(t, load ? Q___getitem__ : store ? Q___setitem__ : Q___delitem__);
    if (f != FE_NULL) {
        fe_obj_t args[2] = {index, value};
        fe_obj_t r = call_special(f, self, store ? 2 : 1, 0, args);
        return load ? r : fe_none;
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->subscr != NULL) {
        fe_obj_t n = fe_native_self(self, native);
        if (value == FE_SUBSCR_LOAD && fe_issubclass(native, &fe_type_dict)) {
            // dict subclasses: a missing key goes to __missing__
            fe_obj_t missing = fe_type_lookup_user(t, Q___missing__);
            if (missing != FE_NULL) {
                fe_obj_t v = fe_dict_get_maybe(n, index);
                return v != FE_NULL ? v : call_special1(missing, self, index);
            }
        }
        return native->subscr(n, index, value);
    }
    return FE_NULL;
}

fe_obj_t fe_instance_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    const fe_type_t *t = fe_typeof(self);
    fe_obj_t f = fe_type_lookup_user(t, Q___iter__);
    if (f != FE_NULL) {
        fe_obj_t it = call_special0(f, self);
        const fe_type_t *itt = fe_typeof(it);
        if (itt->iternext == NULL
            || ((itt->flags & FE_TYPE_FLAG_USER) && fe_type_lookup_user(itt, Q___next__) == FE_NULL
                && (fe_type_native_base(itt) == NULL || fe_type_native_base(itt)->iternext == NULL))) {
            fe_raise_fmt(&fe_type_TypeError, "iter() returned non-iterator of type '%q'", (qstr)itt->name);
        }
        return it;
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->getiter != NULL) {
        return native->getiter(fe_native_self(self, native), buf);
    }
    if (fe_type_lookup_user(t, Q___getitem__) != FE_NULL) {
        return fe_getitem_iter_new(self);
    }
    return FE_NULL;
}

fe_obj_t fe_instance_iternext(fe_obj_t self) {
    const fe_type_t *t = fe_typeof(self);
    fe_obj_t f = fe_type_lookup_user(t, Q___next__);
    if (f != FE_NULL) {
        fe_handler_t h;
        if (FE_TRY(h)) {
            fe_obj_t r = call_special0(f, self);
            fe_handler_pop(&h);
            return r;
        }
        if (fe_exc_matches(h.exc, &fe_type_StopIteration)) {
            return FE_NULL;
        }
        fe_raise(h.exc);
    }
    const fe_type_t *native = fe_type_native_base(t);
    if (native != NULL && native->iternext != NULL) {
        return native->iternext(fe_native_self(self, native));
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object is not an iterator", (qstr)t->name);
}

bool fe_instance_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags) {
    const fe_type_t *native = fe_type_native_base(fe_typeof(self));
    if (native != NULL && native->buffer != NULL) {
        return native->buffer(fe_native_self(self, native), info, flags);
    }
    return false;
}

// The iterator for classes that define only __getitem__: obj[0], obj[1] ... until IndexError.
typedef struct {
    fe_objbase_t base;
    fe_obj_t obj;
    fe_int_t index;
} getitem_iter_t;

static fe_obj_t getitem_iter_next(fe_obj_t self) {
    getitem_iter_t *it = self;
    if (it->obj == FE_NULL) {
        return FE_NULL;
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t v = fe_subscr_load(it->obj, FE_NEW_SMALL_INT(it->index));
        fe_handler_pop(&h);
        it->index++;
        return v;
    }
    if (fe_exc_matches(h.exc, &fe_type_IndexError) || fe_exc_matches(h.exc, &fe_type_StopIteration)) {
        it->obj = FE_NULL;
        return FE_NULL;
    }
    fe_raise(h.exc);
}

static fe_obj_t getitem_iter_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return self;
}

static const fe_type_t getitem_iter_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_iterator,
    .getiter = getitem_iter_getiter,
    .iternext = getitem_iter_next,
};

fe_obj_t fe_getitem_iter_new(fe_obj_t obj) {
    getitem_iter_t *it = fe_new(getitem_iter_t);
    it->base.type = &getitem_iter_type;
    it->obj = obj;
    return it;
}
