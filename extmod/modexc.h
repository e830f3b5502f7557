// extmod/modexc.h: const exception classes defined by extension modules (struct.error,
// binascii.Error, json.JSONDecodeError). Such a type is a builtin exception type whose
// instances are ordinary native exceptions: its slots forward to the parent's, so printing,
// attributes and matching behave as for the parent, with this type's name.
#ifndef FE_EXTMOD_MODEXC_H
#define FE_EXTMOD_MODEXC_H
#include "py/obj.h"

#define FE_EXTMOD_EXC_TYPE(cname, qname, parent_type) \
    static void cname##_print(const fe_print_t *p, fe_obj_t o, fe_print_kind_t k) { \
        (parent_type)->print(p, o, k); \
    } \
    static fe_obj_t cname##_make_new(const fe_type_t *t, size_t n, size_t n_kw, const fe_obj_t *a) { \
        return (parent_type)->make_new(t, n, n_kw, a); \
    } \
    static fe_obj_t cname##_binary_op(fe_binary_op_t op, fe_obj_t l, fe_obj_t r) { \
        return (parent_type)->binary_op(op, l, r); \
    } \
    static void cname##_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) { \
        (parent_type)->attr(self, attr, dest); \
    } \
    const fe_type_t cname = { \
        .base = {&fe_type_type}, \
        .flags = FE_TYPE_FLAG_EXCEPTION | FE_TYPE_FLAG_BASETYPE | FE_TYPE_FLAG_EQ_IS_IDENTITY | \
            FE_TYPE_FLAG_HASH_IS_ID, \
        .name = qname, \
        .print = cname##_print, \
        .make_new = cname##_make_new, \
        .binary_op = cname##_binary_op, \
        .attr = cname##_attr, \
        .parent = parent_type, \
    }

#endif
