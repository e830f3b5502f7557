// py/gc.c: the core's only allocator: a stop-the-world mark-sweep collector over the one
// fixed heap area the port hands to fe_gc_init().
//
// Layout of the area:
//
//     start                                                                    end
//     | allocation table (2 bits per block) | pad | block 0 | block 1 | ... |
//
// A block is BLOCK_BYTES (two machine words: 16 bytes on 64-bit, 8 on 32-bit). Every
// allocation is a run of whole blocks. The allocation table (ATB) holds one state per block:
//
//     FREE  (0)  not in use
//     HEAD  (1)  first block of an allocation
//     TAIL  (2)  a further block of the allocation whose HEAD is the nearest one before it
//     MARK  (3)  a HEAD found reachable; exists only between the mark and sweep phases
//
// Marking is conservative: every word of the roots (fe_state, the C stack and registers,
// reported by the port) and of every reachable allocation is taken as a pointer if it
// points anywhere inside [first byte, last byte] of an allocation. Reached HEADs go on an
// explicit mark stack, so deep structures never recurse on the C stack; when that stack
// overflows, marking continues and afterwards every marked block is rescanned until no
// overflow happens (everything reachable from a marked block is then marked).
// Sweeping frees every HEAD left unmarked together with its TAILs. Memory is zeroed when
// it is handed out, never on free.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "py/gc.h"

// The port may promise that the area given to fe_gc_init() is zero-filled (calloc on a host).
#ifndef FE_PORT_HEAP_ZEROED
#define FE_PORT_HEAP_ZEROED 0
#endif

#define BLOCK_WORDS 2
#define BLOCK_BYTES (BLOCK_WORDS * sizeof(void *))

// Mark stack entries (block indices). Small on small machines: an overflow costs only time.
#ifndef FE_GC_MARK_STACK_ENTRIES
#define FE_GC_MARK_STACK_ENTRIES (sizeof(void *) >= 8 ? 1024 : 64)
#endif

enum { ST_FREE = 0, ST_HEAD = 1, ST_TAIL = 2, ST_MARK = 3 };

#if FE_GC_SIZE_HINTS
#define N_HINTS 14
#else
#define N_HINTS 1
#endif

static struct {
    uint8_t *atb;           // allocation table
    uint8_t *pool;          // first block
    uint8_t *pool_end;      // one past the last block
    size_t n_blocks;
    size_t high_water;      // no block at or above this index was ever allocated
    size_t live_after_collect;  // bytes in use after the last collection
    // hint[k]: no run of class_min[k] or more free blocks starts below this block. Keeps
    // first fit from rescanning the full or fragmented part of the heap on every
    // allocation (invariant kept by find_free_run, hints_lower and sweep). Without
    // FE_GC_SIZE_HINTS only hint[0] (class_min 1): no free block lies below it.
    size_t hint[N_HINTS];
    size_t lock_depth;      // fe_gc_lock nesting; allocation fails while > 0
    bool collecting;
    bool auto_collect;      // gc.enable()/gc.disable()
    bool mark_overflow;
    intptr_t threshold;     // gc.threshold(); -1: automatic (collect_trigger)
    size_t allocated_since_collect;
    size_t n_collections;
    size_t mark_sp;
    size_t mark_stack[FE_GC_MARK_STACK_ENTRIES];
} gc;

static inline unsigned atb_get(size_t b) {
    return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void atb_set(size_t b, unsigned state) {
    unsigned shift = (b & 3) * 2;
    gc.atb[b >> 2] = (uint8_t)((gc.atb[b >> 2] & ~(3u << shift)) | (state << shift));
}

// The table word holding blocks [b, b + WORD_BLOCKS), b a multiple of WORD_BLOCKS: lets
// the free-run search skip 32 (64-bit) or 16 blocks at a time.
#define WORD_BLOCKS (sizeof(uintptr_t) * 4)
#define ATB_LOW_BITS ((uintptr_t)-1 / 3)  // 0x5555...: the low bit of every 2-bit state
static inline uintptr_t atb_word(size_t b) {
    uintptr_t w;
    memcpy(&w, gc.atb + (b >> 2), sizeof(w));
    return w;
}

static inline void *block_ptr(size_t b) {
    return gc.pool + b * BLOCK_BYTES;
}

static inline size_t block_of(const void *p) {
    return (size_t)((const uint8_t *)p - gc.pool) / BLOCK_BYTES;
}

// Number of blocks of the allocation whose HEAD (or MARK) is at b.
static size_t alloc_blocks(size_t b) {
    size_t n = 1;
    while (b + n < gc.n_blocks && atb_get(b + n) == ST_TAIL) {
        n++;
    }
    return n;
}

void fe_gc_init(void *start, void *end) {
    uintptr_t s = ((uintptr_t)start + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t e = (uintptr_t)end;
    memset(&gc, 0, sizeof(gc));
    gc.auto_collect = true;
    gc.threshold = -1;
    if (e <= s + 4 * BLOCK_BYTES) {
        fe_port_fatal("heap too small");
    }
    // n blocks need n/4 table bytes plus n*BLOCK_BYTES bytes, plus alignment padding.
    size_t avail = (size_t)(e - s);
    size_t n = (avail - BLOCK_BYTES) * 4 / (4 * BLOCK_BYTES + 1);
    size_t atb_bytes = (n + 3) / 4;
    uintptr_t pool = (s + atb_bytes + BLOCK_BYTES - 1) & ~(uintptr_t)(BLOCK_BYTES - 1);
    n = (size_t)(e - pool) / BLOCK_BYTES;
    if (n > atb_bytes * 4) {
        n = atb_bytes * 4;
    }
    gc.atb = (uint8_t *)s;
    gc.pool = (uint8_t *)pool;
    gc.n_blocks = n;
    gc.pool_end = gc.pool + n * BLOCK_BYTES;
#if !FE_PORT_HEAP_ZEROED
    memset(gc.atb, 0, atb_bytes);  // (skipped when the port's heap comes zeroed: untouched
                                   // pages of a big host heap then cost nothing)
#endif
}

// ---- marking ------------------------------------------------------------------------

static void mark_push(size_t b) {
    if (gc.mark_sp < FE_GC_MARK_STACK_ENTRIES) {
        gc.mark_stack[gc.mark_sp++] = b;
    } else {
        // The block is marked but its contents are not scanned yet: the overflow pass
        // after marking rescans every marked block.
        gc.mark_overflow = true;
    }
}

// Marks the allocation p points into, if any, and queues it for scanning.
static inline void mark_candidate(const void *p) {
    if ((const uint8_t *)p < gc.pool || (const uint8_t *)p >= gc.pool_end) {
        return;
    }
    size_t b = block_of(p);
    unsigned st = atb_get(b);
    if (st == ST_FREE || st == ST_MARK) {
        return;
    }
    while (st == ST_TAIL) {
        st = atb_get(--b);
    }
    if (st == ST_HEAD) {
        atb_set(b, ST_MARK);
        mark_push(b);
    }
}

static void scan_block_contents(size_t b) {
    void *const *w = (void *const *)block_ptr(b);
    size_t nwords = alloc_blocks(b) * BLOCK_WORDS;
    for (size_t i = 0; i < nwords; i++) {
        mark_candidate(w[i]);
    }
}

static void mark_drain(void) {
    while (gc.mark_sp > 0) {
        scan_block_contents(gc.mark_stack[--gc.mark_sp]);
    }
}

// Called for each root range: the C stack (by the port), fe_state. Reads memory that may
// hold anything (stack slots, sanitizer redzones), hence no address sanitizing here.
__attribute__((no_sanitize_address))
void fe_gc_scan_range(void *const *start, size_t nwords) {
    for (size_t i = 0; i < nwords; i++) {
        mark_candidate(start[i]);
    }
    mark_drain();
}

static void mark_overflowed(void) {
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        for (size_t b = 0; b < gc.high_water; b++) {
            if (atb_get(b) == ST_MARK) {
                scan_block_contents(b);
                mark_drain();
            }
        }
    }
}

// ---- sweeping -----------------------------------------------------------------------

// Frees unmarked allocations and unmarks the others; returns the bytes still in use.
// Only the part of the heap below the high-water mark can hold allocations.
static size_t sweep(void) {
    bool freeing = false;
    size_t in_use = 0;
    size_t end = gc.high_water;
    for (size_t b = 0; b < end; b++) {
        if ((b & (WORD_BLOCKS - 1)) == 0 && b + WORD_BLOCKS <= end && atb_word(b) == 0) {
            freeing = false;  // a table word of free blocks: nothing to do
            b += WORD_BLOCKS - 1;
            continue;
        }
        switch (atb_get(b)) {
            case ST_HEAD:  // unreachable
                atb_set(b, ST_FREE);
                freeing = true;
                break;
            case ST_TAIL:
                if (freeing) {
                    atb_set(b, ST_FREE);
                } else {
                    in_use++;
                }
                break;
            case ST_MARK:
                atb_set(b, ST_HEAD);
                freeing = false;
                in_use++;
                break;
            default:
                freeing = false;
                break;
        }
    }
    memset(gc.hint, 0, sizeof(gc.hint));
    return in_use * BLOCK_BYTES;
}

void fe_gc_collect(void) {
    if (gc.collecting || gc.lock_depth > 0 || gc.pool == NULL) {
        return;
    }
    gc.collecting = true;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    fe_gc_scan_range((void *const *)&fe_state, sizeof(fe_state) / sizeof(void *));
    fe_port_scan_roots();
    mark_overflowed();
    gc.live_after_collect = sweep();
    gc.allocated_since_collect = 0;
    gc.n_collections++;
    gc.collecting = false;
}

// ---- allocation ---------------------------------------------------------------------

#if FE_GC_SIZE_HINTS
// Size classes of free runs, in blocks. hint[k] (see the gc struct) covers runs of at
// least class_min[k] blocks; the last class stands for all longer runs.
static const uint16_t class_min[N_HINTS] = {1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096};

static size_t size_class(size_t n) {
    size_t k = 0;
    while (k + 1 < N_HINTS && class_min[k + 1] <= n) {
        k++;
    }
    return k;
}

// First fit, starting at the hint of the request's size class; returns the first block of
// n free blocks or SIZE_MAX. While scanning it notes where the first free run of each
// class (from the request's up) starts, which refreshes those hints.
static size_t find_free_run(size_t n) {
    if (n == 1) {
        // the common case: the first free block at or after the hint
        size_t nb = gc.n_blocks;
        for (size_t b = gc.hint[0]; b < nb; b++) {
            if ((b & (WORD_BLOCKS - 1)) == 0 && b + WORD_BLOCKS <= nb) {
                uintptr_t w = atb_word(b);
                if (((w | (w >> 1)) & ATB_LOW_BITS) == ATB_LOW_BITS) {
                    b += WORD_BLOCKS - 1;  // a table word of blocks in use
                    continue;
                }
            }
            if ((b & 3) == 0) {
                uint8_t x = gc.atb[b >> 2];
                if (((x | (x >> 1)) & 0x55) == 0x55) {
                    b += 3;  // four blocks in use
                    continue;
                }
            }
            if (atb_get(b) == ST_FREE) {
                gc.hint[0] = b + 1;
                return b;
            }
        }
        gc.hint[0] = nb;
        return SIZE_MAX;
    }
    size_t c = size_class(n);
    size_t found[N_HINTS];
    for (size_t k = c; k < N_HINTS; k++) {
        found[k] = SIZE_MAX;
    }
    size_t nb = gc.n_blocks;
    size_t b = gc.hint[c];
    size_t run = 0, run_start = 0;
    size_t next_k = c;  // the next class the current run will reach
    while (b < nb) {
        size_t step = 1;
        if ((b & (WORD_BLOCKS - 1)) == 0 && b + WORD_BLOCKS <= nb) {
            uintptr_t w = atb_word(b);
            if (((w | (w >> 1)) & ATB_LOW_BITS) == ATB_LOW_BITS) {
                run = 0;  // a whole table word of blocks in use
                b += WORD_BLOCKS;
                continue;
            }
            if (w == 0) {
                step = WORD_BLOCKS;  // a whole table word of free blocks
            }
        }
        if (step == 1 && (b & 3) == 0) {
            uint8_t x = gc.atb[b >> 2];
            if (((x | (x >> 1)) & 0x55) == 0x55) {
                run = 0;  // four blocks in use
                b += 4;
                continue;
            }
            if (x == 0 && b + 4 <= nb) {
                step = 4;  // four free blocks
            }
        }
        if (step == 1 && atb_get(b) != ST_FREE) {
            run = 0;
            b++;
            continue;
        }
        if (run == 0) {
            run_start = b;
            next_k = c;
        }
        run += step;
        b += step;
        while (next_k < N_HINTS && run >= class_min[next_k]) {
            if (found[next_k] == SIZE_MAX) {
                found[next_k] = run_start;
            }
            next_k++;
        }
        if (run >= n) {
            // The caller takes [run_start, run_start + n): what is left of this run starts
            // after it, and no run of these classes starts before except found ones.
            for (size_t k = c; k < N_HINTS; k++) {
                gc.hint[k] = (found[k] == SIZE_MAX || found[k] == run_start) ? run_start + n : found[k];
            }
            return run_start;
        }
    }
    for (size_t k = c; k < N_HINTS; k++) {
        gc.hint[k] = found[k] == SIZE_MAX ? nb : found[k];
    }
    return SIZE_MAX;
}

// Blocks [first, first + count) became free. The free run around them may be a new run
// for some classes: lower those hints to its start. The walk is capped at the largest
// class, beyond which every class is lowered anyway.
static void hints_lower(size_t first, size_t count) {
    size_t cap = class_min[N_HINTS - 1];
    size_t a = first;
    while (a > 0 && first - a < cap && atb_get(a - 1) == ST_FREE) {
        a--;
    }
    size_t e = first + count;
    while (e < gc.n_blocks && e - a < cap && atb_get(e) == ST_FREE) {
        e++;
    }
    size_t len = e - a;
    for (size_t k = 0; k < N_HINTS && class_min[k] <= len; k++) {
        if (a < gc.hint[k]) {
            gc.hint[k] = a;
        }
    }
}

#else
// First fit from hint[0], the first block that may be free, noting the first free block
// seen (the new hint). A byte of the table whose four blocks are all in use is skipped
// whole. Returns the first block of n free blocks or SIZE_MAX.
static size_t find_free_run(size_t n) {
    size_t nb = gc.n_blocks, first_free = nb, run = 0;
    for (size_t b = gc.hint[0]; b < nb; b++) {
        if ((b & 3) == 0) {
            uint8_t x = gc.atb[b >> 2];
            if (((x | (x >> 1)) & 0x55) == 0x55) {
                run = 0;
                b += 3;  // four blocks in use
                continue;
            }
        }
        if (atb_get(b) != ST_FREE) {
            run = 0;
            continue;
        }
        if (first_free == nb) {
            first_free = b;
        }
        if (++run == n) {
            size_t start = b + 1 - n;
            gc.hint[0] = first_free == start ? b + 1 : first_free;
            return start;
        }
    }
    gc.hint[0] = first_free;
    return SIZE_MAX;
}

// Blocks [first, first + count) became free.
static void hints_lower(size_t first, size_t count) {
    if (first < gc.hint[0]) {
        gc.hint[0] = first;
    }
}
#endif

static void *take_blocks(size_t n) {
    size_t start = find_free_run(n);
    if (start == SIZE_MAX) {
        return NULL;
    }
    atb_set(start, ST_HEAD);
    for (size_t i = 1; i < n; i++) {
        atb_set(start + i, ST_TAIL);
    }
    if (start + n > gc.high_water) {
        gc.high_water = start + n;
    }
    void *p = block_ptr(start);
    memset(p, 0, n * BLOCK_BYTES);
    gc.allocated_since_collect += n * BLOCK_BYTES;
    return p;
}

// Raises the preallocated MemoryError (fe_raise_memory_error never allocates).
static FE_NORETURN void raise_memory_error(void) {
    fe_raise_memory_error();
}

// Bytes allocated after which the next allocation collects first. By default as much as
// was live after the last collection, but at least FE_GC_MIN_TRIGGER: memory in use stays
// within about twice the live data (and warm in the caches) and the collector's work
// stays proportional to allocation. A small heap simply fills up first.
#ifndef FE_GC_MIN_TRIGGER
#define FE_GC_MIN_TRIGGER (1024 * 1024)
#endif
#if !FE_GC_STRESS
static size_t collect_trigger(void) {
    if (gc.threshold >= 0) {
        return (size_t)gc.threshold;
    }
    return gc.live_after_collect > FE_GC_MIN_TRIGGER ? gc.live_after_collect : FE_GC_MIN_TRIGGER;
}
#endif

static void *alloc_blocks_or_null(size_t nbytes) {
    if (gc.lock_depth > 0 || gc.collecting || gc.pool == NULL) {
        return NULL;
    }
    if (nbytes == 0) {
        nbytes = 1;
    }
    if (nbytes > (size_t)(gc.pool_end - gc.pool)) {
        return NULL;  // can never fit (and guards the rounding below against overflow)
    }
    size_t n = (nbytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
#if FE_GC_STRESS
    fe_gc_collect();
#else
    if (gc.auto_collect && gc.allocated_since_collect > collect_trigger()) {
        fe_gc_collect();
    }
#endif
    void *p = take_blocks(n);
    if (p == NULL && gc.auto_collect) {
        fe_gc_collect();
        p = take_blocks(n);
    }
    return p;
}

void *fe_alloc_maybe(size_t nbytes) {
    return alloc_blocks_or_null(nbytes);
}

void *fe_alloc(size_t nbytes) {
    void *p = alloc_blocks_or_null(nbytes);
    if (p == NULL) {
        raise_memory_error();
    }
    return p;
}

// The HEAD block of a heap allocation, or SIZE_MAX if p is not the start of one.
static size_t head_block(const void *p) {
    if (!fe_gc_is_heap_ptr(p) || ((uintptr_t)((const uint8_t *)p - gc.pool) % BLOCK_BYTES) != 0) {
        return SIZE_MAX;
    }
    size_t b = block_of(p);
    unsigned st = atb_get(b);
    return (st == ST_HEAD || st == ST_MARK) ? b : SIZE_MAX;
}

void fe_free(void *ptr) {
    if (ptr == NULL || gc.collecting) {
        return;
    }
    size_t b = head_block(ptr);
    if (b == SIZE_MAX) {
        return;  // not ours (const data) or not an allocation start: ignore
    }
    size_t n = alloc_blocks(b);
    for (size_t i = 0; i < n; i++) {
        atb_set(b + i, ST_FREE);
    }
    hints_lower(b, n);
}

void *fe_realloc(void *ptr, size_t nbytes) {
    if (ptr == NULL) {
        return fe_alloc(nbytes);
    }
    if (nbytes == 0) {
        fe_free(ptr);
        return NULL;
    }
    size_t b = head_block(ptr);
    if (b == SIZE_MAX) {
        fe_port_fatal("fe_realloc of a pointer that is not a heap allocation");
    }
    if (gc.lock_depth > 0) {
        raise_memory_error();
    }
    size_t n_old = alloc_blocks(b);
    if (nbytes > (size_t)(gc.pool_end - gc.pool)) {
        raise_memory_error();
    }
    size_t n_new = (nbytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
    if (n_new <= n_old) {
        // Shrink in place. Bytes past the new size are zeroed, so growing again later
        // shows zeros there as a fresh allocation would; freed blocks are zeroed when they
        // are handed out again.
        memset((uint8_t *)ptr + nbytes, 0, n_new * BLOCK_BYTES - nbytes);
        for (size_t i = n_new; i < n_old; i++) {
            atb_set(b + i, ST_FREE);
        }
        if (n_new < n_old) {
            hints_lower(b + n_new, n_old - n_new);
        }
        return ptr;
    }
#if !FE_GC_STRESS
    // Grow in place when the following blocks are free.
    if (b + n_new <= gc.n_blocks) {
        size_t i = n_old;
        while (i < n_new && atb_get(b + i) == ST_FREE) {
            i++;
        }
        if (i == n_new) {
            for (i = n_old; i < n_new; i++) {
                atb_set(b + i, ST_TAIL);
            }
            if (b + n_new > gc.high_water) {
                gc.high_water = b + n_new;
            }
            memset((uint8_t *)ptr + n_old * BLOCK_BYTES, 0, (n_new - n_old) * BLOCK_BYTES);
            gc.allocated_since_collect += (n_new - n_old) * BLOCK_BYTES;
            return ptr;
        }
    }
#endif
    // Move. ptr stays reachable during a collection in fe_alloc: it is still in use below,
    // so it is held in a register or stack slot that the root scan sees.
    void *volatile old = ptr;
    void *p = fe_alloc(nbytes);
    memcpy(p, old, n_old * BLOCK_BYTES);
    fe_free(old);
    return p;
}

size_t fe_alloc_size(void *ptr) {
    size_t b = head_block(ptr);
    return b == SIZE_MAX ? 0 : alloc_blocks(b) * BLOCK_BYTES;
}

bool fe_gc_is_heap_ptr(const void *p) {
    return (const uint8_t *)p >= gc.pool && (const uint8_t *)p < gc.pool_end;
}

// ---- dead stack -------------------------------------------------------------------------

// Bytes of dead C stack cleared by fe_gc_scrub_stack().
#ifndef FE_GC_SCRUB_BYTES
#define FE_GC_SCRUB_BYTES 4096
#endif

__attribute__((noinline)) static void scrub_below(size_t n) {
    char area[n];
    memset(area, 0, n);
    __asm__ volatile("" : : "r"(area) : "memory");  // keep the memset
}

// After a longjmp the frames between the raise and the handler are dead, but their slots
// still hold pointers; later, deeper calls reuse that memory for frames whose unwritten
// slots the conservative scan then reads, keeping dead objects alive (a whole exhausted
// heap, after a MemoryError). Clearing the area below the caller's frame once an exception
// has been caught prevents that. Bounded by the stack limit, so it is safe on small stacks.
void fe_gc_scrub_stack(void) {
    char here;
    size_t n = FE_GC_SCRUB_BYTES;
    if (fe_state.stack_limit == NULL) {
        n = n < 768 ? n : 768;  // the port did not say how deep the stack is: stay shallow
    } else {
        char *floor = fe_state.stack_limit + FE_STACK_MARGIN;
        size_t room = &here > floor ? (size_t)(&here - floor) : 0;
        if (n > room) {
            n = room;
        }
    }
    if (n > 256) {
        scrub_below(n - 256);  // leave room for scrub_below's own frame
    }
}

// ---- control and statistics ---------------------------------------------------------

void fe_gc_lock(void) {
    gc.lock_depth++;
}

void fe_gc_unlock(void) {
    if (gc.lock_depth > 0) {
        gc.lock_depth--;
    }
}

bool fe_gc_is_locked(void) {
    return gc.lock_depth > 0;
}

void fe_gc_enable(bool on) {
    gc.auto_collect = on;
}

bool fe_gc_is_enabled(void) {
    return gc.auto_collect;
}

void fe_gc_set_threshold(intptr_t bytes) {
    gc.threshold = bytes < 0 ? -1 : bytes;
}

intptr_t fe_gc_get_threshold(void) {
    return gc.threshold;
}

void fe_gc_info(fe_gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->block_bytes = BLOCK_BYTES;
    info->total = gc.n_blocks * BLOCK_BYTES;
    info->n_collections = gc.n_collections;
    size_t free_run = 0;
    size_t b = 0;
    while (b < gc.high_water) {
        unsigned st = atb_get(b);
        if (st == ST_FREE) {
            free_run++;
            b++;
            continue;
        }
        if (free_run > info->max_free) {
            info->max_free = free_run;
        }
        free_run = 0;
        size_t n = alloc_blocks(b);
        info->used += n * BLOCK_BYTES;
        info->n_allocs++;
        if (n == 1) {
            info->n_1_blocks++;
        } else if (n == 2) {
            info->n_2_blocks++;
        }
        if (n > info->max_block) {
            info->max_block = n;
        }
        b += n;
    }
    // everything from the last allocation to the end of the heap is free
    free_run += gc.n_blocks - gc.high_water;
    if (free_run > info->max_free) {
        info->max_free = free_run;
    }
    info->free = info->total - info->used;
}

size_t fe_gc_mem_free(void) {
    fe_gc_info_t info;
    fe_gc_info(&info);
    return info.free;
}

size_t fe_gc_mem_alloc(void) {
    fe_gc_info_t info;
    fe_gc_info(&info);
    return info.used;
}
