// py/map.c: the insertion-ordered hash table behind dicts and every namespace (module
// globals, class dicts, instance attributes).
//
// Storage of a non-fixed map is one GC block:
//
//     fe_map_elem_t table[alloc + 1]   entries in insertion order; table[alloc] is the
//                                      scratch element handed out by LOOKUP_REMOVE
//     fe_uint_t     hashes[alloc]      hash of table[i].key (valid for live entries)
//     slot          slots[nslots]      open-addressing index, only when alloc > SMALL_MAP_MAX;
//                                      a slot is 1, 2 or 4 bytes, the least that holds alloc
//
// map->table points at the block and map->index at slots[] (NULL for small maps).
// Small maps (the common case: a handful of qstr keys) have no index: lookups scan the
// words of the keys first, then hashes. Deleting leaves a hole (key FE_NULL) in any map
// until the next rebuild, so entries never move while the block stays the same and `used`
// only grows (the VM's global-lookup cache relies on both). In an indexed map a slot holds
// entry index + 1 (0 = empty) and keeps pointing at a hole, so probe chains stay intact.
// Slots are at most half full (nslots >= 2 * alloc).
//
// Key equality: same word, else same hash and fe_equal(). Two distinct qstrs, or two
// distinct small ints, are never equal, which spares the call. Strings hash with
// fe_str_hash() whether interned or not, so 'ab' as a qstr and as a heap str meet.
#include <string.h>
#include "py/obj.h"
#include "py/objseq.h"

#define SMALL_MAP_MAX 8
#define PERTURB_SHIFT 5

static inline fe_uint_t *map_hashes(const fe_map_t *map) {
    return (fe_uint_t *)(map->table + map->alloc + 1);
}

// Slot width in bytes for a table of capacity alloc (slots hold entry index + 1).
static inline size_t slot_width(size_t alloc) {
    return alloc < 0xff ? 1 : alloc < 0xffff ? 2 : 4;
}

static inline size_t slot_get(const void *slots, size_t width, size_t i) {
    if (width == 1) {
        return ((const uint8_t *)slots)[i];
    }
    if (width == 2) {
        return ((const uint16_t *)slots)[i];
    }
    return ((const uint32_t *)slots)[i];
}

static inline void slot_set(void *slots, size_t width, size_t i, size_t v) {
    if (width == 1) {
        ((uint8_t *)slots)[i] = (uint8_t)v;
    } else if (width == 2) {
        ((uint16_t *)slots)[i] = (uint16_t)v;
    } else {
        ((uint32_t *)slots)[i] = (uint32_t)v;
    }
}

static inline size_t slot_count(size_t alloc) {
    size_t n = 16;
    while (n < alloc * 2) {
        n <<= 1;
    }
    return n;
}

// CPython's hash for ints that fit a word: value modulo 2**61 - 1 (sign kept), -1 -> -2.
// Kept in step with fe_hash() so that 1, 1.0 and True meet.
fe_uint_t fe_map_key_hash(fe_obj_t key) {
    if (FE_IS_QSTR(key)) {
        return (fe_uint_t)qstr_hash(FE_QSTR_VALUE(key));
    }
    if (FE_IS_SMALL_INT(key)) {
        fe_int_t v = FE_SMALL_INT_VALUE(key);
#if INTPTR_MAX > 0x7fffffff
        const fe_int_t modulus = ((fe_int_t)1 << 61) - 1;
        if (v >= modulus) {
            v %= modulus;
        } else if (v <= -modulus) {
            v = -((-v) % modulus);
        }
#endif
        if (v == -1) {
            v = -2;
        }
        return (fe_uint_t)v;
    }
    if (fe_obj_is_type_ptr(key, &fe_type_tuple)) {
        return fe_tuple_hash(key);  // no boxing of a full-word hash in an int object
    }
    // heap strs cache fe_str_hash() of their text, which qstr_hash() equals
    return (fe_uint_t)fe_hash(key);
}

// a and b are different words with equal hashes.
static bool keys_equal(fe_obj_t a, fe_obj_t b) {
    if ((FE_IS_QSTR(a) && FE_IS_QSTR(b)) || (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b))) {
        return false;
    }
    return fe_equal(a, b);
}

static size_t block_bytes(size_t alloc) {
    size_t bytes = (alloc + 1) * sizeof(fe_map_elem_t) + alloc * sizeof(fe_uint_t);
    if (alloc > SMALL_MAP_MAX) {
        bytes += slot_count(alloc) * slot_width(alloc);
    }
    return bytes;
}

static void slot_insert(void *slots, size_t alloc, fe_uint_t hash, size_t entry) {
    size_t width = slot_width(alloc);
    size_t mask = slot_count(alloc) - 1;
    size_t i = hash & mask;
    fe_uint_t perturb = hash;
    while (slot_get(slots, width, i) != 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    slot_set(slots, width, i, entry + 1);
}

// Moves the live entries into a new block of capacity new_alloc (>= count).
static void map_rebuild(fe_map_t *map, size_t new_alloc) {
    fe_map_elem_t *old_table = map->table;
    fe_uint_t *old_hashes = old_table ? map_hashes(map) : NULL;
    size_t old_used = map->used;
    fe_map_elem_t *table = fe_alloc(block_bytes(new_alloc));
    fe_uint_t *hashes = (fe_uint_t *)(table + new_alloc + 1);
    size_t n = 0;
    for (size_t i = 0; i < old_used; i++) {
        if (old_table[i].key != FE_NULL) {
            table[n] = old_table[i];
            hashes[n] = old_hashes[i];
            n++;
        }
    }
    map->table = table;
    map->alloc = new_alloc;
    map->used = n;
    map->count = n;
    if (new_alloc > SMALL_MAP_MAX) {
        void *slots = hashes + new_alloc;
        for (size_t i = 0; i < n; i++) {
            slot_insert(slots, new_alloc, hashes[i], i);
        }
        map->index = slots;
    } else {
        map->index = NULL;
    }
}

// Capacities follow CPython's dict: a table of 2**k slots holds 2/3 of that in entries
// (8 -> 5, 16 -> 10, 32 -> 21 ...); when full it is rebuilt for 3 times the live count, and
// presizing for n asks for 1.5 n. Entries are appended and leave holes when deleted until
// the next rebuild, as in CPython, so code that mutates a dict while iterating it sees the
// same entries and the same RuntimeErrors.
static size_t capacity_for(size_t min_slots) {
    size_t size = 8;
    while (size < min_slots) {
        size <<= 1;
    }
    return (size << 1) / 3;
}

void fe_map_init(fe_map_t *map, size_t n) {
    map->used = 0;
    map->count = 0;
    map->alloc = 0;
    map->table = NULL;
    map->index = NULL;
    map->flags = FE_MAP_ALL_QSTR_KEYS;
    if (n > capacity_for(0)) {
        map_rebuild(map, capacity_for((n * 3 + 1) / 2));
    }
}

void fe_map_init_fixed(fe_map_t *map, size_t n, const fe_map_elem_t *table) {
    map->used = n;
    map->count = n;
    map->alloc = n;
    map->table = (fe_map_elem_t *)table;
    map->index = NULL;
    map->flags = FE_MAP_FIXED | FE_MAP_ALL_QSTR_KEYS;
    for (size_t i = 0; i < n; i++) {
        if (!FE_IS_QSTR(table[i].key)) {
            map->flags &= ~FE_MAP_ALL_QSTR_KEYS;
        }
    }
}

void fe_map_clear(fe_map_t *map) {
    if (map->flags & FE_MAP_FIXED) {
        fe_raise_msg(&fe_type_TypeError, "read-only dict");
    }
    map->used = 0;
    map->count = 0;
    map->alloc = 0;
    map->table = NULL;
    map->index = NULL;
    map->flags = FE_MAP_ALL_QSTR_KEYS;
}

fe_map_elem_t *fe_map_next(const fe_map_t *map, size_t *pos) {
    const fe_map_elem_t *table = map->table;
    for (size_t i = *pos; i < map->used; i++) {
        if (table[i].key != FE_NULL) {
            *pos = i + 1;
            return (fe_map_elem_t *)&table[i];
        }
    }
    *pos = map->used;
    return NULL;
}

// Const method tables and const dicts: linear search, read-only.
static fe_map_elem_t *fixed_lookup(fe_map_t *map, fe_obj_t key, fe_map_lookup_kind_t kind) {
    if (kind != FE_MAP_LOOKUP) {
        fe_raise_msg(&fe_type_TypeError, "read-only dict");
    }
    fe_map_elem_t *table = map->table;
    size_t n = map->used;
    for (size_t i = 0; i < n; i++) {
        if (table[i].key == key) {
            return &table[i];
        }
    }
    if (FE_IS_QSTR(key) && (map->flags & FE_MAP_ALL_QSTR_KEYS)) {
        return NULL;
    }
    fe_uint_t h = fe_map_key_hash(key);
    for (size_t i = 0; i < n; i++) {
        if (fe_map_key_hash(table[i].key) == h && keys_equal(table[i].key, key)) {
            return &table[i];
        }
    }
    return NULL;
}

static fe_map_elem_t *map_append(fe_map_t *map, fe_obj_t key, fe_uint_t h) {
    if (map->used == map->alloc) {
        map_rebuild(map, capacity_for(map->count * 3));  // drops the holes too
    }
    size_t i = map->used++;
    map->count++;
    map->table[i].key = key;
    map->table[i].value = FE_NULL;
    map_hashes(map)[i] = h;
    if (!FE_IS_QSTR(key)) {
        map->flags &= ~FE_MAP_ALL_QSTR_KEYS;
    }
    if (map->index != NULL) {
        slot_insert(map->index, map->alloc, h, i);
    }
    return &map->table[i];
}

// Removes entry i, returning the scratch element that holds what it contained.
static fe_map_elem_t *map_remove_at(fe_map_t *map, size_t i) {
    fe_map_elem_t *scratch = &map->table[map->alloc];
    *scratch = map->table[i];
    map->count--;
    map->table[i].key = FE_NULL;
    map->table[i].value = FE_NULL;
    if (map->count == 0) {
        map->flags |= FE_MAP_ALL_QSTR_KEYS;
    }
    return scratch;
}

static fe_map_elem_t *found(fe_map_t *map, size_t i, fe_map_lookup_kind_t kind) {
    if (kind == FE_MAP_LOOKUP_REMOVE) {
        return map_remove_at(map, i);
    }
    return &map->table[i];
}

fe_map_elem_t *fe_map_lookup(fe_map_t *map, fe_obj_t key, fe_map_lookup_kind_t kind) {
    if (FE_UNLIKELY(map->flags & FE_MAP_FIXED)) {
        return fixed_lookup(map, key, kind);
    }
restart:
    if (map->index == NULL) {
        fe_map_elem_t *table = map->table;
        size_t n = map->used;
        for (size_t i = 0; i < n; i++) {
            if (table[i].key == key) {
                return found(map, i, kind);
            }
        }
        fe_uint_t h;
        if (FE_IS_QSTR(key) && (map->flags & FE_MAP_ALL_QSTR_KEYS)) {
            h = (fe_uint_t)qstr_hash(FE_QSTR_VALUE(key));
        } else {
            h = fe_map_key_hash(key);
            if (map->table != table) {
                goto restart;  // __hash__ changed the map
            }
            fe_uint_t *hashes = map_hashes(map);
            for (size_t i = 0; i < n; i++) {
                if (hashes[i] == h && table[i].key != FE_NULL && keys_equal(table[i].key, key)) {
                    if (map->table != table || map->used != n) {
                        goto restart;  // __eq__ changed the map
                    }
                    return found(map, i, kind);
                }
                if (map->table != table || map->used != n) {
                    goto restart;
                }
            }
        }
        if (kind != FE_MAP_LOOKUP_ADD_IF_MISSING) {
            return NULL;
        }
        return map_append(map, key, h);
    }

    // indexed map
    fe_uint_t h = fe_map_key_hash(key);
    fe_map_elem_t *table = map->table;
    void *slots = map->index;
    size_t width = slot_width(map->alloc);
    size_t mask = slot_count(map->alloc) - 1;
    size_t i = h & mask;
    fe_uint_t perturb = h;
    bool cheap = FE_IS_QSTR(key) && (map->flags & FE_MAP_ALL_QSTR_KEYS);
    fe_uint_t *hashes = map_hashes(map);
    for (;;) {
        size_t s = slot_get(slots, width, i);
        if (s == 0) {
            break;
        }
        size_t e = s - 1;
        fe_obj_t k = table[e].key;
        if (k == key) {
            return found(map, e, kind);
        }
        if (!cheap && k != FE_NULL && hashes[e] == h) {
            bool eq = keys_equal(k, key);
            if (map->table != table || map->index != slots) {
                goto restart;
            }
            if (eq && table[e].key == k) {
                return found(map, e, kind);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    if (kind != FE_MAP_LOOKUP_ADD_IF_MISSING) {
        return NULL;
    }
    return map_append(map, key, h);
}
