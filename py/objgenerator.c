// py/objgenerator.c: generator objects. A generator owns a heap frame (the same layout as an
// ordinary frame: locals, value stack, blocks) which fe_vm_run suspends at YIELD_VALUE or
// YIELD_FROM and resumes with the sent value pushed. send/throw/close follow CPython,
// including delegation to a sub-iterator suspended in `yield from`.
#include <string.h>
#include "py/engine.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };

typedef struct {
    fe_objbase_t base;  // &fe_type_generator
    fe_fun_t *fun;
    uintptr_t state;
    fe_obj_t exc_state;  // the exception its suspended body is handling, or FE_NULL
    fe_frame_t frame;
    fe_obj_t slots[];   // locals + stack, then the block array
} fe_gen_t;

fe_obj_t fe_generator_new(fe_fun_t *fun, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_code_t *code = fun->code;
    size_t n_state = code->n_locals + code->max_stack;
    fe_gen_t *g = fe_alloc(sizeof(fe_gen_t) + n_state * sizeof(fe_obj_t) + code->max_blocks * sizeof(fe_block_t));
    g->base.type = &fe_type_generator;
    g->fun = fun;
    g->state = GEN_CREATED;
    fe_fun_bind_args(fun, n_args, n_kw, args, g->slots);
    fe_frame_t *f = &g->frame;
    f->code = code;
    f->ip = code->bytecode;
    f->state = g->slots;
    f->sp = g->slots + code->n_locals;
    f->blocks = (fe_block_t *)(g->slots + n_state);
    f->block_top = f->blocks - 1;
    f->globals = fun->globals;
    f->locals_dict = FE_NULL;
    return g;
}

// Runs the frame; returns true if it yielded. While it runs, the generator sees its own
// "exception being handled" (if it yielded inside an except block) and the caller's
// is restored when it yields. If the body raises, the VM marks the frame finished
// (ip = NULL) and the exception propagates from here.
static bool gen_run(fe_gen_t *g, fe_obj_t throw_exc, fe_obj_t *out) {
    fe_stack_check();
    fe_obj_t caller_exc = fe_state.current_exc;
    if (g->exc_state != FE_NULL) {
        fe_state.current_exc = g->exc_state;
        g->exc_state = FE_NULL;
    }
    g->state = GEN_RUNNING;
    fe_vm_result_t r = fe_vm_run(&g->frame, throw_exc, out);
    if (r == FE_VM_YIELD) {
        g->state = GEN_SUSPENDED;
        if (fe_state.current_exc != caller_exc) {
            g->exc_state = fe_state.current_exc;
        }
        fe_state.current_exc = caller_exc;
        return true;
    }
    g->state = GEN_FINISHED;
    fe_state.current_exc = caller_exc;
    return false;
}

static bool at_yield_from(fe_gen_t *g) {
    return g->state == GEN_SUSPENDED && *g->frame.ip == FE_BC_YIELD_FROM;
}

// Throws into a sub-iterator of `yield from`. Returns 1 if it yielded (*out), 0 if it
// finished (*out = its value), and -1 if the exception should be raised in our frame
// instead (*out = the exception to raise).
static int throw_into_subiter(fe_obj_t sub, fe_obj_t exc, fe_obj_t *out) {
    if (fe_exc_matches(exc, &fe_type_GeneratorExit)) {
        fe_obj_t m[2];
        fe_load_method_maybe(sub, Q_close, m);
        if (m[0] != FE_NULL) {
            fe_call_method(0, 0, m);
        }
        *out = exc;
        return -1;
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        bool yielded;
        if (fe_obj_is_type_ptr(sub, &fe_type_generator)) {
            yielded = fe_generator_resume(sub, fe_none, exc, out);
        } else {
            fe_obj_t m[3];
            fe_load_method_maybe(sub, Q_throw, m);
            if (m[0] == FE_NULL) {
                fe_handler_pop(&h);
                *out = exc;
                return -1;
            }
            m[2] = exc;
            *out = fe_call_method(1, 0, m);
            yielded = true;
        }
        fe_handler_pop(&h);
        return yielded ? 1 : 0;
    } else {
        if (fe_exc_matches(h.exc, &fe_type_StopIteration)) {
            *out = fe_exc_get_value(h.exc);
            return 0;
        }
        *out = h.exc;
        return -1;
    }
}

bool fe_generator_resume(fe_obj_t gen, fe_obj_t send, fe_obj_t throw_exc, fe_obj_t *out) {
    fe_gen_t *g = gen;
    if (g->frame.ip == NULL) {
        g->state = GEN_FINISHED;  // its body raised
    }
    switch (g->state) {
        case GEN_RUNNING:
            fe_raise_msg(&fe_type_ValueError, "generator already executing");
        case GEN_FINISHED:
            if (throw_exc != FE_NULL) {
                fe_raise(throw_exc);
            }
            *out = fe_none;
            return false;
        case GEN_CREATED:
            if (throw_exc != FE_NULL) {
                g->state = GEN_FINISHED;
                fe_raise(throw_exc);
            }
            if (send != fe_none) {
                fe_raise_msg(&fe_type_TypeError, "can't send non-None value to a just-started generator");
            }
            return gen_run(g, FE_NULL, out);
        default:
            break;
    }
    fe_frame_t *f = &g->frame;
    if (throw_exc != FE_NULL && at_yield_from(g)) {
        g->state = GEN_RUNNING;
        fe_obj_t r;
        int k;
        fe_handler_t h;
        if (FE_TRY(h)) {
            k = throw_into_subiter(f->sp[-1], throw_exc, &r);
            fe_handler_pop(&h);
        } else {
            g->state = GEN_SUSPENDED;
            fe_raise(h.exc);
        }
        g->state = GEN_SUSPENDED;
        if (k == 1) {
            *out = r;
            return true;
        }
        if (k == 0) {
            // the sub-iterator finished: its value is the result of `yield from`
            f->sp[-1] = r;
            f->ip++;
            return gen_run(g, FE_NULL, out);
        }
        return gen_run(g, r, out);
    }
    if (throw_exc == FE_NULL) {
        *f->sp++ = send;
    }
    return gen_run(g, throw_exc, out);
}

static fe_obj_t gen_iternext(fe_obj_t self) {
    fe_obj_t out;
    if (fe_generator_resume(self, fe_none, FE_NULL, &out)) {
        return out;
    }
    return FE_NULL;
}

static fe_obj_t gen_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return self;
}

FE_NORETURN static void raise_stop_iteration(fe_obj_t value) {
    if (value == fe_none) {
        fe_raise(fe_exc_new(&fe_type_StopIteration, 0, NULL));
    }
    fe_raise(fe_exc_new(&fe_type_StopIteration, 1, &value));
}

static fe_obj_t gen_send(fe_obj_t self, fe_obj_t value) {
    fe_obj_t out;
    if (fe_generator_resume(self, value, FE_NULL, &out)) {
        return out;
    }
    raise_stop_iteration(out);
}

static fe_obj_t gen_throw(size_t n_args, const fe_obj_t *args) {
    fe_obj_t exc = args[1];
    if (fe_is_exception_type(exc)) {
        if (n_args > 2 && args[2] != fe_none) {
            fe_obj_t v = args[2];
            if (fe_is_exception_instance(v) && fe_isinstance(v, (const fe_type_t *)exc)) {
                exc = v;
            } else if (fe_obj_is_type_ptr(v, &fe_type_tuple)) {
                exc = fe_call(exc, ((fe_tuple_t *)v)->len, 0, ((fe_tuple_t *)v)->items);
            } else {
                exc = fe_call1(exc, v);
            }
        } else {
            exc = fe_call0(exc);
        }
    } else if (!fe_is_exception_instance(exc)) {
        fe_raise_msg(&fe_type_TypeError, "exceptions must be classes or instances deriving from BaseException, not str");
    }
    fe_obj_t out;
    if (fe_generator_resume(args[0], fe_none, exc, &out)) {
        return out;
    }
    raise_stop_iteration(out);
}

static fe_obj_t gen_close(fe_obj_t self) {
    fe_gen_t *g = self;
    if (g->state == GEN_CREATED || g->state == GEN_FINISHED) {
        g->state = GEN_FINISHED;
        return fe_none;
    }
    fe_obj_t exc = fe_exc_new(&fe_type_GeneratorExit, 0, NULL);
    fe_handler_t h;
    bool yielded;
    fe_obj_t out;
    if (FE_TRY(h)) {
        yielded = fe_generator_resume(self, fe_none, exc, &out);
        fe_handler_pop(&h);
    } else {
        if (fe_exc_matches(h.exc, &fe_type_GeneratorExit) || fe_exc_matches(h.exc, &fe_type_StopIteration)) {
            return fe_none;
        }
        fe_raise(h.exc);
    }
    if (yielded) {
        fe_raise_msg(&fe_type_RuntimeError, "generator ignored GeneratorExit");
    }
    return fe_none;
}

bool fe_generator_unstarted(fe_obj_t gen) {
    return ((fe_gen_t *)gen)->state == GEN_CREATED;
}

void fe_generator_finalize(fe_obj_t gen) {
    fe_gen_t *g = gen;
    if (g->state != GEN_SUSPENDED || g->frame.ip == NULL) {
        return;
    }
    fe_obj_t saved = fe_state.current_exc;
    fe_handler_t h;
    if (FE_TRY(h)) {
        gen_close(gen);
        fe_handler_pop(&h);
    }
    fe_state.current_exc = saved;
}

static FE_DEFINE_FUN_2(gen_send_obj, Q_send, gen_send);
static FE_DEFINE_FUN_VAR(gen_throw_obj, Q_throw, 2, 4, gen_throw);
static FE_DEFINE_FUN_1(gen_close_obj, Q_close, gen_close);

static const fe_map_elem_t gen_locals_table[] = {
    {FE_ROM_QSTR(Q_close), FE_ROM_PTR(&gen_close_obj)},
    {FE_ROM_QSTR(Q_send), FE_ROM_PTR(&gen_send_obj)},
    {FE_ROM_QSTR(Q_throw), FE_ROM_PTR(&gen_throw_obj)},
};
static FE_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

static void gen_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_gen_t *g = self;
    fe_printf(print, "<%s object %q at ", (g->fun->code->flags & FE_CODE_FLAG_COROUTINE) ? "coroutine" : "generator",
              fe_fun_qualname(g->fun));
    char buf[2 + 2 * sizeof(void *)];
    static const char hex[] = "0123456789abcdef";
    uintptr_t v = (uintptr_t)self;
    size_t n = 0;
    char tmp[2 * sizeof(void *)];
    do {
        tmp[n++] = hex[v & 15];
        v >>= 4;
    } while (v);
    buf[0] = '0';
    buf[1] = 'x';
    for (size_t i = 0; i < n; i++) {
        buf[2 + i] = tmp[n - 1 - i];
    }
    fe_print_strn(print, buf, 2 + n);
    fe_print_str(print, ">");
}

static void gen_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_gen_t *g = self;
    if (dest[0] != FE_NULL) {
        return;
    }
    switch (attr) {
        case Q___name__:
            dest[0] = FE_NEW_QSTR(g->fun->code->name);
            break;
        case Q___qualname__:
            dest[0] = FE_NEW_QSTR(fe_fun_qualname(g->fun));
            break;
        case Q_gi_running:
            dest[0] = fe_bool(g->state == GEN_RUNNING && g->frame.ip != NULL);
            break;
        case Q_gi_code:
            dest[0] = g->fun->code;
            break;
        default: {
            fe_map_elem_t *e = fe_map_lookup((fe_map_t *)&gen_locals_dict.map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
            if (e) {
                dest[0] = e->value;
                dest[1] = self;
            }
            break;
        }
    }
}

const fe_type_t fe_type_generator = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_generator,
    .print = gen_print,
    .attr = gen_attr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals_dict = (struct fe_dict *)&gen_locals_dict,
};
