// py/objtype.c: `type` itself and user classes: class creation with C3 linearisation,
// attribute lookup along the MRO (with a global lookup cache), binding of class attributes
// (functions, staticmethod, classmethod, property, user descriptors), isinstance/issubclass.
//
// MRO representation: a user class stores its MRO as a tuple of types, itself first. A
// builtin type has no tuple: its MRO is the chain type, parent, parent->parent ..., object.
// A user class's MRO contains the full chains of the builtin types it derives from.
#include <string.h>
#include "py/obj.h"
#include "py/objtype.h"

// The out-of-line copies of the inline functions of py/obj.h.
extern inline bool fe_obj_is_type_ptr(fe_obj_t o, const fe_type_t *t);
extern inline const fe_type_t *fe_typeof(fe_obj_t o);

// ---- MRO walking ---------------------------------------------------------------------------

#define NATIVE_CHAIN_MAX 16

// Fills `buf` with the MRO of a builtin type (its parent chain ending with object).
static size_t native_mro(const fe_type_t *type, const fe_type_t **buf) {
    size_t n = 0;
    for (const fe_type_t *t = type; t != NULL && n < NATIVE_CHAIN_MAX - 1; t = t->parent) {
        buf[n++] = t;
        if (t == &fe_type_object) {
            return n;
        }
    }
    buf[n++] = &fe_type_object;
    return n;
}

// The MRO of any type as an array: user classes give their tuple's items, builtins fill buf.
static size_t type_mro(const fe_type_t *type, const fe_type_t **buf, const fe_type_t *const **items) {
    fe_tuple_t *t = FE_TYPE_MRO(type);
    if (t != FE_NULL) {
        *items = (const fe_type_t *const *)t->items;
        return t->len;
    }
    *items = buf;
    return native_mro(type, buf);
}

// A builtin type (not object or type) whose method table lacks __init__/__new__ still has
// them in Python; these stand-ins implement them for classes derived from it.
static bool needs_native_stand_in(const fe_type_t *t, qstr attr) {
    return (attr == Q___init__ || attr == Q___new__) && !(t->flags & FE_TYPE_FLAG_USER)
           && t != &fe_type_object && t != &fe_type_type;
}

static fe_obj_t lookup_in(const fe_type_t *t, qstr attr) {
    if (t->locals_dict != NULL) {
        fe_map_elem_t *e = fe_map_lookup(&t->locals_dict->map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    if (needs_native_stand_in(t, attr)) {
        return attr == Q___init__ ? (fe_obj_t)&fe_native_base_init_obj : (fe_obj_t)&fe_native_base_new_obj;
    }
    return FE_NULL;
}

static fe_lookup_t lookup_mro(const fe_type_t *type, const fe_type_t *after, qstr attr) {
    const fe_type_t *buf[NATIVE_CHAIN_MAX];
    const fe_type_t *const *items;
    size_t n = type_mro(type, buf, &items);
    size_t i = 0;
    if (after != NULL) {
        while (i < n && items[i] != after) {
            i++;
        }
        i++;
    }
    for (; i < n; i++) {
        fe_obj_t v = lookup_in(items[i], attr);
        if (v != FE_NULL) {
            return (fe_lookup_t){v, items[i]};
        }
    }
    return (fe_lookup_t){FE_NULL, NULL};
}

// The lookup cache (objtype.h has the fast path). Entries are valid only for the epoch they
// were made in; the epoch moves on whenever a class namespace changes or a class is created.
// The cache is static data the GC does not scan: a cached value is only used while its epoch
// is current, and then the class namespace it came from still holds it. (That is why
// cls.__dict__ hands out a copy: writes into the namespace must go through setattr.)
#if FE_LOOKUP_CACHE_SIZE > 0
fe_lookup_cache_entry_t fe_lookup_cache[FE_LOOKUP_CACHE_SIZE];
uint32_t fe_lookup_epoch = 1;
#endif
bool fe_attr_hooks_dynamic;

void fe_type_cache_flush(void) {
#if FE_LOOKUP_CACHE_SIZE > 0
    fe_lookup_epoch++;
#endif
}

#if FE_LOOKUP_CACHE_SIZE > 0 && defined(__OPTIMIZE_SIZE__)
fe_lookup_t fe_type_lookup(const fe_type_t *type, qstr attr) {
    return fe_type_lookup_cached(type, attr);
}
#endif

fe_lookup_t fe_type_lookup_slow(const fe_type_t *type, qstr attr) {
    fe_lookup_t r = lookup_mro(type, NULL, attr);
#if FE_LOOKUP_CACHE_SIZE > 0
    // the new entry goes first in its pair; the previous first becomes second (LRU of 2)
    fe_lookup_cache_entry_t *e = fe_lookup_cache_set(type, attr);
    if (e[0].epoch == fe_lookup_epoch) {
        e[1] = e[0];
    }
    e[0].type = type;
    e[0].attr = (uint32_t)attr;
    e[0].epoch = fe_lookup_epoch;
    e[0].value = r.value;
    e[0].owner = r.owner;
#endif
    return r;
}

// super() lookups have their own small direct-mapped cache, keyed by (type, after, attr)
// and invalidated by the same epoch, where the main cache is big enough for it to pay.
#define SUPER_CACHE (FE_LOOKUP_CACHE_SIZE >= 64)
#if SUPER_CACHE
#define SUPER_CACHE_SIZE (FE_LOOKUP_CACHE_SIZE / 8)
typedef struct {
    const fe_type_t *type;
    const fe_type_t *after;
    uint32_t attr;
    uint32_t epoch;
    fe_obj_t value;
    const fe_type_t *owner;
} super_cache_entry_t;
static super_cache_entry_t super_cache[SUPER_CACHE_SIZE];
#endif

fe_lookup_t fe_type_lookup_after(const fe_type_t *type, const fe_type_t *after, qstr attr) {
#if SUPER_CACHE
    uintptr_t h = ((uintptr_t)type >> 3) * 0x9E3779B1u + ((uintptr_t)after >> 3) * 0x7FEB352Du + attr * 0x85EBCA77u;
    super_cache_entry_t *e = &super_cache[(h ^ (h >> 15)) & (SUPER_CACHE_SIZE - 1)];
    if (e->type == type && e->after == after && e->attr == attr && e->epoch == fe_lookup_epoch) {
        return (fe_lookup_t){e->value, e->owner};
    }
    fe_lookup_t r = lookup_mro(type, after, attr);
    e->type = type;
    e->after = after;
    e->attr = (uint32_t)attr;
    e->epoch = fe_lookup_epoch;
    e->value = r.value;
    e->owner = r.owner;
    return r;
#else
    return lookup_mro(type, after, attr);
#endif
}

const fe_type_t *fe_type_native_base(const fe_type_t *type) {
    if (!(type->flags & FE_TYPE_FLAG_USER)) {
        return type == &fe_type_object ? NULL : type;
    }
    fe_tuple_t *mro = ((const fe_type_user_t *)type)->mro;
    for (size_t i = 1; i < mro->len; i++) {
        const fe_type_t *t = mro->items[i];
        if (!(t->flags & FE_TYPE_FLAG_USER)) {
            return t == &fe_type_object ? NULL : t;
        }
    }
    return NULL;
}

bool fe_is_type(fe_obj_t o) {
    if (!FE_IS_OBJ(o) || o == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((fe_objbase_t *)o)->type;
    return t == &fe_type_type || (FE_TYPE_METACLASSES && (t->flags & FE_TYPE_FLAG_USER) && fe_issubclass(t, &fe_type_type));
}

// ---- isinstance / issubclass / native self ---------------------------------------------------

bool fe_issubclass(const fe_type_t *t, const fe_type_t *base) {
    if (t == base || base == &fe_type_object) {
        return true;
    }
    fe_tuple_t *mro = FE_TYPE_MRO(t);
    if (mro != FE_NULL) {
        for (size_t i = 1; i < mro->len; i++) {
            if (mro->items[i] == base) {
                return true;
            }
        }
        return false;
    }
    for (t = t->parent; t != NULL; t = t->parent) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool fe_isinstance(fe_obj_t o, const fe_type_t *t) {
    return fe_issubclass(fe_typeof(o), t);
}

fe_obj_t fe_native_self(fe_obj_t o, const fe_type_t *t) {
    const fe_type_t *ot = fe_typeof(o);
    if (ot == t || t == &fe_type_object) {
        return o;
    }
    if (!(ot->flags & FE_TYPE_FLAG_USER)) {
        return fe_issubclass(ot, t) ? o : FE_NULL;
    }
    const fe_type_t *nb = fe_type_native_base(ot);
    if (nb == NULL || !fe_issubclass(nb, t)) {
        return FE_NULL;
    }
    if (FE_NATIVE_IS_TYPE(nb)) {
        return o;  // a class whose metaclass derives from type: it is a type object itself
    }
    return ((fe_instance_t *)o)->subobj[0];
}

fe_obj_t fe_self_for_owner(fe_obj_t obj, const fe_type_t *owner) {
    if (owner == NULL || (owner->flags & FE_TYPE_FLAG_USER) || owner == &fe_type_object) {
        return obj;
    }
    fe_obj_t s = fe_native_self(obj, owner);
    return s != FE_NULL ? s : obj;
}

// ---- binding ------------------------------------------------------------------------------

void fe_bind_class_attr(fe_obj_t value, const fe_type_t *owner, fe_obj_t self, const fe_type_t *type, fe_obj_t *dest) {
    if (FE_IS_OBJ(value)) {
        const fe_type_t *vt = ((fe_objbase_t *)value)->type;
        // Python functions bind; builtin functions bind only from a builtin type's method
        // table (list.append), not when stored in a user class (class A: f = len)
        if (vt == &fe_type_function
            || (vt == &fe_type_builtin_function && (owner == NULL || !(owner->flags & FE_TYPE_FLAG_USER)))) {
            if (self == FE_NULL) {
                dest[0] = value;
            } else {
                dest[0] = value;
                dest[1] = value == (fe_obj_t)&fe_native_base_init_obj ? self : fe_self_for_owner(self, owner);
            }
            return;
        }
        if (vt == &fe_type_staticmethod) {
            dest[0] = ((fe_method_wrapper_t *)value)->fun;
            return;
        }
        if (vt == &fe_type_classmethod) {
            dest[0] = ((fe_method_wrapper_t *)value)->fun;
            dest[1] = (fe_obj_t)type;
            return;
        }
        if (vt == &fe_type_property) {
            dest[0] = self == FE_NULL ? value : fe_property_get(value, fe_self_for_owner(self, owner));
            return;
        }
        if (vt->flags & FE_TYPE_FLAG_USER) {
            // a user descriptor: type(value).__get__(value, self or None, type)
            fe_lookup_t get = fe_type_lookup(vt, Q___get__);
            if (get.value != FE_NULL) {
                fe_obj_t args[2] = {self == FE_NULL ? fe_none : self, (fe_obj_t)type};
                dest[0] = fe_call_with_self(get.value, fe_self_for_owner(value, get.owner), 2, 0, args);
                return;
            }
        }
    }
    dest[0] = value;
}

// ---- printing -----------------------------------------------------------------------------

qstr fe_type_module_name(const fe_type_t *type) {
    if ((type->flags & FE_TYPE_FLAG_USER) && type->locals_dict != NULL) {
        fe_obj_t m = fe_dict_get_maybe(type->locals_dict, FE_NEW_QSTR(Q___module__));
        if (m != FE_NULL && fe_is_str(m)) {
            return fe_str_to_qstr(m);
        }
    }
    return Q_builtins;
}

static fe_obj_t type_qualname(const fe_type_t *type) {
    if ((type->flags & FE_TYPE_FLAG_USER) && type->locals_dict != NULL) {
        fe_obj_t q = fe_dict_get_maybe(type->locals_dict, FE_NEW_QSTR(Q___qualname__));
        if (q != FE_NULL) {
            return q;
        }
    }
    return FE_NEW_QSTR(type->name);
}

void fe_type_print_name(const fe_print_t *print, const fe_type_t *type) {
    qstr mod = fe_type_module_name(type);
    if (mod != Q_builtins) {
        fe_printf(print, "%q.", mod);
    }
    fe_print_obj(print, type_qualname(type), FE_PRINT_STR);
}

static void type_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_print_str(print, "<class '");
    fe_type_print_name(print, self);
    fe_print_str(print, "'>");
}

// ---- class creation -------------------------------------------------------------------------

static FE_NORETURN void raise_mro_error(size_t n_seq, fe_obj_t **seqs, size_t *pos, size_t *lens) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 64);
    fe_vstr_print_init(&v, &pr);
    fe_print_str(&pr, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    // the distinct heads of the sequences still to merge, in order
    const fe_type_t *seen[16];
    size_t n_seen = 0;
    for (size_t s = 0; s < n_seq; s++) {
        if (pos[s] >= lens[s]) {
            continue;
        }
        const fe_type_t *head = seqs[s][pos[s]];
        bool dup = false;
        for (size_t k = 0; k < n_seen; k++) {
            dup |= seen[k] == head;
        }
        if (dup || n_seen == 16) {
            continue;
        }
        if (n_seen > 0) {
            fe_print_str(&pr, ", ");
        }
        seen[n_seen++] = head;
        fe_printf(&pr, "%q", (qstr)head->name);
    }
    fe_raise(fe_exc_new(&fe_type_TypeError, 1, (fe_obj_t[]){fe_str_from_vstr(&v)}));
}

// C3 linearisation of a class with the given bases; returns the MRO tuple (cls first).
static fe_obj_t compute_mro(fe_type_t *cls, size_t n_bases, fe_obj_t *bases) {
    size_t n_seq = n_bases + 1;
    fe_obj_t **seqs = fe_alloc(sizeof(fe_obj_t *) * n_seq);
    size_t *lens = fe_alloc(sizeof(size_t) * n_seq);
    size_t *pos = fe_alloc(sizeof(size_t) * n_seq);
    size_t total = 1;
    for (size_t i = 0; i < n_bases; i++) {
        const fe_type_t *buf[NATIVE_CHAIN_MAX];
        const fe_type_t *const *items;
        size_t n = type_mro(bases[i], buf, &items);
        seqs[i] = fe_alloc(sizeof(fe_obj_t) * n);
        memcpy(seqs[i], items, sizeof(fe_obj_t) * n);
        lens[i] = n;
        total += n;
    }
    seqs[n_bases] = bases;
    lens[n_bases] = n_bases;
    fe_obj_t *out = fe_alloc(sizeof(fe_obj_t) * total);
    size_t n_out = 0;
    out[n_out++] = cls;
    for (;;) {
        bool any_left = false;
        fe_obj_t pick = FE_NULL;
        for (size_t s = 0; s < n_seq && pick == FE_NULL; s++) {
            if (pos[s] >= lens[s]) {
                continue;
            }
            any_left = true;
            fe_obj_t cand = seqs[s][pos[s]];
            bool in_tail = false;
            for (size_t o = 0; o < n_seq && !in_tail; o++) {
                for (size_t k = pos[o] + 1; k < lens[o]; k++) {
                    if (seqs[o][k] == cand) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                pick = cand;
            }
        }
        if (!any_left) {
            break;
        }
        if (pick == FE_NULL) {
            raise_mro_error(n_seq, seqs, pos, lens);
        }
        out[n_out++] = pick;
        for (size_t s = 0; s < n_seq; s++) {
            if (pos[s] < lens[s] && seqs[s][pos[s]] == pick) {
                pos[s]++;
            }
        }
    }
    return fe_tuple_new(n_out, out);
}

static bool is_special_accessor(qstr q) {
    return q == Q___getattr__ || q == Q___getattribute__ || q == Q___setattr__ || q == Q___delattr__;
}

// A property, or an object whose class defines __set__ or __delete__.
static bool is_data_descriptor_value(fe_obj_t v) {
    if (!FE_IS_OBJ(v) || v == FE_NULL) {
        return false;
    }
    const fe_type_t *t = ((fe_objbase_t *)v)->type;
    if (t == &fe_type_property) {
        return true;
    }
    return (t->flags & FE_TYPE_FLAG_USER)
           && (fe_type_lookup(t, Q___set__).value != FE_NULL || fe_type_lookup(t, Q___delete__).value != FE_NULL);
}

static void store_if_missing(fe_obj_t dict, qstr key, fe_obj_t value) {
    if (fe_dict_get_maybe(dict, FE_NEW_QSTR(key)) == FE_NULL) {
        fe_dict_store(dict, FE_NEW_QSTR(key), value);
    }
}

fe_obj_t fe_type_new_class(const fe_type_t *meta, qstr name, fe_obj_t bases_in, fe_obj_t dict_in, size_t n_kw, const fe_obj_t *kw) {
    if (!fe_obj_is_type_ptr(bases_in, &fe_type_tuple)) {
        fe_raise_fmt(&fe_type_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases_in);
    }
    if (!fe_obj_is_type_ptr(dict_in, &fe_type_dict) && fe_native_self(dict_in, &fe_type_dict) == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "type.__new__() argument 3 must be dict, not %T", dict_in);
    }
    fe_obj_t dict_native = fe_native_self(dict_in, &fe_type_dict);
    size_t n_bases;
    fe_obj_t *bases;
    fe_tuple_get(bases_in, &n_bases, &bases);
    static const fe_type_t *const object_base[1] = {&fe_type_object};
    if (n_bases == 0) {
        bases_in = fe_tuple_new(1, (const fe_obj_t *)object_base);
        fe_tuple_get(bases_in, &n_bases, &bases);
    }

    // Validate the bases, pick the most derived metaclass and the native layout.
    const fe_type_t *winner = meta;
    const fe_type_t *native = NULL;
    uint16_t inherited_flags = 0;
    for (size_t i = 0; i < n_bases; i++) {
        fe_obj_t b = bases[i];
        if (!fe_is_type(b)) {
            fe_raise_fmt(&fe_type_TypeError, "bases must be types");
        }
        const fe_type_t *bt = b;
        if (!(bt->flags & (FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_USER))) {
            fe_raise_fmt(&fe_type_TypeError, "type '%q' is not an acceptable base type", (qstr)bt->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (bases[j] == b) {
                fe_raise_fmt(&fe_type_TypeError, "duplicate base class %q", (qstr)bt->name);
            }
        }
        inherited_flags |= bt->flags & (FE_TYPE_FLAG_EXCEPTION | FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS);
#if FE_TYPE_METACLASSES
        const fe_type_t *mt = fe_typeof(b);
        if (fe_issubclass(mt, winner)) {
            winner = mt;
        } else if (!fe_issubclass(winner, mt)) {
            fe_raise_msg(&fe_type_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                             "(non-strict) subclass of the metaclasses of all its bases");
        }
#endif
        const fe_type_t *nb = fe_type_native_base(bt);
        if (nb != NULL) {
            if (native == NULL || fe_issubclass(nb, native)) {
                native = nb;
            } else if (!fe_issubclass(native, nb)
                       && !((native->flags & nb->flags) & FE_TYPE_FLAG_EXCEPTION)) {
                fe_raise_msg(&fe_type_TypeError, "multiple bases have instance lay-out conflict");
            }
        }
    }
#if FE_TYPE_METACLASSES
    if (winner != meta && meta == &fe_type_type && (winner->flags & FE_TYPE_FLAG_USER)) {
        // a base has a user metaclass: let it create the class
        fe_obj_t args[3] = {FE_NEW_QSTR(name), bases_in, dict_in};
        fe_obj_t *all = fe_alloc(sizeof(fe_obj_t) * (3 + 2 * n_kw));
        memcpy(all, args, sizeof(args));
        memcpy(all + 3, kw, sizeof(fe_obj_t) * 2 * n_kw);
        return fe_call((fe_obj_t)winner, 3, n_kw, all);
    }
#endif

    fe_type_user_t *ucls = fe_new(fe_type_user_t);
    fe_type_t *cls = &ucls->t;
    cls->base.type = winner;
    cls->flags = FE_TYPE_FLAG_USER | FE_TYPE_FLAG_BASETYPE | inherited_flags;
    cls->name = name;
    cls->print = fe_instance_print;
    cls->make_new = fe_instance_make_new;
    cls->call = fe_instance_call;
    cls->unary_op = fe_instance_unary_op;
    cls->binary_op = fe_instance_binary_op;
    cls->attr = fe_instance_attr;
    cls->subscr = fe_instance_subscr;
    cls->getiter = fe_instance_getiter;
    cls->iternext = fe_instance_iternext;
    if (native != NULL && native->attr != NULL) {
        // stores may belong to the builtin base's data attributes: no fast path
        cls->flags |= FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    if (native != NULL && native->buffer != NULL) {
        cls->buffer = fe_instance_buffer;
    }
    if (native != NULL && FE_NATIVE_IS_TYPE(native)) {
        // a metaclass: its instances are classes, whose attributes behave as for `type`
        // (the other instance slots fall back to type's slots for what it does not define)
        cls->attr = fe_type_type.attr;
    }
    const fe_type_t *first = bases[0];
    cls->parent = first == &fe_type_object ? NULL : first;
    ucls->bases = bases_in;
    ucls->mro = compute_mro(cls, n_bases, bases);

    // The namespace: a copy with interned keys; __new__ is implicitly a staticmethod and
    // __init_subclass__/__class_getitem__ implicitly classmethods, as in CPython.
    fe_map_t *src = fe_dict_get_map(dict_native);
    fe_obj_t locals = fe_dict_new(src->count + 4);
    size_t it = 0;
    fe_map_elem_t *e;
    bool has_eq = false, has_hash = false;
    while ((e = fe_map_next(src, &it)) != NULL) {
        if (!fe_is_str(e->key)) {
            fe_dict_store(locals, e->key, e->value);
            continue;
        }
        qstr k = fe_str_to_qstr(e->key);
        fe_obj_t v = e->value;
        if ((k == Q___new__) && fe_obj_is_type_ptr(v, &fe_type_function)) {
            fe_method_wrapper_t *w = fe_new(fe_method_wrapper_t);
            w->base.type = &fe_type_staticmethod;
            w->fun = v;
            v = w;
        }
#if FE_TYPE_CLASS_HOOKS
        else if ((k == Q___init_subclass__ || k == Q___class_getitem__) && fe_obj_is_type_ptr(v, &fe_type_function)) {
            fe_method_wrapper_t *w = fe_new(fe_method_wrapper_t);
            w->base.type = &fe_type_classmethod;
            w->fun = v;
            v = w;
        }
#endif
        if ((!FE_TYPE_CLASS_HOOKS && (k == Q___init_subclass__ || k == Q___class_getitem__ || k == Q___set_name__
                                      || k == Q___prepare__))
            || (!FE_TYPE_GETATTRIBUTE && k == Q___getattribute__)) {
            fe_raise_fmt(&fe_type_NotImplementedError, "%q is not supported", k);
        }
        has_eq |= k == Q___eq__;
        has_hash |= k == Q___hash__;
        if (fe_obj_is_type_ptr(v, &fe_type_property)) {
            fe_property_set_name(v, k);
        }
        if (is_special_accessor(k) || is_data_descriptor_value(v) || (FE_TYPE_SLOTS && k == Q___slots__)) {
            cls->flags |= FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
        }
        fe_dict_store(locals, FE_NEW_QSTR(k), v);
    }
    if (has_eq && !has_hash) {
        fe_dict_store(locals, FE_NEW_QSTR(Q___hash__), fe_none);  // __eq__ without __hash__: unhashable
    }
    fe_obj_t g = fe_vm_globals();
    fe_obj_t modname = g != FE_NULL ? fe_dict_get_maybe(g, FE_NEW_QSTR(Q___name__)) : FE_NULL;
    store_if_missing(locals, Q___module__, modname != FE_NULL ? modname : FE_NEW_QSTR(Q_builtins));
    store_if_missing(locals, Q___qualname__, FE_NEW_QSTR(name));
    store_if_missing(locals, Q___doc__, fe_none);
    cls->locals_dict = (fe_dict_t *)locals;
    fe_type_cache_flush();

#if FE_TYPE_CLASS_HOOKS
    // __set_name__ on the attributes that define it (over a snapshot: the calls may
    // assign class attributes)
    fe_map_t *lm = fe_dict_get_map(locals);
    size_t n_named = 0;
    fe_obj_t *named = NULL;
    it = 0;
    while ((e = fe_map_next(lm, &it)) != NULL) {
        const fe_type_t *vt = fe_typeof(e->value);
        if ((vt->flags & FE_TYPE_FLAG_USER) && fe_type_lookup(vt, Q___set_name__).value != FE_NULL) {
            if (named == NULL) {
                named = fe_alloc(sizeof(fe_obj_t) * 2 * lm->count);
            }
            named[2 * n_named] = e->key;
            named[2 * n_named + 1] = e->value;
            n_named++;
        }
    }
    for (size_t i = 0; i < n_named; i++) {
        fe_lookup_t sn = fe_type_lookup(fe_typeof(named[2 * i + 1]), Q___set_name__);
        fe_obj_t args[2] = {cls, named[2 * i]};
        fe_call_with_self(sn.value, fe_self_for_owner(named[2 * i + 1], sn.owner), 2, 0, args);
    }

    // __init_subclass__ of the parent (object's accepts no keywords)
    fe_lookup_t isc = fe_type_lookup_after(cls, cls, Q___init_subclass__);
    if (isc.value != FE_NULL && (isc.owner->flags & FE_TYPE_FLAG_USER)) {
        fe_obj_t f[2];
        fe_bind_class_attr(isc.value, isc.owner, FE_NULL, cls, f);
        if (f[1] == FE_NULL) {
            f[1] = cls;  // a plain function there: CPython makes it a classmethod
            f[0] = isc.value;
            if (fe_obj_is_type_ptr(f[0], &fe_type_classmethod) || fe_obj_is_type_ptr(f[0], &fe_type_staticmethod)) {
                f[0] = ((fe_method_wrapper_t *)f[0])->fun;
            }
        }
        fe_call_with_self(f[0], f[1], 0, n_kw, kw);
        return cls;
    }
#endif
    if (n_kw != 0) {
        fe_raise_fmt(&fe_type_TypeError, "%q.__init_subclass__() takes no keyword arguments", name);
    }
    return cls;
}

// ---- the type type ----------------------------------------------------------------------------

static fe_obj_t type_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_args == 1 && n_kw == 0 && type == &fe_type_type) {
        return (fe_obj_t)fe_typeof(args[0]);
    }
    if (n_args != 3) {
        fe_raise_msg(&fe_type_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!fe_is_str(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    }
    return fe_type_new_class(type, fe_str_to_qstr(args[0]), args[1], args[2], n_kw, args + 3);
}

static fe_obj_t type_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_type_t *t = self;
    if (t->make_new == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "cannot create '%q' instances", (qstr)t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static fe_obj_t type_bases(const fe_type_t *t) {
    if (t->flags & FE_TYPE_FLAG_USER) {
        return ((const fe_type_user_t *)t)->bases;
    }
    if (t == &fe_type_object) {
        return fe_empty_tuple;
    }
    fe_obj_t b = t->parent != NULL ? (fe_obj_t)t->parent : (fe_obj_t)&fe_type_object;
    return fe_tuple_new(1, &b);
}

static fe_obj_t type_mro_tuple(const fe_type_t *t) {
    const fe_type_t *buf[NATIVE_CHAIN_MAX];
    const fe_type_t *const *items;
    size_t n = type_mro(t, buf, &items);
    fe_obj_t mro = FE_TYPE_MRO(t);
    return mro != FE_NULL ? mro : fe_tuple_new(n, (const fe_obj_t *)items);
}

static void type_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_type_t *t = self;
    if (dest[0] == FE_NULL) {
        switch (attr) {
            case Q___name__:
                dest[0] = FE_NEW_QSTR(t->name);
                return;
            case Q___qualname__:
                dest[0] = type_qualname(t);
                return;
            case Q___module__:
                dest[0] = FE_NEW_QSTR(fe_type_module_name(t));
                return;
            case Q___bases__:
                dest[0] = type_bases(t);
                return;
            case Q___base__: {
                fe_obj_t b = type_bases(t);
                dest[0] = ((fe_tuple_t *)b)->len ? ((fe_tuple_t *)b)->items[0] : fe_none;
                return;
            }
            case Q___mro__:
                dest[0] = type_mro_tuple(t);
                return;
            case Q___dict__:
                // user classes: a snapshot (CPython gives a read-only proxy); builtin types'
                // method tables are const dicts already
                if (t->locals_dict == NULL) {
                    dest[0] = fe_dict_new(0);
                } else if (t->flags & FE_TYPE_FLAG_USER) {
                    fe_map_t *src = fe_dict_get_map(t->locals_dict);
                    fe_obj_t copy = fe_dict_new(src->count);
                    size_t it = 0;
                    fe_map_elem_t *e;
                    while ((e = fe_map_next(src, &it)) != NULL) {
                        if (e->key != FE_NEW_QSTR(Q___qualname__)) {  // kept apart in CPython
                            fe_dict_store(copy, e->key, e->value);
                        }
                    }
                    dest[0] = copy;
                } else {
                    dest[0] = t->locals_dict;
                }
                return;
            case Q___doc__:
                if (!(t->flags & FE_TYPE_FLAG_USER)) {
                    dest[0] = fe_none;
                    return;
                }
                break;
            default:
                break;
        }
        fe_lookup_t r = fe_type_lookup(t, attr);
        if (r.value != FE_NULL) {
            fe_bind_class_attr(r.value, r.owner, FE_NULL, t, dest);
        }
        return;
    }
    // store or delete
    if (!(t->flags & FE_TYPE_FLAG_USER)) {
        fe_raise_fmt(&fe_type_TypeError, "cannot set '%q' attribute of immutable type '%q'", attr, (qstr)t->name);
    }
    fe_type_cache_flush();
    if (attr == Q___name__ && dest[1] != FE_NULL) {
        t->name = fe_str_to_qstr(dest[1]);
        dest[0] = FE_NULL;
        return;
    }
    fe_map_t *map = fe_dict_get_map(t->locals_dict);
    if (dest[1] == FE_NULL) {
        if (fe_map_lookup(map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_REMOVE) == NULL) {
            return;  // AttributeError from the caller
        }
    } else {
        fe_map_lookup(map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = dest[1];
        if (is_special_accessor(attr) || is_data_descriptor_value(dest[1]) || attr == Q___set__
            || attr == Q___delete__) {
            t->flags |= FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
            fe_attr_hooks_dynamic = true;  // subclasses made earlier do not have the flag
        }
    }
    dest[0] = FE_NULL;
}

// cls[item]: __class_getitem__ for user classes (with FE_TYPE_CLASS_HOOKS); builtin
// generics (list[int]) give the class itself, enough for annotations.
static fe_obj_t type_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value) {
    if (value != FE_SUBSCR_LOAD) {
        return FE_NULL;
    }
    const fe_type_t *t = self;
#if FE_TYPE_CLASS_HOOKS
    fe_lookup_t r = fe_type_lookup(t, Q___class_getitem__);
    if (r.value != FE_NULL) {
        fe_obj_t f[2] = {FE_NULL, FE_NULL};
        fe_bind_class_attr(r.value, r.owner, FE_NULL, t, f);
        return f[1] != FE_NULL ? fe_call_with_self(f[0], f[1], 1, 0, &index) : fe_call1(f[0], index);
    }
#endif
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_raise_fmt(&fe_type_TypeError, "type '%q' is not subscriptable", (qstr)t->name);
    }
    return self;
}

// `X | Y` between types (PEP 604 annotations): give back the left type, enough for
// annotations to evaluate.
static fe_obj_t type_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op == FE_BINARY_OR && (fe_is_type(lhs) || lhs == fe_none) && (fe_is_type(rhs) || rhs == fe_none)) {
        return lhs;
    }
    return FE_NULL;
}

// type.mro(cls), type.__new__(mcs, name, bases, dict), type.__init__, type.__call__.
// (No __subclasses__: without weak references its registry would keep every class alive.)
static fe_obj_t type_mro_meth(fe_obj_t self) {
    fe_obj_t t = type_mro_tuple(self);
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(t, &n, &items);
    return fe_list_new(n, items);
}
static FE_DEFINE_FUN_1(type_mro_obj, Q_mro, type_mro_meth);


static fe_obj_t type_new_meth(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    if (n_args != 4 || !fe_is_type(args[0])) {
        fe_raise_msg(&fe_type_TypeError, "type.__new__() takes exactly 3 arguments");
    }
    size_t n_kw;
    const fe_obj_t *all = fe_kw_map_to_pairs(0, NULL, kw, &n_kw);
    return fe_type_new_class(args[0], fe_str_to_qstr(args[1]), args[2], args[3], n_kw, all);
}
static FE_DEFINE_FUN_KW(type_new_fun_obj, Q___new__, 1, type_new_meth);
static FE_DEFINE_CONST_STATICMETHOD(type_new_obj, &type_new_fun_obj);

static fe_obj_t type_init_meth(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return fe_none;
}
static FE_DEFINE_FUN_KW(type_init_obj, Q___init__, 1, type_init_meth);

static fe_obj_t type_call_meth(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    size_t n_kw;
    const fe_obj_t *all = fe_kw_map_to_pairs(n_args - 1, args + 1, kw, &n_kw);
    return type_call(args[0], n_args - 1, n_kw, all);
}
static FE_DEFINE_FUN_KW(type_call_obj, Q___call__, 1, type_call_meth);

static fe_obj_t type_instancecheck(fe_obj_t self, fe_obj_t obj) {
    return fe_bool(fe_isinstance(obj, self));
}
static FE_DEFINE_FUN_2(type_instancecheck_obj, Q___instancecheck__, type_instancecheck);
static fe_obj_t type_subclasscheck(fe_obj_t self, fe_obj_t sub) {
    return fe_bool(fe_is_type(sub) && fe_issubclass(sub, self));
}
static FE_DEFINE_FUN_2(type_subclasscheck_obj, Q___subclasscheck__, type_subclasscheck);

static const fe_map_elem_t type_locals_table[] = {
    {FE_ROM_QSTR(Q_mro), FE_ROM_PTR(&type_mro_obj)},
    {FE_ROM_QSTR(Q___new__), FE_ROM_PTR(&type_new_obj)},
    {FE_ROM_QSTR(Q___init__), FE_ROM_PTR(&type_init_obj)},
    {FE_ROM_QSTR(Q___call__), FE_ROM_PTR(&type_call_obj)},
    {FE_ROM_QSTR(Q___instancecheck__), FE_ROM_PTR(&type_instancecheck_obj)},
    {FE_ROM_QSTR(Q___subclasscheck__), FE_ROM_PTR(&type_subclasscheck_obj)},
};
static FE_DEFINE_CONST_DICT(type_locals, type_locals_table);

const fe_type_t fe_type_type = {
    .base = {&fe_type_type},
    .flags = (FE_TYPE_METACLASSES ? FE_TYPE_FLAG_BASETYPE : 0) | FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .binary_op = type_binary_op,
    .attr = type_attr,
    .subscr = type_subscr,
    .locals_dict = (fe_dict_t *)&type_locals,
};

// ---- keyword helpers -------------------------------------------------------------------------

const fe_obj_t *fe_kw_map_to_pairs(size_t n_args, const fe_obj_t *args, fe_map_t *kw, size_t *n_kw_out) {
    size_t n_kw = kw != NULL ? kw->count : 0;
    fe_obj_t *all = fe_alloc(sizeof(fe_obj_t) * (n_args + 2 * n_kw + 1));
    if (n_args != 0) {
        memcpy(all, args, sizeof(fe_obj_t) * n_args);
    }
    size_t k = n_args;
    if (n_kw != 0) {
        size_t it = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(kw, &it)) != NULL) {
            all[k++] = e->key;
            all[k++] = e->value;
        }
    }
    *n_kw_out = (k - n_args) / 2;
    return all;
}
