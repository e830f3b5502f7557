// extmod/modheapq.c: the heapq module (uheapq): a binary min-heap kept in a list, with the
// same sift algorithms as CPython (siftup to a leaf, then siftdown), so the list layout
// after each operation is identical to CPython's. heapreplace, heappushpop, nsmallest and
// nlargest need FE_HEAPQ_EXTRA.
#include "py/obj.h"

// The list behind a heap argument; IndexError if it must not be empty and is.
static fe_list_t *heap_list(fe_obj_t heap, bool nonempty) {
    fe_list_t *l = fe_native_self(heap, &fe_type_list);
    if (l == FE_NULL) {
        fe_raise_msg(&fe_type_TypeError, "heap argument must be a list");
    }
    if (nonempty && l->len == 0) {
        fe_raise_msg(&fe_type_IndexError, "index out of range");
    }
    return l;
}

static bool less(fe_obj_t a, fe_obj_t b) {
    return fe_is_true(fe_binary_op(FE_BINARY_LESS, a, b));
}

// Comparisons run Python code that may resize the list: re-read items and check the
// length after each one.
static void check_size(fe_obj_t list, size_t expect) {
    size_t len;
    fe_obj_t *items;
    fe_list_get(list, &len, &items);
    if (len != expect) {
        fe_raise_msg(&fe_type_RuntimeError, "list changed size during iteration");
    }
}

// Moves the item at pos up towards start while it is smaller than its parent.
static void sift_down(fe_obj_t list, size_t start, size_t pos) {
    size_t len;
    fe_obj_t *items;
    fe_list_get(list, &len, &items);
    fe_obj_t newitem = items[pos];
    while (pos > start) {
        size_t parent_pos = (pos - 1) >> 1;
        fe_obj_t parent = items[parent_pos];
        bool lt = less(newitem, parent);
        check_size(list, len);
        fe_list_get(list, &len, &items);
        if (!lt) {
            break;
        }
        items[pos] = parent;
        pos = parent_pos;
    }
    items[pos] = newitem;
}

// Moves the smaller child up until a leaf is reached, then sifts the item down.
static void sift_up(fe_obj_t list, size_t pos) {
    size_t len;
    fe_obj_t *items;
    fe_list_get(list, &len, &items);
    size_t end = len, start = pos;
    fe_obj_t newitem = items[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end) {
            bool lt = less(items[child], items[right]);
            check_size(list, len);
            fe_list_get(list, &len, &items);
            if (!lt) {
                child = right;
            }
        }
        items[pos] = items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    items[pos] = newitem;
    sift_down(list, start, pos);
}

static fe_obj_t heapq_heappush(fe_obj_t heap, fe_obj_t item) {
    fe_list_t *l = heap_list(heap, false);
    fe_list_append(l, item);
    sift_down(l, 0, l->len - 1);
    return fe_none;
}
static FE_DEFINE_FUN_2(heapq_heappush_obj, Q_heappush, heapq_heappush);

static fe_obj_t heapq_heappop(fe_obj_t heap) {
    fe_list_t *l = heap_list(heap, true);
    fe_obj_t last = l->items[--l->len];
    l->items[l->len] = FE_NULL;
    if (l->len == 0) {
        return last;
    }
    fe_obj_t ret = l->items[0];
    l->items[0] = last;
    sift_up(l, 0);
    return ret;
}
static FE_DEFINE_FUN_1(heapq_heappop_obj, Q_heappop, heapq_heappop);

#if FE_HEAPQ_EXTRA
static fe_obj_t heapq_heapreplace(fe_obj_t heap, fe_obj_t item) {
    fe_list_t *l = heap_list(heap, true);
    fe_obj_t ret = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return ret;
}
static FE_DEFINE_FUN_2(heapq_heapreplace_obj, Q_heapreplace, heapq_heapreplace);

static fe_obj_t heapq_heappushpop(fe_obj_t heap, fe_obj_t item) {
    fe_list_t *l = heap_list(heap, false);
    if (l->len == 0 || !less(l->items[0], item)) {
        return item;
    }
    // the comparison may have emptied or changed the list: read it again
    heap_list(heap, true);
    fe_obj_t top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static FE_DEFINE_FUN_2(heapq_heappushpop_obj, Q_heappushpop, heapq_heappushpop);
#endif

static fe_obj_t heapq_heapify(fe_obj_t heap) {
    fe_list_t *l = heap_list(heap, false);
    for (size_t i = l->len / 2; i-- > 0;) {
        sift_up(l, i);
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(heapq_heapify_obj, Q_heapify, heapq_heapify);

#if FE_HEAPQ_EXTRA
// nsmallest/nlargest(n, iterable, key=None): sorted(iterable, key=key[, reverse])[:n]
// gives the same result as CPython's (its algorithms are stable in the same way).
static fe_obj_t n_select(size_t n_args, const fe_obj_t *args, fe_map_t *kw, bool reverse) {
    static const fe_arg_spec_t spec[] = {
        {Q_n, FE_ARG_REQUIRED, FE_NULL}, {Q_iterable, FE_ARG_REQUIRED, FE_NULL},
        {Q_key, FE_ARG_OBJ, fe_none},
    };
    fe_obj_t a[3];
    fe_parse_args(n_args, args, kw, 3, spec, a);
    fe_int_t n = fe_get_int(a[0]);
    fe_obj_t list = fe_list_new(0, NULL);
    fe_list_extend(list, a[1]);
    fe_list_sort(list, a[2] == fe_none ? FE_NULL : a[2], reverse);
    fe_list_t *l = list;
    if (n < 0) {
        n = 0;
    }
    if ((size_t)n < l->len) {
        l->len = n;
    }
    return list;
}
static fe_obj_t heapq_nsmallest(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return n_select(n_args, args, kw, false);
}
static FE_DEFINE_FUN_KW(heapq_nsmallest_obj, Q_nsmallest, 2, heapq_nsmallest);
static fe_obj_t heapq_nlargest(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    return n_select(n_args, args, kw, true);
}
static FE_DEFINE_FUN_KW(heapq_nlargest_obj, Q_nlargest, 2, heapq_nlargest);
#endif

static const fe_map_elem_t heapq_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_heapq)},
    {FE_ROM_QSTR(Q_heappush), FE_ROM_PTR(&heapq_heappush_obj)},
    {FE_ROM_QSTR(Q_heappop), FE_ROM_PTR(&heapq_heappop_obj)},
    {FE_ROM_QSTR(Q_heapify), FE_ROM_PTR(&heapq_heapify_obj)},
#if FE_HEAPQ_EXTRA
    {FE_ROM_QSTR(Q_heapreplace), FE_ROM_PTR(&heapq_heapreplace_obj)},
    {FE_ROM_QSTR(Q_heappushpop), FE_ROM_PTR(&heapq_heappushpop_obj)},
    {FE_ROM_QSTR(Q_nsmallest), FE_ROM_PTR(&heapq_nsmallest_obj)},
    {FE_ROM_QSTR(Q_nlargest), FE_ROM_PTR(&heapq_nlargest_obj)},
#endif
};
static FE_DEFINE_CONST_DICT(heapq_globals, heapq_globals_table);

const fe_module_t fe_module_heapq = {{&fe_type_module}, (fe_dict_t *)&heapq_globals};
