// py/listsort.c: list.sort() and sorted(): a stable merge sort, O(n log n).
//
// Runs of RUN_LEN items are sorted by binary insertion, then merged bottom-up through a
// temporary buffer in the GC heap (without FE_LISTSORT_MERGE the whole list is one run:
// O(n log n) comparisons but O(n^2) moves, fine for the lists a small board holds).
// Only `<` is used, as in CPython. reverse=True sorts by
// "b < a" while keeping equal items in their original order, which is what CPython's
// reverse-sort-reverse gives. With a key function the keys are computed first (once per
// item) and the values move along with them.
//
// While sorting, the list is made to look empty; if a comparison or key function changes
// it, the sort ends with ValueError("list modified during sort"), as in CPython.
#include <string.h>
#include "py/obj.h"

#define RUN_LEN 16  // with FE_LISTSORT_MERGE

typedef struct {
    fe_obj_t *keys;
    fe_obj_t *vals;   // NULL when sorting the items themselves
    fe_obj_t *tmp_keys;  // merge buffers (FE_LISTSORT_MERGE)
    fe_obj_t *tmp_vals;
    bool reverse;
} sorter_t;

static bool less_than(fe_obj_t a, fe_obj_t b) {
    if (FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) {
        return FE_SMALL_INT_VALUE(a) < FE_SMALL_INT_VALUE(b);
    }
    fe_obj_t r = fe_binary_op(FE_BINARY_LESS, a, b);
    if (r == fe_true) {
        return true;
    }
    if (r == fe_false) {
        return false;
    }
    return fe_is_true(r);
}

// true when a must go strictly before b
static inline bool goes_before(const sorter_t *s, fe_obj_t a, fe_obj_t b) {
    return s->reverse ? less_than(b, a) : less_than(a, b);
}

static void insertion_sort(sorter_t *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        fe_obj_t k = s->keys[i];
        fe_obj_t v = s->vals ? s->vals[i] : FE_NULL;
        // binary search for the first position whose key k goes before (stable: after equals)
        size_t left = lo, right = i;
        while (left < right) {
            size_t mid = left + (right - left) / 2;
            if (goes_before(s, k, s->keys[mid])) {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        if (left < i) {
            memmove(&s->keys[left + 1], &s->keys[left], (i - left) * sizeof(fe_obj_t));
            s->keys[left] = k;
            if (s->vals) {
                memmove(&s->vals[left + 1], &s->vals[left], (i - left) * sizeof(fe_obj_t));
                s->vals[left] = v;
            }
        }
    }
}

#if FE_LISTSORT_MERGE
// Merges [lo, mid) and [mid, hi), both sorted.
static void merge(sorter_t *s, size_t lo, size_t mid, size_t hi) {
    // already in order: nothing to do (common for nearly sorted input)
    if (!goes_before(s, s->keys[mid], s->keys[mid - 1])) {
        return;
    }
    size_t nleft = mid - lo;
    memcpy(s->tmp_keys, &s->keys[lo], nleft * sizeof(fe_obj_t));
    if (s->vals) {
        memcpy(s->tmp_vals, &s->vals[lo], nleft * sizeof(fe_obj_t));
    }
    size_t i = 0, j = mid, out = lo;
    while (i < nleft && j < hi) {
        if (goes_before(s, s->keys[j], s->tmp_keys[i])) {
            s->keys[out] = s->keys[j];
            if (s->vals) {
                s->vals[out] = s->vals[j];
            }
            j++;
        } else {
            s->keys[out] = s->tmp_keys[i];
            if (s->vals) {
                s->vals[out] = s->tmp_vals[i];
            }
            i++;
        }
        out++;
    }
    while (i < nleft) {
        s->keys[out] = s->tmp_keys[i];
        if (s->vals) {
            s->vals[out] = s->tmp_vals[i];
        }
        i++;
        out++;
    }
}

static void sort_items(sorter_t *s, size_t n) {
    for (size_t lo = 0; lo < n; lo += RUN_LEN) {
        size_t hi = lo + RUN_LEN < n ? lo + RUN_LEN : n;
        insertion_sort(s, lo, hi);
    }
    if (n <= RUN_LEN) {
        return;
    }
    s->tmp_keys = fe_alloc(n * sizeof(fe_obj_t));  // a left run may hold up to n - 1 items
    if (s->vals) {
        s->tmp_vals = fe_alloc(n * sizeof(fe_obj_t));
    }
    for (size_t width = RUN_LEN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width;
            size_t hi = mid + width < n ? mid + width : n;
            merge(s, lo, mid, hi);
        }
    }
}
#else
static void sort_items(sorter_t *s, size_t n) {
    insertion_sort(s, 0, n);
}
#endif

static void sort_with_key(fe_obj_t *items, size_t n, fe_obj_t key, bool reverse) {
    sorter_t s = {items, NULL, NULL, NULL, reverse};
    if (key != FE_NULL) {
        fe_obj_t *keys = fe_alloc((n ? n : 1) * sizeof(fe_obj_t));
        for (size_t i = 0; i < n; i++) {
            keys[i] = fe_call1(key, items[i]);
        }
        s.keys = keys;
        s.vals = items;
    }
    sort_items(&s, n);
}

void fe_list_sort(fe_obj_t list, fe_obj_t key, bool reverse) {
    fe_list_t *l = fe_native_self(list, &fe_type_list);
    if (l == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "sort() needs a list");
    }
    size_t n = l->len;
    fe_obj_t *items = l->items;
    size_t alloc = l->alloc;
    if (n < 2 && (key == FE_NULL || key == fe_none)) {
        return;
    }
    // the list looks empty while it is being sorted
    l->len = 0;
    l->items = NULL;
    l->alloc = 0;
    fe_handler_t h;
    if (FE_TRY(h)) {
        sort_with_key(items, n, key == fe_none ? FE_NULL : key, reverse);
        fe_handler_pop(&h);
    } else {
        l->len = n;
        l->items = items;
        l->alloc = alloc;
        fe_raise((fe_obj_t)h.exc);
    }
    bool modified = l->items != NULL || l->len != 0;
    l->len = n;
    l->items = items;
    l->alloc = alloc;
    if (modified) {
        fe_raise_msg(&fe_type_ValueError, "list modified during sort");
    }
}
