// py/compile.c: the compiler, from the syntax tree (py/ast.h) to code objects (py/bytecode.h).
//
// One pass over the tree per code unit (module, class body, function, lambda,
// comprehension), after py/scope.c has decided how every name is stored. Instructions are
// appended to a growable buffer; jumps have fixed 2-byte operands patched when the code is
// finished. The stack depth is tracked while emitting to size frames exactly.
//
// `finally` blocks are compiled inline on every exit path (normal fall-through, break,
// continue, return) and once more as the exception handler, as CPython 3.9+ does; this keeps
// the VM free of pending-unwind bookkeeping.
#include <string.h>
#include "py/engine.h"

#if !FE_COMPILE_MANGLING
#define fe_scope_mangle(s, name) (name)  // `__x` in a class stays `__x` (py/scope.c)
#endif

#define MAX_FBLOCKS 20

uint8_t fe_compile_optimize;

enum {
    FB_WHILE,           // a: continue target, b: break target
    FB_FOR,             // same; the iterator slots are on the stack
    FB_TRY_EXCEPT,      // inside a try body with handlers: POP_BLOCK
    FB_FINALLY_TRY,     // inside a try body with a finally: POP_BLOCK + the finally body
    FB_FINALLY_END,     // inside a finally body run for an exception: POP_EXCEPT
    FB_HANDLER,         // inside an except body: POP_EXCEPT (+ clear the name)
    FB_HANDLER_CLEANUP, // the protected part of a named except body: POP_BLOCK
    FB_WITH,            // inside a with body: POP_BLOCK + __exit__(None, None, None)
};

typedef struct {
    int kind;
    size_t a, b;
    fe_node_t *node;  // FB_FINALLY_TRY: finally body; FB_HANDLER: the ExceptHandler
} fblock_t;

typedef struct {
    size_t pos;
    size_t label;
} fixup_t;

typedef struct compiler {
    qstr filename;
    fe_compile_mode_t mode;
    fe_scope_t *scopes;
} compiler_t;

typedef struct unit {
    // (the most used fields first: Thumb loads reach only small offsets in one instruction)
    uint8_t *bc;
    size_t len, alloc;
    int depth, max_depth;
    uint32_t cur_line;
    compiler_t *c;
    fe_scope_t *scope;
    int n_fblocks;
    uint16_t ret_slot;   // temp slot for a return value while unwinding
    uint16_t n_locals;
    size_t *labels;
    size_t n_labels, alloc_labels;
    fixup_t *fixups;
    size_t n_fixups, alloc_fixups;
    int try_depth, max_blocks;
    uint8_t *lt;
    size_t lt_len, lt_alloc, lt_last_off;
    uint32_t lt_last_line, first_line;
    fe_obj_t *consts;
    size_t n_consts, alloc_consts;
    qstr *names;
    size_t n_names, alloc_names;
    fblock_t fblocks[MAX_FBLOCKS];
} unit_t;

static void compile_expr(unit_t *u, fe_node_t *n);
static void compile_target(unit_t *u, fe_node_t *t, int acc);
static void compile_stmt(unit_t *u, fe_node_t *n);
static void compile_body(unit_t *u, fe_node_t *seq);
static fe_obj_t compile_scope_code(compiler_t *c, fe_scope_t *s);

// Raises SyntaxError(msg) located at n (one call site per message keeps the firmware small;
// tools/makemsgs.py compresses msg, argument 1 of comp_error).
FE_NORETURN static void comp_error(const fe_node_t *n, const char *msg) {
    fe_compile_error_at(n);
    fe_raise_msg(&fe_type_SyntaxError, msg);
}

// A tree the parser cannot produce.
FE_NORETURN static void internal_error(fe_node_t *n) {
    comp_error(n, "internal compiler error");
}

// ---- emitting ----------------------------------------------------------------------------

static void *grow(void *p, size_t *alloc, size_t need, size_t item) {
    if (need > *alloc) {
        size_t n = *alloc ? *alloc * 2 : 16;
        while (n < need) {
            n *= 2;
        }
        p = fe_realloc(p, n * item);
        *alloc = n;
    }
    return p;
}

static void emit_byte(unit_t *u, uint8_t b) {
    u->bc = grow(u->bc, &u->alloc, u->len + 1, 1);
    u->bc[u->len++] = b;
}

// Appends v as a varint to a growable byte buffer (the bytecode or the line table).
static void put_uint(uint8_t **buf, size_t *len, size_t *alloc, size_t v) {
    do {
        *buf = grow(*buf, alloc, *len + 1, 1);
        uint8_t b = v & 0x7f;
        v >>= 7;
        (*buf)[(*len)++] = b | (v ? 0x80 : 0);
    } while (v);
}

static size_t zigzag(fe_int_t v) {
    return ((size_t)v << 1) ^ (size_t)(v >> (sizeof(fe_int_t) * 8 - 1));
}

static void mark_line(unit_t *u) {
    if (u->cur_line != u->lt_last_line) {
        put_uint(&u->lt, &u->lt_len, &u->lt_alloc, u->len - u->lt_last_off);
        put_uint(&u->lt, &u->lt_len, &u->lt_alloc, zigzag((fe_int_t)u->cur_line - (fe_int_t)u->lt_last_line));
        u->lt_last_off = u->len;
        u->lt_last_line = u->cur_line;
    }
}

static void emit_uint(unit_t *u, size_t v) {
    put_uint(&u->bc, &u->len, &u->alloc, v);
}

static void adjust(unit_t *u, int delta) {
    u->depth += delta;
    if (u->depth > u->max_depth) {
        u->max_depth = u->depth;
    }
}

static void emit_op(unit_t *u, int op) {
    mark_line(u);
    emit_byte(u, op);
    adjust(u, fe_bc_stack_effect(op, 0, 0));
}

static void emit_op_u(unit_t *u, int op, size_t a) {
    mark_line(u);
    emit_byte(u, op);
    emit_uint(u, a);
    adjust(u, fe_bc_stack_effect(op, a, 0));
}

static void emit_op_uu(unit_t *u, int op, size_t a, size_t b) {
    mark_line(u);
    emit_byte(u, op);
    emit_uint(u, a);
    emit_uint(u, b);
    adjust(u, fe_bc_stack_effect(op, a, b));
}

static size_t new_label(unit_t *u) {
    u->labels = grow(u->labels, &u->alloc_labels, u->n_labels + 1, sizeof(size_t));
    u->labels[u->n_labels] = (size_t)-1;
    return u->n_labels++;
}

static void place_label(unit_t *u, size_t label) {
    u->labels[label] = u->len;
}

static void emit_jump(unit_t *u, int op, size_t label) {
    mark_line(u);
    emit_byte(u, op);
    u->fixups = grow(u->fixups, &u->alloc_fixups, u->n_fixups + 1, sizeof(fixup_t));
    u->fixups[u->n_fixups].pos = u->len;
    u->fixups[u->n_fixups].label = label;
    u->n_fixups++;
    for (int i = 0; i < FE_BC_JUMP_BYTES; i++) {
        emit_byte(u, 0);
    }
    adjust(u, fe_bc_stack_effect(op, 0, 0));
}

static size_t const_index(unit_t *u, fe_obj_t o) {
    for (size_t i = 0; i < u->n_consts; i++) {
        if (u->consts[i] == o) {
            return i;
        }
    }
    u->consts = grow(u->consts, &u->alloc_consts, u->n_consts + 1, sizeof(fe_obj_t));
    u->consts[u->n_consts] = o;
    return u->n_consts++;
}

static size_t name_index(unit_t *u, qstr q) {
    for (size_t i = 0; i < u->n_names; i++) {
        if (u->names[i] == q) {
            return i;
        }
    }
    u->names = grow(u->names, &u->alloc_names, u->n_names + 1, sizeof(qstr));
    u->names[u->n_names] = q;
    return u->n_names++;
}

static void emit_load_const(unit_t *u, fe_obj_t o) {
    if (o == fe_none) {
        emit_op(u, FE_BC_LOAD_NONE);
    } else if (o == fe_true) {
        emit_op(u, FE_BC_LOAD_TRUE);
    } else if (o == fe_false) {
        emit_op(u, FE_BC_LOAD_FALSE);
    } else if (FE_IS_SMALL_INT(o)) {
        emit_op_u(u, FE_BC_LOAD_SMALL_INT, zigzag(FE_SMALL_INT_VALUE(o)));
    } else {
        emit_op_u(u, FE_BC_LOAD_CONST, const_index(u, o));
    }
}

static void emit_name_op(unit_t *u, int op, qstr name) {
    emit_op_u(u, op, name_index(u, name));
}

// Attribute names are mangled like variables (`self.__x` in class C is `self._C__x`).
static void emit_attr_op(unit_t *u, int op, qstr attr) {
    emit_name_op(u, op, fe_scope_mangle(u->scope, attr));
}

// ---- names ---------------------------------------------------------------------------------

enum { ACC_LOAD, ACC_STORE, ACC_DEL };

static void compile_name(unit_t *u, qstr name, int acc) {
    fe_scope_t *s = u->scope;
    name = fe_scope_mangle(s, name);
    fe_symbol_t *sym = fe_scope_lookup(s, name);
    int kind;
    if (sym) {
        kind = sym->kind;
    } else {
        kind = s->kind == FE_SCOPE_MODULE || s->kind == FE_SCOPE_CLASS ? FE_SYM_NAME : FE_SYM_GLOBAL_IMPLICIT;
    }
    static const uint8_t ops[][3] = {
        [FE_SYM_NAME] = {FE_BC_LOAD_NAME, FE_BC_STORE_NAME, FE_BC_DELETE_NAME},
        [FE_SYM_LOCAL] = {FE_BC_LOAD_FAST, FE_BC_STORE_FAST, FE_BC_DELETE_FAST},
        [FE_SYM_CELL] = {FE_BC_LOAD_DEREF, FE_BC_STORE_DEREF, FE_BC_DELETE_DEREF},
        [FE_SYM_FREE] = {FE_BC_LOAD_DEREF, FE_BC_STORE_DEREF, FE_BC_DELETE_DEREF},
        [FE_SYM_CLASSDEREF] = {FE_BC_LOAD_CLASSDEREF, FE_BC_STORE_NAME, FE_BC_DELETE_NAME},
        [FE_SYM_GLOBAL_EXPLICIT] = {FE_BC_LOAD_GLOBAL, FE_BC_STORE_GLOBAL, FE_BC_DELETE_GLOBAL},
        [FE_SYM_GLOBAL_IMPLICIT] = {FE_BC_LOAD_GLOBAL, FE_BC_STORE_GLOBAL, FE_BC_DELETE_GLOBAL},
    };
    int op = ops[kind][acc];
    if (kind == FE_SYM_LOCAL || kind == FE_SYM_CELL || kind == FE_SYM_FREE) {
        emit_op_u(u, op, sym->slot);
    } else if (op == FE_BC_LOAD_CLASSDEREF) {
        emit_op_uu(u, op, sym->slot, name_index(u, name));
    } else {
        emit_name_op(u, op, name);
    }
}

// ---- constant folding ----------------------------------------------------------------------

static bool is_number_const(fe_node_t *n) {
    if (n == NULL || n->kind != FE_N_Constant) {
        return false;
    }
    fe_obj_t v = n->value;
    if (FE_IS_SMALL_INT(v)) {
        return true;
    }
    const fe_type_t *t = fe_typeof(v);
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (t == &fe_type_float) {
        return true;
    }
#endif
#if FE_ENABLE_COMPLEX
    if (t == &fe_type_complex) {
        return true;
    }
#endif
    return t == &fe_type_int;
}

#if FE_COMPILE_FOLD_BINOPS
// Folds when safe: numbers only, no exceptions, no huge results.
static fe_obj_t try_fold_binop(int op, fe_obj_t l, fe_obj_t r) {
    bool both_small = FE_IS_SMALL_INT(l) && FE_IS_SMALL_INT(r);
    switch (op) {
        case FE_BINARY_ADD:
        case FE_BINARY_SUBTRACT:
        case FE_BINARY_MULTIPLY:
        case FE_BINARY_TRUE_DIVIDE:
        case FE_BINARY_FLOOR_DIVIDE:
        case FE_BINARY_MODULO:
        case FE_BINARY_AND:
        case FE_BINARY_OR:
        case FE_BINARY_XOR:
            if (!both_small && (fe_typeof(l) == &fe_type_int || fe_typeof(r) == &fe_type_int)) {
                if (op == FE_BINARY_MULTIPLY) {
                    return FE_NULL;  // could be large
                }
            }
            break;
        case FE_BINARY_POWER:
            if (!FE_IS_SMALL_INT(r) || FE_SMALL_INT_VALUE(r) < 0 || FE_SMALL_INT_VALUE(r) > 64) {
                if (!(fe_typeof(l) != &fe_type_int && FE_IS_SMALL_INT(r))) {
                    return FE_NULL;
                }
            }
            if (fe_typeof(l) == &fe_type_int && !FE_IS_SMALL_INT(l)) {
                return FE_NULL;
            }
            break;
        case FE_BINARY_LSHIFT:
            if (!both_small || FE_SMALL_INT_VALUE(r) < 0 || FE_SMALL_INT_VALUE(r) > 64) {
                return FE_NULL;
            }
            break;
        case FE_BINARY_RSHIFT:
            if (!both_small) {
                return FE_NULL;
            }
            break;
        default:
            return FE_NULL;
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t res = fe_binary_op(op, l, r);
        fe_handler_pop(&h);
        return res;
    }
    return FE_NULL;
}

#endif

// The unary operator applied to a constant, or FE_NULL if it raises.
static fe_obj_t try_fold_unop(int op, fe_obj_t v) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t res = fe_unary_op(op, v);
        fe_handler_pop(&h);
        return res;
    }
    return FE_NULL;
}

// Returns the constant value of an expression made of number constants, or FE_NULL.
static fe_obj_t fold_expr(fe_node_t *n) {
    if (n == NULL) {
        return FE_NULL;
    }
    if (is_number_const(n)) {
        return n->value;
    }
    if (n->kind == FE_N_UnaryOp && n->op != FE_UNARY_NOT) {
        fe_obj_t v = fold_expr(n->kids[0]);
        return v == FE_NULL ? FE_NULL : try_fold_unop(n->op, v);
    }
#if FE_COMPILE_FOLD_BINOPS
    if (n->kind == FE_N_BinOp) {
        fe_obj_t l = fold_expr(n->kids[0]);
        if (l == FE_NULL) {
            return FE_NULL;
        }
        fe_obj_t r = fold_expr(n->kids[1]);
        if (r == FE_NULL) {
            return FE_NULL;
        }
        return try_fold_binop(n->op, l, r);
    }
#endif
    return FE_NULL;
}

// A tuple of constants folds into one constant tuple.
static fe_obj_t const_value(fe_node_t *n) {
    if (n->kind == FE_N_Constant) {
        return n->value;
    }
    return fold_expr(n);
}

// ---- expressions ---------------------------------------------------------------------------

// Literals longer than this are built element by element, so a long display needs no
// deep value stack (frames live on the C stack; a small device has little of it).
#define MAX_BUILD_ON_STACK 16

static bool has_starred(fe_node_t *n) {
    for (size_t i = 0; i < n->n_kids; i++) {
        if (n->kids[i] && n->kids[i]->kind == FE_N_Starred) {
            return true;
        }
    }
    return false;
}

// True if every element of a tuple display is a constant (it folds into one constant).
static bool all_constant(fe_node_t *n) {
    for (size_t i = 0; i < n->n_kids; i++) {
        fe_node_t *k = n->kids[i];
        if (!(k->kind == FE_N_Constant || (k->kind == FE_N_UnaryOp && fold_expr(k) != FE_NULL))) {
            return false;
        }
    }
    return true;
}

// Builds a list (or a set) one element at a time, for displays with *starred elements or too
// many to push at once; leaves it on the stack.
static void compile_starred_build(unit_t *u, fe_node_t *n, bool is_set) {
    static const uint8_t ops[2][3] = {
        {FE_BC_BUILD_LIST, FE_BC_LIST_EXTEND, FE_BC_LIST_APPEND},
        {FE_BC_BUILD_SET, FE_BC_SET_UPDATE, FE_BC_SET_ADD},
    };
    const uint8_t *op = ops[is_set];
    emit_op_u(u, op[0], 0);
    for (size_t i = 0; i < n->n_kids; i++) {
        fe_node_t *e = n->kids[i];
        bool star = e->kind == FE_N_Starred;
        compile_expr(u, star ? e->kids[0] : e);
        emit_op_u(u, op[star ? 1 : 2], 1);
    }
}

// True if a call (or class statement) has a *args or **kwargs argument; a NULL keyword
// name marks **.
static bool call_has_star(fe_node_t *args, fe_node_t *keywords) {
    bool star = args && has_starred(args);
    for (size_t i = 0; keywords && i < keywords->n_kids; i++) {
        if (keywords->kids[i]->value == FE_NULL) {
            star = true;
        }
    }
    return star;
}

// Pushes the arguments and calls. The n_pre values on top of the stack are the first
// positional arguments (the body function and name of a class statement); star is
// call_has_star(args, keywords); is_method: the callee was pushed by LOAD_METHOD.
static void compile_call_args(unit_t *u, fe_node_t *args, fe_node_t *keywords, size_t n_pre, bool is_method, bool star) {
    size_t n_args = args ? args->n_kids : 0, n_kw = keywords ? keywords->n_kids : 0;
    if (!star) {
        for (size_t i = 0; i < n_args; i++) {
            compile_expr(u, args->kids[i]);
        }
        for (size_t i = 0; i < n_kw; i++) {
            emit_load_const(u, keywords->kids[i]->value);
            compile_expr(u, keywords->kids[i]->kids[0]);
        }
        emit_op_uu(u, is_method ? FE_BC_CALL_METHOD : FE_BC_CALL_FUNCTION, n_pre + n_args, n_kw);
        return;
    }
    // general form: fun, list of positionals, dict of keywords
    emit_op_u(u, FE_BC_BUILD_LIST, n_pre);
    for (size_t i = 0; i < n_args; i++) {
        fe_node_t *e = args->kids[i];
        if (e->kind == FE_N_Starred) {
            compile_expr(u, e->kids[0]);
            if (n_pre) {
                emit_op_u(u, FE_BC_LIST_EXTEND, 1);  // a class statement: "Value after * ..." errors
            } else {
                emit_op(u, FE_BC_LIST_EXTEND_ARGS);
            }
        } else {
            compile_expr(u, e);
            emit_op_u(u, FE_BC_LIST_APPEND, 1);
        }
    }
    if (n_kw) {
        emit_op_u(u, FE_BC_BUILD_MAP, 0);
        bool after_star = false;
        for (size_t i = 0; i < n_kw; i++) {
            fe_node_t *k = keywords->kids[i];
            if (k->value == FE_NULL) {
                compile_expr(u, k->kids[0]);
                emit_op_u(u, FE_BC_DICT_MERGE, 1);
                after_star = true;
            } else if (after_star) {
                // may repeat a key from a ** mapping: merge a one-entry dict
                emit_op_u(u, FE_BC_BUILD_MAP, 1);
                emit_load_const(u, k->value);
                compile_expr(u, k->kids[0]);
                emit_op_u(u, FE_BC_MAP_ADD, 1);
                emit_op_u(u, FE_BC_DICT_MERGE, 1);
            } else {
                emit_load_const(u, k->value);
                compile_expr(u, k->kids[0]);
                emit_op_u(u, FE_BC_MAP_ADD, 1);
            }
        }
    } else {
        emit_op(u, FE_BC_LOAD_NONE);
    }
    emit_op(u, FE_BC_CALL_FUNCTION_EX);
}

static void compile_call(unit_t *u, fe_node_t *n) {
    fe_node_t *func = n->kids[0], *args = n->kids[1], *kws = n->kids[2];
    bool star = call_has_star(args, kws);
    bool method = func->kind == FE_N_Attribute && func->op == FE_CTX_LOAD && !star;
    if (method) {
        compile_expr(u, func->kids[0]);
        u->cur_line = n->line;
        emit_attr_op(u, FE_BC_LOAD_METHOD, FE_QSTR_VALUE(func->value));
    } else {
        compile_expr(u, func);
    }
    compile_call_args(u, args, kws, 0, method, star);
}

static void compile_cond_jump(unit_t *u, fe_node_t *n, bool jump_if, size_t label);

static void compile_compare(unit_t *u, fe_node_t *n) {
    size_t n_ops = n->n_kids - 1;
    const uint8_t *ops = (const uint8_t *)fe_bytes_data(n->value, NULL);
    compile_expr(u, n->kids[0]);
    size_t cleanup = n_ops > 1 ? new_label(u) : 0;
    for (size_t i = 0; i < n_ops; i++) {
        compile_expr(u, n->kids[i + 1]);
        if (i + 1 < n_ops) {
            emit_op(u, FE_BC_DUP_TOP);
            emit_op(u, FE_BC_ROT_THREE);
        }
        int op = ops[i];
        // the six comparisons have their own opcodes, in the same order as the operators
        if (op <= FE_BINARY_NOT_EQUAL) {
            emit_op(u, FE_BC_COMPARE_LESS + (op - FE_BINARY_LESS));
        } else if (op == FE_BINARY_IS || op == FE_BINARY_IS_NOT) {
            emit_op_u(u, FE_BC_IS_OP, op == FE_BINARY_IS_NOT);
        } else {
            emit_op_u(u, FE_BC_BINARY_OP, op);
        }
        if (i + 1 < n_ops) {
            emit_jump(u, FE_BC_JUMP_IF_FALSE_OR_POP, cleanup);
        }
    }
    if (n_ops > 1) {
        size_t end = new_label(u);
        emit_jump(u, FE_BC_JUMP, end);
        place_label(u, cleanup);
        // stack: middle operand, False
        adjust(u, 1);
        emit_op(u, FE_BC_ROT_TWO);
        emit_op(u, FE_BC_POP_TOP);
        place_label(u, end);
    }
}

static void compile_binop_code(unit_t *u, int op) {
    // operators with an opcode of their own; the rest go through BINARY_OP
    static const uint8_t own[][2] = {
        {FE_BINARY_ADD, FE_BC_BINARY_ADD},
        {FE_BINARY_SUBTRACT, FE_BC_BINARY_SUBTRACT},
        {FE_BINARY_MULTIPLY, FE_BC_BINARY_MULTIPLY},
        {FE_BINARY_MODULO, FE_BC_BINARY_MODULO},
        {FE_BINARY_FLOOR_DIVIDE, FE_BC_BINARY_FLOOR_DIVIDE},
        {FE_BINARY_AND, FE_BC_BINARY_AND},
        {FE_BINARY_INPLACE_ADD, FE_BC_INPLACE_ADD},
        {FE_BINARY_INPLACE_SUBTRACT, FE_BC_INPLACE_SUBTRACT},
    };
    for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++) {
        if (own[i][0] == op) {
            emit_op(u, own[i][1]);
            return;
        }
    }
    emit_op_u(u, FE_BC_BINARY_OP, op);
}

// Pushes the closure tuple for a child scope (if it has free variables); returns the
// MAKE_FUNCTION flag bit for it.
static int compile_closure(unit_t *u, fe_scope_t *child) {
    if (child->n_free == 0) {
        return 0;
    }
    // the child's free slots are contiguous and in slot order
    size_t n = 0;
    for (uint16_t slot = child->n_locals - child->n_free; slot < child->n_locals; slot++) {
        for (size_t i = 0; i < child->n_syms; i++) {
            fe_symbol_t *cs = &child->syms[i];
            if (cs->slot == slot && cs->kind != FE_SYM_LOCAL && cs->kind != FE_SYM_CELL) {
                fe_symbol_t *mine = fe_scope_lookup(u->scope, cs->name);
                if (mine == NULL || mine->slot == 0xffff) {
                    internal_error(child->node);
                }
                emit_op_u(u, FE_BC_LOAD_CLOSURE, mine->slot);
                n++;
                break;
            }
        }
    }
    emit_op_u(u, FE_BC_BUILD_TUPLE, n);
    return 4;
}

// Pushes each kid of n in order (shared by the many "evaluate all, then build" sequences).
static void compile_kids(unit_t *u, fe_node_t *n) {
    for (size_t i = 0; i < n->n_kids; i++) {
        compile_expr(u, n->kids[i]);
    }
}

// Pushes each kid of n, then builds them into one object with op (BUILD_TUPLE, ...).
static void compile_build(unit_t *u, fe_node_t *n, int op) {
    compile_kids(u, n);
    emit_op_u(u, op, n->n_kids);
}

// Pushes an optional expression, or None where it is absent.
static void compile_expr_or_none(unit_t *u, fe_node_t *n) {
    if (n) {
        compile_expr(u, n);
    } else {
        emit_op(u, FE_BC_LOAD_NONE);
    }
}

// Pushes defaults/kwdefaults of a function signature; returns MAKE_FUNCTION flag bits.
static int compile_defaults(unit_t *u, fe_node_t *args) {
    int flags = 0;
    fe_node_t *defaults = args->kids[6];
    if (defaults && defaults->n_kids) {
        compile_build(u, defaults, FE_BC_BUILD_TUPLE);
        flags |= 1;
    }
    fe_node_t *kwonly = args->kids[3], *kwd = args->kids[4];
    bool any = false;
    for (size_t i = 0; kwd && i < kwd->n_kids; i++) {
        if (kwd->kids[i]) {
            if (!any) {
                emit_op_u(u, FE_BC_BUILD_MAP, 0);
                any = true;
            }
            emit_load_const(u, FE_NEW_QSTR(fe_scope_mangle(u->scope, FE_QSTR_VALUE(kwonly->kids[i]->value))));
            compile_expr(u, kwd->kids[i]);
            emit_op_u(u, FE_BC_MAP_ADD, 1);
        }
    }
    if (any) {
        flags |= 2;
    }
    return flags;
}

static void compile_make_function(unit_t *u, fe_node_t *node, int flags) {
    fe_scope_t *child = fe_scope_find(u->c->scopes, node);
    flags |= compile_closure(u, child);
    fe_obj_t code = compile_scope_code(u->c, child);
    emit_op_u(u, FE_BC_LOAD_CONST, const_index(u, code));
    emit_op_u(u, FE_BC_MAKE_FUNCTION, flags);
}

static void compile_comprehension_call(unit_t *u, fe_node_t *n, size_t first_gen) {
    compile_make_function(u, n, 0);
    compile_expr(u, n->kids[first_gen]->kids[1]);
    emit_op(u, FE_BC_GET_ITER_HEAP);
    emit_op_uu(u, FE_BC_CALL_FUNCTION, 1, 0);
}

static void compile_fstring(unit_t *u, fe_node_t *n) {
    size_t count = 0;
    for (size_t i = 0; i < n->n_kids; i++) {
        fe_node_t *part = n->kids[i];
        if (part->kind == FE_N_FormattedValue) {
            compile_expr(u, part->kids[0]);
            int flags = 0;
            switch (part->op) {
                case 's': flags = 1; break;
                case 'r': flags = 2; break;
                case 'a': flags = 3; break;
            }
            if (part->kids[1]) {
                compile_fstring(u, part->kids[1]);
                flags |= 4;
            }
            emit_op_u(u, FE_BC_FORMAT_VALUE, flags);
        } else {
            compile_expr(u, part);
        }
        count++;
    }
    if (count != 1) {  // (a lone part is already a str)
        emit_op_u(u, FE_BC_BUILD_STRING, count);
    }
}

static void compile_expr(unit_t *u, fe_node_t *n) {
    switch (n->kind) {
        case FE_N_Constant:
            emit_load_const(u, n->value);
            return;
        case FE_N_Name:
            if (FE_QSTR_VALUE(n->value) == Q___debug__) {
                emit_load_const(u, fe_bool(fe_compile_optimize == 0));
                return;
            }
            // fall through
        case FE_N_Attribute:
        case FE_N_Subscript:
            compile_target(u, n, ACC_LOAD);
            return;
        case FE_N_Slice: {
            compile_expr_or_none(u, n->kids[0]);
            compile_expr_or_none(u, n->kids[1]);
            if (n->kids[2]) {
                compile_expr(u, n->kids[2]);
                emit_op_u(u, FE_BC_BUILD_SLICE, 3);
            } else {
                emit_op_u(u, FE_BC_BUILD_SLICE, 2);
            }
            return;
        }
        case FE_N_BinOp: {
#if FE_COMPILE_FOLD_BINOPS
            fe_obj_t folded = fold_expr(n);
            if (folded != FE_NULL) {
                emit_load_const(u, folded);
                return;
            }
#endif
            compile_expr(u, n->kids[0]);
            compile_expr(u, n->kids[1]);
            compile_binop_code(u, n->op);
            return;
        }
        case FE_N_UnaryOp: {
            if (n->op == FE_UNARY_NOT) {
                compile_expr(u, n->kids[0]);
                emit_op(u, FE_BC_UNARY_NOT);
                return;
            }
            fe_obj_t folded = fold_expr(n);
            if (folded != FE_NULL) {
                emit_load_const(u, folded);
                return;
            }
            compile_expr(u, n->kids[0]);
            emit_op_u(u, FE_BC_UNARY_OP, n->op);
            return;
        }
        case FE_N_BoolOp: {
            size_t end = new_label(u);
            for (size_t i = 0; i < n->n_kids; i++) {
                compile_expr(u, n->kids[i]);
                if (i + 1 < n->n_kids) {
                    emit_jump(u, n->op ? FE_BC_JUMP_IF_TRUE_OR_POP : FE_BC_JUMP_IF_FALSE_OR_POP, end);
                }
            }
            place_label(u, end);
            return;
        }
        case FE_N_Compare:
            compile_compare(u, n);
            return;
        case FE_N_IfExp: {
            size_t l_else = new_label(u), l_end = new_label(u);
            compile_cond_jump(u, n->kids[0], false, l_else);
            compile_expr(u, n->kids[1]);
            emit_jump(u, FE_BC_JUMP, l_end);
            adjust(u, -1);
            place_label(u, l_else);
            compile_expr(u, n->kids[2]);
            place_label(u, l_end);
            return;
        }
        case FE_N_Call: {
            uint32_t saved = u->cur_line;
            u->cur_line = n->line;
            compile_call(u, n);
            u->cur_line = saved;
            return;
        }
        case FE_N_Tuple:
        case FE_N_List:
        case FE_N_Set:
            // a tuple of constants is one constant (a *starred element is not a constant)
            if (n->kind == FE_N_Tuple && n->n_kids > 0 && all_constant(n)) {
                fe_obj_t t = fe_tuple_new(n->n_kids, NULL);
                fe_tuple_t *tp = t;
                for (size_t i = 0; i < n->n_kids; i++) {
                    tp->items[i] = const_value(n->kids[i]);
                }
                emit_op_u(u, FE_BC_LOAD_CONST, const_index(u, t));
                return;
            }
            if (has_starred(n) || n->n_kids > MAX_BUILD_ON_STACK) {
                compile_starred_build(u, n, n->kind == FE_N_Set);
                if (n->kind == FE_N_Tuple) {
                    emit_op(u, FE_BC_LIST_TO_TUPLE);
                }
                return;
            }
            compile_build(u, n, n->kind == FE_N_Tuple ? FE_BC_BUILD_TUPLE : n->kind == FE_N_List ? FE_BC_BUILD_LIST : FE_BC_BUILD_SET);
            return;
        case FE_N_Dict:
            emit_op_u(u, FE_BC_BUILD_MAP, n->n_kids / 2);
            for (size_t i = 0; i + 1 < n->n_kids; i += 2) {
                if (n->kids[i] == NULL) {
                    compile_expr(u, n->kids[i + 1]);
                    emit_op_u(u, FE_BC_DICT_UPDATE, 1);
                } else {
                    compile_expr(u, n->kids[i]);
                    compile_expr(u, n->kids[i + 1]);
                    emit_op_u(u, FE_BC_MAP_ADD, 1);
                }
            }
            return;
        case FE_N_ListComp:
        case FE_N_SetComp:
        case FE_N_GeneratorExp:
            compile_comprehension_call(u, n, 1);
            return;
        case FE_N_DictComp:
            compile_comprehension_call(u, n, 2);
            return;
        case FE_N_Lambda: {
            int flags = compile_defaults(u, n->kids[0]);
            compile_make_function(u, n, flags);
            return;
        }
        case FE_N_NamedExpr:
            compile_expr(u, n->kids[1]);
            emit_op(u, FE_BC_DUP_TOP);
            compile_name(u, FE_QSTR_VALUE(n->kids[0]->value), ACC_STORE);
            return;
        case FE_N_Yield:
            compile_expr_or_none(u, n->kids[0]);
            emit_op(u, FE_BC_YIELD_VALUE);
            return;
        case FE_N_YieldFrom:
        case FE_N_Await:
            compile_expr(u, n->kids[0]);
            emit_op(u, FE_BC_GET_YIELD_FROM_ITER);
            emit_op(u, FE_BC_LOAD_NONE);
            emit_op(u, FE_BC_YIELD_FROM);
            return;
        case FE_N_JoinedStr:
            if (n->n_kids == 0) {
                emit_load_const(u, FE_NEW_QSTR(Q_empty));
                return;
            }
            compile_fstring(u, n);
            return;
        case FE_N_Starred:
            comp_error(n, "can't use starred expression here");
        default:  // (a FormattedValue only appears inside a JoinedStr, handled there)
            internal_error(n);
    }
}

// Compiles a condition and jumps to label when its truth equals jump_if.
static void compile_cond_jump(unit_t *u, fe_node_t *n, bool jump_if, size_t label) {
    if (n->kind == FE_N_UnaryOp && n->op == FE_UNARY_NOT) {
        compile_cond_jump(u, n->kids[0], !jump_if, label);
        return;
    }
    if (n->kind == FE_N_BoolOp) {
        bool is_or = n->op == 1;
        if (is_or == jump_if) {
            // `a or b` jump if true: any true jumps
            for (size_t i = 0; i < n->n_kids; i++) {
                compile_cond_jump(u, n->kids[i], jump_if, label);
            }
        } else {
            size_t skip = new_label(u);
            for (size_t i = 0; i + 1 < n->n_kids; i++) {
                compile_cond_jump(u, n->kids[i], !jump_if, skip);
            }
            compile_cond_jump(u, n->kids[n->n_kids - 1], jump_if, label);
            place_label(u, skip);
        }
        return;
    }
    if (n->kind == FE_N_Constant && (n->value == fe_true || n->value == fe_false || n->value == fe_none || FE_IS_SMALL_INT(n->value))) {
        bool truth = n->value == fe_true || (FE_IS_SMALL_INT(n->value) && FE_SMALL_INT_VALUE(n->value) != 0);
        if (truth == jump_if) {
            emit_jump(u, FE_BC_JUMP, label);
        }
        return;
    }
    compile_expr(u, n);
    emit_jump(u, jump_if ? FE_BC_POP_JUMP_IF_TRUE : FE_BC_POP_JUMP_IF_FALSE, label);
}

// ---- assignment targets ----------------------------------------------------------------------

// Pushes the parts of a Name, Attribute or Subscript target that its access needs (none; the
// object; the container and the index) and returns how many.
static int compile_target_parts(unit_t *u, fe_node_t *t) {
    if (t->kind == FE_N_Name) {
        return 0;
    }
    compile_expr(u, t->kids[0]);
    if (t->kind == FE_N_Attribute) {
        return 1;
    }
    compile_expr(u, t->kids[1]);
    return 2;
}

// Loads, stores or deletes (acc) a Name, Attribute or Subscript whose parts are on the stack
// (the LOAD_, STORE_ and DELETE_ opcodes of attributes and subscripts are consecutive).
static void compile_access(unit_t *u, fe_node_t *t, int acc) {
    if (t->kind == FE_N_Name) {
        compile_name(u, FE_QSTR_VALUE(t->value), acc);
    } else if (t->kind == FE_N_Attribute) {
        emit_attr_op(u, FE_BC_LOAD_ATTR + acc, FE_QSTR_VALUE(t->value));
    } else {
        emit_op(u, FE_BC_LOAD_SUBSCR + acc);
    }
}

// Loads, stores (the value on the stack) or deletes an expression used as a target.
static void compile_target(unit_t *u, fe_node_t *t, int acc) {
    switch (t->kind) {
        case FE_N_Name:
        case FE_N_Attribute:
        case FE_N_Subscript:
            compile_target_parts(u, t);
            compile_access(u, t, acc);
            return;
        case FE_N_Tuple:
        case FE_N_List: {
            if (acc == ACC_STORE) {
                size_t star = (size_t)-1;
                for (size_t i = 0; i < t->n_kids; i++) {
                    if (t->kids[i]->kind == FE_N_Starred) {
                        if (star != (size_t)-1) {
                            comp_error(t, "multiple starred expressions in assignment");
                        }
                        star = i;
                    }
                }
                if (star == (size_t)-1) {
                    emit_op_u(u, FE_BC_UNPACK_SEQUENCE, t->n_kids);
                } else {
                    emit_op_uu(u, FE_BC_UNPACK_EX, star, t->n_kids - star - 1);
                }
            }
            for (size_t i = 0; i < t->n_kids; i++) {
                fe_node_t *e = t->kids[i];
                compile_target(u, e->kind == FE_N_Starred && acc == ACC_STORE ? e->kids[0] : e, acc);
            }
            return;
        }
        case FE_N_Starred:
            if (acc == ACC_STORE) {
                comp_error(t, "starred assignment target must be in a list or tuple");
            }
            // fall through
        default:
            comp_error(t, acc == ACC_STORE ? "cannot assign to expression" : "cannot delete expression");
    }
}

static void compile_store(unit_t *u, fe_node_t *t) {
    compile_target(u, t, ACC_STORE);
}

// `t op= value`: the target's parts are evaluated once, duplicated for the load, then moved
// under the result for the store.
static void compile_augassign(unit_t *u, fe_node_t *n) {
    fe_node_t *t = n->kids[0];
    if (t->kind != FE_N_Name && t->kind != FE_N_Attribute && t->kind != FE_N_Subscript) {
        comp_error(t, "'expression' is an illegal expression for augmented assignment");
    }
    int parts = compile_target_parts(u, t);
    if (parts) {
        emit_op(u, FE_BC_DUP_TOP + parts - 1);  // DUP_TOP or DUP_TOP_TWO
    }
    compile_access(u, t, ACC_LOAD);
    compile_expr(u, n->kids[1]);
    compile_binop_code(u, n->op - FE_BINARY_OR + FE_BINARY_INPLACE_OR);
    if (parts) {
        emit_op(u, FE_BC_ROT_TWO + parts - 1);  // ROT_TWO or ROT_THREE
    }
    compile_access(u, t, ACC_STORE);
}

// ---- frame blocks and unwinding ---------------------------------------------------------------

static void push_fblock(unit_t *u, int kind, size_t a, size_t b, fe_node_t *node) {
    if (u->n_fblocks == MAX_FBLOCKS) {
        comp_error(node, "too many statically nested blocks");
    }
    fblock_t *fb = &u->fblocks[u->n_fblocks++];
    fb->kind = kind;
    fb->a = a;
    fb->b = b;
    fb->node = node;
}

// Compiles body inside a frame block (see push_fblock), which is popped afterwards.
static void compile_body_in(unit_t *u, fe_node_t *body, int kind, size_t a, size_t b, fe_node_t *node) {
    push_fblock(u, kind, a, b, node);
    compile_body(u, body);
    u->n_fblocks--;
}

static void clear_handler_name(unit_t *u, fe_node_t *handler) {
    if (handler && handler->value != FE_NULL) {
        emit_op(u, FE_BC_LOAD_NONE);
        compile_name(u, FE_QSTR_VALUE(handler->value), ACC_STORE);
        compile_name(u, FE_QSTR_VALUE(handler->value), ACC_DEL);
    }
}

// Emits the code leaving fblocks[index] on a break/continue/return path (the value being
// returned, if any, is kept in ret_slot meanwhile).
static void unwind_fblock(unit_t *u, int index, bool for_continue) {
    fblock_t *fb = &u->fblocks[index];
    switch (fb->kind) {
        case FB_WHILE:
            break;
        case FB_FOR:
            if (!for_continue) {
                emit_op(u, FE_BC_POP_ITER);
            }
            break;
        case FB_TRY_EXCEPT:
        case FB_HANDLER_CLEANUP:
            emit_op(u, FE_BC_POP_BLOCK);
            break;
        case FB_FINALLY_TRY: {
            emit_op(u, FE_BC_POP_BLOCK);
            // run the finally body with this block (and those inside it) removed
            fblock_t saved[MAX_FBLOCKS];
            int n_saved = u->n_fblocks - index;
            memcpy(saved, &u->fblocks[index], n_saved * sizeof(fblock_t));
            u->n_fblocks = index;
            compile_body(u, saved[0].node);
            memcpy(&u->fblocks[index], saved, n_saved * sizeof(fblock_t));
            u->n_fblocks = index + n_saved;
            break;
        }
        case FB_FINALLY_END:
            emit_op(u, FE_BC_POP_EXCEPT);
            break;
        case FB_HANDLER:
            emit_op(u, FE_BC_POP_EXCEPT);
            clear_handler_name(u, fb->node);
            break;
        case FB_WITH:
            emit_op(u, FE_BC_POP_BLOCK);
            emit_op(u, FE_BC_WITH_EXIT);
            break;
    }
}

static void compile_break_continue(unit_t *u, fe_node_t *n, bool is_continue) {
    int depth = u->depth;
    for (int i = u->n_fblocks - 1; i >= 0; i--) {
        fblock_t *fb = &u->fblocks[i];
        if (fb->kind == FB_WHILE || fb->kind == FB_FOR) {
            unwind_fblock(u, i, is_continue);
            emit_jump(u, FE_BC_JUMP, is_continue ? fb->a : fb->b);
            u->depth = depth;  // code after this statement is unreachable
            return;
        }
        unwind_fblock(u, i, false);
    }
    comp_error(n, is_continue ? "'continue' not properly in loop" : "'break' outside loop");
}

static void compile_return(unit_t *u, fe_node_t *n) {
    if (u->scope->kind != FE_SCOPE_FUNCTION) {
        comp_error(n, "'return' outside function");
    }
    compile_expr_or_none(u, n->kids[0]);
    bool need_unwind = false;
    for (int i = 0; i < u->n_fblocks; i++) {
        if (u->fblocks[i].kind != FB_WHILE) {
            need_unwind = true;
        }
    }
    if (need_unwind) {
        int depth = u->depth;
        emit_op_u(u, FE_BC_STORE_FAST, u->ret_slot);
        for (int i = u->n_fblocks - 1; i >= 0; i--) {
            unwind_fblock(u, i, false);
        }
        emit_op_u(u, FE_BC_LOAD_FAST, u->ret_slot);
        emit_op(u, FE_BC_RETURN_VALUE);
        u->depth = depth - 1;
        return;
    }
    emit_op(u, FE_BC_RETURN_VALUE);
}

// ---- compound statements ----------------------------------------------------------------------

static void note_block(unit_t *u, int delta) {
    u->try_depth += delta;
    if (2 * u->try_depth > u->max_blocks) {
        u->max_blocks = 2 * u->try_depth;
    }
}

static void compile_try_except(unit_t *u, fe_node_t *n) {
    fe_node_t *body = n->kids[0], *handlers = n->kids[1], *orelse = n->kids[2];
    size_t l_handlers = new_label(u), l_end = new_label(u);
    int base = u->depth;
    emit_jump(u, FE_BC_SETUP_EXCEPT, l_handlers);
    compile_body_in(u, body, FB_TRY_EXCEPT, 0, 0, n);
    emit_op(u, FE_BC_POP_BLOCK);
    compile_body(u, orelse);
    emit_jump(u, FE_BC_JUMP, l_end);
    place_label(u, l_handlers);
    u->depth = base;
    adjust(u, 2);  // saved context, exception
    for (size_t i = 0; i < handlers->n_kids; i++) {
        fe_node_t *h = handlers->kids[i];
        size_t l_next = new_label(u);
        u->cur_line = h->line;
        if (h->kids[0]) {
            compile_expr(u, h->kids[0]);
            emit_jump(u, FE_BC_JUMP_IF_NOT_EXC_MATCH, l_next);
        } else if (i + 1 < handlers->n_kids) {
            comp_error(h, "default 'except:' must be last");
        }
        // a named handler's body is protected so that the name is cleared on every exit
        bool named = h->value != FE_NULL;
        size_t l_cleanup = 0;
        if (named) {
            l_cleanup = new_label(u);
            emit_op(u, FE_BC_DUP_TOP);
            compile_name(u, FE_QSTR_VALUE(h->value), ACC_STORE);
            emit_jump(u, FE_BC_SETUP_FINALLY, l_cleanup);
            push_fblock(u, FB_HANDLER, 0, 0, h);
        }
        compile_body_in(u, h->kids[1], named ? FB_HANDLER_CLEANUP : FB_HANDLER, 0, 0, h);
        if (named) {
            u->n_fblocks--;
            emit_op(u, FE_BC_POP_BLOCK);
        }
        emit_op(u, FE_BC_POP_EXCEPT);
        clear_handler_name(u, h);  // (nothing for an unnamed handler)
        emit_jump(u, FE_BC_JUMP, l_end);
        if (named) {
            place_label(u, l_cleanup);
            u->depth = base + 4;
            clear_handler_name(u, h);
            emit_op(u, FE_BC_RERAISE);
        }
        u->depth = base + 2;
        place_label(u, l_next);
    }
    emit_op(u, FE_BC_RERAISE);
    place_label(u, l_end);
    u->depth = base;
}

static void compile_try(unit_t *u, fe_node_t *n) {
    fe_node_t *finalbody = n->kids[3];
    note_block(u, 1);
    if (finalbody == NULL || finalbody->n_kids == 0) {
        compile_try_except(u, n);
        note_block(u, -1);
        return;
    }
    int base = u->depth;
    size_t l_fin = new_label(u), l_end = new_label(u);
    emit_jump(u, FE_BC_SETUP_FINALLY, l_fin);
    push_fblock(u, FB_FINALLY_TRY, 0, 0, finalbody);
    if (n->kids[1] && n->kids[1]->n_kids) {
        note_block(u, 1);
        compile_try_except(u, n);
        note_block(u, -1);
    } else {
        compile_body(u, n->kids[0]);
        compile_body(u, n->kids[2]);
    }
    u->n_fblocks--;
    emit_op(u, FE_BC_POP_BLOCK);
    compile_body(u, finalbody);
    emit_jump(u, FE_BC_JUMP, l_end);
    place_label(u, l_fin);
    u->depth = base;
    adjust(u, 2);
    compile_body_in(u, finalbody, FB_FINALLY_END, 0, 0, NULL);
    emit_op(u, FE_BC_RERAISE);
    place_label(u, l_end);
    u->depth = base;
    note_block(u, -1);
}

static void compile_with_items(unit_t *u, fe_node_t *n, size_t item) {
    fe_node_t *items = n->kids[0];
    if (item == items->n_kids) {
        compile_body(u, n->kids[1]);
        return;
    }
    fe_node_t *wi = items->kids[item];
    int base = u->depth;
    size_t l_handler = new_label(u), l_end = new_label(u);
    note_block(u, 1);
    compile_expr(u, wi->kids[0]);
    emit_jump(u, FE_BC_SETUP_WITH, l_handler);
    if (wi->kids[1]) {
        compile_store(u, wi->kids[1]);
    } else {
        emit_op(u, FE_BC_POP_TOP);
    }
    push_fblock(u, FB_WITH, 0, 0, n);
    compile_with_items(u, n, item + 1);
    u->n_fblocks--;
    emit_op(u, FE_BC_POP_BLOCK);
    emit_op(u, FE_BC_WITH_EXIT);
    emit_jump(u, FE_BC_JUMP, l_end);
    place_label(u, l_handler);
    u->depth = base;
    adjust(u, 4);  // exit method, self, saved context, exception
    emit_op(u, FE_BC_WITH_EXCEPT);
    emit_op(u, FE_BC_POP_EXCEPT);
    emit_op(u, FE_BC_POP_TOP);
    emit_op(u, FE_BC_POP_TOP);
    place_label(u, l_end);
    u->depth = base;
    note_block(u, -1);
}

static void compile_for(unit_t *u, fe_node_t *n) {
    size_t l_top = new_label(u), l_else = new_label(u), l_end = new_label(u);
    bool owned = n->kids[1]->kind == FE_N_Call;
    compile_expr(u, n->kids[1]);
    emit_op(u, owned ? FE_BC_GET_ITER_OWNED : FE_BC_GET_ITER);
    if (owned) {
        note_block(u, 1);  // may push an ITER block
    }
    int depth = u->depth;
    place_label(u, l_top);
    emit_jump(u, FE_BC_FOR_ITER, l_else);
    compile_store(u, n->kids[0]);
    compile_body_in(u, n->kids[2], FB_FOR, l_top, l_end, n);
    emit_jump(u, FE_BC_JUMP, l_top);
    place_label(u, l_else);
    u->depth = depth - FE_BC_ITER_SLOTS;
    if (owned) {
        note_block(u, -1);
    }
    compile_body(u, n->kids[3]);
    place_label(u, l_end);
}

static void compile_while(unit_t *u, fe_node_t *n) {
    size_t l_top = new_label(u), l_body = new_label(u), l_end = new_label(u);
    fe_node_t *test = n->kids[0];
    // test at the bottom: one jump per iteration
    emit_jump(u, FE_BC_JUMP, l_top);
    place_label(u, l_body);
    compile_body_in(u, n->kids[1], FB_WHILE, l_top, l_end, n);
    place_label(u, l_top);
    u->cur_line = n->line;
    compile_cond_jump(u, test, true, l_body);
    compile_body(u, n->kids[2]);
    place_label(u, l_end);
}

static void compile_import(unit_t *u, fe_node_t *n) {
    for (size_t i = 0; i < n->n_kids; i++) {
        fe_node_t *alias = n->kids[i];
        qstr full = FE_QSTR_VALUE(alias->value);
        emit_load_const(u, FE_NEW_SMALL_INT(0));
        emit_op(u, FE_BC_LOAD_NONE);
        emit_name_op(u, FE_BC_IMPORT_NAME, full);
        size_t len;
        const char *s = qstr_data(full, &len);
        if (alias->kids[0]) {
            // import a.b.c as x: x is the innermost module
            const char *p = s, *end = s + len;
            const char *dot = memchr(p, '.', len);
            while (dot) {
                p = dot + 1;
                const char *next = memchr(p, '.', end - p);
                size_t l = (next ? next : end) - p;
                emit_name_op(u, FE_BC_LOAD_ATTR, qstr_from_strn(p, l));
                dot = next;
            }
            compile_name(u, FE_QSTR_VALUE(alias->kids[0]->value), ACC_STORE);
        } else {
            const char *dot = memchr(s, '.', len);
            compile_name(u, dot ? qstr_from_strn(s, dot - s) : full, ACC_STORE);
        }
    }
}

static void compile_import_from(unit_t *u, fe_node_t *n) {
    qstr module = n->value == FE_NULL ? Q_empty : FE_QSTR_VALUE(n->value);
    emit_load_const(u, FE_NEW_SMALL_INT(n->op));
    fe_obj_t names = fe_tuple_new(n->n_kids, NULL);
    for (size_t i = 0; i < n->n_kids; i++) {
        ((fe_tuple_t *)names)->items[i] = n->kids[i]->value;
    }
    emit_op_u(u, FE_BC_LOAD_CONST, const_index(u, names));
    emit_name_op(u, FE_BC_IMPORT_NAME, module);
    if (n->n_kids == 1 && FE_QSTR_VALUE(n->kids[0]->value) == Q_star) {
        emit_op(u, FE_BC_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < n->n_kids; i++) {
        fe_node_t *alias = n->kids[i];
        qstr name = FE_QSTR_VALUE(alias->value);
        emit_name_op(u, FE_BC_IMPORT_FROM, name);
        compile_name(u, alias->kids[0] ? FE_QSTR_VALUE(alias->kids[0]->value) : name, ACC_STORE);
    }
    emit_op(u, FE_BC_POP_TOP);
}

static void compile_decorators(unit_t *u, fe_node_t *decos) {
    for (size_t i = 0; decos && i < decos->n_kids; i++) {
        compile_expr(u, decos->kids[i]);
    }
}

static void apply_decorators(unit_t *u, fe_node_t *decos) {
    for (size_t i = 0; decos && i < decos->n_kids; i++) {
        emit_op_uu(u, FE_BC_CALL_FUNCTION, 1, 0);
    }
}

// __build_class__(body function, name, *bases, **keywords)
static void compile_classdef(unit_t *u, fe_node_t *n) {
    fe_node_t *bases = n->kids[0], *kws = n->kids[1], *decos = n->kids[3];
    compile_decorators(u, decos);
    emit_op(u, FE_BC_LOAD_BUILD_CLASS);
    compile_make_function(u, n, 0);
    emit_load_const(u, n->value);
    compile_call_args(u, bases, kws, 2, false, call_has_star(bases, kws));
    apply_decorators(u, decos);
    compile_name(u, FE_QSTR_VALUE(n->value), ACC_STORE);
}

#if FE_COMPILE_ANNOTATIONS
static void add_annotation(unit_t *u, fe_node_t *arg, bool *any) {
    if (arg == NULL || arg->kids[0] == NULL) {
        return;
    }
    if (!*any) {
        emit_op_u(u, FE_BC_BUILD_MAP, 0);
        *any = true;
    }
    emit_load_const(u, FE_NEW_QSTR(fe_scope_mangle(u->scope, FE_QSTR_VALUE(arg->value))));
    compile_expr(u, arg->kids[0]);
    emit_op_u(u, FE_BC_MAP_ADD, 1);
}

// Pushes the __annotations__ dict of a def (parameters then 'return'); returns flag 8 if any.
static int compile_annotations(unit_t *u, fe_node_t *n) {
    fe_node_t *args = n->kids[0];
    bool any = false;
    for (int k = 0; k < 6; k++) {
        fe_node_t *group = args->kids[k];
        if (group == NULL || k == 4) {
            continue;
        }
        if (group->kind == FE_N_Arg) {
            add_annotation(u, group, &any);
        } else {
            for (size_t i = 0; i < group->n_kids; i++) {
                add_annotation(u, group->kids[i], &any);
            }
        }
    }
    if (n->kids[3]) {
        if (!any) {
            emit_op_u(u, FE_BC_BUILD_MAP, 0);
            any = true;
        }
        emit_load_const(u, FE_NEW_QSTR(Q_return));
        compile_expr(u, n->kids[3]);
        emit_op_u(u, FE_BC_MAP_ADD, 1);
    }
    return any ? 8 : 0;
}
#endif

static void compile_funcdef(unit_t *u, fe_node_t *n) {
    compile_decorators(u, n->kids[2]);
    int flags = compile_defaults(u, n->kids[0]);
#if FE_COMPILE_ANNOTATIONS
    flags |= compile_annotations(u, n);
#endif
    compile_make_function(u, n, flags);
    apply_decorators(u, n->kids[2]);
    compile_name(u, FE_QSTR_VALUE(n->value), ACC_STORE);
}

static void compile_body(unit_t *u, fe_node_t *seq) {
    if (seq == NULL) {
        return;
    }
    if (seq->kind != FE_N_Seq) {
        compile_stmt(u, seq);
        return;
    }
    for (size_t i = 0; i < seq->n_kids; i++) {
        compile_stmt(u, seq->kids[i]);
    }
}

static void compile_stmt(unit_t *u, fe_node_t *n) {
    u->cur_line = n->line;
    switch (n->kind) {
        case FE_N_Expr: {
            fe_node_t *v = n->kids[0];
            if (u->c->mode == FE_COMPILE_SINGLE && u->scope->kind == FE_SCOPE_MODULE) {
                compile_expr(u, v);
                emit_op(u, FE_BC_PRINT_EXPR);
                return;
            }
            if (v->kind == FE_N_Constant) {
                return;  // docstrings and other bare constants do nothing
            }
            compile_expr(u, v);
            emit_op(u, FE_BC_POP_TOP);
            return;
        }
        case FE_N_Assign: {
            size_t nt = n->n_kids - 1;
#if FE_COMPILE_SWAP
            fe_node_t *value = n->kids[nt], *target = n->kids[0];
            if (nt == 1 && value->kind == FE_N_Tuple && (target->kind == FE_N_Tuple || target->kind == FE_N_List) &&
                value->n_kids == target->n_kids && (value->n_kids == 2 || value->n_kids == 3) &&
                !has_starred(value) && !has_starred(target)) {
                // `a, b = x, y`: swap on the stack instead of building and unpacking a tuple
                compile_kids(u, value);
                if (value->n_kids == 3) {
                    emit_op(u, FE_BC_ROT_THREE);
                }
                emit_op(u, FE_BC_ROT_TWO);
                for (size_t i = 0; i < target->n_kids; i++) {
                    compile_store(u, target->kids[i]);
                }
                return;
            }
#endif
            compile_expr(u, n->kids[nt]);
            for (size_t i = 0; i < nt; i++) {
                if (i + 1 < nt) {
                    emit_op(u, FE_BC_DUP_TOP);
                }
                compile_store(u, n->kids[i]);
            }
            return;
        }
        case FE_N_AugAssign:
            compile_augassign(u, n);
            return;
        case FE_N_AnnAssign: {
            fe_node_t *t = n->kids[0];
            if (n->kids[2]) {
                compile_expr(u, n->kids[2]);
                compile_store(u, t);
            }
#if FE_COMPILE_ANNOTATIONS
            if (n->op && t->kind == FE_N_Name && (u->scope->kind == FE_SCOPE_MODULE || u->scope->kind == FE_SCOPE_CLASS)) {
                emit_op(u, FE_BC_SETUP_ANNOTATIONS);
                compile_expr(u, n->kids[1]);
                emit_name_op(u, FE_BC_LOAD_NAME, Q___annotations__);
                emit_load_const(u, FE_NEW_QSTR(fe_scope_mangle(u->scope, FE_QSTR_VALUE(t->value))));
                emit_op(u, FE_BC_STORE_SUBSCR);
            }
#endif
            return;
        }
        case FE_N_Delete:
            for (size_t i = 0; i < n->n_kids; i++) {
                compile_target(u, n->kids[i], ACC_DEL);
            }
            return;
        case FE_N_Pass:
        case FE_N_Global:
        case FE_N_Nonlocal:
            return;
        case FE_N_If: {
            size_t l_else = new_label(u), l_end = new_label(u);
            fe_node_t *orelse = n->kids[2];
            bool has_else = orelse && orelse->n_kids;
            compile_cond_jump(u, n->kids[0], false, l_else);
            compile_body(u, n->kids[1]);
            if (has_else) {
                emit_jump(u, FE_BC_JUMP, l_end);
            }
            place_label(u, l_else);
            compile_body(u, orelse);
            place_label(u, l_end);
            return;
        }
        case FE_N_While:
            compile_while(u, n);
            return;
        case FE_N_For:
            compile_for(u, n);
            return;
        case FE_N_Break:
            compile_break_continue(u, n, false);
            return;
        case FE_N_Continue:
            compile_break_continue(u, n, true);
            return;
        case FE_N_Return:
            compile_return(u, n);
            return;
        case FE_N_Raise: {
            size_t n_args = 0;  // `raise`, `raise E` or `raise E from C` (no cause without E)
            while (n_args < 2 && n->kids[n_args]) {
                compile_expr(u, n->kids[n_args++]);
            }
            emit_op_u(u, FE_BC_RAISE_VARARGS, n_args);
            return;
        }
        case FE_N_Assert: {
            if (fe_compile_optimize) {
                return;
            }
            size_t l_ok = new_label(u);
            compile_cond_jump(u, n->kids[0], true, l_ok);
            if (n->kids[1]) {
                compile_expr(u, n->kids[1]);
            }
            emit_op_u(u, FE_BC_RAISE_ASSERT, n->kids[1] != NULL);
            place_label(u, l_ok);
            return;
        }
        case FE_N_Try:
            compile_try(u, n);
            return;
        case FE_N_With:
            compile_with_items(u, n, 0);
            return;
        case FE_N_Import:
            compile_import(u, n);
            return;
        case FE_N_ImportFrom:
            compile_import_from(u, n);
            return;
        case FE_N_FunctionDef:
            compile_funcdef(u, n);
            return;
        case FE_N_ClassDef:
            compile_classdef(u, n);
            return;
        case FE_N_Seq:
            compile_body(u, n);
            return;
        default:
            internal_error(n);
    }
}

// ---- code units ------------------------------------------------------------------------------

// Shrinks a growable buffer of n items to its final size (code lives as long as the program).
static void *trim(void *p, size_t n, size_t alloc, size_t item) {
    return alloc > n ? fe_realloc(p, (n ? n : 1) * item) : p;
}

static fe_obj_t finish_code(unit_t *u, qstr name, qstr qualname) {
    fe_scope_t *s = u->scope;
    for (size_t i = 0; i < u->n_fixups; i++) {
        fixup_t *f = &u->fixups[i];
        size_t target = u->labels[f->label];
        fe_int_t off = (fe_int_t)target - (fe_int_t)(f->pos + FE_BC_JUMP_BYTES);
        if (off < -FE_BC_JUMP_MAX - 1 || off > FE_BC_JUMP_MAX) {
            comp_error(s->node, "code block too large");
        }
        for (int k = 0; k < FE_BC_JUMP_BYTES; k++) {
            u->bc[f->pos + k] = ((fe_uint_t)off >> (8 * k)) & 0xff;
        }
    }
    // trimmed before the code object is allocated, which may then reuse the freed tails (on a
    // small heap the order matters)
    u->bc = trim(u->bc, u->len, u->alloc, 1);
    u->consts = trim(u->consts, u->n_consts, u->alloc_consts, sizeof(fe_obj_t));
    u->names = trim(u->names, u->n_names, u->alloc_names, sizeof(qstr));
    u->lt = trim(u->lt, u->lt_len, u->lt_alloc, 1);
    fe_code_t *code = fe_new(fe_code_t);
    code->base.type = &fe_type_code;
    code->bytecode = u->bc;
    code->bc_len = u->len;
    code->consts = u->consts;
    code->n_consts = u->n_consts;
    code->names = u->names;
    code->n_names = u->n_names;
    code->line_table = u->lt;
    code->line_table_len = u->lt_len;
    code->first_line = u->first_line;
    code->n_posonly = s->n_posonly;
    code->n_pos = s->n_pos;
    code->n_kwonly = s->n_kwonly;
    code->n_locals = u->n_locals;
    code->n_free = s->n_free;
    code->max_stack = u->max_depth + 1;
    code->max_blocks = u->max_blocks + 1;
    code->flags = s->code_flags;
    code->name = name;
    code->qualname = qualname;
    code->filename = u->c->filename;
    // slot names and cells
    code->local_names = fe_alloc(sizeof(qstr) * (u->n_locals ? u->n_locals : 1));
    size_t n_cells = 0;
    for (size_t i = 0; i < s->n_syms; i++) {
        fe_symbol_t *sym = &s->syms[i];
        if (sym->slot != 0xffff && sym->slot < u->n_locals) {
            code->local_names[sym->slot] = sym->name;
            if (sym->kind == FE_SYM_CELL) {
                n_cells++;
            }
        }
    }
    if (u->ret_slot != 0xffff) {
        code->local_names[u->ret_slot] = Q_NULL;  // the hidden return-value slot
    }
    code->cell_slots = fe_alloc(sizeof(uint16_t) * (n_cells ? n_cells : 1));
    for (size_t i = 0; i < s->n_syms; i++) {
        fe_symbol_t *sym = &s->syms[i];
        if (sym->slot != 0xffff && sym->kind == FE_SYM_CELL) {
            code->cell_slots[code->n_cells++] = sym->slot;
        }
    }
    return code;
}

static void unit_init(unit_t *u, compiler_t *c, fe_scope_t *s) {
    memset(u, 0, sizeof(*u));
    u->c = c;
    u->scope = s;
    u->first_line = s->node ? s->node->line : 1;
    if (u->first_line == 0) {
        u->first_line = 1;
    }
    u->cur_line = u->first_line;
    u->lt_last_line = u->first_line;
    u->n_locals = s->n_locals;
    u->ret_slot = s->kind == FE_SCOPE_FUNCTION ? s->ret_slot : 0xffff;
}

// True if a body (a Seq, or a Module's statements) starts with a string constant.
static bool is_docstring(fe_node_t *body) {
    if (body == NULL || (body->kind != FE_N_Seq && body->kind != FE_N_Module) || body->n_kids == 0) {
        return false;
    }
    fe_node_t *first = body->kids[0];
    return first->kind == FE_N_Expr && first->kids[0]->kind == FE_N_Constant && fe_is_str(first->kids[0]->value);
}

// The body of a comprehension function: one nested loop per generator over its argument
// (the first iterator, in slot 0) or its iterable, adding each element to the collection
// under the loops' slots (a generator expression yields it instead).
static void compile_comprehension_code(unit_t *u, fe_node_t *n) {
    // per kind, in node-kind order ListComp, SetComp, DictComp, GeneratorExp
    static const uint8_t build_ops[] = {FE_BC_BUILD_LIST, FE_BC_BUILD_SET, FE_BC_BUILD_MAP};
    static const uint8_t add_ops[] = {FE_BC_LIST_APPEND, FE_BC_SET_ADD, FE_BC_MAP_ADD};
    size_t k = n->kind - FE_N_ListComp;
    bool is_gen = n->kind == FE_N_GeneratorExp;
    size_t first_gen = n->kind == FE_N_DictComp ? 2 : 1;
    size_t n_gens = n->n_kids - first_gen;
    if (!is_gen) {
        emit_op_u(u, build_ops[k], 0);
    }
    size_t tops[MAX_FBLOCKS + 1];
    if (n_gens > MAX_FBLOCKS) {
        comp_error(n, "too many statically nested blocks");
    }
    size_t l_end = new_label(u);
    for (size_t g = 0; g < n_gens; g++) {
        fe_node_t *gen = n->kids[first_gen + g];
        if (g == 0) {
            emit_op_u(u, FE_BC_LOAD_FAST, 0);
        } else {
            compile_expr(u, gen->kids[1]);
        }
        emit_op(u, FE_BC_GET_ITER);
        tops[g] = new_label(u);
        place_label(u, tops[g]);
        emit_jump(u, FE_BC_FOR_ITER, g == 0 ? l_end : tops[g - 1]);
        compile_store(u, gen->kids[0]);
        for (size_t i = 2; i < gen->n_kids; i++) {
            compile_cond_jump(u, gen->kids[i], false, tops[g]);
        }
    }
    for (size_t i = 0; i < first_gen; i++) {
        compile_expr(u, n->kids[i]);  // the element, or the key and the value
    }
    if (is_gen) {
        emit_op(u, FE_BC_YIELD_VALUE);
        emit_op(u, FE_BC_POP_TOP);
    } else {
        emit_op_u(u, add_ops[k], n_gens * FE_BC_ITER_SLOTS + 1);
    }
    emit_jump(u, FE_BC_JUMP, tops[n_gens - 1]);
    place_label(u, l_end);
    u->depth = !is_gen;
    if (is_gen) {
        emit_op(u, FE_BC_LOAD_NONE);
    }
    emit_op(u, FE_BC_RETURN_VALUE);
}

static fe_obj_t compile_scope_code(compiler_t *c, fe_scope_t *s) {
    unit_t unit;
    unit_t *u = &unit;
    unit_init(u, c, s);
    fe_node_t *node = s->node, *body = NULL;
    // code units of functions keep their docstring (or None) in consts[0]
    if (s->kind >= FE_SCOPE_FUNCTION) {
        body = s->kind == FE_SCOPE_FUNCTION ? node->kids[1] : NULL;
        bool doc = is_docstring(body);
        const_index(u, doc ? body->kids[0]->kids[0]->value : fe_none);
        if (doc) {
            s->code_flags |= FE_CODE_FLAG_HAS_DOC;
        }
    }
    switch (s->kind) {
        case FE_SCOPE_MODULE:
            if (node->kind == FE_N_Expression) {
                compile_expr(u, node->kids[0]);
                break;
            }
            if (is_docstring(node)) {
                u->cur_line = node->kids[0]->line;
                compile_expr(u, node->kids[0]->kids[0]);
                emit_name_op(u, FE_BC_STORE_NAME, Q___doc__);
            }
            for (size_t i = 0; i < node->n_kids; i++) {
                compile_stmt(u, node->kids[i]);
            }
            emit_op(u, FE_BC_LOAD_NONE);
            break;
        case FE_SCOPE_CLASS: {
            body = node->kids[2];
            emit_name_op(u, FE_BC_LOAD_NAME, Q___name__);
            emit_name_op(u, FE_BC_STORE_NAME, Q___module__);
            emit_load_const(u, FE_NEW_QSTR(s->qualname));
            emit_name_op(u, FE_BC_STORE_NAME, Q___qualname__);
            if (is_docstring(body)) {
                compile_expr(u, body->kids[0]->kids[0]);
                emit_name_op(u, FE_BC_STORE_NAME, Q___doc__);
            }
            compile_body(u, body);
            fe_symbol_t *cls = fe_scope_lookup(s, Q___class__);
            if (cls && cls->kind == FE_SYM_CELL) {
                emit_op_u(u, FE_BC_LOAD_CLOSURE, cls->slot);
                s->code_flags |= FE_CODE_FLAG_CLASS_BODY;
            } else {
                emit_op(u, FE_BC_LOAD_NONE);
            }
            s->code_flags |= FE_CODE_FLAG_NAME_LOCALS;
            break;
        }
        case FE_SCOPE_FUNCTION:
            compile_body(u, body);
            emit_op(u, FE_BC_LOAD_NONE);
            break;
        case FE_SCOPE_LAMBDA:
            compile_expr(u, node->kids[1]);
            break;
        default:
            compile_comprehension_code(u, node);  // (ends with its own return)
            return finish_code(u, s->name, s->qualname);
    }
    emit_op(u, FE_BC_RETURN_VALUE);
    return finish_code(u, s->name, s->qualname);
}

fe_obj_t fe_compile_tree(fe_node_t *root, qstr filename, fe_compile_mode_t mode) {
    compiler_t c;
    c.filename = filename;
    c.mode = mode;
    c.scopes = fe_scope_build(root, filename);
    return compile_scope_code(&c, c.scopes);
}

// The source being compiled by fe_compile, so that compile-time SyntaxErrors can show the
// offending line as CPython does (NULL when compiling a tree from elsewhere).
static const char *current_src;
static size_t current_src_len;
// Where the SyntaxError being raised is located (line 0: not recorded).
static uint32_t error_line, error_col;

void fe_compile_error_at(const fe_node_t *n) {
    error_line = n ? n->line : 1;
    error_col = n ? n->col : 0;
}

fe_obj_t fe_compile_source_line(size_t line) {
    if (current_src == NULL || line == 0) {
        return fe_none;
    }
    const char *p = current_src, *end = current_src + current_src_len;
    for (size_t l = 1; l < line && p < end; p++) {
        if (*p == '\n') {
            l++;
        }
    }
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') {
        e++;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, e - p + 2);
    fe_vstr_add_strn(&v, p, e - p);
    fe_vstr_add_byte(&v, '\n');
    return fe_str_from_vstr(&v);
}

fe_obj_t fe_compile(const char *src, size_t len, qstr filename, fe_compile_mode_t mode) {
    fe_node_t *root = fe_parse(src, len, filename, mode);
    const char *saved_src = current_src;
    size_t saved_len = current_src_len;
    current_src = src;
    current_src_len = len;
    error_line = 0;
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t code = fe_compile_tree(root, filename, mode);
        fe_handler_pop(&h);
        current_src = saved_src;
        current_src_len = saved_len;
        return code;
    }
    fe_obj_t exc = h.exc;
    if (error_line != 0 && fe_exc_matches(exc, &fe_type_SyntaxError)) {
        // give it CPython's args (msg, (filename, lineno, offset, text))
        size_t n;
        fe_obj_t *args;
        fe_tuple_get(fe_exc_args(exc), &n, &args);
        fe_obj_t loc[4] = {
            FE_NEW_QSTR(filename), FE_NEW_SMALL_INT(error_line), FE_NEW_SMALL_INT(error_col + 1),
            fe_compile_source_line(error_line),
        };
        fe_obj_t located[2] = {args[0], fe_tuple_new(4, loc)};
        exc = fe_exc_new(&fe_type_SyntaxError, 2, located);
    }
    current_src = saved_src;
    current_src_len = saved_len;
    fe_raise(exc);
}

// ---- instruction metadata ----------------------------------------------------------------------

const uint8_t fe_bc_operand_kind[FE_BC_NUM_OPCODES] = {
#define FE_BC_KIND(name, kind, effect) FE_BC_OPERAND_##kind,
    FE_BYTECODES(FE_BC_KIND)
#undef FE_BC_KIND
};

const int8_t fe_bc_fixed_effect[FE_BC_NUM_OPCODES] = {
#define FE_BC_EFFECT(name, kind, effect) effect,
    FE_BYTECODES(FE_BC_EFFECT)
#undef FE_BC_EFFECT
};

int fe_bc_stack_effect(int op, size_t a, size_t b) {
    switch (op) {
        case FE_BC_BUILD_TUPLE:
        case FE_BC_BUILD_LIST:
        case FE_BC_BUILD_SET:
        case FE_BC_BUILD_SLICE:
        case FE_BC_BUILD_STRING:
            return 1 - (int)a;
        case FE_BC_UNPACK_SEQUENCE:
            return (int)a - 1;
        case FE_BC_UNPACK_EX:
            return (int)(a + b);
        case FE_BC_CALL_FUNCTION:
            return -(int)(a + 2 * b);
        case FE_BC_CALL_METHOD:
            return -(int)(a + 2 * b) - 1;
        case FE_BC_MAKE_FUNCTION:
            return -(int)(((a & 1) != 0) + ((a & 2) != 0) + ((a & 4) != 0) + ((a & 8) != 0));
        case FE_BC_RAISE_VARARGS:
            return -(int)a;
        case FE_BC_RAISE_ASSERT:
            return -(int)a;
        case FE_BC_FORMAT_VALUE:
            return (a & 4) ? -1 : 0;
        default:
            return fe_bc_fixed_effect[op];
    }
}
