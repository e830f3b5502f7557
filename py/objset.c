// py/objset.c: set and frozenset.
//
// The table follows CPython 3.11's layout rule for rule, because programs print sets of
// ints and expect CPython's order: a power-of-two table starting at 8 slots; a key goes to
// slot hash & mask, then the next LINEAR_PROBES slots (when they do not wrap), then a
// perturbed jump i = 5*i + 1 + (perturb >>= 5); deleted slots hold a dummy key and may be
// reused by a later add; the table grows to the smallest power of two above used*4 (used*2
// beyond 50000 entries) when fill*5 >= mask*3. The set operations below repeat CPython's
// choice of which operand to iterate and of when to presize, since both affect the order.
#include <stddef.h>
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    fe_obj_t key;   // FE_NULL: never used; DUMMY: deleted
    fe_uint_t hash;
} set_entry_t;

typedef struct {
    fe_objbase_t base;
    size_t fill;    // active + dummy entries
    size_t used;    // active entries
    size_t mask;    // table size - 1
    size_t finger;  // where pop() looks next
    set_entry_t *table;
    fe_uint_t hash;  // frozenset hash, when hash_valid
    bool hash_valid;
} set_t;

static const fe_objbase_t set_dummy_obj = {&fe_type_object};
#define DUMMY ((fe_obj_t)&set_dummy_obj)

static set_t *anyset_native(fe_obj_t o) {
    set_t *s = fe_seq_native(o, &fe_type_set);
    if (s == FE_NULL) {
        s = fe_seq_native(o, &fe_type_frozenset);
    }
    return s;
}

bool fe_is_anyset(fe_obj_t o) {
    return anyset_native(o) != FE_NULL;
}

static bool is_frozen(set_t *s) {
    return s->base.type == &fe_type_frozenset;
}

static set_t *set_alloc(const fe_type_t *type) {
    set_t *s = fe_new(set_t);
    s->base.type = type;
    s->mask = SET_MINSIZE - 1;
    s->table = fe_alloc(SET_MINSIZE * sizeof(set_entry_t));
    return s;
}

static bool keys_equal(fe_obj_t a, fe_obj_t b) {
    if (a == b) {
        return true;
    }
    if ((FE_IS_QSTR(a) && FE_IS_QSTR(b)) || (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b))) {
        return false;
    }
    return fe_equal(a, b);
}

static void frozenset_hash_of(set_t *s);

// The hash of a key; a plain set used as a key (in `x in s`, remove, discard) is hashed
// as the equal frozenset, as CPython does.
static fe_uint_t set_key_hash(fe_obj_t key) {
    if (fe_obj_is_type_ptr(key, &fe_type_set)) {
        frozenset_hash_of(key);
        return ((set_t *)key)->hash;
    }
    return fe_map_key_hash(key);
}

static void insert_clean(set_entry_t *table, size_t mask, fe_obj_t key, fe_uint_t hash) {
    fe_uint_t perturb = hash;
    size_t i = hash & mask;
    for (;;) {
        set_entry_t *entry = &table[i];
        if (entry->key == FE_NULL) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == FE_NULL) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static void table_resize(set_t *s, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
    }
    set_entry_t *old = s->table;
    size_t oldmask = s->mask;
    set_entry_t *table = fe_alloc(newsize * sizeof(set_entry_t));
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++) {
        if (old[i].key != FE_NULL && old[i].key != DUMMY) {
            insert_clean(table, s->mask, old[i].key, old[i].hash);
        }
    }
}

static void set_add_entry(set_t *s, fe_obj_t key, fe_uint_t hash) {
restart:;
    set_entry_t *table = s->table;
    size_t mask = s->mask;
    size_t i = hash & mask;
    fe_uint_t perturb = hash;
    set_entry_t *freeslot = NULL;
    set_entry_t *entry;
    for (;;) {
        entry = &table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (entry->key == FE_NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->key == DUMMY) {
                if (freeslot == NULL) {
                    freeslot = entry;
                }
            } else if (entry->hash == hash) {
                fe_obj_t start = entry->key;
                if (start == key) {
                    return;
                }
                if (keys_equal(start, key)) {
                    return;
                }
                if (s->table != table || s->mask != mask || entry->key != start) {
                    goto restart;
                }
            }
            if (probes-- == 0) {
                break;
            }
            entry++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    s->fill++;
    s->used++;
    entry->key = key;
    entry->hash = hash;
    if (s->fill * 5 < mask * 3) {
        return;
    }
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static set_entry_t *set_lookkey(set_t *s, fe_obj_t key, fe_uint_t hash) {
restart:;
    set_entry_t *table = s->table;
    size_t mask = s->mask;
    size_t i = hash & mask;
    fe_uint_t perturb = hash;
    for (;;) {
        set_entry_t *entry = &table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (entry->key == FE_NULL) {
                return NULL;
            }
            if (entry->key != DUMMY && entry->hash == hash) {
                fe_obj_t start = entry->key;
                if (keys_equal(start, key)) {
                    if (s->table != table || entry->key != start) {
                        goto restart;
                    }
                    return entry;
                }
                if (s->table != table || s->mask != mask || entry->key != start) {
                    goto restart;
                }
            }
            if (probes-- == 0) {
                break;
            }
            entry++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool set_contains_entry(set_t *s, fe_obj_t key, fe_uint_t hash) {
    return set_lookkey(s, key, hash) != NULL;
}

static bool set_discard_entry(set_t *s, fe_obj_t key, fe_uint_t hash) {
    set_entry_t *e = set_lookkey(s, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = DUMMY;
    e->hash = (fe_uint_t)-1;
    s->used--;
    return true;
}

static void set_add_key(set_t *s, fe_obj_t key) {
    set_add_entry(s, key, fe_map_key_hash(key));
}

static set_entry_t *set_next(set_t *s, size_t *pos) {
    while (*pos <= s->mask) {
        set_entry_t *e = &s->table[(*pos)++];
        if (e->key != FE_NULL && e->key != DUMMY) {
            return e;
        }
    }
    return NULL;
}

static void set_clear_internal(set_t *s) {
    s->table = fe_alloc(SET_MINSIZE * sizeof(set_entry_t));
    s->mask = SET_MINSIZE - 1;
    s->fill = 0;
    s->used = 0;
    s->finger = 0;
}

static void set_merge(set_t *so, set_t *other) {
    if (other == so || other->used == 0) {
        return;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        table_resize(so, (so->used + other->used) * 2);
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != FE_NULL) {
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            fe_obj_t key = other->table[i].key;
            if (key != FE_NULL && key != DUMMY) {
                insert_clean(so->table, so->mask, key, other->table[i].hash);
            }
        }
        return;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        set_entry_t *e = &other->table[i];
        if (e->key != FE_NULL && e->key != DUMMY) {
            set_add_entry(so, e->key, e->hash);
        }
    }
}

static void set_update_internal(set_t *so, fe_obj_t other) {
    set_t *os = anyset_native(other);
    if (os != FE_NULL) {
        set_merge(so, os);
        return;
    }
    if (fe_obj_is_type_ptr(other, &fe_type_dict)) {
        fe_map_t *map = fe_dict_get_map(other);
        size_t dictsize = map->count;
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            table_resize(so, (so->used + dictsize) * 2);
        }
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(map, &pos)) != NULL) {
            set_add_key(so, e->key);
        }
        return;
    }
    fe_iter_buf_t buf;
    fe_obj_t it = fe_getiter(other, &buf);
    fe_obj_t x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        set_add_key(so, x);
    }
}

static const fe_type_t *base_type_of(set_t *s) {
    return is_frozen(s) ? &fe_type_frozenset : &fe_type_set;
}

static set_t *make_new_set(const fe_type_t *type, fe_obj_t iterable) {
    set_t *s = set_alloc(type);
    if (iterable != FE_NULL) {
        set_update_internal(s, iterable);
    }
    return s;
}

fe_obj_t fe_set_make(const fe_type_t *type, fe_obj_t iterable) {
    return make_new_set(type, iterable);
}

static set_t *set_copy_of(set_t *s) {
    return make_new_set(base_type_of(s), s);
}

static set_t *mutable_native(fe_obj_t o) {
    set_t *s = fe_seq_native(o, &fe_type_set);
    if (s == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'set' object but received a '%T'", o);
    }
    return s;
}

// Values that CPython's compiler treats as constants in a set display.
static bool is_constant_like(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o) || FE_IS_QSTR(o) || o == fe_none || o == fe_true || o == fe_false || o == fe_ellipsis) {
        return true;
    }
    const fe_type_t *t = fe_typeof(o);
    if (t == &fe_type_tuple) {
        fe_tuple_t *tup = o;
        for (size_t i = 0; i < tup->len; i++) {
            if (!is_constant_like(tup->items[i])) {
                return false;
            }
        }
        return true;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (t == &fe_type_float) {
        return true;
    }
#endif
#if FE_ENABLE_COMPLEX
    if (t == &fe_type_complex) {
        return true;
    }
#endif
    return t == &fe_type_int || t == &fe_type_str || t == &fe_type_bytes;
}

// The frozenset constant CPython 3.11's compiler makes for a set display of n >= 3
// constants: frozenset(items), which its constant cache then rebuilds from the items in
// table order. The display itself runs BUILD_SET 0 + SET_UPDATE (fe_set_update) with it.
fe_obj_t fe_frozenset_from_constants(size_t n, const fe_obj_t *items) {
    set_t *first = set_alloc(&fe_type_frozenset);
    for (size_t i = 0; i < n; i++) {
        set_add_key(first, items[i]);
    }
    set_t *second = set_alloc(&fe_type_frozenset);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(first, &pos)) != NULL) {
        set_add_entry(second, e->key, e->hash);
    }
    return second;
}

// BUILD_SET. A display of three or more constants ({3, 1, 2}) is built as CPython builds
// it (see fe_frozenset_from_constants), which gives another table layout (and print order)
// than adding the items one by one. CONST-DISPLAY: only the values are seen here, so a
// display of variables holding constants takes that path too; once the compiler emits
// CPython's form for constant displays itself, this block should go.
fe_obj_t fe_set_new(size_t n, const fe_obj_t *items) {
    bool constant = n >= 3;
    for (size_t i = 0; constant && i < n; i++) {
        constant = is_constant_like(items[i]);
    }
    if (constant) {
        set_t *s = set_alloc(&fe_type_set);
        set_merge(s, fe_frozenset_from_constants(n, items));
        return s;
    }
    set_t *s = set_alloc(&fe_type_set);
    for (size_t i = 0; i < n; i++) {
        set_add_key(s, items[i]);
    }
    return s;
}

void fe_set_update(fe_obj_t set, fe_obj_t iterable) {
    set_update_internal(mutable_native(set), iterable);
}

static set_t *set_native(fe_obj_t o) {
    set_t *s = anyset_native(o);
    if (s == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'set' object but received a '%T'", o);
    }
    return s;
}

void fe_set_add(fe_obj_t set, fe_obj_t item) {
    set_add_key(set_native(set), item);
}

bool fe_set_contains(fe_obj_t set, fe_obj_t key) {
    set_t *s = set_native(set);
    return set_contains_entry(s, key, set_key_hash(key));
}

// CPython's frozenset hash: order-independent xor of shuffled entry hashes, then mixed.
static fe_uint_t shuffle_bits(fe_uint_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static void frozenset_hash_of(set_t *s) {
    if (s->hash_valid && is_frozen(s)) {
        return;
    }
    fe_uint_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        set_entry_t *e = &s->table[i];
        if (e->key != FE_NULL && e->key != DUMMY) {
            hash ^= shuffle_bits(e->hash);
        }
    }
    hash ^= ((fe_uint_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (fe_uint_t)-1) {
        hash = 590923713UL;
    }
    s->hash = hash;
    s->hash_valid = is_frozen(s);
}

// ---- the operations, as CPython performs them ----------------------------------------------

// Looks up in `so` each key of `other` (of the smaller one when both are sets, so only a
// symmetric question may pass two sets). With `into`, collects the common keys there and
// returns false; without, returns true at the first key whose presence in `so` is `stop_on`.
static bool set_scan(set_t *so, fe_obj_t other, set_t *into, bool stop_on) {
    set_t *os = anyset_native(other);
    fe_iter_buf_t buf;
    fe_obj_t it = FE_NULL;
    size_t pos = 0;
    if (os == FE_NULL) {
        it = fe_getiter(other, &buf);
    } else if (os->used > so->used) {
        set_t *t = so;
        so = os;
        os = t;
    }
    for (;;) {
        fe_obj_t key;
        fe_uint_t hash;
        if (it == FE_NULL) {
            set_entry_t *e = set_next(os, &pos);
            if (e == NULL) {
                return false;
            }
            key = e->key;
            hash = e->hash;
        } else {
            key = fe_iternext(it);
            if (key == FE_NULL) {
                return false;
            }
            hash = fe_map_key_hash(key);
        }
        bool in_so = set_contains_entry(so, key, hash);
        if (into != NULL) {
            if (in_so) {
                set_add_entry(into, key, hash);
            }
        } else if (in_so == stop_on) {
            return true;
        }
    }
}

static set_t *set_intersection(set_t *so, fe_obj_t other) {
    if ((fe_obj_t)so == other) {
        return set_copy_of(so);
    }
    set_t *result = set_alloc(base_type_of(so));
    set_scan(so, other, result, false);
    return result;
}

// Swaps everything after the object header (table, counters, hash) and drops both hashes.
static void set_swap_bodies(set_t *a, set_t *b) {
    set_t t = *a;
    size_t body = sizeof(set_t) - offsetof(set_t, fill);
    memcpy(&a->fill, &b->fill, body);
    memcpy(&b->fill, &t.fill, body);
    a->hash_valid = false;
    b->hash_valid = false;
}

static void set_difference_update_internal(set_t *so, fe_obj_t other) {
    if ((fe_obj_t)so == other) {
        set_clear_internal(so);
        return;
    }
    set_t *os = anyset_native(other);
    if (os != FE_NULL) {
        if ((os->used >> 3) > so->used) {
            os = set_intersection(so, os);
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(os, &pos)) != NULL) {
            set_discard_entry(so, e->key, e->hash);
        }
    } else {
        fe_iter_buf_t buf;
        fe_obj_t it = fe_getiter(other, &buf);
        fe_obj_t key;
        while ((key = fe_iternext(it)) != FE_NULL) {
            set_discard_entry(so, key, set_key_hash(key));
        }
    }
    if (so->fill - so->used <= so->mask / 4) {
        return;
    }
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static set_t *set_copy_and_difference(set_t *so, fe_obj_t other) {
    set_t *result = set_copy_of(so);
    set_difference_update_internal(result, other);
    return result;
}

static set_t *set_difference(set_t *so, fe_obj_t other) {
    set_t *os = anyset_native(other);
    size_t other_size;
    bool is_dict = fe_obj_is_type_ptr(other, &fe_type_dict);
    if (os != FE_NULL) {
        other_size = os->used;
    } else if (is_dict) {
        other_size = fe_dict_get_map(other)->count;
    } else {
        return set_copy_and_difference(so, other);
    }
    if ((so->used >> 2) > other_size) {
        return set_copy_and_difference(so, other);
    }
    set_t *result = set_alloc(base_type_of(so));
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        fe_obj_t key = e->key;
        fe_uint_t hash = e->hash;
        bool in_other;
        if (is_dict) {
            in_other = fe_map_lookup(fe_dict_get_map(other), key, FE_MAP_LOOKUP) != NULL;
        } else {
            in_other = set_contains_entry(os, key, hash);
        }
        if (!in_other) {
            set_add_entry(result, key, hash);
        }
    }
    return result;
}

static void set_symmetric_difference_update(set_t *so, fe_obj_t other) {
    if ((fe_obj_t)so == other) {
        set_clear_internal(so);
        return;
    }
    if (fe_obj_is_type_ptr(other, &fe_type_dict)) {
        fe_map_t *map = fe_dict_get_map(other);
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(map, &pos)) != NULL) {
            fe_obj_t key = e->key;
            fe_uint_t hash = fe_map_key_hash(key);
            if (!set_discard_entry(so, key, hash)) {
                set_add_entry(so, key, hash);
            }
        }
        return;
    }
    set_t *os = anyset_native(other);
    if (os == FE_NULL) {
        os = make_new_set(base_type_of(so), other);
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(os, &pos)) != NULL) {
        if (!set_discard_entry(so, e->key, e->hash)) {
            set_add_entry(so, e->key, e->hash);
        }
    }
}

static set_t *set_symmetric_difference(set_t *so, fe_obj_t other) {
    set_t *result = make_new_set(base_type_of(so), other);
    set_symmetric_difference_update(result, so);
    return result;
}

static bool set_issubset(set_t *so, fe_obj_t other) {
    set_t *os = anyset_native(other);
    if (os == FE_NULL) {
        os = make_new_set(&fe_type_set, other);
    }
    if (so->used > os->used) {
        return false;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        if (!set_contains_entry(os, e->key, e->hash)) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(set_t *so, fe_obj_t other) {
    set_t *os = anyset_native(other);
    if (os != FE_NULL) {
        return set_issubset(os, so);
    }
    return !set_scan(so, other, NULL, false);
}

static bool set_isdisjoint(set_t *so, fe_obj_t other) {
    if ((fe_obj_t)so == other) {
        return so->used == 0;
    }
    return !set_scan(so, other, NULL, true);
}

static bool set_equal(set_t *a, set_t *b) {
    if (a->used != b->used) {
        return false;
    }
    if (a->hash_valid && b->hash_valid && a->hash != b->hash) {
        return false;
    }
    return set_issubset(a, b);
}

// ---- slots ----------------------------------------------------------------------------

static void set_print_body(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    set_t *s = self;
    bool frozen = is_frozen(s);
    if (frozen) {
        fe_print_str(print, "frozenset(");
    }
    fe_print_strn(print, "{", 1);
    size_t pos = 0;
    set_entry_t *e;
    bool first = true;
    while ((e = set_next(s, &pos)) != NULL) {
        if (!first) {
            fe_print_strn(print, ", ", 2);
        }
        first = false;
        fe_print_obj(print, e->key, FE_PRINT_REPR);
    }
    fe_print_strn(print, "}", 1);
    if (frozen) {
        fe_print_strn(print, ")", 1);
    }
}

static void set_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    set_t *s = self;
    // empty: set() / frozenset(); met again inside itself: set(...) / frozenset(...)
    if (s->used == 0 || !fe_repr_guard_call(print, self, kind, set_print_body)) {
        fe_print_str(print, is_frozen(s) ? "frozenset(" : "set(");
        fe_print_str(print, s->used != 0 ? "...)" : ")");
    }
}

static fe_obj_t set_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    bool frozen = type == &fe_type_frozenset || fe_issubclass(type, &fe_type_frozenset);
    fe_seq_check_new_args(frozen ? Q_frozenset : Q_set, n_args, n_kw, 0, 1);
    if (frozen && n_args == 1 && fe_obj_is_type_ptr(args[0], &fe_type_frozenset)) {
        return args[0];
    }
    return make_new_set(frozen ? &fe_type_frozenset : &fe_type_set, n_args ? args[0] : FE_NULL);
}

static fe_obj_t set_unary_op(fe_unary_op_t op, fe_obj_t self) {
    set_t *s = self;
    switch (op) {
        case FE_UNARY_BOOL: return fe_bool(s->used != 0);
        case FE_UNARY_LEN: return FE_NEW_SMALL_INT(s->used);
        case FE_UNARY_HASH:
            if (!is_frozen(s)) {
                fe_raise_msg(&fe_type_TypeError, "unhashable type: 'set'");
            }
            frozenset_hash_of(s);
            return fe_hash_to_obj(s->hash);
        default: return FE_NULL;
    }
}

// The four set operations, each as a new set (`s | o`, s.union(o)) and in place
// (`s |= o`, s.update(o)), with CPython's algorithms (they decide the print order).
enum { OP_OR, OP_XOR, OP_AND, OP_SUB, OP_UPDATE = 4 };

static set_t *op_new(set_t *s, unsigned op, fe_obj_t o) {
    switch (op) {
        case OP_OR: {
            set_t *r = set_copy_of(s);
            if (o != (fe_obj_t)s) {  // CPython skips it (merging could regrow the table)
                set_update_internal(r, o);
            }
            return r;
        }
        case OP_XOR: return set_symmetric_difference(s, o);
        case OP_AND: return set_intersection(s, o);
        default: return set_difference(s, o);
    }
}

static void op_update(set_t *s, unsigned op, fe_obj_t o) {
    switch (op) {
        case OP_OR: set_update_internal(s, o); break;
        case OP_XOR: set_symmetric_difference_update(s, o); break;
        case OP_AND: set_swap_bodies(s, set_intersection(s, o)); break;
        default: set_difference_update_internal(s, o); break;
    }
}

// The methods: args[0] is the set, args[1..n_args) the others; intersection_update
// intersects with them all first and then takes the result's body, as CPython does.
static fe_obj_t set_op_method(unsigned op, size_t n_args, const fe_obj_t *args) {
    bool update = op & OP_UPDATE;
    op &= 3;
    set_t *s = update ? mutable_native(args[0]) : set_native(args[0]);
    set_t *r = s;
    size_t i = 1;
    if (!update || op == OP_AND) {
        r = n_args > 1 ? op_new(s, op, args[i++]) : set_copy_of(s);
    }
    for (; i < n_args; i++) {
        if (op != OP_OR || args[i] != (fe_obj_t)s) {  // CPython skips s itself in a union
            op_update(r, op, args[i]);
        }
    }
    if (!update) {
        return r;
    }
    if (r != s) {
        set_swap_bodies(s, r);
    }
    return fe_none;
}

static fe_obj_t set_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (!fe_obj_is_type_ptr(lhs, &fe_type_set) && !fe_obj_is_type_ptr(lhs, &fe_type_frozenset)) {
        return FE_NULL;  // the reflected try: set operators need sets on both sides
    }
    set_t *s = lhs;
    if (op == FE_BINARY_IN) {
        return fe_bool(set_contains_entry(s, rhs, set_key_hash(rhs)));
    }
    set_t *o = anyset_native(rhs);
    if (o == FE_NULL) {
        return FE_NULL;
    }
    // | ^ & - and their in-place forms (the enum runs OR XOR AND LSHIFT RSHIFT ADD SUBTRACT)
    static const uint8_t op_codes[] = {OP_OR, OP_XOR, OP_AND, 0xff, 0xff, 0xff, OP_SUB};
    bool inplace = op >= FE_BINARY_INPLACE_OR && op < FE_BINARY_OR;
    unsigned k = (unsigned)op - (inplace ? FE_BINARY_INPLACE_OR : FE_BINARY_OR);
    if (k < sizeof(op_codes) && op_codes[k] != 0xff) {
        if (inplace && !is_frozen(s)) {  // frozensets have no in-place forms
            op_update(s, op_codes[k], o);
            return s;
        }
        return op_new(s, op_codes[k], o);
    }
    switch (op) {
        case FE_BINARY_EQUAL:
            return fe_bool(set_equal(s, o));
        case FE_BINARY_NOT_EQUAL:
            return fe_bool(!set_equal(s, o));
        case FE_BINARY_LESS_EQUAL:
            return fe_bool(set_issubset(s, o));
        case FE_BINARY_MORE_EQUAL:
            return fe_bool(set_issuperset(s, o));
        case FE_BINARY_LESS:
            return fe_bool(s->used < o->used && set_issubset(s, o));
        case FE_BINARY_MORE:
            return fe_bool(s->used > o->used && set_issuperset(s, o));
        default:
            return FE_NULL;
    }
}

// ---- iterator ---------------------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    set_t *set;
    size_t pos;
    size_t used;  // size when iteration started
} set_iter_t;

static fe_obj_t set_it_iternext(fe_obj_t self) {
    set_iter_t *it = self;
    set_t *s = it->set;
    if (s == NULL) {
        return FE_NULL;
    }
    if (s->used != it->used) {
        it->used = (size_t)-1;
        fe_raise_msg(&fe_type_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = set_next(s, &it->pos);
    if (e == NULL) {
        it->set = NULL;
        return FE_NULL;
    }
    return e->key;
}

static const fe_type_t set_iterator_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_ITER_IS_SELF,
    .getiter = fe_iter_getiter_self,
    .name = Q_set_iterator,
    .iternext = set_it_iternext,
};

static fe_obj_t set_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    set_iter_t *it = buf ? (set_iter_t *)buf : fe_new(set_iter_t);
    it->base.type = &set_iterator_type;
    it->set = self;
    it->pos = 0;
    it->used = ((set_t *)self)->used;
    return it;
}

// ---- methods ------------------------------------------------------------------------------

static fe_obj_t set_add_m(fe_obj_t self, fe_obj_t x) {
    set_add_key(mutable_native(self), x);
    return fe_none;
}
static FE_DEFINE_FUN_2(set_add_obj, Q_add, set_add_m);

static fe_obj_t set_clear_m(fe_obj_t self) {
    set_clear_internal(mutable_native(self));
    return fe_none;
}
static FE_DEFINE_FUN_1(set_clear_obj, Q_clear, set_clear_m);

static fe_obj_t set_copy_m(fe_obj_t self) {
    set_t *s = set_native(self);
    if (fe_typeof(self) == &fe_type_frozenset) {
        return s;
    }
    return set_copy_of(s);
}
static FE_DEFINE_FUN_1(set_copy_obj, Q_copy, set_copy_m);

static fe_obj_t set_difference_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_SUB, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_difference_obj, Q_difference, 1, FE_ARGS_VAR, set_difference_m);

static fe_obj_t set_difference_update_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_SUB | OP_UPDATE, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_difference_update_obj, Q_difference_update, 1, FE_ARGS_VAR, set_difference_update_m);

static fe_obj_t set_discard_m(fe_obj_t self, fe_obj_t x) {
    set_t *s = mutable_native(self);
    set_discard_entry(s, x, set_key_hash(x));
    return fe_none;
}
static FE_DEFINE_FUN_2(set_discard_obj, Q_discard, set_discard_m);

static fe_obj_t set_intersection_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_AND, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_intersection_obj, Q_intersection, 1, FE_ARGS_VAR, set_intersection_m);

static fe_obj_t set_intersection_update_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_AND | OP_UPDATE, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_intersection_update_obj, Q_intersection_update, 1, FE_ARGS_VAR, set_intersection_update_m);

static fe_obj_t set_isdisjoint_m(fe_obj_t self, fe_obj_t other) {
    return fe_bool(set_isdisjoint(set_native(self), other));
}
static FE_DEFINE_FUN_2(set_isdisjoint_obj, Q_isdisjoint, set_isdisjoint_m);

static fe_obj_t set_issubset_m(fe_obj_t self, fe_obj_t other) {
    return fe_bool(set_issubset(set_native(self), other));
}
static FE_DEFINE_FUN_2(set_issubset_obj, Q_issubset, set_issubset_m);

static fe_obj_t set_issuperset_m(fe_obj_t self, fe_obj_t other) {
    return fe_bool(set_issuperset(set_native(self), other));
}
static FE_DEFINE_FUN_2(set_issuperset_obj, Q_issuperset, set_issuperset_m);

static fe_obj_t set_pop_m(fe_obj_t self) {
    set_t *s = mutable_native(self);
    if (s->used == 0) {
        fe_raise_msg(&fe_type_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (s->table[i].key == FE_NULL || s->table[i].key == DUMMY) {
        i++;
        if (i > s->mask) {
            i = 0;
        }
    }
    fe_obj_t key = s->table[i].key;
    s->table[i].key = DUMMY;
    s->table[i].hash = (fe_uint_t)-1;
    s->used--;
    s->finger = i + 1;
    return key;
}
static FE_DEFINE_FUN_1(set_pop_obj, Q_pop, set_pop_m);

static fe_obj_t set_remove_m(fe_obj_t self, fe_obj_t x) {
    set_t *s = mutable_native(self);
    if (!set_discard_entry(s, x, set_key_hash(x))) {
        fe_raise(fe_exc_new(&fe_type_KeyError, 1, &x));
    }
    return fe_none;
}
static FE_DEFINE_FUN_2(set_remove_obj, Q_remove, set_remove_m);

static fe_obj_t set_symmetric_difference_m(fe_obj_t self, fe_obj_t other) {
    return set_symmetric_difference(set_native(self), other);
}
static FE_DEFINE_FUN_2(set_symmetric_difference_obj, Q_symmetric_difference, set_symmetric_difference_m);

static fe_obj_t set_symmetric_difference_update_m(fe_obj_t self, fe_obj_t other) {
    set_symmetric_difference_update(mutable_native(self), other);
    return fe_none;
}
static FE_DEFINE_FUN_2(set_symmetric_difference_update_obj, Q_symmetric_difference_update, set_symmetric_difference_update_m);

static fe_obj_t set_union_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_OR, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_union_obj, Q_union, 1, FE_ARGS_VAR, set_union_m);

static fe_obj_t set_update_m(size_t n_args, const fe_obj_t *args) {
    return set_op_method(OP_OR | OP_UPDATE, n_args, args);
}
static FE_DEFINE_FUN_VAR(set_update_obj, Q_update, 1, FE_ARGS_VAR, set_update_m);

#if FE_OBJ_CONTAINER_DUNDERS
static fe_obj_t set_contains_m(fe_obj_t self, fe_obj_t x) {
    return fe_bool(fe_set_contains(self, x));
}
static FE_DEFINE_FUN_2(set_contains_obj, Q___contains__, set_contains_m);

static fe_obj_t set_len_m(fe_obj_t self) {
    return FE_NEW_SMALL_INT(set_native(self)->used);
}
static FE_DEFINE_FUN_1(set_len_obj, Q___len__, set_len_m);

static fe_obj_t set_iter_m(fe_obj_t self) {
    return set_getiter(set_native(self), NULL);
}
static FE_DEFINE_FUN_1(set_iter_obj, Q___iter__, set_iter_m);
#endif

// One table for both types: set's methods are its first SET_METHODS_LEN entries, frozenset's
// the last FROZENSET_METHODS_LEN (the non-mutating methods they share sit in the middle,
// frozenset's __hash__ at the end).
#define SET_ONLY_LEN 13
#define SHARED_LEN (19 + 3 * FE_OBJ_CONTAINER_DUNDERS)
#define SET_METHODS_LEN (SET_ONLY_LEN + SHARED_LEN)
#define FROZENSET_METHODS_LEN (SHARED_LEN + 1)
static const fe_map_elem_t set_methods_table[] = {
    // set only
    {FE_ROM_QSTR(Q_add), FE_ROM_PTR(&set_add_obj)},
    {FE_ROM_QSTR(Q_clear), FE_ROM_PTR(&set_clear_obj)},
    {FE_ROM_QSTR(Q_difference_update), FE_ROM_PTR(&set_difference_update_obj)},
    {FE_ROM_QSTR(Q_discard), FE_ROM_PTR(&set_discard_obj)},
    {FE_ROM_QSTR(Q_intersection_update), FE_ROM_PTR(&set_intersection_update_obj)},
    {FE_ROM_QSTR(Q_pop), FE_ROM_PTR(&set_pop_obj)},
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&set_remove_obj)},
    {FE_ROM_QSTR(Q_symmetric_difference_update), FE_ROM_PTR(&set_symmetric_difference_update_obj)},
    {FE_ROM_QSTR(Q_update), FE_ROM_PTR(&set_update_obj)},
    FE_SLOT_ENTRY(Q___ior__, fe_slot_ior_obj),
    FE_SLOT_ENTRY(Q___iand__, fe_slot_iand_obj),
    FE_SLOT_ENTRY(Q___isub__, fe_slot_isub_obj),
    FE_SLOT_ENTRY(Q___ixor__, fe_slot_ixor_obj),
    // shared
    {FE_ROM_QSTR(Q_copy), FE_ROM_PTR(&set_copy_obj)},
    {FE_ROM_QSTR(Q_difference), FE_ROM_PTR(&set_difference_obj)},
    {FE_ROM_QSTR(Q_intersection), FE_ROM_PTR(&set_intersection_obj)},
    {FE_ROM_QSTR(Q_isdisjoint), FE_ROM_PTR(&set_isdisjoint_obj)},
    {FE_ROM_QSTR(Q_issubset), FE_ROM_PTR(&set_issubset_obj)},
    {FE_ROM_QSTR(Q_issuperset), FE_ROM_PTR(&set_issuperset_obj)},
    {FE_ROM_QSTR(Q_symmetric_difference), FE_ROM_PTR(&set_symmetric_difference_obj)},
    {FE_ROM_QSTR(Q_union), FE_ROM_PTR(&set_union_obj)},
#if FE_OBJ_CONTAINER_DUNDERS
    {FE_ROM_QSTR(Q___contains__), FE_ROM_PTR(&set_contains_obj)},
    {FE_ROM_QSTR(Q___len__), FE_ROM_PTR(&set_len_obj)},
    {FE_ROM_QSTR(Q___iter__), FE_ROM_PTR(&set_iter_obj)},
#endif
    FE_SLOT_ENTRY(Q___repr__, fe_slot_repr_obj),
    FE_SLOT_COMPARE_ENTRIES,
    FE_SLOT_ENTRY(Q___or__, fe_slot_or_obj),
    FE_SLOT_ENTRY(Q___and__, fe_slot_and_obj),
    FE_SLOT_ENTRY(Q___sub__, fe_slot_sub_obj),
    FE_SLOT_ENTRY(Q___xor__, fe_slot_xor_obj),
    // frozenset only
    FE_SLOT_ENTRY(Q___hash__, fe_slot_hash_obj),
};
typedef char set_methods_table_check[FE_ARRAY_SIZE(set_methods_table) == SET_METHODS_LEN + 1 ? 1 : -1];
static const fe_dict_t set_locals_dict = {{&fe_type_dict}, {SET_METHODS_LEN, SET_METHODS_LEN,
    SET_METHODS_LEN, (fe_map_elem_t *)set_methods_table, NULL, FE_MAP_FIXED | FE_MAP_ALL_QSTR_KEYS}};
static const fe_dict_t frozenset_locals_dict = {{&fe_type_dict}, {FROZENSET_METHODS_LEN,
    FROZENSET_METHODS_LEN, FROZENSET_METHODS_LEN, (fe_map_elem_t *)&set_methods_table[SET_ONLY_LEN],
    NULL, FE_MAP_FIXED | FE_MAP_ALL_QSTR_KEYS}};

const fe_type_t fe_type_set = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (struct fe_dict *)&set_locals_dict,
};

const fe_type_t fe_type_frozenset = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_BASETYPE,
    .name = Q_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (struct fe_dict *)&frozenset_locals_dict,
};
