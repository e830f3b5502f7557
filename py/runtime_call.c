// py/runtime_call.c: calling objects. fe_call dispatches on the callee type's call slot
// (functions, builtin functions, bound methods, classes via type's slot, instances with
// __call__). Arguments: n_args positionals, then n_kw (key qstr object, value) pairs.
#include <string.h>
#include "py/obj.h"
#include "py/objtype.h"

// Calls with up to this many argument words prepend self on the C stack, not the heap.
#define SELF_STACK_WORDS 10

fe_obj_t fe_call(fe_obj_t fun, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    const fe_type_t *t = fe_typeof(fun);
    if (FE_LIKELY(t->call != NULL)) {
        return t->call(fun, n_args, n_kw, args);
    }
    fe_raise_fmt(&fe_type_TypeError, "'%q' object is not callable", (qstr)t->name);
}

fe_obj_t fe_call0(fe_obj_t fun) {
    return fe_call(fun, 0, 0, NULL);
}

fe_obj_t fe_call1(fe_obj_t fun, fe_obj_t a) {
    return fe_call(fun, 1, 0, &a);
}

fe_obj_t fe_call2(fe_obj_t fun, fe_obj_t a, fe_obj_t b) {
    fe_obj_t args[2] = {a, b};
    return fe_call(fun, 2, 0, args);
}

fe_obj_t fe_call_with_self(fe_obj_t fun, fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (n_kw == 0 && fe_obj_is_type_ptr(fun, &fe_type_builtin_function)) {
        // direct C calls for the common builtin-method shapes
        const fe_builtin_fun_t *f = fun;
        switch (f->kind) {
            case FE_FUN_1:
                if (n_args == 0) {
                    return f->fun.f1(self);
                }
                break;
            case FE_FUN_2:
                if (n_args == 1) {
                    return f->fun.f2(self, args[0]);
                }
                break;
            case FE_FUN_3:
                if (n_args == 2) {
                    return f->fun.f3(self, args[0], args[1]);
                }
                break;
            default:
                break;
        }
    }
    size_t n = n_args + 2 * n_kw;
    fe_obj_t stack[SELF_STACK_WORDS];
    fe_obj_t *all = n + 1 <= SELF_STACK_WORDS ? stack : fe_alloc(sizeof(fe_obj_t) * (n + 1));
    all[0] = self;
    if (n != 0) {
        memcpy(all + 1, args, sizeof(fe_obj_t) * n);
    }
    return fe_call(fun, n_args + 1, n_kw, all);
}

fe_obj_t fe_call_method(size_t n_args, size_t n_kw, const fe_obj_t *args) {
    if (args[1] != FE_NULL) {
        return fe_call(args[0], n_args + 1, n_kw, args + 1);
    }
    return fe_call(args[0], n_args, n_kw, args + 2);
}

bool fe_is_callable(fe_obj_t o) {
    const fe_type_t *t = fe_typeof(o);
    if (t->call == NULL) {
        return false;
    }
    if (t->call == fe_instance_call) {
        if (fe_type_lookup_user(t, Q___call__) != FE_NULL) {
            return true;
        }
        const fe_type_t *nb = fe_type_native_base(t);
        return nb != NULL && nb->call != NULL;
    }
    return true;
}

// "f()" for error messages: module-qualified name of a Python function, plain for builtins.
static void print_callee_name(const fe_print_t *print, fe_obj_t fun) {
    fe_obj_t name = fe_load_attr_maybe(fun, Q___qualname__);
    if (name == FE_NULL) {
        name = fe_load_attr_maybe(fun, Q___name__);
    }
    if (name == FE_NULL) {
        fe_printf(print, "%q object", fe_type_name(fun));
        return;
    }
    if (fe_obj_is_type_ptr(fun, &fe_type_function)) {
        fe_obj_t mod = fe_load_attr_maybe(fun, Q___module__);
        if (mod != FE_NULL && fe_is_str(mod)) {
            fe_print_obj(print, mod, FE_PRINT_STR);
            fe_print_str(print, ".");
        }
    }
    fe_print_obj(print, name, FE_PRINT_STR);
    fe_print_str(print, "()");
}

static FE_NORETURN void raise_star_error(fe_obj_t fun, const char *what, fe_obj_t arg) {
    fe_vstr_t v;
    fe_print_t pr;
    fe_vstr_init(&v, 64);
    fe_vstr_print_init(&v, &pr);
    print_callee_name(&pr, fun);
    fe_printf(&pr, " argument after %s, not %q", what, fe_type_name(arg));
    fe_raise(fe_exc_new(&fe_type_TypeError, 1, (fe_obj_t[]){fe_str_from_vstr(&v)}));
}

static fe_obj_t kw_key(fe_obj_t key) {
    if (!fe_is_str(key)) {
        fe_raise_msg(&fe_type_TypeError, "keywords must be strings");
    }
    return FE_IS_QSTR(key) ? key : FE_NEW_QSTR(fe_str_to_qstr(key));
}

fe_obj_t fe_call_ex(fe_obj_t fun, size_t n_args, const fe_obj_t *args, fe_obj_t star, fe_obj_t starstar) {
    // positionals from *star
    size_t n_star = 0;
    fe_obj_t *star_items = NULL;
    if (star != FE_NULL) {
        if (fe_obj_is_type_ptr(star, &fe_type_tuple)) {
            fe_tuple_get(star, &n_star, &star_items);
        } else if (fe_obj_is_type_ptr(star, &fe_type_list)) {
            fe_list_get(star, &n_star, &star_items);
        } else {
            const fe_type_t *st = fe_typeof(star);
            fe_iter_buf_t buf;
            fe_obj_t it = st->getiter != NULL ? st->getiter(star, &buf) : FE_NULL;
            if (it == FE_NULL) {
                raise_star_error(fun, "* must be an iterable", star);
            }
            fe_obj_t list = fe_list_new(0, NULL);
            fe_list_extend(list, it);
            fe_list_get(list, &n_star, &star_items);
        }
    }
    // keywords from **starstar: any mapping (dicts included) through its keys(), then one
    // lookup per key
    fe_obj_t keys = FE_NULL;
    size_t n_kw = 0;
    if (starstar != FE_NULL) {
        fe_obj_t m[2];
        fe_load_method_maybe(starstar, Q_keys, m);
        if (m[0] == FE_NULL || fe_typeof(starstar)->subscr == NULL) {
            raise_star_error(fun, "** must be a mapping", starstar);
        }
        keys = fe_list_new(0, NULL);
        fe_list_extend(keys, fe_call_method(0, 0, m));
        n_kw = fe_len(keys);
    }
    size_t n_pos = n_args + n_star;
    size_t total = n_pos + 2 * n_kw;
    fe_obj_t stack[SELF_STACK_WORDS];
    fe_obj_t *all = total <= SELF_STACK_WORDS ? stack : fe_alloc(sizeof(fe_obj_t) * total);
    if (n_args != 0) {
        memcpy(all, args, sizeof(fe_obj_t) * n_args);
    }
    if (n_star != 0) {
        memcpy(all + n_args, star_items, sizeof(fe_obj_t) * n_star);
    }
    fe_obj_t *kw = all + n_pos;
    if (keys != FE_NULL) {
        size_t nk;
        fe_obj_t *ks;
        fe_list_get(keys, &nk, &ks);
        for (size_t k = 0; k < nk && k < n_kw; k++) {
            kw[2 * k] = kw_key(ks[k]);
            kw[2 * k + 1] = fe_subscr_load(starstar, ks[k]);
        }
    }
    return fe_call(fun, n_pos, n_kw, all);
}
