// py/scope.c: symbol tables. Before any code is emitted the whole tree is walked once to
// find every scope (module, class body, function, lambda, comprehension) and how each
// name is bound in it; then free variables are resolved against the enclosing function
// scopes (class scopes are invisible to the functions nested in them, except for the
// implicit `__class__` cell), and finally every local, cell and free name gets a slot.
#include <string.h>
#include "py/engine.h"

#if !FE_COMPILE_MANGLING
#define fe_scope_mangle(s, name) (name)  // `__x` in a class stays `__x`
#endif

typedef struct {
    fe_scope_t *first, *last;
    qstr filename;
} scope_builder_t;

// Raises SyntaxError(msg % name) located at n (tools/makemsgs.py compresses msg, argument 1
// of comp_error).
FE_NORETURN static void comp_error(const fe_node_t *n, const char *msg, qstr name) {
    fe_compile_error_at(n);
    fe_raise_fmt(&fe_type_SyntaxError, msg, name);
}

FE_NORETURN void fe_compile_syntax_error(qstr filename, fe_node_t *node, const char *msg, qstr arg) {
    comp_error(node, msg, arg);
}

fe_symbol_t *fe_scope_lookup(fe_scope_t *s, qstr name) {
    for (size_t i = 0; i < s->n_syms; i++) {
        if (s->syms[i].name == name) {
            return &s->syms[i];
        }
    }
    return NULL;
}

#if FE_COMPILE_MANGLING
qstr fe_scope_mangle(const fe_scope_t *s, qstr name) {
    if (s->mangle_class == Q_NULL) {
        return name;
    }
    size_t len;
    const char *str = qstr_data(name, &len);
    if (len < 3 || str[0] != '_' || str[1] != '_' || (str[len - 1] == '_' && str[len - 2] == '_') || memchr(str, '.', len)) {
        return name;
    }
    size_t clen;
    const char *cls = qstr_data(s->mangle_class, &clen);
    while (clen && *cls == '_') {
        cls++;
        clen--;
    }
    if (clen == 0) {
        return name;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 1 + clen + len + 1);
    fe_vstr_add_byte(&v, '_');
    fe_vstr_add_strn(&v, cls, clen);
    fe_vstr_add_strn(&v, str, len);
    return qstr_from_strn(v.buf, v.len);
}
#endif

static fe_symbol_t *sym_add(fe_scope_t *s, qstr name) {
    fe_symbol_t *sym = fe_scope_lookup(s, name);
    if (sym) {
        return sym;
    }
    if (s->n_syms == s->alloc_syms) {
        s->alloc_syms = s->alloc_syms ? s->alloc_syms * 2 : 8;
        s->syms = fe_realloc(s->syms, s->alloc_syms * sizeof(fe_symbol_t));
    }
    sym = &s->syms[s->n_syms++];
    sym->name = name;
    sym->flags = 0;
    sym->kind = FE_SYM_NAME;
    sym->slot = 0xffff;
    sym->decl = NULL;
    return sym;
}

static fe_symbol_t *mark(fe_scope_t *s, qstr name, uint16_t flags) {
    fe_symbol_t *sym = sym_add(s, name);
    sym->flags |= flags;
    return sym;
}

static bool is_function_like(const fe_scope_t *s) {
    return s->kind >= FE_SCOPE_FUNCTION;
}

static qstr make_qualname(fe_scope_t *parent, qstr name) {
    if (parent == NULL || parent->kind == FE_SCOPE_MODULE) {
        return name;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    fe_vstr_add_str(&v, qstr_str(parent->qualname));
    if (is_function_like(parent)) {
        fe_vstr_add_str(&v, ".<locals>");
    }
    fe_vstr_add_byte(&v, '.');
    fe_vstr_add_str(&v, qstr_str(name));
    return qstr_from_strn(v.buf, v.len);
}

static fe_scope_t *scope_new(scope_builder_t *b, fe_node_t *node, fe_scope_t *parent, int kind, qstr name) {
    fe_scope_t *s = fe_new(fe_scope_t);
    s->node = node;
    s->parent = parent;
    s->kind = kind;
    s->name = name;
    s->qualname = make_qualname(parent, name);
    s->mangle_class = kind == FE_SCOPE_CLASS ? name : parent ? parent->mangle_class : Q_NULL;
    if (b->last) {
        b->last->next = s;
    } else {
        b->first = s;
    }
    b->last = s;
    return s;
}

fe_scope_t *fe_scope_find(fe_scope_t *all, fe_node_t *node) {
    for (fe_scope_t *s = all; s; s = s->next) {
        if (s->node == node) {
            return s;
        }
    }
    return NULL;
}

static void visit(scope_builder_t *b, fe_scope_t *s, fe_node_t *n);

static void visit_kids(scope_builder_t *b, fe_scope_t *s, fe_node_t *n, size_t start) {
    for (size_t i = start; i < n->n_kids; i++) {
        visit(b, s, n->kids[i]);
    }
}

static void add_param(scope_builder_t *b, fe_scope_t *s, fe_node_t *arg) {
    qstr name = fe_scope_mangle(s, FE_QSTR_VALUE(arg->value));
    fe_symbol_t *sym = fe_scope_lookup(s, name);
    if (sym && (sym->flags & FE_SYMF_PARAM)) {
        comp_error(arg, "duplicate argument '%q' in function definition", name);
    }
    mark(s, name, FE_SYMF_PARAM | FE_SYMF_ASSIGNED);
    s->n_params++;
}

// Defaults and annotations belong to the enclosing scope; parameters to the new one.
static void visit_arguments_outer(scope_builder_t *b, fe_scope_t *s, fe_node_t *args) {
    visit(b, s, args->kids[6]);
    visit(b, s, args->kids[4]);
#if FE_COMPILE_ANNOTATIONS
    for (int k = 0; k < 6; k++) {
        fe_node_t *group = args->kids[k];
        if (group == NULL || k == 4) {
            continue;
        }
        if (group->kind == FE_N_Arg) {
            visit(b, s, group->kids[0]);
        } else {
            for (size_t i = 0; i < group->n_kids; i++) {
                visit(b, s, group->kids[i]->kids[0]);
            }
        }
    }
#endif
}

static size_t seq_len(const fe_node_t *seq) {
    return seq ? seq->n_kids : 0;
}

// Parameters get the first slots in this order: positional-only, positional, keyword-only,
// *args, **kwargs (Arguments kids 0, 1, 3, 2, 5).
static void add_params(scope_builder_t *b, fe_scope_t *s, fe_node_t *args) {
    static const uint8_t order[] = {0, 1, 3, 2, 5};
    for (size_t i = 0; i < sizeof(order); i++) {
        fe_node_t *group = args->kids[order[i]];
        if (group == NULL) {
            continue;
        }
        if (group->kind == FE_N_Arg) {
            add_param(b, s, group);
            s->code_flags |= i == 3 ? FE_CODE_FLAG_VARARGS : FE_CODE_FLAG_VARKW;
        } else {
            for (size_t k = 0; k < group->n_kids; k++) {
                add_param(b, s, group->kids[k]);
            }
        }
    }
    s->n_posonly = seq_len(args->kids[0]);
    s->n_pos = s->n_posonly + seq_len(args->kids[1]);
    s->n_kwonly = seq_len(args->kids[3]);
}

// n is a ListComp, SetComp, DictComp or GeneratorExp (consecutive node kinds, in this order).
static void visit_comprehension(scope_builder_t *b, fe_scope_t *s, fe_node_t *n) {
    static const qstr names[] = {Q_lt_listcomp_gt, Q_lt_setcomp_gt, Q_lt_dictcomp_gt, Q_lt_genexpr_gt};
    qstr name = names[n->kind - FE_N_ListComp];
    size_t first_gen = n->kind == FE_N_DictComp ? 2 : 1;
    // the first iterable is evaluated in the enclosing scope
    visit(b, s, n->kids[first_gen]->kids[1]);
    fe_scope_t *c = scope_new(b, n, s, FE_SCOPE_COMPREHENSION, name);
    mark(c, Q_dot_0, FE_SYMF_PARAM | FE_SYMF_ASSIGNED);
    c->n_params = 1;
    c->n_pos = 1;
    if (n->kind == FE_N_GeneratorExp) {
        c->is_generator = true;
        c->code_flags |= FE_CODE_FLAG_GENERATOR;
    }
    for (size_t i = first_gen; i < n->n_kids; i++) {
        fe_node_t *gen = n->kids[i];
        visit(b, c, gen->kids[0]);
        if (i != first_gen) {
            visit(b, c, gen->kids[1]);
        }
        visit_kids(b, c, gen, 2);
    }
    for (size_t i = 0; i < first_gen; i++) {
        visit(b, c, n->kids[i]);
    }
}

static void visit(scope_builder_t *b, fe_scope_t *s, fe_node_t *n) {
    if (n == NULL) {
        return;
    }
    switch (n->kind) {
        case FE_N_Name: {
            qstr name = fe_scope_mangle(s, FE_QSTR_VALUE(n->value));
            if (n->op == FE_CTX_LOAD) {
                mark(s, name, FE_SYMF_USED);
                if (name == Q_super && is_function_like(s)) {
                    mark(s, Q___class__, FE_SYMF_USED);
                }
            } else {
                mark(s, name, FE_SYMF_ASSIGNED);
            }
            return;
        }
        case FE_N_FunctionDef:
        case FE_N_Lambda: {
            bool is_def = n->kind == FE_N_FunctionDef;
            fe_node_t *args = n->kids[0];
            if (is_def) {
                visit(b, s, n->kids[2]);  // decorators
#if FE_COMPILE_ANNOTATIONS
                visit(b, s, n->kids[3]);  // return annotation
#endif
            }
            visit_arguments_outer(b, s, args);
            qstr name = is_def ? FE_QSTR_VALUE(n->value) : Q_lt_lambda_gt;
            if (is_def) {
                mark(s, fe_scope_mangle(s, name), FE_SYMF_ASSIGNED);
            }
            fe_scope_t *f = scope_new(b, n, s, is_def ? FE_SCOPE_FUNCTION : FE_SCOPE_LAMBDA, name);
#if FE_FRONTEND_ASYNC
            f->is_async = is_def && n->op;
            if (f->is_async) {
                f->code_flags |= FE_CODE_FLAG_COROUTINE;
            }
#endif
            add_params(b, f, args);
            visit(b, f, n->kids[1]);
            return;
        }
        case FE_N_ClassDef: {
            visit(b, s, n->kids[0]);
            visit(b, s, n->kids[1]);
            visit(b, s, n->kids[3]);
            qstr name = FE_QSTR_VALUE(n->value);
            mark(s, fe_scope_mangle(s, name), FE_SYMF_ASSIGNED);
            fe_scope_t *c = scope_new(b, n, s, FE_SCOPE_CLASS, name);
            visit(b, c, n->kids[2]);
            return;
        }
        case FE_N_ListComp:
        case FE_N_SetComp:
        case FE_N_DictComp:
        case FE_N_GeneratorExp:
            visit_comprehension(b, s, n);
            return;
        case FE_N_NamedExpr: {
            qstr name = fe_scope_mangle(s, FE_QSTR_VALUE(n->kids[0]->value));
            fe_scope_t *t = s;
            while (t->kind == FE_SCOPE_COMPREHENSION) {
                t = t->parent;
            }
            if (t != s && t->kind == FE_SCOPE_CLASS) {
                comp_error(n, "assignment expression within a comprehension cannot be used in a class body", 0);
            }
            for (fe_scope_t *c = s; c != t; c = c->parent) {
                fe_symbol_t *sym = fe_scope_lookup(c, name);
                if (sym && (sym->flags & FE_SYMF_ASSIGNED) && !(sym->flags & (FE_SYMF_NONLOCAL | FE_SYMF_GLOBAL))) {
                    comp_error(n, "assignment expression cannot rebind comprehension iteration variable '%q'", name);
                }
                mark(c, name, t->kind == FE_SCOPE_MODULE ? FE_SYMF_GLOBAL : FE_SYMF_NONLOCAL);
            }
            mark(t, name, FE_SYMF_ASSIGNED);
            visit(b, s, n->kids[1]);
            return;
        }
        case FE_N_Global:
        case FE_N_Nonlocal: {
            bool global = n->kind == FE_N_Global;
            const char *kw = global ? "global" : "nonlocal";
            if (!global && s->kind == FE_SCOPE_MODULE) {
                comp_error(n, "nonlocal declaration not allowed at module level", 0);
            }
            uint16_t decl = global ? FE_SYMF_GLOBAL : FE_SYMF_NONLOCAL;
            uint16_t other = FE_SYMF_GLOBAL ^ FE_SYMF_NONLOCAL ^ decl;
            for (size_t i = 0; i < n->n_kids; i++) {
                qstr name = fe_scope_mangle(s, FE_QSTR_VALUE(n->kids[i]->value));
                fe_symbol_t *sym = fe_scope_lookup(s, name);
                uint16_t f = sym ? sym->flags : 0;
                // a parameter, declared the other way, or bound or used before (and not declared)
                if ((f & (FE_SYMF_PARAM | other)) ||
                    ((f & (FE_SYMF_ASSIGNED | FE_SYMF_USED)) && !(f & (FE_SYMF_GLOBAL | FE_SYMF_NONLOCAL)))) {
                    fe_compile_error_at(n);
                    fe_raise_fmt(&fe_type_SyntaxError, f & FE_SYMF_PARAM ? "name '%q' is parameter and %s"
                                 : f & other ? "name '%q' is nonlocal and global"
                                 : f & FE_SYMF_ASSIGNED ? "name '%q' is assigned to before %s declaration"
                                 : "name '%q' is used prior to %s declaration", name, kw);
                }
                mark(s, name, decl)->decl = n;
            }
            return;
        }
        case FE_N_Import:
        case FE_N_ImportFrom:
            for (size_t i = 0; i < n->n_kids; i++) {
                fe_node_t *alias = n->kids[i];
                qstr name;
                if (alias->kids[0]) {
                    name = FE_QSTR_VALUE(alias->kids[0]->value);
                } else {
                    name = FE_QSTR_VALUE(alias->value);
                    if (name == Q_star) {
                        if (s->kind != FE_SCOPE_MODULE) {
                            comp_error(n, "import * only allowed at module level", 0);
                        }
                        continue;
                    }
                    size_t len;
                    const char *str = qstr_data(name, &len);
                    const char *dot = memchr(str, '.', len);
                    if (dot && n->kind == FE_N_Import) {
                        name = qstr_from_strn(str, dot - str);
                    }
                }
                mark(s, fe_scope_mangle(s, name), FE_SYMF_ASSIGNED);
            }
            return;
#if !FE_COMPILE_ANNOTATIONS
        case FE_N_AnnAssign:  // the annotation is not evaluated
            visit(b, s, n->kids[0]);
            visit(b, s, n->kids[2]);
            return;
#endif
        case FE_N_ExceptHandler:
            if (n->value != FE_NULL) {
                mark(s, fe_scope_mangle(s, FE_QSTR_VALUE(n->value)), FE_SYMF_ASSIGNED);
            }
            visit_kids(b, s, n, 0);
            return;
        case FE_N_Yield:
        case FE_N_YieldFrom:
            if (!is_function_like(s)) {
                comp_error(n, "'yield' outside function", 0);
            }
            if (s->kind == FE_SCOPE_COMPREHENSION) {
                // whole literals (not a table of names for %s) so that the firmware stores them compressed
                fe_node_kind_t k = s->node->kind;
                comp_error(n, k == FE_N_ListComp ? "'yield' inside list comprehension"
                             : k == FE_N_SetComp ? "'yield' inside set comprehension"
                             : k == FE_N_DictComp ? "'yield' inside dict comprehension"
                             : "'yield' inside generator expression", 0);
            }
            s->is_generator = true;
            s->code_flags |= FE_CODE_FLAG_GENERATOR;
            visit_kids(b, s, n, 0);
            return;
        case FE_N_Await: {
            if (!is_function_like(s)) {
                comp_error(n, "'await' outside function", 0);
            }
#if FE_FRONTEND_ASYNC
            fe_scope_t *f = s;
            while (f->kind == FE_SCOPE_COMPREHENSION && f->parent && is_function_like(f->parent)) {
                f = f->parent;
            }
            if (f->is_async) {
                visit_kids(b, s, n, 0);
                return;
            }
#endif
            // without FE_FRONTEND_ASYNC no function is async
            comp_error(n, "'await' outside async function", 0);
        }
        default:
            visit_kids(b, s, n, 0);
            return;
    }
}

static bool sym_is_bound(const fe_symbol_t *sym) {
    return (sym->flags & (FE_SYMF_ASSIGNED | FE_SYMF_PARAM)) && !(sym->flags & (FE_SYMF_GLOBAL | FE_SYMF_NONLOCAL));
}

// Finds the scope binding `name` for a free use in s; marks it CELL there and FREE in s and
// every scope in between. Returns false if no enclosing function scope binds it.
static bool resolve_free(fe_scope_t *s, qstr name) {
    fe_scope_t *found = NULL;
    for (fe_scope_t *p = s->parent; p; p = p->parent) {
        if (p->kind == FE_SCOPE_MODULE) {
            break;
        }
        fe_symbol_t *sym = fe_scope_lookup(p, name);
        if (p->kind == FE_SCOPE_CLASS) {
            if (name == Q___class__) {
                mark(p, name, FE_SYMF_CELL | FE_SYMF_ASSIGNED);
                found = p;
                break;
            }
            continue;
        }
        if (sym == NULL) {
            continue;
        }
        if (sym->flags & FE_SYMF_GLOBAL) {
            break;
        }
        if (sym->flags & (FE_SYMF_NONLOCAL | FE_SYMF_FREE)) {
            found = p;  // p gets it from further out (resolved on its own)
            break;
        }
        if (sym_is_bound(sym)) {
            sym->flags |= FE_SYMF_CELL;
            found = p;
            break;
        }
    }
    if (found == NULL) {
        return false;
    }
    for (fe_scope_t *q = s; q != found; q = q->parent) {
        mark(q, name, FE_SYMF_FREE);
    }
    return true;
}

static void assign_slots(fe_scope_t *s) {
    uint16_t slot = 0;
    // pass 1: kinds (a module's names are all in its namespace, so it gets no slots)
    for (size_t i = 0; i < s->n_syms; i++) {
        fe_symbol_t *sym = &s->syms[i];
        uint16_t f = sym->flags;
        if (s->kind == FE_SCOPE_MODULE) {
            sym->kind = FE_SYM_NAME;
        } else if (s->kind == FE_SCOPE_CLASS) {
            if (f & FE_SYMF_GLOBAL) {
                sym->kind = FE_SYM_GLOBAL_EXPLICIT;
            } else if (sym->name == Q___class__ && (f & FE_SYMF_CELL)) {
                sym->kind = FE_SYM_CELL;
            } else if (f & FE_SYMF_NONLOCAL) {
                sym->kind = FE_SYM_FREE;
            } else if ((f & FE_SYMF_FREE) && !(f & FE_SYMF_ASSIGNED)) {
                sym->kind = FE_SYM_CLASSDEREF;
            } else {
                sym->kind = FE_SYM_NAME;
            }
        } else {
            if (f & FE_SYMF_GLOBAL) {
                sym->kind = FE_SYM_GLOBAL_EXPLICIT;
            } else if (f & (FE_SYMF_FREE | FE_SYMF_NONLOCAL)) {
                sym->kind = FE_SYM_FREE;
            } else if (sym_is_bound(sym)) {
                sym->kind = (f & FE_SYMF_CELL) ? FE_SYM_CELL : FE_SYM_LOCAL;
            } else {
                sym->kind = FE_SYM_GLOBAL_IMPLICIT;
            }
        }
    }
    // pass 2: parameters keep their order at the front, then locals/cells, then frees
    for (size_t i = 0; i < s->n_syms; i++) {
        fe_symbol_t *sym = &s->syms[i];
        if (sym->kind == FE_SYM_LOCAL || sym->kind == FE_SYM_CELL) {
            sym->slot = slot++;
        }
    }
    if (s->kind == FE_SCOPE_FUNCTION) {
        s->ret_slot = slot++;  // holds a return value while finally blocks run
    }
    uint16_t n_free = 0;
    for (size_t i = 0; i < s->n_syms; i++) {
        fe_symbol_t *sym = &s->syms[i];
        if (sym->kind == FE_SYM_FREE || sym->kind == FE_SYM_CLASSDEREF ||
            (s->kind == FE_SCOPE_CLASS && sym->kind != FE_SYM_CELL && (sym->flags & FE_SYMF_FREE))) {
            sym->slot = slot++;
            n_free++;
        }
    }
    s->n_locals = slot;
    s->n_free = n_free;
}

fe_scope_t *fe_scope_build(fe_node_t *root, qstr filename) {
    scope_builder_t b = {NULL, NULL, filename};
    fe_scope_t *top = scope_new(&b, root, NULL, FE_SCOPE_MODULE, Q_lt_module_gt);
    visit(&b, top, root);
    // resolve free variables (symbols may be appended to ancestors meanwhile)
    for (fe_scope_t *s = b.first; s; s = s->next) {
        if (s->kind == FE_SCOPE_MODULE) {
            continue;
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            fe_symbol_t *sym = &s->syms[i];
            qstr name = sym->name;
            uint16_t f = sym->flags;
            if (f & FE_SYMF_NONLOCAL) {
                if (!resolve_free(s, name)) {
                    comp_error(sym->decl ? sym->decl : s->node, "no binding for nonlocal '%q' found", name);
                }
            } else if ((f & FE_SYMF_USED) && !(f & (FE_SYMF_GLOBAL | FE_SYMF_FREE)) &&
                       !(s->kind == FE_SCOPE_CLASS ? (f & FE_SYMF_ASSIGNED) : sym_is_bound(sym))) {
                resolve_free(s, name);
            }
        }
    }
    for (fe_scope_t *s = b.first; s; s = s->next) {
        assign_slots(s);
    }
    return top;
}
