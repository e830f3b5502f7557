// py/objfun.c: Python function objects (type `function`) and argument binding.
//
// Calling a function binds the arguments into the first slots of a frame that lives on the
// C stack of fe_fun_call (a VLA sized from the code object: locals + value stack + blocks),
// so a call with positional arguments allocates nothing on the heap. Generator functions
// instead hand the arguments to a new generator object that owns a heap frame.
#include <stddef.h>
#include <string.h>
#include "py/engine.h"

fe_obj_t fe_fun_new(fe_code_t *code, fe_obj_t globals, fe_obj_t defaults, fe_obj_t kwdefaults, fe_obj_t closure) {
    fe_fun_t *f = fe_new(fe_fun_t);
    f->base.type = &fe_type_function;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return f;
}

qstr fe_fun_qualname(fe_fun_t *fun) {
    if (fun->qualname_override != FE_NULL && fe_is_str(fun->qualname_override)) {
        return fe_str_to_qstr(fun->qualname_override);
    }
    return fun->code->qualname;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static void list_names(fe_vstr_t *v, const qstr *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            fe_vstr_add_str(v, n == 2 ? " and " : (i + 1 == n ? ", and " : ", "));
        }
        fe_vstr_add_byte(v, '\'');
        fe_vstr_add_str(v, qstr_str(names[i]));
        fe_vstr_add_byte(v, '\'');
    }
}

// A TypeError message built in pieces: msg_start prints "name() " into m, msg_raise raises it.
typedef struct {
    fe_vstr_t v;
    fe_print_t pr;
} msg_t;

static void msg_start(msg_t *m, fe_fun_t *fun) {
    fe_vstr_init(&m->v, 64);
    fe_vstr_print_init(&m->v, &m->pr);
    fe_printf(&m->pr, "%q() ", fe_fun_qualname(fun));
}

FE_NORETURN static void msg_raise(msg_t *m) {
    fe_raise(fe_exc_new(&fe_type_TypeError, 1, (fe_obj_t[]){fe_str_from_vstr(&m->v)}));
}

FE_NORETURN static void raise_missing(fe_fun_t *fun, const char *kind, const qstr *names, size_t n) {
    msg_t m;
    msg_start(&m, fun);
    fe_printf(&m.pr, "missing %u required %s argument%s: ", (unsigned)n, kind, n == 1 ? "" : "s");
    list_names(&m.v, names, n);
    msg_raise(&m);
}

FE_NORETURN static void raise_too_many(fe_fun_t *fun, size_t n_given, size_t n_kwonly_given) {
    const fe_code_t *code = fun->code;
    size_t n_def = fun->defaults != FE_NULL ? ((fe_tuple_t *)fun->defaults)->len : 0;
    size_t n_pos = code->n_pos;
    msg_t m;
    fe_print_t *pr = &m.pr;
    msg_start(&m, fun);
    if (n_def > 0) {
        fe_printf(pr, "takes from %u to %u positional arguments", (unsigned)(n_pos - n_def), (unsigned)n_pos);
    } else {
        fe_printf(pr, "takes %u positional argument%s", (unsigned)n_pos, n_pos == 1 ? "" : "s");
    }
    if (n_kwonly_given) {
        fe_printf(pr, " but %u positional argument%s (and %u keyword-only argument%s) were given", (unsigned)n_given,
                  n_given == 1 ? "" : "s", (unsigned)n_kwonly_given, n_kwonly_given == 1 ? "" : "s");
    } else {
        fe_printf(pr, " but %u %s given", (unsigned)n_given, n_given == 1 ? "was" : "were");
    }
    msg_raise(&m);
}

static qstr key_qstr(fe_obj_t key) {
    if (FE_IS_QSTR(key)) {
        return FE_QSTR_VALUE(key);
    }
    return fe_str_to_qstr(key);
}

// The index of parameter name k in local_names[from, to), or `to` if it is not there.
static size_t find_param(const fe_code_t *code, qstr k, size_t from, size_t to) {
    while (from < to && code->local_names[from] != k) {
        from++;
    }
    return from;
}

// Slots: positionals, keyword-only, then *args and **kwargs when the function has them.
static void bind_general(fe_fun_t *fun, size_t n_args, size_t n_kw, const fe_obj_t *args, fe_obj_t *state) {
    const fe_code_t *code = fun->code;
    size_t n_pos = code->n_pos, n_posonly = code->n_posonly, n_named = n_pos + code->n_kwonly;
    const fe_obj_t *kw = args + n_args;
    size_t slot = n_named;
    if (code->flags & FE_CODE_FLAG_VARARGS) {
        state[slot++] = n_args > n_pos ? fe_tuple_new(n_args - n_pos, args + n_pos) : fe_empty_tuple;
    } else if (n_args > n_pos) {
        size_t kwonly_given = 0;
        for (size_t i = 0; i < n_kw; i++) {
            kwonly_given += find_param(code, key_qstr(kw[2 * i]), n_pos, n_named) < n_named;
        }
        raise_too_many(fun, n_args, kwonly_given);
    }
    fe_obj_t varkw = FE_NULL;
    if (code->flags & FE_CODE_FLAG_VARKW) {
        varkw = state[slot] = fe_dict_new(n_kw);
    }
    size_t n_take = n_args < n_pos ? n_args : n_pos;
    for (size_t i = 0; i < n_take; i++) {
        state[i] = args[i];
    }
    qstr posonly_as_kw[8];
    size_t n_posonly_as_kw = 0;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = key_qstr(kw[2 * i]);
        size_t j = find_param(code, k, n_posonly, n_named);
        if (j < n_named) {
            if (state[j] != FE_NULL) {
                fe_raise_fmt(&fe_type_TypeError, "%q() got multiple values for argument '%q'", fe_fun_qualname(fun), k);
            }
            state[j] = kw[2 * i + 1];
        } else if (varkw != FE_NULL) {
            fe_dict_store(varkw, FE_NEW_QSTR(k), kw[2 * i + 1]);
        } else if (find_param(code, k, 0, n_posonly) < n_posonly) {
            if (n_posonly_as_kw < 8) {
                posonly_as_kw[n_posonly_as_kw++] = k;
            }
        } else {
            fe_raise_fmt(&fe_type_TypeError, "%q() got an unexpected keyword argument '%q'", fe_fun_qualname(fun), k);
        }
    }
    if (n_posonly_as_kw) {
        msg_t m;
        msg_start(&m, fun);
        fe_printf(&m.pr, "got some positional-only arguments passed as keyword arguments: ");
        for (size_t i = 0; i < n_posonly_as_kw; i++) {
            fe_printf(&m.pr, i ? ", '%q'" : "'%q'", posonly_as_kw[i]);
        }
        msg_raise(&m);
    }
    // defaults for the unfilled named parameters; missing positionals are reported before
    // missing keyword-only ones
    size_t n_def = 0;
    fe_obj_t *defs = NULL;
    if (fun->defaults != FE_NULL) {
        n_def = ((fe_tuple_t *)fun->defaults)->len;
        defs = ((fe_tuple_t *)fun->defaults)->items;
    }
    qstr missing[n_named + 1];
    size_t n_missing = 0;
    for (size_t j = n_take; j < n_named; j++) {
        if (j == n_pos && n_missing) {
            raise_missing(fun, "positional", missing, n_missing);
        }
        if (state[j] == FE_NULL) {
            fe_obj_t d = FE_NULL;
            if (j < n_pos) {
                d = j + n_def >= n_pos ? defs[j + n_def - n_pos] : FE_NULL;
            } else if (fun->kwdefaults != FE_NULL) {
                d = fe_dict_get_maybe(fun->kwdefaults, FE_NEW_QSTR(code->local_names[j]));
            }
            if (d != FE_NULL) {
                state[j] = d;
            } else {
                missing[n_missing++] = code->local_names[j];
            }
        }
    }
    if (n_missing) {
        raise_missing(fun, code->n_kwonly ? "keyword-only" : "positional", missing, n_missing);
    }
}

void fe_fun_bind_args(fe_fun_t *fun, size_t n_args, size_t n_kw, const fe_obj_t *args, fe_obj_t *state) {
    const fe_code_t *code = fun->code;
    size_t n_locals = code->n_locals;
    if (FE_LIKELY(n_kw == 0 && n_args == code->n_pos && code->n_kwonly == 0 &&
                  !(code->flags & (FE_CODE_FLAG_VARARGS | FE_CODE_FLAG_VARKW)))) {
        for (size_t i = 0; i < n_args; i++) {
            state[i] = args[i];
        }
        for (size_t i = n_args; i < n_locals; i++) {
            state[i] = FE_NULL;
        }
    } else {
        memset(state, 0, n_locals * sizeof(fe_obj_t));
        bind_general(fun, n_args, n_kw, args, state);
    }
    for (size_t i = 0; i < code->n_cells; i++) {
        size_t s = code->cell_slots[i];
        state[s] = fe_cell_new(state[s]);
    }
    if (code->n_free) {
        fe_tuple_t *cl = fun->closure;
        fe_obj_t *dst = state + n_locals - code->n_free;
        for (size_t i = 0; i < code->n_free; i++) {
            dst[i] = cl->items[i];
        }
    }
}

fe_obj_t fe_fun_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_fun_t *fun = self;
    const fe_code_t *code = fun->code;
    if (FE_UNLIKELY(code->flags & (FE_CODE_FLAG_GENERATOR | FE_CODE_FLAG_COROUTINE))) {
        return fe_generator_new(fun, n_args, n_kw, args);
    }
    if (FE_UNLIKELY(fe_state.pending_exc != FE_NULL)) {
        // an interrupt (Ctrl-C) arrived: raise it at this call
        fe_obj_t e = fe_state.pending_exc;
        fe_state.pending_exc = FE_NULL;
        fe_raise(e);
    }
    fe_stack_reserve(FE_FRAME_BYTES(code));
    fe_obj_t state[code->n_locals + code->max_stack];
    fe_block_t blocks[code->max_blocks];
    fe_fun_bind_args(fun, n_args, n_kw, args, state);
    fe_frame_t frame;
    frame.code = code;
    frame.ip = code->bytecode;
    frame.sp = state + code->n_locals;
    frame.blocks = blocks;
    frame.block_top = blocks - 1;
    frame.globals = fun->globals;
    frame.locals_dict = FE_NULL;
    frame.state = state;
    fe_obj_t result;
    fe_stack_check();
    fe_vm_run(&frame, FE_NULL, &result);
    return result;
}

fe_obj_t fe_fun_run_class_body(fe_obj_t fun_obj, fe_obj_t ns) {
    fe_fun_t *fun = fun_obj;
    const fe_code_t *code = fun->code;
    fe_stack_reserve(FE_FRAME_BYTES(code));
    fe_obj_t state[code->n_locals + code->max_stack];
    fe_block_t blocks[code->max_blocks];
    fe_fun_bind_args(fun, 0, 0, NULL, state);
    fe_frame_t frame;
    frame.code = code;
    frame.ip = code->bytecode;
    frame.sp = state + code->n_locals;
    frame.blocks = blocks;
    frame.block_top = blocks - 1;
    frame.globals = fun->globals;
    frame.locals_dict = ns;
    frame.state = state;
    fe_obj_t result;
    fe_stack_check();
    fe_vm_run(&frame, FE_NULL, &result);
    return result;
}

// ---- the type ------------------------------------------------------------------------------------

static void fun_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_printf(print, "<function %q at %p>", fe_fun_qualname(self), self);
}

// The attributes kept in fe_fun_t fields (given as word offsets), and what loading an
// unset field (FE_NULL) gives and a store accepts.
enum {
    A_NAME,        // __name__, __qualname__: the override if a str, else the code's; stores need a str
    A_DOC,         // unset: the code's docstring or None; deleting stores None
    A_MODULE,      // unset: the globals' __name__ or None
    A_TUPLE,       // unset: None; stores need a tuple or None (which unsets)
    A_DICT,        // the same with a dict
    A_LAZY_DICT,   // unset: a new empty dict, kept
    A_READ,        // unset: None; stores go to the function's __dict__ like other names
};
typedef struct {
    uint16_t attr;
    uint8_t field;
    uint8_t kind;
} fun_attr_t;
#define FIELD(name) (offsetof(fe_fun_t, name) / sizeof(fe_obj_t))
static const fun_attr_t fun_attrs[] = {
    {Q___name__, FIELD(name_override), A_NAME},
    {Q___qualname__, FIELD(qualname_override), A_NAME},
    {Q___doc__, FIELD(doc), A_DOC},
    {Q___module__, FIELD(module), A_MODULE},
    {Q___code__, FIELD(code), A_READ},
    {Q___globals__, FIELD(globals), A_READ},
    {Q___closure__, FIELD(closure), A_READ},
    {Q___defaults__, FIELD(defaults), A_TUPLE},
    {Q___kwdefaults__, FIELD(kwdefaults), A_DICT},
    {Q___annotations__, FIELD(annotations), A_LAZY_DICT},
    {Q___dict__, FIELD(dict), A_LAZY_DICT},
};

static void fun_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    fe_fun_t *fun = self;
    const fun_attr_t *a = fun_attrs;
    while (a < fun_attrs + FE_ARRAY_SIZE(fun_attrs) && a->attr != attr) {
        a++;
    }
    fe_obj_t value = dest[1];
    if (a == fun_attrs + FE_ARRAY_SIZE(fun_attrs) || (dest[0] != FE_NULL && a->kind == A_READ)) {
        // other names live in the function's __dict__
        if (dest[0] == FE_NULL) {
            if (fun->dict != FE_NULL) {
                fe_obj_t v = fe_dict_get_maybe(fun->dict, FE_NEW_QSTR(attr));
                if (v != FE_NULL) {
                    dest[0] = v;
                }
            }
            return;
        }
        if (fun->dict == FE_NULL) {
            if (value == FE_NULL) {
                return;
            }
            fun->dict = fe_dict_new(0);
        }
        if (value == FE_NULL) {
            if (fe_map_lookup(fe_dict_get_map(fun->dict), FE_NEW_QSTR(attr), FE_MAP_LOOKUP_REMOVE) == NULL) {
                return;
            }
        } else {
            fe_dict_store(fun->dict, FE_NEW_QSTR(attr), value);
        }
        dest[0] = FE_NULL;
        return;
    }
    fe_obj_t *field = (fe_obj_t *)fun + a->field;
    if (dest[0] == FE_NULL) {
        fe_obj_t v = *field;
        if (a->kind == A_NAME) {
            if (v == FE_NULL || !fe_is_str(v)) {
                v = FE_NEW_QSTR(attr == Q___name__ ? fun->code->name : fun->code->qualname);
            }
        } else if (v == FE_NULL) {
            v = fe_none;
            if (a->kind == A_DOC && (fun->code->flags & FE_CODE_FLAG_HAS_DOC)) {
                v = fun->code->consts[0];
            } else if (a->kind == A_MODULE) {
                v = fe_dict_get_maybe(fun->globals, FE_NEW_QSTR(Q___name__));
                v = v != FE_NULL ? v : fe_none;
            } else if (a->kind == A_LAZY_DICT) {
                v = *field = fe_dict_new(0);
            }
        }
        dest[0] = v;
        return;
    }
    // store / delete; the VM relies on the kinds checked here (defaults are a tuple ...)
    switch (a->kind) {
        case A_NAME:
            if (value == FE_NULL || !fe_is_str(value)) {
                fe_raise_fmt(&fe_type_TypeError, "%q must be set to a string object", attr);
            }
            break;
        case A_DOC:
            value = value != FE_NULL ? value : fe_none;
            break;
        case A_TUPLE:
        case A_DICT:
            value = value == fe_none ? FE_NULL : value;
            if (value != FE_NULL && !fe_obj_is_type_ptr(value, a->kind == A_TUPLE ? &fe_type_tuple : &fe_type_dict)) {
                fe_raise_fmt(&fe_type_TypeError, "%q must be set to a %s object", attr, a->kind == A_TUPLE ? "tuple" : "dict");
            }
            break;
        case A_LAZY_DICT:
            if (attr == Q___dict__) {
                if (value == FE_NULL) {
                    return;
                }
                if (!fe_obj_is_type_ptr(value, &fe_type_dict)) {
                    fe_raise_fmt(&fe_type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
                }
            }
            break;
        default:
            break;
    }
    *field = value;
    dest[0] = FE_NULL;
}

const fe_type_t fe_type_function = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_function,
    .print = fun_print,
    .call = fe_fun_call,
    .attr = fun_attr,
};
