// extmod/libutil.h: helpers shared by libraries in extmod/ (os, time, select, socket; struct,
// array and uctypes for integers).
//
// Attrtuples: tuples with named fields (os.uname(), time.struct_time). An attrtuple behaves as a read-only tuple (len, index, slice,
// iteration, ==, hash, tuple(x)) and has one attribute per field.
#ifndef FE_EXTMOD_LIBUTIL_H
#define FE_EXTMOD_LIBUTIL_H

#include "py/obj.h"

// The field names of one kind of attrtuple; referenced by the type's `protocol`.
typedef struct {
    const char *prefix;     // printed before "(field=value, ...)": "time.struct_time" or ""
    size_t n_fields;
    const uint16_t *fields; // qstrs
} fe_attrtuple_desc_t;

typedef struct {
    fe_objbase_t base;
    fe_obj_t tuple;         // the values, a real tuple
} fe_attrtuple_t;

// Slots for an attrtuple type: define a const fe_type_t with these and `protocol` = desc.
void fe_attrtuple_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind);
fe_obj_t fe_attrtuple_unary_op(fe_unary_op_t op, fe_obj_t self);
fe_obj_t fe_attrtuple_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs);
void fe_attrtuple_attr(fe_obj_t self, qstr attr, fe_obj_t *dest);
fe_obj_t fe_attrtuple_subscr(fe_obj_t self, fe_obj_t index, fe_obj_t value);
fe_obj_t fe_attrtuple_getiter(fe_obj_t self, fe_iter_buf_t *buf);

#define FE_DEFINE_ATTRTUPLE_TYPE(obj, qname, desc) \
    const fe_type_t obj = { \
        .base = {&fe_type_type}, .name = qname, .print = fe_attrtuple_print, \
        .unary_op = fe_attrtuple_unary_op, .binary_op = fe_attrtuple_binary_op, \
        .attr = fe_attrtuple_attr, .subscr = fe_attrtuple_subscr, \
        .getiter = fe_attrtuple_getiter, .protocol = &(desc), \
    }

// Raises the exception a signal handler left in fe_state.pending_exc (KeyboardInterrupt),
// if any: blocking calls of these libraries return early on a signal and call this.
static inline void fe_lib_raise_pending(void) {
    fe_obj_t exc = fe_state.pending_exc;
    if (exc != FE_NULL) {
        fe_state.pending_exc = FE_NULL;
        fe_exc_clear_traceback(exc);
        fe_raise(exc);
    }
}

// Raises OSError for a negative port result (-errno); returns r otherwise.
static inline intptr_t fe_lib_check(intptr_t r) {
    if (r < 0) {
        fe_raise_os_error((int)-r);
    }
    return r;
}

// An int of any size as an int64 (false if o is not an int or is out of range); for
// 32-bit ports, where times and addresses exceed a machine word.
bool fe_lib_get_int64(fe_obj_t o, int64_t *out);

// The low 64 bits of the two's complement of an int of any size (o must be an int); used
// by struct, array and uctypes to store integers.
uint64_t fe_lib_int_low64(fe_obj_t o);

// A new attrtuple of `type` from n values (n must equal the field count).
fe_obj_t fe_attrtuple_new(const fe_type_t *type, size_t n, const fe_obj_t *items);

#endif
