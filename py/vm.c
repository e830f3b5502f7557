// py/vm.c: the bytecode interpreter.
//
// fe_vm_run executes one frame: it installs one nlr handler and calls vm_loop, the
// dispatch loop (a computed goto over the opcode list of py/bytecode.h, or a switch when
// FE_COMPUTED_GOTO is 0). An exception raised anywhere below lands in fe_vm_run, gets a
// traceback entry for this frame, and is matched against the frame's block stack
// (SETUP_EXCEPT / SETUP_FINALLY / SETUP_WITH): either vm_loop is re-entered at the handler
// with [saved context, exception] pushed, or the exception is re-raised into the caller.
// vm_loop stores f->ip at the start of every instruction so that the handler knows where
// the exception happened (ip/sp live in vm_loop's registers, gone after a longjmp).
//
// Fast paths: small-int arithmetic and comparisons on the tagged words, exact-float
// arithmetic, list indexing, calls of Python functions straight into fe_fun_call (frame on
// the C stack, no heap allocation), cached LOAD_GLOBAL. FE_VM_FAST_PATHS 0 (small boards)
// keeps only the calls: the rest goes through the generic operations, same results.
#include <string.h>
#include "py/engine.h"
#include "py/port.h"
#include "py/builtins.h"

fe_frame_t *fe_vm_current;

#define NOINLINE __attribute__((noinline))

// How often (in backward jumps) the port gets to poll for Ctrl-C.
#define POLL_INTERVAL 1024
static unsigned poll_countdown = POLL_INTERVAL;

static void check_pending(void) {
    if (--poll_countdown == 0) {
        poll_countdown = POLL_INTERVAL;
        fe_port_poll();
    }
    fe_obj_t e = fe_state.pending_exc;
    if (FE_UNLIKELY(e != FE_NULL)) {
        fe_state.pending_exc = FE_NULL;
        fe_raise(e);
    }
}

static fe_map_t *builtins_map(void) {
    if (fe_state.builtins_override != FE_NULL) {
        return fe_dict_get_map(fe_state.builtins_override);
    }
    return &fe_module_builtins.globals->map;
}

static fe_map_t *dict_map(fe_obj_t d) {
    if (fe_obj_is_type_ptr(d, &fe_type_dict)) {
        return &((fe_dict_t *)d)->map;
    }
    return fe_dict_get_map(d);
}

FE_NORETURN static void raise_name_error(qstr name) {
    fe_raise_fmt(&fe_type_NameError, "name '%q' is not defined", name);
}

static fe_obj_t load_global(fe_obj_t globals, qstr name) {
    fe_obj_t key = FE_NEW_QSTR(name);
    fe_map_elem_t *e = fe_map_lookup(dict_map(globals), key, FE_MAP_LOOKUP);
    if (e == NULL) {
        e = fe_map_lookup(builtins_map(), key, FE_MAP_LOOKUP);
        if (e == NULL) {
            raise_name_error(name);
        }
    }
    return e->value;
}

#if FE_VM_FAST_PATHS
// LOAD_GLOBAL with the per-code cache (see fe_global_cache_t).
static fe_obj_t load_global_cached(fe_frame_t *f, size_t idx) {
    fe_code_t *code = (fe_code_t *)f->code;
    fe_map_t *gm = dict_map(f->globals);
    fe_obj_t key = FE_NEW_QSTR(code->names[idx]);
    fe_global_cache_t *c = code->global_cache;
    if (FE_LIKELY(c != NULL)) {
        c += idx;
        fe_map_elem_t *e = c->elem;
        if (c->globals_table == NULL) {
            if (e != NULL && (uintptr_t)e - (uintptr_t)gm->table < gm->used * sizeof(fe_map_elem_t) && e->key == key) {
                return e->value;
            }
        } else if (c->globals_table == gm->table && c->globals_used == gm->used && c->globals_count == gm->count &&
                   fe_state.builtins_override == FE_NULL) {
            return e->value;
        }
    } else {
        code->global_cache = fe_alloc_maybe(sizeof(fe_global_cache_t) * code->n_names);
        c = code->global_cache ? code->global_cache + idx : NULL;
    }
    fe_map_elem_t *e = fe_map_lookup(gm, key, FE_MAP_LOOKUP);
    if (e != NULL) {
        if (c) {
            c->elem = e;
            c->globals_table = NULL;
        }
        return e->value;
    }
    fe_map_t *bm = builtins_map();
    e = fe_map_lookup(bm, key, FE_MAP_LOOKUP);
    if (e == NULL) {
        raise_name_error(code->names[idx]);
    }
    if (c && (bm->flags & FE_MAP_FIXED) && gm->table != NULL) {
        c->elem = e;
        c->globals_table = gm->table;
        c->globals_used = gm->used;
        c->globals_count = gm->count;
    }
    return e->value;
}
#else
// Without the fast paths, no cache either (it also costs heap per code object).
#define load_global_cached(f, idx) load_global((f)->globals, (f)->code->names[idx])
#endif

static fe_obj_t load_name(fe_frame_t *f, qstr name) {
    if (f->locals_dict != FE_NULL && f->locals_dict != f->globals) {
        fe_map_elem_t *e = fe_map_lookup(dict_map(f->locals_dict), FE_NEW_QSTR(name), FE_MAP_LOOKUP);
        if (e) {
            return e->value;
        }
    }
    return load_global(f->globals, name);
}

FE_NORETURN static void raise_unbound_local(const fe_code_t *code, size_t slot) {
    if (slot >= (size_t)(code->n_locals - code->n_free)) {
        fe_raise_fmt(&fe_type_NameError, "cannot access free variable '%q' where it is not associated with a value in enclosing scope", code->local_names[slot]);
    }
    fe_raise_fmt(&fe_type_UnboundLocalError, "cannot access local variable '%q' where it is not associated with a value", code->local_names[slot]);
}

// How CPython names a callable in call errors: "module.qualname()" ("qualname()" for
// builtins), e.g. "__main__.f() argument after * must be an iterable, not int".
static NOINLINE fe_obj_t callable_str(fe_obj_t fun) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 32);
    fe_vstr_print_init(&v, &pr);
    fe_obj_t qual = FE_NULL, mod = FE_NULL;
    if (fe_obj_is_type_ptr(fun, &fe_type_builtin_function)) {
        qual = FE_NEW_QSTR(((const fe_builtin_fun_t *)fun)->name);
    } else {
        qual = fe_load_attr_maybe(fun, Q___qualname__);
        mod = fe_load_attr_maybe(fun, Q___module__);
    }
    if (qual == FE_NULL || !fe_is_str(qual)) {
        fe_printf(&pr, "%T object", fun);
        return fe_str_from_vstr(&v);
    }
    if (mod != FE_NULL && fe_is_str(mod) && !(FE_IS_QSTR(mod) && FE_QSTR_VALUE(mod) == Q_builtins)) {
        fe_printf(&pr, "%S.", mod);
    }
    fe_printf(&pr, "%S()", qual);
    return fe_str_from_vstr(&v);
}

// Stores dst[k] = v for dict_update; with `merge` a key already there is an error.
static void update_one(fe_obj_t dst, fe_obj_t k, fe_obj_t v, bool merge, fe_obj_t fun) {
    if (merge) {
        fe_map_elem_t *d = fe_map_lookup(dict_map(dst), k, FE_MAP_LOOKUP_ADD_IF_MISSING);
        if (d->value != FE_NULL) {
            fe_raise_fmt(&fe_type_TypeError, "%S got multiple values for keyword argument '%S'", callable_str(fun), k);
        }
        d->value = v;
    } else {
        fe_dict_store(dst, k, v);
    }
}

// dst.update(src) for {**src} and f(**src); with `merge` duplicate keys are an error.
static NOINLINE void dict_update(fe_obj_t dst, fe_obj_t src, bool merge, fe_obj_t fun) {
    if (fe_isinstance(src, &fe_type_dict)) {
        fe_map_t *smap = fe_dict_get_map(src);
        size_t pos = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(smap, &pos)) != NULL) {
            if (merge && !fe_is_str(e->key)) {
                fe_raise_msg(&fe_type_TypeError, "keywords must be strings");
            }
            update_one(dst, e->key, e->value, merge, fun);
        }
        return;
    }
    fe_obj_t keys_m[2];
    fe_load_method_maybe(src, Q_keys, keys_m);
    if (keys_m[0] == FE_NULL) {
        if (merge) {
            fe_raise_fmt(&fe_type_TypeError, "%S argument after ** must be a mapping, not %T", callable_str(fun), src);
        }
        fe_raise_fmt(&fe_type_TypeError, "'%T' object is not a mapping", src);
    }
    fe_obj_t keys = fe_call_method(0, 0, keys_m);
    fe_obj_t it = fe_getiter(keys, NULL);
    fe_obj_t k;
    while ((k = fe_iternext(it)) != FE_NULL) {
        update_one(dst, k, fe_subscr_load(src, k), merge, fun);
    }
}

static bool exc_match_one(fe_obj_t exc, fe_obj_t type) {
    if (!fe_is_exception_type(type)) {
        fe_raise_msg(&fe_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    return fe_exc_matches(exc, (const fe_type_t *)type);
}

// `except E` / `except (E1, E2)`: a tuple is looked into one level only, as CPython does.
static bool exc_match(fe_obj_t exc, fe_obj_t type) {
    if (fe_obj_is_type_ptr(type, &fe_type_tuple)) {
        fe_tuple_t *t = type;
        bool match = false;
        for (size_t i = 0; i < t->len; i++) {
            if (exc_match_one(exc, t->items[i])) {
                match = true;
            }
        }
        return match;
    }
    return exc_match_one(exc, type);
}

// False when o certainly cannot be iterated (no getiter slot, not an instance of a user
// class that might define __iter__ or __getitem__).
static bool maybe_iterable(fe_obj_t o) {
    const fe_type_t *t = fe_typeof(o);
    return t->getiter != NULL || t->iternext != NULL || (t->flags & FE_TYPE_FLAG_USER) || t->subscr != NULL;
}

size_t fe_code_line_of(const fe_code_t *code, size_t bc_offset) {
    const uint8_t *p = code->line_table, *end = p + code->line_table_len;
    size_t off = 0, line = code->first_line;
    while (p < end) {
        size_t d_off = fe_bc_read_uint(&p);
        fe_int_t d_line = fe_bc_read_sint(&p);
        if (off + d_off > bc_offset) {
            break;
        }
        off += d_off;
        line += d_line;
    }
    return line;
}

static NOINLINE fe_obj_t unpack_ex(fe_obj_t seq, size_t before, size_t after, fe_obj_t *sp) {
    fe_obj_t list = fe_list_new(0, NULL);
    fe_list_extend(list, seq);
    size_t len;
    fe_obj_t *items;
    fe_list_get(list, &len, &items);
    if (len < before + after) {
        fe_raise_fmt(&fe_type_ValueError, "not enough values to unpack (expected at least %d, got %d)", (int)(before + after), (int)len);
    }
    // first item ends on top: push in reverse order
    size_t k = 0;
    for (size_t i = 0; i < after; i++) {
        sp[k++] = items[len - 1 - i];
    }
    fe_obj_t middle = fe_list_new(len - before - after, items + before);
    sp[k++] = middle;
    for (size_t i = 0; i < before; i++) {
        sp[k++] = items[before - 1 - i];
    }
    return list;
}

static NOINLINE fe_obj_t build_string(size_t n, fe_obj_t *items) {
    fe_vstr_t v;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        fe_str_data(items[i], &len);
        total += len;
    }
    fe_vstr_init(&v, total + 1);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = fe_str_data(items[i], &len);
        fe_vstr_add_strn(&v, s, len);
    }
    return fe_str_from_vstr(&v);
}

static NOINLINE fe_obj_t format_value(fe_obj_t v, int flags, fe_obj_t spec) {
    switch (flags & 3) {
        case 1: v = fe_str(v); break;
        case 2: v = fe_repr(v); break;
        case 3: v = fe_builtin_ascii(v); break;
        default: break;
    }
    if (spec == FE_NULL) {
        if (FE_IS_QSTR(v) || fe_obj_is_type_ptr(v, &fe_type_str)) {
            return v;
        }
        return fe_format(v, FE_NEW_QSTR(Q_empty));
    }
    return fe_format(v, spec);
}

static NOINLINE void print_expr(fe_frame_t *f, fe_obj_t v) {
    if (v == fe_none) {
        return;
    }
    fe_obj_t target = fe_state.builtins_override != FE_NULL ? fe_state.builtins_override : f->globals;
    fe_dict_store(target, FE_NEW_QSTR(Q__), fe_none);
    fe_print_obj(&fe_print_stdout, v, FE_PRINT_REPR);
    fe_print_str(&fe_print_stdout, "\n");
    fe_dict_store(target, FE_NEW_QSTR(Q__), v);
}

static fe_obj_t raise_value(fe_obj_t exc) {
    if (fe_is_exception_type(exc)) {
        return fe_call0(exc);
    }
    if (!fe_is_exception_instance(exc)) {
        fe_raise_msg(&fe_type_TypeError, "exceptions must derive from BaseException");
    }
    return exc;
}

static void store_cause(fe_obj_t exc, fe_obj_t cause) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_store_attr(exc, Q___cause__, cause);
        fe_handler_pop(&h);
    }
}

static void set_cause(fe_obj_t exc, fe_obj_t cause) {
    if (cause != fe_none && !fe_is_exception_type(cause) && !fe_is_exception_instance(cause)) {
        fe_raise_msg(&fe_type_TypeError, "exception causes must derive from BaseException");
    }
    store_cause(exc, cause != fe_none ? raise_value(cause) : cause);
}

// Sends a value into any iterator for `yield from`; true if it yielded (*out = value).
bool fe_vm_yield_from_send(fe_obj_t iter, fe_obj_t send, fe_obj_t *out) {
    if (fe_obj_is_type_ptr(iter, &fe_type_generator)) {
        return fe_generator_resume(iter, send, FE_NULL, out);
    }
    if (send == fe_none) {
        fe_handler_t h;
        if (FE_TRY(h)) {
            fe_obj_t v;
            if (fe_typeof(iter)->flags & FE_TYPE_FLAG_USER) {
                // call __next__ itself so that StopIteration's value reaches us
                fe_obj_t m[2];
                fe_load_method(iter, Q___next__, m);
                v = fe_call_method(0, 0, m);
            } else {
                v = fe_iternext(iter);
            }
            fe_handler_pop(&h);
            if (v == FE_NULL) {
                *out = fe_none;
                return false;
            }
            *out = v;
            return true;
        } else {
            if (fe_exc_matches(h.exc, &fe_type_StopIteration)) {
                *out = fe_exc_get_value(h.exc);
                return false;
            }
            fe_raise(h.exc);
        }
    }
    fe_obj_t m[3];
    fe_load_method(iter, Q_send, m);
    m[2] = send;
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t v = fe_call_method(1, 0, m);
        fe_handler_pop(&h);
        *out = v;
        return true;
    } else {
        if (fe_exc_matches(h.exc, &fe_type_StopIteration)) {
            *out = fe_exc_get_value(h.exc);
            return false;
        }
        fe_raise(h.exc);
    }
}

// The with-statement steps, out of line to keep the dispatch loop's C frame small.

// mgr -> sp[0], sp[1] = bound __exit__ (method, self); returns the __enter__ result.
static NOINLINE fe_obj_t with_setup(fe_obj_t mgr, fe_obj_t *sp) {
    fe_obj_t enter[2];
    fe_load_method_maybe(mgr, Q___enter__, enter);
    if (enter[0] == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object does not support the context manager protocol", mgr);
    }
    fe_load_method_maybe(mgr, Q___exit__, sp);
    if (sp[0] == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
    }
    return fe_call_method(0, 0, enter);
}

// exit_pair[0..1] = bound __exit__; exc = FE_NULL for a normal exit. Returns its result.
static NOINLINE fe_obj_t with_call_exit(const fe_obj_t *exit_pair, fe_obj_t exc) {
    fe_obj_t args[5] = {exit_pair[0], exit_pair[1], fe_none, fe_none, fe_none};
    if (exc != FE_NULL) {
        args[2] = (fe_obj_t)fe_typeof(exc);
        args[3] = exc;
    }
    return fe_call_method(3, 0, args);
}

#if FE_VM_FAST_PATHS
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
// Float fast path for + - * and comparisons when both operands are exact floats (skips
// the generic binary-op dispatch); FE_NULL otherwise.
static inline fe_obj_t float_fast(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    if (!fe_obj_is_type_ptr(lhs, &fe_type_float) || !fe_obj_is_type_ptr(rhs, &fe_type_float)) {
        return FE_NULL;
    }
    fe_float_t a = ((fe_float_obj_t *)lhs)->value, b = ((fe_float_obj_t *)rhs)->value;
    switch (op) {
        case FE_BINARY_ADD: return fe_float_new(a + b);
        case FE_BINARY_SUBTRACT: return fe_float_new(a - b);
        case FE_BINARY_MULTIPLY: return fe_float_new(a * b);
        case FE_BINARY_LESS: return fe_bool(a < b);
        case FE_BINARY_MORE: return fe_bool(a > b);
        case FE_BINARY_LESS_EQUAL: return fe_bool(a <= b);
        case FE_BINARY_MORE_EQUAL: return fe_bool(a >= b);
        default: return FE_NULL;
    }
}
#define FLOAT_FAST(op, lhs, rhs) float_fast(op, lhs, rhs)
#else
#define FLOAT_FAST(op, lhs, rhs) FE_NULL
#endif

// Binary op with the float fast path first.
static inline fe_obj_t binary_op_fast(fe_binary_op_t op, fe_obj_t lhs, fe_obj_t rhs) {
    fe_obj_t r = FLOAT_FAST(op, lhs, rhs);
    if (r != FE_NULL) {
        return r;
    }
    return fe_binary_op(op, lhs, rhs);
}

// Small-int fast paths work on the tagged words directly: (2a+1) + (2b+1) - 1 = 2(a+b)+1.
#define BOTH_SMALL(a, b) ((((fe_uint_t)(a)) & ((fe_uint_t)(b)) & 1) != 0)
// FE_SMALL_INT_FITS without shifting a negative signed value (UBSan-clean).
#define SMALL_FITS(v) (((((fe_uint_t)(v)) ^ (((fe_uint_t)(v)) << 1)) & (fe_uint_t)FE_SMALL_INT_MIN) == 0)
#else
// The operation of each specialised operator opcode, BINARY_ADD to COMPARE_NOT_EQUAL.
static const uint8_t specialised_binop[] = {
    FE_BINARY_ADD, FE_BINARY_SUBTRACT, FE_BINARY_MULTIPLY, FE_BINARY_MODULO, FE_BINARY_FLOOR_DIVIDE,
    FE_BINARY_AND, FE_BINARY_INPLACE_ADD, FE_BINARY_INPLACE_SUBTRACT, FE_BINARY_LESS, FE_BINARY_MORE,
    FE_BINARY_EQUAL, FE_BINARY_LESS_EQUAL, FE_BINARY_MORE_EQUAL, FE_BINARY_NOT_EQUAL,
};
_Static_assert(FE_BC_COMPARE_NOT_EQUAL - FE_BC_BINARY_ADD + 1 == sizeof(specialised_binop)
    && FE_BC_INPLACE_ADD - FE_BC_BINARY_ADD == 6 && FE_BC_COMPARE_LESS - FE_BC_BINARY_ADD == 8
    && FE_BC_COMPARE_EQUAL - FE_BC_BINARY_ADD == 10, "opcode order of specialised_binop");
#endif

// Exception bookkeeping shared between the dispatch loop and its driver (memory, not
// registers, so it survives the longjmp).
typedef struct {
    fe_obj_t caught_exc;  // the exception this frame's handler last caught
    bool reraised;        // the exception in flight is a re-raise of caught_exc
} vm_exc_state_t;

// The dispatch loop. It contains no setjmp (GCC optimises functions that call setjmp
// poorly: it keeps fewer values in registers and merges the computed gotos), so the
// driver fe_vm_run below owns the nlr handler and re-enters this loop at handlers.
static fe_vm_result_t vm_loop(fe_frame_t *f, const uint8_t *ip, fe_obj_t *sp, fe_obj_t *result, volatile vm_exc_state_t *xs) {
    const fe_code_t *const code = f->code;
    fe_obj_t *const locals = f->state;
    fe_obj_t const *const consts = code->consts;
    const qstr *const names = code->names;

#if FE_COMPUTED_GOTO
    static const void *const dispatch_table[FE_BC_NUM_OPCODES] = {
#define FE_BC_LABEL(name, kind, effect) [FE_BC_##name] = &&op_##name,
        FE_BYTECODES(FE_BC_LABEL)
#undef FE_BC_LABEL
    };
#define DISPATCH() do { f->ip = ip; goto *dispatch_table[*ip++]; } while (0)
#define CASE(name) op_##name
#else
#define DISPATCH() goto dispatch_loop
#define CASE(name) case FE_BC_##name
#endif
#define READ_UINT() fe_bc_read_uint(&ip)
#define READ_JUMP() fe_bc_read_jump(&ip)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])

    {
#if FE_COMPUTED_GOTO
        DISPATCH();
#else
    dispatch_loop:
        f->ip = ip;
        switch (*ip++) {
#endif

        CASE(NOP):
            DISPATCH();
        CASE(LOAD_CONST):
            PUSH(consts[READ_UINT()]);
            DISPATCH();
        CASE(LOAD_SMALL_INT):
            PUSH(FE_NEW_SMALL_INT(fe_bc_read_sint(&ip)));
            DISPATCH();
        CASE(LOAD_NONE):
            PUSH(fe_none);
            DISPATCH();
        CASE(LOAD_TRUE):
            PUSH(fe_true);
            DISPATCH();
        CASE(LOAD_FALSE):
            PUSH(fe_false);
            DISPATCH();
        CASE(LOAD_FAST): {
            size_t n = READ_UINT();
            fe_obj_t v = locals[n];
            if (FE_UNLIKELY(v == FE_NULL)) {
                raise_unbound_local(code, n);
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_FAST):
            locals[READ_UINT()] = POP();
            DISPATCH();
        CASE(DELETE_FAST): {
            size_t n = READ_UINT();
            if (locals[n] == FE_NULL) {
                raise_unbound_local(code, n);
            }
            locals[n] = FE_NULL;
            DISPATCH();
        }
        CASE(LOAD_DEREF): {
            size_t n = READ_UINT();
            fe_obj_t v = ((fe_cell_t *)locals[n])->value;
            if (FE_UNLIKELY(v == FE_NULL)) {
                raise_unbound_local(code, n);
            }
            PUSH(v);
            DISPATCH();
        }
        CASE(STORE_DEREF): {
            size_t n = READ_UINT();
            ((fe_cell_t *)locals[n])->value = POP();
            DISPATCH();
        }
        CASE(DELETE_DEREF): {
            size_t n = READ_UINT();
            fe_cell_t *c = locals[n];
            if (c->value == FE_NULL) {
                raise_unbound_local(code, n);
            }
            c->value = FE_NULL;
            DISPATCH();
        }
        CASE(LOAD_CLOSURE):
            PUSH(locals[READ_UINT()]);
            DISPATCH();
        CASE(LOAD_CLASSDEREF): {
            size_t n = READ_UINT();
            qstr name = names[READ_UINT()];
            fe_map_elem_t *e = NULL;
            if (f->locals_dict != FE_NULL) {
                e = fe_map_lookup(dict_map(f->locals_dict), FE_NEW_QSTR(name), FE_MAP_LOOKUP);
            }
            if (e) {
                PUSH(e->value);
            } else {
                fe_obj_t v = ((fe_cell_t *)locals[n])->value;
                if (v == FE_NULL) {
                    raise_unbound_local(code, n);
                }
                PUSH(v);
            }
            DISPATCH();
        }
        CASE(LOAD_NAME): {
            size_t idx = READ_UINT();
            if (f->locals_dict == f->globals) {
                // module level: the namespace is the globals dict, so the cache applies
                PUSH(load_global_cached(f, idx));
            } else {
                PUSH(load_name(f, names[idx]));
            }
            DISPATCH();
        }
        CASE(STORE_NAME): {
            qstr name = names[READ_UINT()];
            fe_obj_t v = POP();
            fe_obj_t d = f->locals_dict != FE_NULL ? f->locals_dict : f->globals;
            if (fe_obj_is_type_ptr(d, &fe_type_dict)) {
                fe_map_lookup(&((fe_dict_t *)d)->map, FE_NEW_QSTR(name), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = v;
            } else {
                fe_subscr_store(d, FE_NEW_QSTR(name), v);
            }
            DISPATCH();
        }
        CASE(DELETE_NAME): {
            qstr name = names[READ_UINT()];
            fe_obj_t d = f->locals_dict != FE_NULL ? f->locals_dict : f->globals;
            if (fe_map_lookup(dict_map(d), FE_NEW_QSTR(name), FE_MAP_LOOKUP_REMOVE) == NULL) {
                raise_name_error(name);
            }
            DISPATCH();
        }
        CASE(LOAD_GLOBAL): {
            size_t idx = READ_UINT();
            PUSH(load_global_cached(f, idx));
            DISPATCH();
        }
        CASE(STORE_GLOBAL): {
            qstr name = names[READ_UINT()];
            fe_map_lookup(dict_map(f->globals), FE_NEW_QSTR(name), FE_MAP_LOOKUP_ADD_IF_MISSING)->value = POP();
            DISPATCH();
        }
        CASE(DELETE_GLOBAL): {
            qstr name = names[READ_UINT()];
            if (fe_map_lookup(dict_map(f->globals), FE_NEW_QSTR(name), FE_MAP_LOOKUP_REMOVE) == NULL) {
                raise_name_error(name);
            }
            DISPATCH();
        }
        CASE(LOAD_ATTR): {
            qstr name = names[READ_UINT()];
            TOP() = fe_load_attr(TOP(), name);
            DISPATCH();
        }
        CASE(STORE_ATTR): {
            qstr name = names[READ_UINT()];
            fe_obj_t obj = POP();
            fe_obj_t v = POP();
            fe_store_attr(obj, name, v);
            DISPATCH();
        }
        CASE(DELETE_ATTR): {
            qstr name = names[READ_UINT()];
            fe_delete_attr(POP(), name);
            DISPATCH();
        }
        CASE(LOAD_METHOD): {
            qstr name = names[READ_UINT()];
            fe_load_method(TOP(), name, sp - 1);
            sp++;
            DISPATCH();
        }
        CASE(LOAD_SUBSCR): {
            fe_obj_t index = POP();
            fe_obj_t base = TOP();
#if FE_VM_FAST_PATHS
            if (FE_IS_SMALL_INT(index) && fe_obj_is_type_ptr(base, &fe_type_list)) {
                fe_list_t *l = base;
                fe_int_t i = FE_SMALL_INT_VALUE(index);
                if (i < 0) {
                    i += l->len;
                }
                if ((fe_uint_t)i < l->len) {
                    TOP() = l->items[i];
                    DISPATCH();
                }
            }
#endif
            TOP() = fe_subscr_load(base, index);
            DISPATCH();
        }
        CASE(STORE_SUBSCR): {
            fe_obj_t index = POP();
            fe_obj_t base = POP();
            fe_obj_t v = POP();
#if FE_VM_FAST_PATHS
            if (FE_IS_SMALL_INT(index) && fe_obj_is_type_ptr(base, &fe_type_list)) {
                fe_list_t *l = base;
                fe_int_t i = FE_SMALL_INT_VALUE(index);
                if (i < 0) {
                    i += l->len;
                }
                if ((fe_uint_t)i < l->len) {
                    l->items[i] = v;
                    DISPATCH();
                }
            }
#endif
            fe_subscr_store(base, index, v);
            DISPATCH();
        }
        CASE(DELETE_SUBSCR): {
            fe_obj_t index = POP();
            fe_obj_t base = POP();
            fe_subscr_delete(base, index);
            DISPATCH();
        }
        CASE(POP_TOP):
            sp--;
            DISPATCH();
        CASE(DUP_TOP):
            sp[0] = sp[-1];
            sp++;
            DISPATCH();
        CASE(DUP_TOP_TWO):
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
        CASE(ROT_TWO): {
            fe_obj_t t = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = t;
            DISPATCH();
        }
        CASE(ROT_THREE): {
            fe_obj_t t = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = t;
            DISPATCH();
        }
        CASE(UNARY_OP): {
            int op = READ_UINT();
            fe_obj_t v = TOP();
#if FE_VM_FAST_PATHS
            if (op == FE_UNARY_NEGATIVE && FE_IS_SMALL_INT(v) && FE_SMALL_INT_VALUE(v) != FE_SMALL_INT_MIN) {
                TOP() = FE_NEW_SMALL_INT(-FE_SMALL_INT_VALUE(v));
                DISPATCH();
            }
#endif
            TOP() = fe_unary_op(op, v);
            DISPATCH();
        }
        CASE(UNARY_NOT): {
            fe_obj_t v = TOP();
            TOP() = v == fe_false || v == fe_none ? fe_true : v == fe_true ? fe_false : fe_bool(!fe_is_true(v));
            DISPATCH();
        }
        CASE(BINARY_OP): {
            int op = READ_UINT();
            fe_obj_t rhs = POP();
            TOP() = fe_binary_op(op, TOP(), rhs);
            DISPATCH();
        }
#if FE_VM_FAST_PATHS
        CASE(BINARY_ADD): {
            fe_obj_t rhs = POP(), lhs = TOP();
            intptr_t r;
            if (BOTH_SMALL(lhs, rhs) && !__builtin_add_overflow((intptr_t)lhs, (intptr_t)rhs - 1, &r)) {
                TOP() = (fe_obj_t)r;
            } else {
                TOP() = binary_op_fast(FE_BINARY_ADD, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(INPLACE_ADD): {
            fe_obj_t rhs = POP(), lhs = TOP();
            intptr_t r;
            if (BOTH_SMALL(lhs, rhs) && !__builtin_add_overflow((intptr_t)lhs, (intptr_t)rhs - 1, &r)) {
                TOP() = (fe_obj_t)r;
            } else {
                fe_obj_t r = FLOAT_FAST(FE_BINARY_ADD, lhs, rhs);
                TOP() = r != FE_NULL ? r : fe_binary_op(FE_BINARY_INPLACE_ADD, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(BINARY_SUBTRACT): {
            fe_obj_t rhs = POP(), lhs = TOP();
            intptr_t r;
            if (BOTH_SMALL(lhs, rhs) && !__builtin_sub_overflow((intptr_t)lhs, (intptr_t)rhs - 1, &r)) {
                TOP() = (fe_obj_t)r;
            } else {
                TOP() = binary_op_fast(FE_BINARY_SUBTRACT, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(INPLACE_SUBTRACT): {
            fe_obj_t rhs = POP(), lhs = TOP();
            intptr_t r;
            if (BOTH_SMALL(lhs, rhs) && !__builtin_sub_overflow((intptr_t)lhs, (intptr_t)rhs - 1, &r)) {
                TOP() = (fe_obj_t)r;
            } else {
                fe_obj_t r = FLOAT_FAST(FE_BINARY_SUBTRACT, lhs, rhs);
                TOP() = r != FE_NULL ? r : fe_binary_op(FE_BINARY_INPLACE_SUBTRACT, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(BINARY_MULTIPLY): {
            fe_obj_t rhs = POP(), lhs = TOP();
            fe_int_t r;
            if (BOTH_SMALL(lhs, rhs) && !__builtin_mul_overflow(FE_SMALL_INT_VALUE(lhs), FE_SMALL_INT_VALUE(rhs), &r) && SMALL_FITS(r)) {
                TOP() = FE_NEW_SMALL_INT(r);
            } else {
                TOP() = binary_op_fast(FE_BINARY_MULTIPLY, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(BINARY_MODULO): {
            fe_obj_t rhs = POP(), lhs = TOP();
            if (BOTH_SMALL(lhs, rhs) && rhs != FE_NEW_SMALL_INT(0)) {
                fe_int_t x = FE_SMALL_INT_VALUE(lhs), y = FE_SMALL_INT_VALUE(rhs);
                fe_int_t r = x % y;
                if (r != 0 && ((r ^ y) < 0)) {
                    r += y;
                }
                TOP() = FE_NEW_SMALL_INT(r);
            } else {
                TOP() = fe_binary_op(FE_BINARY_MODULO, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(BINARY_FLOOR_DIVIDE): {
            fe_obj_t rhs = POP(), lhs = TOP();
            if (BOTH_SMALL(lhs, rhs) && rhs != FE_NEW_SMALL_INT(0)) {
                fe_int_t x = FE_SMALL_INT_VALUE(lhs), y = FE_SMALL_INT_VALUE(rhs);
                fe_int_t q = x / y;
                if ((x % y != 0) && ((x ^ y) < 0)) {
                    q--;
                }
                if (SMALL_FITS(q)) {
                    TOP() = FE_NEW_SMALL_INT(q);
                    DISPATCH();
                }
            }
            TOP() = fe_binary_op(FE_BINARY_FLOOR_DIVIDE, lhs, rhs);
            DISPATCH();
        }
        CASE(BINARY_AND): {
            fe_obj_t rhs = POP(), lhs = TOP();
            if (BOTH_SMALL(lhs, rhs)) {
                TOP() = (fe_obj_t)((fe_uint_t)lhs & (fe_uint_t)rhs);
            } else {
                TOP() = fe_binary_op(FE_BINARY_AND, lhs, rhs);
            }
            DISPATCH();
        }
#define COMPARE_OP(name, binop, cop) \
        CASE(name): { \
            fe_obj_t rhs = POP(), lhs = TOP(); \
            if (BOTH_SMALL(lhs, rhs)) { \
                TOP() = fe_bool((intptr_t)lhs cop (intptr_t)rhs); \
            } else { \
                TOP() = binary_op_fast(binop, lhs, rhs); \
            } \
            DISPATCH(); \
        }
        COMPARE_OP(COMPARE_LESS, FE_BINARY_LESS, <)
        COMPARE_OP(COMPARE_MORE, FE_BINARY_MORE, >)
        COMPARE_OP(COMPARE_LESS_EQUAL, FE_BINARY_LESS_EQUAL, <=)
        COMPARE_OP(COMPARE_MORE_EQUAL, FE_BINARY_MORE_EQUAL, >=)
#undef COMPARE_OP
        CASE(COMPARE_EQUAL): {
            fe_obj_t rhs = POP(), lhs = TOP();
            if (BOTH_SMALL(lhs, rhs) || (FE_IS_QSTR(lhs) && FE_IS_QSTR(rhs))) {
                TOP() = fe_bool(lhs == rhs);
            } else {
                TOP() = fe_binary_op(FE_BINARY_EQUAL, lhs, rhs);
            }
            DISPATCH();
        }
        CASE(COMPARE_NOT_EQUAL): {
            fe_obj_t rhs = POP(), lhs = TOP();
            if (BOTH_SMALL(lhs, rhs) || (FE_IS_QSTR(lhs) && FE_IS_QSTR(rhs))) {
                TOP() = fe_bool(lhs != rhs);
            } else {
                TOP() = fe_binary_op(FE_BINARY_NOT_EQUAL, lhs, rhs);
            }
            DISPATCH();
        }
#else
        // the specialised operators all go through the generic operation (it has the
        // small-int cases first); ip[-1] is the opcode (these have no operand)
        CASE(BINARY_ADD): CASE(BINARY_SUBTRACT): CASE(BINARY_MULTIPLY): CASE(BINARY_MODULO):
        CASE(BINARY_FLOOR_DIVIDE): CASE(BINARY_AND): CASE(INPLACE_ADD): CASE(INPLACE_SUBTRACT):
        CASE(COMPARE_LESS): CASE(COMPARE_MORE): CASE(COMPARE_EQUAL): CASE(COMPARE_LESS_EQUAL):
        CASE(COMPARE_MORE_EQUAL): CASE(COMPARE_NOT_EQUAL): {
            fe_obj_t rhs = POP();
            TOP() = fe_binary_op(specialised_binop[ip[-1] - FE_BC_BINARY_ADD], TOP(), rhs);
            DISPATCH();
        }
#endif
        CASE(IS_OP): {
            size_t invert = READ_UINT();
            fe_obj_t rhs = POP();
            TOP() = fe_bool((TOP() == rhs) ^ invert);
            DISPATCH();
        }
        CASE(JUMP): {
            int off = READ_JUMP();
            ip += off;
            if (off < 0) {
                check_pending();
            }
            DISPATCH();
        }
        CASE(POP_JUMP_IF_FALSE): {
            int off = READ_JUMP();
            fe_obj_t v = POP();
            if (v == fe_false || (v != fe_true && !fe_is_true(v))) {
                ip += off;
                if (off < 0) {
                    check_pending();
                }
            }
            DISPATCH();
        }
        CASE(POP_JUMP_IF_TRUE): {
            int off = READ_JUMP();
            fe_obj_t v = POP();
            if (v == fe_true || (v != fe_false && fe_is_true(v))) {
                ip += off;
                if (off < 0) {
                    check_pending();
                }
            }
            DISPATCH();
        }
        CASE(JUMP_IF_FALSE_OR_POP): {
            int off = READ_JUMP();
            if (!fe_is_true(TOP())) {
                ip += off;
            } else {
                sp--;
            }
            DISPATCH();
        }
        CASE(JUMP_IF_TRUE_OR_POP): {
            int off = READ_JUMP();
            if (fe_is_true(TOP())) {
                ip += off;
            } else {
                sp--;
            }
            DISPATCH();
        }
        CASE(GET_ITER): {
            fe_obj_t obj = POP();
            fe_obj_t it = fe_getiter(obj, (fe_iter_buf_t *)sp);
            sp += FE_ITER_BUF_WORDS;
            PUSH(it);
            DISPATCH();
        }
        CASE(GET_ITER_OWNED): {
            // The iterable was a call: a generator that has not started yet is referred to
            // by this loop only, so an ITER block makes leaving the loop early close it.
            fe_obj_t obj = POP();
            fe_obj_t it = fe_getiter(obj, (fe_iter_buf_t *)sp);
            if (fe_obj_is_type_ptr(it, &fe_type_generator) && fe_generator_unstarted(it)) {
                fe_block_t *b = ++f->block_top;
                b->handler = NULL;
                b->sp = sp;
                b->kind = FE_BLOCK_ITER;
            }
            sp += FE_ITER_BUF_WORDS;
            PUSH(it);
            DISPATCH();
        }
        CASE(GET_ITER_HEAP):
            TOP() = fe_getiter(TOP(), NULL);
            DISPATCH();
        CASE(FOR_ITER): {
            int off = READ_JUMP();
            fe_obj_t v = fe_iternext(TOP());
            if (v == FE_NULL) {
                sp -= FE_BC_ITER_SLOTS;
                ip += off;
                if (FE_UNLIKELY(f->block_top >= f->blocks && f->block_top->sp == sp && f->block_top->kind == FE_BLOCK_ITER)) {
                    f->block_top--;
                }
            } else {
                PUSH(v);
            }
            DISPATCH();
        }
        CASE(POP_ITER):
            sp -= FE_BC_ITER_SLOTS;
            if (FE_UNLIKELY(f->block_top >= f->blocks && f->block_top->sp == sp && f->block_top->kind == FE_BLOCK_ITER)) {
                f->block_top--;
                fe_generator_finalize(sp[FE_ITER_BUF_WORDS]);
            }
            DISPATCH();
        CASE(BUILD_TUPLE): {
            size_t n = READ_UINT();
            sp -= n;
            fe_obj_t t = fe_tuple_new(n, sp);
            PUSH(t);
            DISPATCH();
        }
        CASE(BUILD_LIST): {
            size_t n = READ_UINT();
            sp -= n;
            fe_obj_t l = fe_list_new(n, sp);
            PUSH(l);
            DISPATCH();
        }
        CASE(BUILD_SET): {
            size_t n = READ_UINT();
            sp -= n;
            fe_obj_t s = fe_set_new(n, sp);
            PUSH(s);
            DISPATCH();
        }
        CASE(BUILD_MAP): {
            size_t n = READ_UINT();
            PUSH(fe_dict_new(n));
            DISPATCH();
        }
        CASE(BUILD_SLICE): {
            size_t n = READ_UINT();
            fe_obj_t step = n == 3 ? POP() : fe_none;
            fe_obj_t stop = POP();
            TOP() = fe_slice_new(TOP(), stop, step);
            DISPATCH();
        }
        CASE(BUILD_STRING): {
            size_t n = READ_UINT();
            sp -= n;
            fe_obj_t s = build_string(n, sp);
            PUSH(s);
            DISPATCH();
        }
        CASE(LIST_APPEND): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            fe_list_append(sp[-(fe_int_t)n], v);
            DISPATCH();
        }
        CASE(LIST_EXTEND): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            if (FE_UNLIKELY(!maybe_iterable(v))) {
                fe_raise_fmt(&fe_type_TypeError, "Value after * must be an iterable, not %T", v);
            }
            fe_list_extend(sp[-(fe_int_t)n], v);
            DISPATCH();
        }
        CASE(LIST_EXTEND_ARGS): {
            fe_obj_t v = POP();
            if (FE_UNLIKELY(!maybe_iterable(v))) {
                fe_raise_fmt(&fe_type_TypeError, "%S argument after * must be an iterable, not %T", callable_str(sp[-2]), v);
            }
            fe_list_extend(sp[-1], v);
            DISPATCH();
        }
        CASE(SET_ADD): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            fe_set_add(sp[-(fe_int_t)n], v);
            DISPATCH();
        }
        CASE(SET_UPDATE): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            fe_set_update(sp[-(fe_int_t)n], v);
            DISPATCH();
        }
        CASE(MAP_ADD): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            fe_obj_t k = POP();
            fe_dict_store(sp[-(fe_int_t)n], k, v);
            DISPATCH();
        }
        CASE(DICT_UPDATE): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            dict_update(sp[-(fe_int_t)n], v, false, FE_NULL);
            DISPATCH();
        }
        CASE(DICT_MERGE): {
            size_t n = READ_UINT();
            fe_obj_t v = POP();
            // stack: fun, positionals list, dict
            dict_update(sp[-(fe_int_t)n], v, true, sp[-(fe_int_t)n - 2]);
            DISPATCH();
        }
        CASE(LIST_TO_TUPLE): {
            size_t len;
            fe_obj_t *items;
            fe_list_get(TOP(), &len, &items);
            TOP() = fe_tuple_new(len, items);
            DISPATCH();
        }
        CASE(UNPACK_SEQUENCE): {
            size_t n = READ_UINT();
            fe_obj_t seq = POP();
            const fe_type_t *t = fe_typeof(seq);
            if (t == &fe_type_tuple || t == &fe_type_list) {
                size_t len;
                fe_obj_t *items;
                if (t == &fe_type_tuple) {
                    len = ((fe_tuple_t *)seq)->len;
                    items = ((fe_tuple_t *)seq)->items;
                } else {
                    len = ((fe_list_t *)seq)->len;
                    items = ((fe_list_t *)seq)->items;
                }
                if (len == n) {
                    for (size_t i = 0; i < n; i++) {
                        sp[i] = items[n - 1 - i];
                    }
                    sp += n;
                    DISPATCH();
                }
            }
            fe_unpack_sequence(seq, n, sp);
            for (size_t i = 0; i < n / 2; i++) {
                fe_obj_t tmp = sp[i];
                sp[i] = sp[n - 1 - i];
                sp[n - 1 - i] = tmp;
            }
            sp += n;
            DISPATCH();
        }
        CASE(UNPACK_EX): {
            size_t before = READ_UINT();
            size_t after = READ_UINT();
            fe_obj_t seq = POP();
            unpack_ex(seq, before, after, sp);
            sp += before + after + 1;
            DISPATCH();
        }
        CASE(CALL_FUNCTION): {
            size_t n_pos = READ_UINT();
            size_t n_kw = READ_UINT();
            fe_obj_t *args = sp - (n_pos + 2 * n_kw);
            fe_obj_t fun = args[-1];
            fe_obj_t res;
            if (fe_obj_is_type_ptr(fun, &fe_type_function)) {
                res = fe_fun_call(fun, n_pos, n_kw, args);
            } else {
                res = fe_call(fun, n_pos, n_kw, args);
            }
            sp = args;
            sp[-1] = res;
            DISPATCH();
        }
        CASE(CALL_METHOD): {
            size_t n_pos = READ_UINT();
            size_t n_kw = READ_UINT();
            fe_obj_t *args = sp - (n_pos + 2 * n_kw) - 2;
            fe_obj_t fun = args[0];
            fe_obj_t res;
            if (fe_obj_is_type_ptr(fun, &fe_type_function)) {
                if (args[1] != FE_NULL) {
                    res = fe_fun_call(fun, n_pos + 1, n_kw, args + 1);
                } else {
                    res = fe_fun_call(fun, n_pos, n_kw, args + 2);
                }
            } else {
                res = fe_call_method(n_pos, n_kw, args);
            }
            sp = args + 1;
            sp[-1] = res;
            DISPATCH();
        }
        CASE(CALL_FUNCTION_EX): {
            fe_obj_t kw = POP();
            fe_obj_t pos = POP();
            TOP() = fe_call_ex(TOP(), 0, NULL, pos, kw == fe_none ? FE_NULL : kw);
            DISPATCH();
        }
        CASE(MAKE_FUNCTION): {
            size_t flags = READ_UINT();
            fe_obj_t c = POP();
            fe_obj_t closure = (flags & 4) ? POP() : FE_NULL;
            fe_obj_t annotations = (flags & 8) ? POP() : FE_NULL;
            fe_obj_t kwdefaults = (flags & 2) ? POP() : FE_NULL;
            fe_obj_t defaults = (flags & 1) ? POP() : FE_NULL;
            fe_fun_t *fun = fe_fun_new(c, f->globals, defaults, kwdefaults, closure);
            fun->annotations = annotations;
            PUSH(fun);
            DISPATCH();
        }
        CASE(RETURN_VALUE):
            *result = POP();
            return FE_VM_RETURN;
        CASE(YIELD_VALUE):
            *result = POP();
            f->ip = ip;
            f->sp = sp;
            return FE_VM_YIELD;
        CASE(GET_YIELD_FROM_ITER): {
            fe_obj_t v = TOP();
            if (!fe_obj_is_type_ptr(v, &fe_type_generator)) {
                // `await x` compiles to the same code: an awaitable object gives the
                // iterator its __await__ returns
                if (fe_typeof(v)->flags & FE_TYPE_FLAG_USER) {
                    fe_obj_t await[2];
                    fe_load_method_maybe(v, Q___await__, await);
                    if (await[0] != FE_NULL) {
                        v = fe_call_method(0, 0, await);
                    }
                }
                TOP() = fe_obj_is_type_ptr(v, &fe_type_generator) ? v : fe_getiter(v, NULL);
            }
            DISPATCH();
        }
        CASE(YIELD_FROM): {
            fe_obj_t send = POP();
            fe_obj_t out;
            if (fe_vm_yield_from_send(TOP(), send, &out)) {
                // resume re-runs this instruction with the next sent value pushed
                *result = out;
                f->ip = ip - 1;
                f->sp = sp;
                return FE_VM_YIELD;
            }
            TOP() = out;
            DISPATCH();
        }
        CASE(RAISE_VARARGS): {
            size_t n = READ_UINT();
            if (n == 0) {
                fe_obj_t e = fe_state.current_exc;
                if (e == FE_NULL) {
                    fe_raise_msg(&fe_type_RuntimeError, "No active exception to reraise");
                }
                // re-raising what this frame caught: its traceback already has this frame
                xs->reraised = e == xs->caught_exc;
                fe_raise(e);
            }
            fe_obj_t cause = n == 2 ? POP() : FE_NULL;
            fe_obj_t exc = raise_value(POP());
            if (cause != FE_NULL) {
                set_cause(exc, cause);
            }
            fe_raise(exc);
        }
        CASE(RAISE_ASSERT): {
            size_t n = READ_UINT();
            if (n) {
                fe_obj_t msg = POP();
                fe_raise(fe_exc_new(&fe_type_AssertionError, 1, &msg));
            }
            fe_raise(fe_exc_new(&fe_type_AssertionError, 0, NULL));
        }
        CASE(SETUP_EXCEPT):
        CASE(SETUP_FINALLY): {
            int off = READ_JUMP();
            fe_block_t *b = ++f->block_top;
            b->handler = ip + off;
            b->sp = sp;
            b->kind = FE_BLOCK_EXCEPT;
            DISPATCH();
        }
        CASE(SETUP_WITH): {
            int off = READ_JUMP();
            fe_obj_t mgr = POP();
            fe_obj_t res = with_setup(mgr, sp);
            sp += 2;
            fe_block_t *b = ++f->block_top;
            b->handler = ip + off;
            b->sp = sp;
            b->kind = FE_BLOCK_WITH;
            PUSH(res);
            DISPATCH();
        }
        CASE(POP_BLOCK):
            f->block_top--;
            DISPATCH();
        CASE(POP_EXCEPT): {
            fe_obj_t prev = sp[-2];
            fe_state.current_exc = prev == fe_none ? FE_NULL : prev;
            f->block_top--;
            sp -= 2;
            DISPATCH();
        }
        CASE(RERAISE): {
            fe_obj_t e = POP();
            xs->reraised = true;
            fe_raise(e);
        }
        CASE(JUMP_IF_NOT_EXC_MATCH): {
            int off = READ_JUMP();
            fe_obj_t type = POP();
            if (!exc_match(TOP(), type)) {
                ip += off;
            }
            DISPATCH();
        }
        CASE(WITH_EXIT):
            sp -= 2;
            with_call_exit(sp, FE_NULL);
            DISPATCH();
        CASE(WITH_EXCEPT): {
            fe_obj_t exc = sp[-1];
            if (!fe_is_true(with_call_exit(sp - 4, exc))) {
                xs->reraised = true;
                fe_raise(exc);
            }
            DISPATCH();
        }
        CASE(IMPORT_NAME): {
            qstr name = names[READ_UINT()];
            fe_obj_t fromlist = POP();
            fe_int_t level = FE_SMALL_INT_VALUE(TOP());
            TOP() = fe_import_name(name, fromlist, level, f->globals);
            DISPATCH();
        }
        CASE(IMPORT_FROM): {
            qstr name = names[READ_UINT()];
            fe_obj_t v = fe_import_from(TOP(), name);
            PUSH(v);
            DISPATCH();
        }
        CASE(IMPORT_STAR): {
            fe_obj_t mod = POP();
            fe_import_all(mod, f->locals_dict != FE_NULL ? f->locals_dict : f->globals);
            DISPATCH();
        }
        CASE(LOAD_BUILD_CLASS):
            PUSH((fe_obj_t)&fe_builtin___build_class___obj);
            DISPATCH();
        CASE(FORMAT_VALUE): {
            size_t flags = READ_UINT();
            fe_obj_t spec = (flags & 4) ? POP() : FE_NULL;
            TOP() = format_value(TOP(), flags, spec);
            DISPATCH();
        }
        CASE(PRINT_EXPR):
            print_expr(f, POP());
            DISPATCH();
        CASE(SETUP_ANNOTATIONS): {
            fe_obj_t d = f->locals_dict != FE_NULL ? f->locals_dict : f->globals;
            fe_map_elem_t *e = fe_map_lookup(dict_map(d), FE_NEW_QSTR(Q___annotations__), FE_MAP_LOOKUP_ADD_IF_MISSING);
            if (e->value == FE_NULL) {
                e->value = fe_dict_new(0);
            }
            DISPATCH();
        }
#if !FE_COMPUTED_GOTO
        default:
            fe_raise_msg(&fe_type_RuntimeError, "bad opcode");
        }
#endif
    }
#undef DISPATCH
#undef CASE
}

fe_vm_result_t fe_vm_run(fe_frame_t *f, fe_obj_t throw_arg, fe_obj_t *result) {
    volatile fe_obj_t throw_exc = throw_arg;  // modified after setjmp, read after longjmp
    const fe_code_t *const code = f->code;
    // modified by vm_loop between setjmp and longjmp: must be volatile
    volatile vm_exc_state_t xs = {FE_NULL, false};
    fe_handler_t h;

    f->prev = fe_vm_current;
    fe_vm_current = f;
    fe_state.call_depth++;
    for (;;) {
        if (FE_TRY(h)) {
            if (throw_exc != FE_NULL) {
                fe_obj_t e = throw_exc;
                throw_exc = FE_NULL;
                fe_raise(e);
            }
            fe_vm_result_t r = vm_loop(f, f->ip, f->sp, result, &xs);
            fe_handler_pop(&h);
            fe_vm_current = f->prev;
            fe_state.call_depth--;
            return r;
        }
        // An exception: CPython's traceback holds every frame the exception was raised in
        // or passed through, including the one that catches it; a re-raise in the same
        // frame adds nothing new. Then find the innermost block of this frame to handle it.
        // Until a handler is found the frame counts as left, so that an exception raised
        // while unwinding (MemoryError, a generator's cleanup) leaves consistent state.
        fe_obj_t exc = h.exc;
        throw_exc = FE_NULL;
        fe_vm_current = f->prev;
        fe_state.call_depth--;
        if (xs.reraised) {
            xs.reraised = false;
        } else {
            size_t line = fe_code_line_of(code, f->ip - code->bytecode);
            fe_exc_add_traceback(exc, code->filename, line, code->name);
        }
        bool handled = false;
        while (f->block_top >= f->blocks) {
            fe_block_t *b = f->block_top;
            if (b->kind == FE_BLOCK_HANDLER) {
                // leaving an except/finally body: restore the context it saved
                fe_obj_t prev = b->sp[0];
                fe_state.current_exc = prev == fe_none ? FE_NULL : prev;
                f->block_top--;
                continue;
            }
            if (b->kind == FE_BLOCK_ITER) {
                // leaving a loop that owns its generator: close it
                f->block_top--;
                fe_generator_finalize(b->sp[FE_ITER_BUF_WORDS]);
                continue;
            }
            fe_obj_t *sp = b->sp;
            fe_obj_t prev = fe_state.current_exc;
            sp[0] = prev != FE_NULL ? prev : fe_none;
            sp[1] = exc;
            f->sp = sp + 2;
            b->kind = FE_BLOCK_HANDLER;
            fe_state.current_exc = exc;
            f->ip = b->handler;
            xs.caught_exc = exc;
            handled = true;
            break;
        }
        if (handled) {
            fe_vm_current = f;
            fe_state.call_depth++;
            // The frames between the raise and here are dead but their stack slots still
            // hold pointers that the conservative GC would read once deeper calls reuse
            // that memory (a whole exhausted heap after MemoryError): clear them.
            fe_gc_scrub_stack();
        } else {
            if (code->flags & FE_CODE_FLAG_GENERATOR) {
                f->ip = NULL;  // tells the generator it has finished
                if (fe_exc_matches(exc, &fe_type_StopIteration)) {
                    fe_obj_t rt = fe_exc_new_msg(&fe_type_RuntimeError, "generator raised StopIteration");
                    store_cause(rt, exc);
                    exc = rt;
                }
            }
            fe_raise(exc);
        }
    }
}

// ---- frames for builtins ---------------------------------------------------------------------

fe_obj_t fe_exec_code(fe_obj_t code_obj, fe_obj_t globals, fe_obj_t locals) {
    fe_code_t *code = code_obj;
    if (code->n_free) {
        fe_raise_msg(&fe_type_TypeError, "code object passed to exec() may not contain free variables");
    }
    size_t n_state = code->n_locals + code->max_stack;
    fe_stack_reserve(FE_FRAME_BYTES(code));
    fe_obj_t state[n_state];
    fe_block_t blocks[code->max_blocks];
    memset(state, 0, sizeof(fe_obj_t) * code->n_locals);
    for (size_t i = 0; i < code->n_cells; i++) {
        state[code->cell_slots[i]] = fe_cell_new(FE_NULL);
    }
    fe_frame_t frame = {
        .code = code,
        .ip = code->bytecode,
        .sp = state + code->n_locals,
        .block_top = blocks - 1,
        .blocks = blocks,
        .globals = globals,
        .locals_dict = locals != FE_NULL ? locals : globals,
        .state = state,
    };
    fe_obj_t result;
    fe_stack_check();
    fe_vm_run(&frame, FE_NULL, &result);
    return result;
}

void fe_vm_get_super_args(fe_obj_t *cls_out, fe_obj_t *self_out) {
    fe_frame_t *f = fe_vm_current;
    if (f == NULL) {
        fe_raise_msg(&fe_type_RuntimeError, "super(): no arguments");
    }
    const fe_code_t *code = f->code;
    if (code->n_pos == 0) {
        fe_raise_msg(&fe_type_RuntimeError, "super(): no arguments");
    }
    fe_obj_t cls = FE_NULL;
    for (size_t i = code->n_locals - code->n_free; i < code->n_locals; i++) {
        if (code->local_names[i] == Q___class__) {
            cls = ((fe_cell_t *)f->state[i])->value;
            break;
        }
    }
    if (cls == FE_NULL) {
        fe_raise_msg(&fe_type_RuntimeError, "super(): __class__ cell not found");
    }
    fe_obj_t self = f->state[0];
    for (size_t i = 0; i < code->n_cells; i++) {
        if (code->cell_slots[i] == 0) {
            self = ((fe_cell_t *)self)->value;
            break;
        }
    }
    if (self == FE_NULL) {
        fe_raise_msg(&fe_type_RuntimeError, "super(): arg[0] deleted");
    }
    *cls_out = cls;
    *self_out = self;
}

fe_obj_t fe_vm_globals(void) {
    if (fe_vm_current == NULL) {
        return fe_state.main_globals;
    }
    return fe_vm_current->globals;
}

fe_obj_t fe_vm_locals(void) {
    fe_frame_t *f = fe_vm_current;
    if (f == NULL) {
        return fe_state.main_globals;
    }
    if (f->locals_dict != FE_NULL) {
        return f->locals_dict;
    }
    const fe_code_t *code = f->code;
    fe_obj_t d = fe_dict_new(code->n_locals);
    bool is_cell[code->n_locals ? code->n_locals : 1];
    memset(is_cell, 0, sizeof(is_cell));
    for (size_t i = 0; i < code->n_cells; i++) {
        is_cell[code->cell_slots[i]] = true;
    }
    for (size_t i = 0; i < code->n_locals; i++) {
        qstr name = code->local_names[i];
        if (name == Q_NULL || qstr_str(name)[0] == '.') {
            continue;
        }
        fe_obj_t v = f->state[i];
        if (v != FE_NULL && (is_cell[i] || i >= (size_t)(code->n_locals - code->n_free))) {
            v = ((fe_cell_t *)v)->value;
        }
        if (v != FE_NULL) {
            fe_dict_store(d, FE_NEW_QSTR(name), v);
        }
    }
    return d;
}

// ---- disassembler (debug builds) -------------------------------------------------------------

#ifdef FE_DEBUG_DISASM
static const char *const opcode_names[FE_BC_NUM_OPCODES] = {
#define FE_BC_NAME(name, kind, effect) #name,
    FE_BYTECODES(FE_BC_NAME)
#undef FE_BC_NAME
};

void fe_bc_disassemble(const fe_print_t *print, fe_obj_t code_obj) {
    const fe_code_t *code = code_obj;
    fe_printf(print, "code %q (%q) locals=%u stack=%u blocks=%u\n", code->qualname, code->filename,
              (unsigned)code->n_locals, (unsigned)code->max_stack, (unsigned)code->max_blocks);
    const uint8_t *ip = code->bytecode, *end = ip + code->bc_len;
    while (ip < end) {
        size_t off = ip - code->bytecode;
        int op = *ip++;
        fe_printf(print, "  %u %u %s", (unsigned)fe_code_line_of(code, off), (unsigned)off, opcode_names[op]);
        switch (fe_bc_operand_kind[op]) {
            case FE_BC_OPERAND_UINT:
                fe_printf(print, " %u", (unsigned)fe_bc_read_uint(&ip));
                break;
            case FE_BC_OPERAND_SINT:
                fe_printf(print, " %d", (int)fe_bc_read_sint(&ip));
                break;
            case FE_BC_OPERAND_JUMP: {
                int j = fe_bc_read_jump(&ip);
                fe_printf(print, " -> %u", (unsigned)(ip - code->bytecode + j));
                break;
            }
            case FE_BC_OPERAND_UINT2: {
                size_t a = fe_bc_read_uint(&ip);
                fe_printf(print, " %u %u", (unsigned)a, (unsigned)fe_bc_read_uint(&ip));
                break;
            }
        }
        fe_printf(print, "\n");
    }
    for (size_t i = 0; i < code->n_consts; i++) {
        if (fe_obj_is_type_ptr(code->consts[i], &fe_type_code)) {
            fe_bc_disassemble(print, code->consts[i]);
        }
    }
}
#endif
