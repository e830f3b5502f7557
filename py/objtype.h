// py/objtype.h: internals shared by the object-model files (runtime*.c, objtype.c,
// objinstance.c, objobject.c, objsuper.c, objproperty.c, objboundmeth.c). Not part of the
// contract between areas: other parts of the core use py/obj.h only.
#ifndef FE_PY_OBJTYPE_H
#define FE_PY_OBJTYPE_H

#include "py/obj.h"

// fe_state.roots slots in use elsewhere: extmod/modos.c uses slot 15.

// ---- class attribute lookup (objtype.c) --------------------------------------------------
// Result of looking a name up along a type's MRO: the value found and the type whose
// namespace held it (owner), or value FE_NULL when absent. Results are cached in a small
// global table keyed by (type, name); the cache is flushed whenever a class namespace is
// written or a class is created (so a recycled type address can never hit a stale entry).
typedef struct {
    fe_obj_t value;
    const fe_type_t *owner;
} fe_lookup_t;
fe_lookup_t fe_type_lookup_slow(const fe_type_t *type, qstr attr);
// The cache is 2-way set associative. Its RAM cost is FE_LOOKUP_CACHE_SIZE entries of five
// words plus a super() cache of 1/8 as many six-word entries: ~19 KB at the 64-bit default
// (512), ~370 bytes at the 32-bit default (16, for boards with 16 KB of RAM). A port can
// set another power of two >= 8, or 0 to disable caching.
#ifndef FE_LOOKUP_CACHE_SIZE
#if UINTPTR_MAX > 0xffffffffu
#define FE_LOOKUP_CACHE_SIZE 512
#else
#define FE_LOOKUP_CACHE_SIZE 16
#endif
#endif
#if FE_LOOKUP_CACHE_SIZE > 0
typedef struct {
    const fe_type_t *type;
    uint32_t attr;
    uint32_t epoch;
    fe_obj_t value;
    const fe_type_t *owner;
} fe_lookup_cache_entry_t;
extern fe_lookup_cache_entry_t fe_lookup_cache[FE_LOOKUP_CACHE_SIZE];
extern uint32_t fe_lookup_epoch;
// First entry of the pair (set) that (type, attr) maps to.
static inline fe_lookup_cache_entry_t *fe_lookup_cache_set(const fe_type_t *type, qstr attr) {
    uintptr_t h = ((uintptr_t)type >> 3) * 0x9E3779B1u + attr * 0x85EBCA77u;
    h ^= h >> 15;
    return &fe_lookup_cache[h & (FE_LOOKUP_CACHE_SIZE - 2)];
}
static inline fe_lookup_t fe_type_lookup_cached(const fe_type_t *type, qstr attr) {
    const fe_lookup_cache_entry_t *e = fe_lookup_cache_set(type, attr);
    if (FE_LIKELY(e[0].type == type && e[0].attr == attr && e[0].epoch == fe_lookup_epoch)) {
        return (fe_lookup_t){e[0].value, e[0].owner};
    }
    if (e[1].type == type && e[1].attr == attr && e[1].epoch == fe_lookup_epoch) {
        return (fe_lookup_t){e[1].value, e[1].owner};
    }
    return fe_type_lookup_slow(type, attr);
}
#if defined(__OPTIMIZE_SIZE__)
// Size-optimised builds (-Os) keep one out-of-line copy in py/objtype.c instead of one
// per file; elsewhere the cache probe is inlined at each call.
fe_lookup_t fe_type_lookup(const fe_type_t *type, qstr attr);
#else
static inline fe_lookup_t fe_type_lookup(const fe_type_t *type, qstr attr) {
    return fe_type_lookup_cached(type, attr);
}
#endif
#else
static inline fe_lookup_t fe_type_lookup(const fe_type_t *type, qstr attr) {
    return fe_type_lookup_slow(type, attr);
}
#endif
// Set once a data descriptor or attribute hook is assigned to a class after its creation:
// from then on instance attribute access always takes the full (descriptor-aware) path.
extern bool fe_attr_hooks_dynamic;
// True if plain instance attribute access of this class may skip descriptor checks: no
// data descriptors or __getattr__/__getattribute__/__setattr__/__delattr__ in its MRO.
static inline bool fe_type_plain_attrs(const fe_type_t *t) {
    return !(t->flags & FE_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) && !fe_attr_hooks_dynamic;
}
// Lookup starting after `after` in the MRO of `type` (for super()); not cached.
fe_lookup_t fe_type_lookup_after(const fe_type_t *type, const fe_type_t *after, qstr attr);
void fe_type_cache_flush(void);

// A user-defined special method: the value found along the MRO if it lives in a class
// created by a class statement (not in a builtin type or object); FE_NULL otherwise.
static inline fe_obj_t fe_type_lookup_user(const fe_type_t *type, qstr attr) {
    fe_lookup_t r = fe_type_lookup(type, attr);
    if (r.value != FE_NULL && (r.owner->flags & FE_TYPE_FLAG_USER)) {
        return r.value;
    }
    return FE_NULL;
}

// The first builtin type other than object in the MRO of a user class (the type of
// subobj[0] of its instances), or NULL.
const fe_type_t *fe_type_native_base(const fe_type_t *type);
// Whether a builtin type is `type` itself (or derives from it): the native base of a
// metaclass. Never true without FE_TYPE_METACLASSES, where type cannot be subclassed.
#if FE_TYPE_METACLASSES
#define FE_NATIVE_IS_TYPE(nb) fe_issubclass(nb, &fe_type_type)
#else
#define FE_NATIVE_IS_TYPE(nb) false
#endif
bool fe_is_type(fe_obj_t o);  // o is a type object (builtin, user class or metaclass instance)
void fe_type_print_name(const fe_print_t *print, const fe_type_t *type);  // module.qualname or name
qstr fe_type_module_name(const fe_type_t *type);
// The three-argument type() call: creates a class with metaclass `meta`.
fe_obj_t fe_type_new_class(const fe_type_t *meta, qstr name, fe_obj_t bases, fe_obj_t dict, size_t n_kw, const fe_obj_t *kw);

// Binds a value found in a class namespace for access through `self` (an instance, or
// FE_NULL for access through the class `type` itself). Writes dest[0] (and dest[1] for a
// method to bind, as fe_load_method does).
void fe_bind_class_attr(fe_obj_t value, const fe_type_t *owner, fe_obj_t self, const fe_type_t *type, fe_obj_t *dest);

// ---- instances (objinstance.c) -----------------------------------------------------------
fe_obj_t fe_instance_alloc(const fe_type_t *type);  // empty instance (subobj FE_NULL)
// The member map of an instance (follows the redirect to a real dict once __dict__ was taken).
fe_map_t *fe_instance_members(fe_instance_t *o);
fe_obj_t fe_instance_dict(fe_obj_t self);  // obj.__dict__
// object.__getattribute__ / __setattr__ / __delattr__ semantics for instances of user classes.
void fe_instance_generic_load(fe_obj_t self, qstr attr, fe_obj_t *dest);
void fe_instance_generic_store(fe_obj_t self, qstr attr, fe_obj_t value);  // value FE_NULL: delete
// Creates an instance of a user class as object.__new__ / a native base's __new__ would.
fe_obj_t fe_instance_new_raw(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args);
// The user-class slots (installed in every class created by type()).
void fe_instance_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind);
fe_obj_t fe_instance_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args);
fe_obj_t fe_instance_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args);
fe_obj_t fe_instance_unary_op(fe_unary_op_t op, fe_obj_t self);
// Called by fe_binary_op with `self` first: plain and comparison ops as (op, self, other);
// reflected arithmetic as (FE_BINARY_REVERSE_*, self, other) meaning other OP self.
fe_obj_t fe_instance_binary_op(fe_binary_op_t op, fe_obj_t self, fe_obj_t other);
// divmod has no FE_BINARY_REVERSE_ form in the shared enum; this private code stands for it.
#define FE_BINARY_REVERSE_DIVMOD_INTERNAL ((int)FE_BINARY_NUM_OPS)
qstr fe_binary_op_method_name(int op);  // __add__, __radd__, __iadd__, __lt__ ... or Q_NULL
void fe_instance_attr(fe_obj_t self, qstr attr, fe_obj_t *dest);
fe_obj_t fe_instance_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value);
fe_obj_t fe_instance_getiter(fe_obj_t self, fe_iter_buf_t *buf);
fe_obj_t fe_instance_iternext(fe_obj_t self);
bool fe_instance_buffer(fe_obj_t self, fe_buffer_info_t *info, int flags);
// An iterator over obj[0], obj[1] ... until IndexError (for classes with __getitem__ only).
fe_obj_t fe_getitem_iter_new(fe_obj_t obj);

// Native __init__ / __new__ stand-ins found along the MRO of a class derived from a
// builtin type that has no such entry in its method table.
extern const fe_builtin_fun_t fe_native_base_init_obj;
extern const fe_method_wrapper_t fe_native_base_new_obj;

// ---- object (objobject.c) ----------------------------------------------------------------
void fe_object_default_repr(const fe_print_t *print, fe_obj_t self);  // <__main__.A object at 0x...>
extern const fe_builtin_fun_t fe_object_init_obj;

// ---- runtime helpers -----------------------------------------------------------------------
// Calls a function found on a class with self prepended (no allocation for few arguments).
fe_obj_t fe_call_with_self(fe_obj_t fun, fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args);
FE_NORETURN void fe_raise_attribute_error(fe_obj_t base, qstr attr);



// ---- descriptors (objproperty.c) ---------------------------------------------------------
fe_obj_t fe_property_get(fe_obj_t prop, fe_obj_t obj);
void fe_property_set(fe_obj_t prop, fe_obj_t obj, fe_obj_t value);  // value FE_NULL: delete
void fe_property_set_name(fe_obj_t prop, qstr name);  // the attribute it was assigned to
// The object that a method found in `owner` receives as self when called on obj: obj itself,
// or the native subobject when owner is a builtin type that obj's class derives from.
fe_obj_t fe_self_for_owner(fe_obj_t obj, const fe_type_t *owner);
// Builds the (key, value) pairs array of the fe_call convention from a keyword map.
const fe_obj_t *fe_kw_map_to_pairs(size_t n_args, const fe_obj_t *args, fe_map_t *kw, size_t *n_kw_out);
#endif
