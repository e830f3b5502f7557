// py/reprguard.c: recursion guard for printing containers that contain themselves
// (l = []; l.append(l); print(l) gives [[...]]).
//
// The containers being printed form a linked list of nodes living in the C stack frames of
// fe_repr_guard_call(), newest first. The list head is a static pointer to stack memory
// (never to the heap, so it is no GC concern); each node also holds the object, which its
// caller's frame references anyway. If printing raises, the handler unlinks the node before
// passing the exception on, so the list never points at a dead frame.
#include "py/obj.h"

typedef struct repr_guard_node {
    struct repr_guard_node *prev;
    fe_obj_t obj;
} repr_guard_node_t;

static repr_guard_node_t *guard_top;

bool fe_repr_guard_call(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind, fe_print_fn fn) {
    fe_stack_check();  // deeply nested containers: RecursionError rather than a C stack overflow
    for (repr_guard_node_t *n = guard_top; n != NULL; n = n->prev) {
        if (n->obj == self) {
            return false;
        }
    }
    repr_guard_node_t node;
    node.prev = guard_top;
    node.obj = self;
    guard_top = &node;
    fe_handler_t h;
    if (FE_TRY(h)) {
        fn(print, self, kind);
        fe_handler_pop(&h);
        guard_top = node.prev;
        return true;
    } else {
        guard_top = node.prev;
        fe_raise((fe_obj_t)h.exc);
    }
}
