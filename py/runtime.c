// py/runtime.c: the generic operations on objects: operators, truth, equality, hashing,
// len, subscripts, iteration, repr/str and number extraction. Attribute access is in
// py/runtime_attr.c, calls in py/runtime_call.c.
//
// Binary operator dispatch (fe_binary_op), following CPython:
//   1. two small ints: arithmetic and comparisons inline, else the int type's slot;
//   2. in-place ops try the left type's slot with the in-place code (list +=, __iadd__),
//      then fall back to the plain operator;
//   3. if type(rhs) is a proper subclass of type(lhs) (a user class) that defines the
//      reflected method, it goes first;
//   4. the left type's slot: lhs_type->binary_op(op, lhs, rhs);
//   5. the right type's slot, if its type differs:
//        - a builtin type is called with the SAME op and the ORIGINAL operand order,
//          rhs_type->binary_op(op, lhs, rhs): builtin slots never see FE_BINARY_REVERSE_*
//          codes, and every builtin slot checks the types of both operands itself;
//        - a user class (fe_instance_binary_op) is called self-first with the reflected
//          code: (FE_BINARY_REVERSE_ADD, rhs, lhs) runs rhs.__radd__(lhs), and for
//          comparisons (MORE, rhs, lhs) runs rhs.__gt__(lhs);
//   6. defaults: == is identity, != is not ==, the rest raise TypeError as CPython.
// A slot result FE_NULL means NotImplemented.
#include <string.h>
#include "py/obj.h"
#include "py/objtype.h"

// ---- unary --------------------------------------------------------------------------------------

static fe_int_t id_hash(fe_obj_t o) {
    return (fe_int_t)(((fe_uint_t)o >> 4) & (FE_SMALL_INT_MAX >> 1));
}

bool fe_is_true(fe_obj_t o) {
    if (o == fe_false || o == fe_none) {
        return false;
    }
    if (o == fe_true) {
        return true;
    }
    if (FE_IS_SMALL_INT(o)) {
        return o != FE_NEW_SMALL_INT(0);
    }
    if (FE_IS_QSTR(o)) {
        return FE_QSTR_VALUE(o) != Q_empty;
    }
    const fe_type_t *t = ((fe_objbase_t *)o)->type;
    if (t->unary_op != NULL) {
        fe_obj_t r = t->unary_op(FE_UNARY_BOOL, o);
        if (r != FE_NULL) {
            return r == fe_true;
        }
        r = t->unary_op(FE_UNARY_LEN, o);
        if (r != FE_NULL) {
            return r != FE_NEW_SMALL_INT(0);
        }
    }
    return true;
}

fe_obj_t fe_len_maybe(fe_obj_t o) {
    const fe_type_t *t = fe_typeof(o);
    if (t->unary_op == NULL) {
        return FE_NULL;
    }
    return t->unary_op(FE_UNARY_LEN, o);
}

size_t fe_len(fe_obj_t o) {
    fe_obj_t r = fe_len_maybe(o);
    if (r == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "object of type '%q' has no len()", fe_type_name(o));
    }
    return (size_t)FE_SMALL_INT_VALUE(r);
}

// Builtin types whose instances cannot be hashed (their slot gives no hash).
static bool type_is_unhashable(const fe_type_t *t) {
    return t == &fe_type_list || t == &fe_type_dict || t == &fe_type_set || t == &fe_type_bytearray
           || t == &fe_type_slice || t == &fe_type_dict_keys || t == &fe_type_dict_items
           || (t->flags & FE_TYPE_FLAG_USER);
}

fe_int_t fe_hash(fe_obj_t o) {
    if (FE_IS_SMALL_INT(o)) {
        // ints hash to themselves below CPython's modulus 2**61 - 1 (and -1 to -2)
        fe_int_t v = FE_SMALL_INT_VALUE(o);
#if UINTPTR_MAX > 0xffffffffu
        if (v >= ((fe_int_t)1 << 60) || v <= -((fe_int_t)1 << 60)) {
            return FE_SMALL_INT_VALUE(fe_type_int.unary_op(FE_UNARY_HASH, o));
        }
#endif
        return v == -1 ? -2 : v;
    }
    if (FE_IS_QSTR(o)) {
        return (fe_int_t)qstr_hash(FE_QSTR_VALUE(o));
    }
    const fe_type_t *t = ((fe_objbase_t *)o)->type;
    if (t->flags & FE_TYPE_FLAG_HASH_IS_ID) {
        return id_hash(o);
    }
    if (t->unary_op != NULL) {
        fe_obj_t r = t->unary_op(FE_UNARY_HASH, o);
        if (r != FE_NULL) {
            if (FE_IS_SMALL_INT(r)) {
                return FE_SMALL_INT_VALUE(r);
            }
            fe_int_t v;
            if (fe_get_int_maybe(r, &v)) {
                return v;
            }
            return fe_hash(r);
        }
    }
    if (type_is_unhashable(t)) {
        fe_raise_fmt(&fe_type_TypeError, "unhashable type: '%q'", (qstr)t->name);
    }
    return id_hash(o);
}

static FE_NORETURN void raise_bad_unary(fe_unary_op_t op, fe_obj_t arg) {
    qstr tn = fe_type_name(arg);
    switch (op) {
        case FE_UNARY_POSITIVE:
            fe_raise_fmt(&fe_type_TypeError, "bad operand type for unary +: '%q'", tn);
        case FE_UNARY_NEGATIVE:
            fe_raise_fmt(&fe_type_TypeError, "bad operand type for unary -: '%q'", tn);
        case FE_UNARY_INVERT:
            fe_raise_fmt(&fe_type_TypeError, "bad operand type for unary ~: '%q'", tn);
        case FE_UNARY_ABS:
            fe_raise_fmt(&fe_type_TypeError, "bad operand type for abs(): '%q'", tn);
        case FE_UNARY_INT:
            fe_raise_fmt(&fe_type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%q'", tn);
        case FE_UNARY_FLOAT:
            fe_raise_fmt(&fe_type_TypeError, "float() argument must be a string or a real number, not '%q'", tn);
        default:
            fe_raise_fmt(&fe_type_TypeError, "bad operand type: '%q'", tn);
    }
}

fe_obj_t fe_unary_op(fe_unary_op_t op, fe_obj_t arg) {
    switch (op) {
        case FE_UNARY_NOT:
            return fe_bool(!fe_is_true(arg));
        case FE_UNARY_BOOL:
            return fe_bool(fe_is_true(arg));
        case FE_UNARY_LEN:
            return FE_NEW_SMALL_INT(fe_len(arg));
        case FE_UNARY_HASH: {
            fe_int_t h = fe_hash(arg);
            return FE_SMALL_INT_FITS(h) ? FE_NEW_SMALL_INT(h) : FE_NEW_SMALL_INT(h >> 2);
        }
        default:
            break;
    }
    if (FE_IS_SMALL_INT(arg)) {
        fe_int_t v = FE_SMALL_INT_VALUE(arg);
        switch (op) {
            case FE_UNARY_POSITIVE:
            case FE_UNARY_INT:
                return arg;
            case FE_UNARY_NEGATIVE:
                if (v != FE_SMALL_INT_MIN) {
                    return FE_NEW_SMALL_INT(-v);
                }
                break;
            case FE_UNARY_INVERT:
                return FE_NEW_SMALL_INT(~v);
            case FE_UNARY_ABS:
                if (v != FE_SMALL_INT_MIN) {
                    return FE_NEW_SMALL_INT(v < 0 ? -v : v);
                }
                break;
            default:
                break;
        }
    }
    const fe_type_t *t = fe_typeof(arg);
    if (t->unary_op != NULL) {
        fe_obj_t r = t->unary_op(op, arg);
        if (r != FE_NULL) {
            return r;
        }
    }
    raise_bad_unary(op, arg);
}

// ---- binary ------------------------------------------------------------------------------------

static const char *binary_symbol(fe_binary_op_t op) {
    // up to three characters each; "" for operators without a symbol
    static const char names[][4] = {
        [FE_BINARY_LESS] = "<", [FE_BINARY_MORE] = ">", [FE_BINARY_EQUAL] = "==",
        [FE_BINARY_LESS_EQUAL] = "<=", [FE_BINARY_MORE_EQUAL] = ">=", [FE_BINARY_NOT_EQUAL] = "!=",
        [FE_BINARY_INPLACE_OR] = "|=", [FE_BINARY_INPLACE_XOR] = "^=", [FE_BINARY_INPLACE_AND] = "&=",
        [FE_BINARY_INPLACE_LSHIFT] = "<<=", [FE_BINARY_INPLACE_RSHIFT] = ">>=",
        [FE_BINARY_INPLACE_ADD] = "+=", [FE_BINARY_INPLACE_SUBTRACT] = "-=",
        [FE_BINARY_INPLACE_MULTIPLY] = "*=", [FE_BINARY_INPLACE_MAT_MULTIPLY] = "@=",
        [FE_BINARY_INPLACE_FLOOR_DIVIDE] = "//=", [FE_BINARY_INPLACE_TRUE_DIVIDE] = "/=",
        [FE_BINARY_INPLACE_MODULO] = "%=", [FE_BINARY_INPLACE_POWER] = "**=",
        [FE_BINARY_OR] = "|", [FE_BINARY_XOR] = "^", [FE_BINARY_AND] = "&", [FE_BINARY_LSHIFT] = "<<",
        [FE_BINARY_RSHIFT] = ">>", [FE_BINARY_ADD] = "+", [FE_BINARY_SUBTRACT] = "-",
        [FE_BINARY_MULTIPLY] = "*", [FE_BINARY_MAT_MULTIPLY] = "@", [FE_BINARY_FLOOR_DIVIDE] = "//",
        [FE_BINARY_TRUE_DIVIDE] = "/", [FE_BINARY_MODULO] = "%",
    };
    if (op == FE_BINARY_POWER) {
        return "** or pow()";
    }
    if (op == FE_BINARY_DIVMOD) {
        return "divmod()";
    }
    if ((size_t)op < FE_ARRAY_SIZE(names) && names[op][0] != 0) {
        return names[op];
    }
    return "?";
}

static FE_NORETURN void raise_unsupported(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (op <= FE_BINARY_NOT_EQUAL) {
        fe_raise_fmt(&fe_type_TypeError, "'%s' not supported between instances of '%q' and '%q'",
                     binary_symbol(op), fe_type_name(lhs), fe_type_name(rhs));
    }
    fe_raise_fmt(&fe_type_TypeError, "unsupported operand type(s) for %s: '%q' and '%q'",
                 binary_symbol(op), fe_type_name(lhs), fe_type_name(rhs));
}

// The reflected form of an operator, for a user class on the right-hand side.
static int reflected_op(fe_binary_op_t op) {
    switch (op) {
        case FE_BINARY_LESS:
            return FE_BINARY_MORE;
        case FE_BINARY_MORE:
            return FE_BINARY_LESS;
        case FE_BINARY_LESS_EQUAL:
            return FE_BINARY_MORE_EQUAL;
        case FE_BINARY_MORE_EQUAL:
            return FE_BINARY_LESS_EQUAL;
        case FE_BINARY_EQUAL:
        case FE_BINARY_NOT_EQUAL:
            return op;
        case FE_BINARY_DIVMOD:
            return FE_BINARY_REVERSE_DIVMOD_INTERNAL;
        default:
            return FE_BINARY_PLAIN_TO_REVERSE(op);
    }
}

// The native object behind a user instance, for handing it to a builtin type's slot.
static fe_obj_t unwrap_native(fe_obj_t o, const fe_type_t *t) {
    if (!(t->flags & FE_TYPE_FLAG_USER)) {
        return o;
    }
    const fe_type_t *nb = fe_type_native_base(t);
    if (nb == NULL || fe_issubclass(nb, &fe_type_type)) {
        return o;
    }
    return ((fe_instance_t *)o)->subobj[0];
}

// Steps 3-5 of the dispatch above; FE_NULL if no side implements the operator.
static fe_obj_t dispatch_binary(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    const fe_type_t *lt = fe_typeof(lhs);
    const fe_type_t *rt = fe_typeof(rhs);
    fe_obj_t r;
    bool tried_reflected = false;
    if (rt != lt && (rt->flags & FE_TYPE_FLAG_USER) && fe_issubclass(rt, lt)) {
        int rop = reflected_op(op);
        qstr rname = fe_binary_op_method_name(rop);
        fe_obj_t rf = fe_type_lookup_user(rt, rname);
        if (rf != FE_NULL && rf != fe_type_lookup_user(lt, rname)) {
            tried_reflected = true;
            r = fe_instance_binary_op(rop, rhs, lhs);
            if (r != FE_NULL) {
                return r;
            }
        }
    }
    if (lt->binary_op != NULL) {
        r = lt->binary_op(op, lhs, rhs);
        if (r != FE_NULL) {
            return r;
        }
    }
    // comparisons try the reflection even between instances of one class (a < b -> b > a)
    bool try_reflected = rt != lt || (op <= FE_BINARY_NOT_EQUAL && (rt->flags & FE_TYPE_FLAG_USER));
    if (try_reflected && !tried_reflected && rt->binary_op != NULL) {
        if (rt->flags & FE_TYPE_FLAG_USER) {
            r = fe_instance_binary_op(reflected_op(op), rhs, lhs);
        } else {
            r = rt->binary_op(op, unwrap_native(lhs, lt), rhs);
        }
        if (r != FE_NULL) {
            return r;
        }
    }
    return FE_NULL;
}

static bool is_exception_class(fe_obj_t o) {
    return fe_is_type(o) && fe_issubclass(o, &fe_type_BaseException);
}

static bool exception_match(fe_obj_t exc, fe_obj_t spec) {
    const fe_type_t *et = fe_is_type(exc) ? (const fe_type_t *)exc : fe_typeof(exc);
    if (fe_obj_is_type_ptr(spec, &fe_type_tuple)) {
        size_t n;
        fe_obj_t *items;
        fe_tuple_get(spec, &n, &items);
        bool found = false;
        for (size_t i = 0; i < n; i++) {
            if (!is_exception_class(items[i])) {
                fe_raise_msg(&fe_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            }
            found = found || fe_issubclass(et, items[i]);
        }
        return found;
    }
    if (!is_exception_class(spec)) {
        fe_raise_msg(&fe_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    return fe_issubclass(et, spec);
}

static bool contains(fe_obj_t container, fe_obj_t item) {
    const fe_type_t *t = fe_typeof(container);
    if (t->binary_op != NULL) {
        fe_obj_t r = t->binary_op(FE_BINARY_IN, container, item);
        if (r != FE_NULL) {
            return fe_is_true(r);
        }
    }
    fe_iter_buf_t buf;
    fe_obj_t it = t->getiter != NULL ? t->getiter(container, &buf) : FE_NULL;
    if (it == FE_NULL && t->getiter == NULL && t->iternext != NULL) {
        it = container;
    }
    if (it == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "argument of type '%q' is not iterable", (qstr)t->name);
    }
    fe_obj_t x;
    while ((x = fe_iternext(it)) != FE_NULL) {
        if (fe_equal(x, item)) {
            return true;
        }
    }
    return false;
}


static fe_obj_t index_value(fe_obj_t o);

// seq * n and n * seq where n is a user object with __index__ (builtin slots know ints only).
static fe_obj_t repeat_by_index(fe_obj_t lhs, fe_obj_t rhs) {
    const fe_type_t *lt = fe_typeof(lhs), *rt = fe_typeof(rhs);
    if ((rt->flags & FE_TYPE_FLAG_USER) && !(lt->flags & FE_TYPE_FLAG_USER) && lt->binary_op != NULL
        && fe_type_lookup_user(rt, Q___index__) != FE_NULL) {
        return lt->binary_op(FE_BINARY_MULTIPLY, lhs, index_value(rhs));
    }
    if ((lt->flags & FE_TYPE_FLAG_USER) && !(rt->flags & FE_TYPE_FLAG_USER) && rt->binary_op != NULL
        && fe_type_lookup_user(lt, Q___index__) != FE_NULL) {
        return rt->binary_op(FE_BINARY_MULTIPLY, index_value(lhs), rhs);
    }
    return FE_NULL;
}

fe_obj_t fe_binary_op(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (FE_IS_SMALL_INT(lhs) && FE_IS_SMALL_INT(rhs)) {
        fe_int_t a = FE_SMALL_INT_VALUE(lhs), b = FE_SMALL_INT_VALUE(rhs), r;
        switch (op) {
            case FE_BINARY_LESS:
                return fe_bool(a < b);
            case FE_BINARY_MORE:
                return fe_bool(a > b);
            case FE_BINARY_EQUAL:
                return fe_bool(a == b);
            case FE_BINARY_LESS_EQUAL:
                return fe_bool(a <= b);
            case FE_BINARY_MORE_EQUAL:
                return fe_bool(a >= b);
            case FE_BINARY_NOT_EQUAL:
                return fe_bool(a != b);
            case FE_BINARY_ADD:
            case FE_BINARY_INPLACE_ADD:
                r = a + b;
                if (FE_SMALL_INT_FITS(r)) {
                    return FE_NEW_SMALL_INT(r);
                }
                break;
            case FE_BINARY_SUBTRACT:
            case FE_BINARY_INPLACE_SUBTRACT:
                r = a - b;
                if (FE_SMALL_INT_FITS(r)) {
                    return FE_NEW_SMALL_INT(r);
                }
                break;
            case FE_BINARY_MULTIPLY:
            case FE_BINARY_INPLACE_MULTIPLY:
                if (!__builtin_mul_overflow(a, b, &r) && FE_SMALL_INT_FITS(r)) {
                    return FE_NEW_SMALL_INT(r);
                }
                break;
            case FE_BINARY_AND:
            case FE_BINARY_INPLACE_AND:
                return FE_NEW_SMALL_INT(a & b);
            case FE_BINARY_OR:
            case FE_BINARY_INPLACE_OR:
                return FE_NEW_SMALL_INT(a | b);
            case FE_BINARY_XOR:
            case FE_BINARY_INPLACE_XOR:
                return FE_NEW_SMALL_INT(a ^ b);
            default:
                break;
        }
        if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
            op = FE_BINARY_INPLACE_TO_PLAIN(op);  // ints are immutable
        }
        if (op < FE_BINARY_IN || (op >= FE_BINARY_OR && op <= FE_BINARY_DIVMOD)) {
            fe_obj_t res = fe_type_int.binary_op(op, lhs, rhs);
            if (res != FE_NULL) {
                return res;
            }
            raise_unsupported(op, lhs, rhs);
        }
    }
    switch (op) {
        case FE_BINARY_IS:
            return fe_bool(lhs == rhs);
        case FE_BINARY_IS_NOT:
            return fe_bool(lhs != rhs);
        case FE_BINARY_IN:
            return fe_bool(contains(rhs, lhs));
        case FE_BINARY_NOT_IN:
            return fe_bool(!contains(rhs, lhs));
        case FE_BINARY_EXCEPTION_MATCH:
            return fe_bool(exception_match(lhs, rhs));
        default:
            break;
    }
    if (FE_IS_QSTR(lhs) && FE_IS_QSTR(rhs) && (op == FE_BINARY_EQUAL || op == FE_BINARY_NOT_EQUAL)) {
        return fe_bool((lhs == rhs) == (op == FE_BINARY_EQUAL));  // interned: equal iff identical
    }
    fe_obj_t r;
    if (op >= FE_BINARY_INPLACE_OR && op <= FE_BINARY_INPLACE_POWER) {
        const fe_type_t *lt = fe_typeof(lhs);
        if (lt->binary_op != NULL) {
            r = lt->binary_op(op, lhs, rhs);
            if (r != FE_NULL) {
                return r;
            }
        }
        r = dispatch_binary(FE_BINARY_INPLACE_TO_PLAIN(op), lhs, rhs);
        if (r == FE_NULL && op == FE_BINARY_INPLACE_MULTIPLY) {
            r = repeat_by_index(lhs, rhs);
        }
        if (r != FE_NULL) {
            return r;
        }
        raise_unsupported(op, lhs, rhs);
    }
    r = dispatch_binary(op, lhs, rhs);
    if (r != FE_NULL) {
        return r;
    }
    if (op == FE_BINARY_MULTIPLY) {
        // sequence repetition by an object with __index__ ('ab' * n)
        r = repeat_by_index(lhs, rhs);
        if (r != FE_NULL) {
            return r;
        }
    }
    switch (op) {
        case FE_BINARY_EQUAL:
            return fe_bool(lhs == rhs);
        case FE_BINARY_NOT_EQUAL:
            // types that implement only == get != from it
            r = dispatch_binary(FE_BINARY_EQUAL, lhs, rhs);
            if (r != FE_NULL) {
                return fe_bool(!fe_is_true(r));
            }
            return fe_bool(lhs != rhs);
        default:
            raise_unsupported(op, lhs, rhs);
    }
}

bool fe_equal(fe_obj_t a, fe_obj_t b) {
    if (a == b) {
        return true;  // identity implies equality for containers, as in CPython
    }
    if ((FE_IS_SMALL_INT(a) && FE_IS_SMALL_INT(b)) || (FE_IS_QSTR(a) && FE_IS_QSTR(b))) {
        return false;
    }
    fe_obj_t r = fe_binary_op(FE_BINARY_EQUAL, a, b);
    return r == fe_true || (r != fe_false && fe_is_true(r));
}

// ---- subscripts and iteration ---------------------------------------------------------------

fe_obj_t fe_subscr_load(fe_obj_t base, fe_obj_t index) {
    const fe_type_t *t = fe_typeof(base);
    if (t->subscr != NULL) {
        fe_obj_t r = t->subscr(base, index, FE_SUBSCR_LOAD);
        if (r != FE_NULL) {
            return r;
        }
    }
    if (fe_is_type(base)) {
        fe_raise_fmt(&fe_type_TypeError, "type '%q' is not subscriptable", (qstr)((const fe_type_t *)base)->name);
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object is not subscriptable", (qstr)t->name);
}

void fe_subscr_store(fe_obj_t base, fe_obj_t index, fe_obj_t value) {
    const fe_type_t *t = fe_typeof(base);
    if (t->subscr != NULL && t->subscr(base, index, value) != FE_NULL) {
        return;
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object does not support item assignment", (qstr)t->name);
}

void fe_subscr_delete(fe_obj_t base, fe_obj_t index) {
    const fe_type_t *t = fe_typeof(base);
    if (t->subscr != NULL && t->subscr(base, index, FE_NULL) != FE_NULL) {
        return;
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object doesn't support item deletion", (qstr)t->name);
}

fe_obj_t fe_getiter(fe_obj_t o, fe_iter_buf_t *buf) {
    const fe_type_t *t = fe_typeof(o);
    if (t->getiter != NULL) {
        fe_obj_t it = t->getiter(o, buf);
        if (it != FE_NULL) {
            return it;
        }
    } else if ((t->flags & FE_TYPE_FLAG_ITER_IS_SELF) || t->iternext != NULL) {
        return o;  // an iterator without its own getiter slot
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object is not iterable", (qstr)t->name);
}

fe_obj_t fe_iternext(fe_obj_t it) {
    const fe_type_t *t = fe_typeof(it);
    if (t->iternext == NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%q' object is not an iterator", (qstr)t->name);
    }
    return t->iternext(it);
}

// ---- text ---------------------------------------------------------------------------------------

static fe_obj_t print_to_str(fe_obj_t o, fe_print_kind_t kind) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 16);
    fe_vstr_print_init(&v, &pr);
    fe_print_obj(&pr, o, kind);
    return fe_str_from_vstr(&v);
}

fe_obj_t fe_repr(fe_obj_t o) {
    return print_to_str(o, FE_PRINT_REPR);
}

fe_obj_t fe_str(fe_obj_t o) {
    if (FE_IS_QSTR(o) || fe_obj_is_type_ptr(o, &fe_type_str)) {
        return o;
    }
    return print_to_str(o, FE_PRINT_STR);
}

qstr fe_type_name(fe_obj_t o) {
    return fe_typeof(o)->name;
}

// ---- numbers --------------------------------------------------------------------------------------

// A big int that may still fit a machine word: split it in two half-words with generic
// int operations (no dependency on the bigint representation).
static bool big_int_to_word(fe_obj_t o, fe_int_t *out) {
    const unsigned half = sizeof(fe_int_t) * 4;
    fe_obj_t mask = FE_NEW_SMALL_INT(((fe_int_t)1 << half) - 1);
    fe_obj_t lo = fe_binary_op(FE_BINARY_AND, o, mask);
    fe_obj_t hi = fe_binary_op(FE_BINARY_RSHIFT, o, FE_NEW_SMALL_INT(half));
    if (!FE_IS_SMALL_INT(lo) || !FE_IS_SMALL_INT(hi)) {
        return false;
    }
    fe_int_t h = FE_SMALL_INT_VALUE(hi);
    fe_int_t limit = (fe_int_t)1 << (half - 1);
    if (h < -limit || h >= limit) {
        return false;
    }
    *out = (fe_int_t)(((fe_uint_t)h << half) | (fe_uint_t)FE_SMALL_INT_VALUE(lo));
    return true;
}

bool fe_get_int_maybe(fe_obj_t o, fe_int_t *out) {
    if (FE_IS_SMALL_INT(o)) {
        *out = FE_SMALL_INT_VALUE(o);
        return true;
    }
    if (!FE_IS_OBJ(o)) {
        return false;
    }
    const fe_type_t *t = ((fe_objbase_t *)o)->type;
    if (t == &fe_type_bool) {
        *out = o == fe_true;
        return true;
    }
    if (t == &fe_type_int) {
        return big_int_to_word(o, out);
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_int);
        if (n != FE_NULL) {
            return fe_get_int_maybe(n, out);
        }
    }
    return false;
}

// The integer value of o as an index: int, bool, a subclass of int, or __index__.
static fe_obj_t index_value(fe_obj_t o) {
    if (fe_is_int(o)) {
        return o;
    }
    const fe_type_t *t = fe_typeof(o);
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_int);
        if (n != FE_NULL) {
            return n;
        }
        fe_obj_t f = fe_type_lookup_user(t, Q___index__);
        if (f != FE_NULL) {
            fe_obj_t r = fe_call_with_self(f, o, 0, 0, NULL);
            if (!fe_is_int(r)) {
                fe_raise_fmt(&fe_type_TypeError, "__index__ returned non-int (type %q)", fe_type_name(r));
            }
            return r;
        }
    }
    return FE_NULL;
}

fe_int_t fe_get_int(fe_obj_t o) {
    fe_int_t v;
    if (fe_get_int_maybe(o, &v)) {
        return v;
    }
    fe_obj_t i = index_value(o);
    if (i == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%q' object cannot be interpreted as an integer", fe_type_name(o));
    }
    if (!fe_get_int_maybe(i, &v)) {
        fe_raise_msg(&fe_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return v;
}

// Like fe_get_int, with CPython's message for sizes and counts ("a" * 2**100).
fe_int_t fe_get_index(fe_obj_t o) {
    fe_int_t v;
    if (fe_get_int_maybe(o, &v)) {
        return v;
    }
    fe_obj_t i = index_value(o);
    if (i == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%q' object cannot be interpreted as an integer", fe_type_name(o));
    }
    if (!fe_get_int_maybe(i, &v)) {
        fe_raise_msg(&fe_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return v;
}

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
bool fe_get_float_maybe(fe_obj_t o, fe_float_t *out) {
    if (FE_IS_SMALL_INT(o)) {
        *out = (fe_float_t)FE_SMALL_INT_VALUE(o);
        return true;
    }
    if (!FE_IS_OBJ(o)) {
        return false;
    }
    const fe_type_t *t = ((fe_objbase_t *)o)->type;
    if (t == &fe_type_float) {
        *out = fe_float_value(o);
        return true;
    }
    if (t == &fe_type_bool) {
        *out = o == fe_true ? 1 : 0;
        return true;
    }
    if (t == &fe_type_int) {
        *out = fe_int_to_float(o);
        return true;
    }
    if (t->flags & FE_TYPE_FLAG_USER) {
        fe_obj_t n = fe_native_self(o, &fe_type_float);
        if (n == FE_NULL) {
            n = fe_native_self(o, &fe_type_int);
        }
        if (n != FE_NULL) {
            return fe_get_float_maybe(n, out);
        }
    }
    return false;
}

fe_float_t fe_get_float(fe_obj_t o) {
    fe_float_t v;
    if (fe_get_float_maybe(o, &v)) {
        return v;
    }
    const fe_type_t *t = fe_typeof(o);
    if ((t->flags & FE_TYPE_FLAG_USER)
        && (fe_type_lookup_user(t, Q___float__) != FE_NULL || fe_type_lookup_user(t, Q___index__) != FE_NULL)) {
        fe_obj_t r = fe_instance_unary_op(FE_UNARY_FLOAT, o);
        if (r != FE_NULL && fe_get_float_maybe(r, &v)) {
            return v;
        }
    }
    fe_raise_fmt(&fe_type_TypeError, "must be real number, not %q", fe_type_name(o));
}
#endif

static const char *seq_kind_name(const fe_type_t *type, bool for_index_error) {
    if (type == &fe_type_str) {
        return "string";
    }
    if (type == &fe_type_bytes) {
        return for_index_error ? "" : "byte";
    }
    if (type == &fe_type_range) {
        return for_index_error ? "range object" : "range";
    }
    return NULL;
}

size_t fe_get_seq_index(const fe_type_t *type, size_t len, fe_obj_t index) {
    fe_int_t i;
    if (FE_IS_SMALL_INT(index)) {
        i = FE_SMALL_INT_VALUE(index);
    } else {
        fe_obj_t iv = index_value(index);
        if (iv == FE_NULL) {
            const char *kind = seq_kind_name(type, false);
            if (type == &fe_type_str) {
                fe_raise_fmt(&fe_type_TypeError, "string indices must be integers, not '%q'", fe_type_name(index));
            }
            if (kind != NULL) {
                fe_raise_fmt(&fe_type_TypeError, "%s indices must be integers or slices, not %q", kind, fe_type_name(index));
            }
            fe_raise_fmt(&fe_type_TypeError, "%q indices must be integers or slices, not %q", (qstr)type->name, fe_type_name(index));
        }
        if (!fe_get_int_maybe(iv, &i)) {
            fe_raise_msg(&fe_type_IndexError, "cannot fit 'int' into an index-sized integer");
        }
    }
    if (i < 0) {
        i += (fe_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        const char *kind = seq_kind_name(type, true);
        if (kind == NULL) {
            fe_raise_fmt(&fe_type_IndexError, "%q index out of range", (qstr)type->name);
        }
        if (*kind == 0) {
            fe_raise_msg(&fe_type_IndexError, "index out of range");
        }
        fe_raise_fmt(&fe_type_IndexError, "%s index out of range", kind);
    }
    return (size_t)i;
}
