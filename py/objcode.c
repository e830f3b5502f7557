// py/objcode.c: the `code` type: compiled code blocks as Python objects (the layout is
// described in py/bytecode.h and declared in py/engine.h). Code objects are immutable;
// exec() and eval() run them, functions wrap them.
#include "py/engine.h"

static void code_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_code_t *code = self;
    fe_printf(print, "<code object %q, file \"%q\", line %u>", code->name, code->filename, (unsigned)code->first_line);
}

static void code_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_code_t *code = self;
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    switch (attr) {
        case Q_co_name:
            dest[0] = FE_NEW_QSTR(code->name);
            break;
        case Q_co_qualname:
            dest[0] = FE_NEW_QSTR(code->qualname);
            break;
        case Q_co_filename:
            dest[0] = FE_NEW_QSTR(code->filename);
            break;
        case Q_co_firstlineno:
            dest[0] = FE_NEW_SMALL_INT(code->first_line);
            break;
        case Q_co_argcount:
            dest[0] = FE_NEW_SMALL_INT(code->n_pos);
            break;
        case Q_co_posonlyargcount:
            dest[0] = FE_NEW_SMALL_INT(code->n_posonly);
            break;
        case Q_co_kwonlyargcount:
            dest[0] = FE_NEW_SMALL_INT(code->n_kwonly);
            break;
        case Q_co_nlocals:
            dest[0] = FE_NEW_SMALL_INT(code->n_locals);
            break;
        case Q_co_varnames: {
            size_t n = code->n_locals - code->n_free, k = 0;
            fe_obj_t t = fe_tuple_new(n, NULL);
            for (size_t i = 0; i < n; i++) {
                if (code->local_names[i] != Q_NULL) {
                    ((fe_tuple_t *)t)->items[k++] = FE_NEW_QSTR(code->local_names[i]);
                }
            }
            ((fe_tuple_t *)t)->len = k;
            dest[0] = t;
            break;
        }
        case Q_co_consts:
            dest[0] = fe_tuple_new(code->n_consts, code->consts);
            break;
        case Q_co_code:
            dest[0] = fe_bytes_new(code->bytecode, code->bc_len);
            break;
        case Q_co_names: {
            fe_obj_t t = fe_tuple_new(code->n_names, NULL);
            for (size_t i = 0; i < code->n_names; i++) {
                ((fe_tuple_t *)t)->items[i] = FE_NEW_QSTR(code->names[i]);
            }
            dest[0] = t;
            break;
        }
        case Q_co_stacksize:
            dest[0] = FE_NEW_SMALL_INT(code->max_stack);
            break;
        case Q_co_flags:
            dest[0] = FE_NEW_SMALL_INT(code->flags);
            break;
        default:
            break;
    }
}

const fe_type_t fe_type_code = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_code,
    .print = code_print,
    .attr = code_attr,
};
