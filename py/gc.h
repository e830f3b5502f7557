// py/gc.h: collector controls and memory statistics beyond the allocation API of py/obj.h,
// for the gc and micropython modules (py/modgc.c, py/modmicropython.c) and the ports.
#ifndef FE_PY_GC_H
#define FE_PY_GC_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

// Automatic collection (on allocation failure or past the threshold); gc.enable/disable.
void fe_gc_enable(bool on);
bool fe_gc_is_enabled(void);
// Collect once this many bytes were allocated since the last collection; -1 (the default):
// automatic, after as many bytes as were live after the last collection (at least 1 MB),
// or when the heap is full.
void fe_gc_set_threshold(intptr_t bytes);
intptr_t fe_gc_get_threshold(void);

typedef struct {
    size_t total;          // bytes in blocks
    size_t used;           // bytes in allocated blocks
    size_t free;           // bytes in free blocks
    size_t block_bytes;    // size of one block
    size_t n_allocs;       // live allocations
    size_t n_1_blocks;     // allocations of one block
    size_t n_2_blocks;     // allocations of two blocks
    size_t max_block;      // longest allocation, in blocks
    size_t max_free;       // longest run of free blocks
    size_t n_collections;  // collections since fe_gc_init
} fe_gc_info_t;
void fe_gc_info(fe_gc_info_t *info);

// Runtime interned strings (py/qstr.c), for micropython.qstr_info().
typedef struct {
    size_t n_static;       // qstrs in the const table
    size_t n_dynamic;      // qstrs interned at run time
    size_t data_bytes;     // bytes of text of the runtime qstrs
    size_t total_bytes;    // heap bytes used by the runtime pool (text, entries, index)
} fe_qstr_info_t;
void fe_qstr_info(fe_qstr_info_t *info);

#endif
