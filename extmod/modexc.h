// extmod/modexc.h: const exception classes defined by extension modules (struct.error,
// binascii.Error, json.JSONDecodeError), and the errno table OSError messages read.
// Such a class is a builtin exception type whose instances are ordinary native exceptions:
// it has the slots every builtin exception type shares (py/objexception.c), so printing,
// attributes and matching behave as for its parent, with this type's name.
#ifndef FE_EXTMOD_MODEXC_H
#define FE_EXTMOD_MODEXC_H
#include "py/obj.h"

// The slots of every builtin exception type (py/objexception.c).
void fe_exc_slot_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind);
fe_obj_t fe_exc_slot_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args);
fe_obj_t fe_exc_slot_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
void fe_exc_slot_attr(fe_obj_t self, qstr attr, fe_obj_t *dest);

#define FE_EXC_TYPE_FLAGS (FE_TYPE_FLAG_EXCEPTION | FE_TYPE_FLAG_BASETYPE | \
    FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID)

#define FE_EXTMOD_EXC_TYPE(cname, qname, parent_type) \
    const fe_type_t cname = { \
        .base = {&fe_type_type}, \
        .flags = FE_EXC_TYPE_FLAGS, \
        .name = qname, \
        .print = fe_exc_slot_print, \
        .make_new = fe_exc_slot_make_new, \
        .binary_op = fe_exc_slot_binary_op, \
        .attr = fe_exc_slot_attr, \
        .parent = parent_type, \
    }

// errno.errorcode (extmod/moderrno.c): errno number -> name (a qstr).
extern const fe_dict_t fe_errno_errorcode;

#endif
