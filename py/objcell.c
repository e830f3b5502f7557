// py/objcell.c: closure cells, the boxes through which nested functions share a variable.
// A cell whose value is FE_NULL is empty (the variable is unbound).
#include "py/engine.h"

fe_obj_t fe_cell_new(fe_obj_t value) {
    fe_cell_t *c = fe_new(fe_cell_t);
    c->base.type = &fe_type_closure_cell;
    c->value = value;
    return c;
}

static void cell_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_cell_t *c = self;
    if (c->value == FE_NULL) {
        fe_print_str(print, "<cell: empty>");
    } else {
        fe_printf(print, "<cell: %T object>", c->value);
    }
}

static void cell_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_cell_t *c = self;
    if (attr != Q_cell_contents) {
        return;
    }
    if (dest[0] == FE_NULL) {
        if (c->value == FE_NULL) {
            fe_raise_msg(&fe_type_ValueError, "Cell is empty");
        }
        dest[0] = c->value;
    } else {
        c->value = dest[1];
        dest[0] = FE_NULL;
    }
}

const fe_type_t fe_type_closure_cell = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_cell,
    .print = cell_print,
    .attr = cell_attr,
};
