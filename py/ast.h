// py/ast.h: the syntax tree the parser (py/parse.c) hands to the compiler (py/compile.c).
//
// One node layout serves every kind: a kind tag, a small `op` field, a line number, one
// object payload (`value`) and an array of children. The layout of `op`, `value` and
// `kids` for each kind is written next to it below and mirrors CPython's `ast` module
// (same node names, same field order), so the compiler can be read alongside CPython's
// documented AST. Lists of nodes inside a node are FE_N_Seq nodes whose kids are the
// elements. A child that is absent ("optional" in CPython's ASDL) is NULL.
// Nodes live in the GC heap; the tree is reachable from the C stack while compiling.
#ifndef FE_PY_AST_H
#define FE_PY_AST_H

#include "py/obj.h"

// X(kind, description of op / value / kids)
#define FE_NODE_KINDS(X) \
    /* ---- roots ---- */ \
    X(Module,       "kids: statements") \
    X(Interactive,  "kids: statements (REPL input; expression statements print their repr)") \
    X(Expression,   "kids[0]: the expression (eval input)") \
    X(Seq,          "kids: the elements of a list of nodes") \
    /* ---- statements ---- */ \
    X(FunctionDef,  "op: 1 if async; value: name qstr; kids: [0] Arguments, [1] body Seq, [2] decorators Seq, [3] returns annotation|NULL") \
    X(ClassDef,     "value: name qstr; kids: [0] bases Seq, [1] keywords Seq of Keyword, [2] body Seq, [3] decorators Seq") \
    X(Return,       "kids: [0] value|NULL") \
    X(Delete,       "kids: targets (ctx Del)") \
    X(Assign,       "kids: [0..n-2] targets (ctx Store), [n-1] value; `a = b = 1` has two targets") \
    X(AugAssign,    "op: fe_binary_op_t plain form (FE_BINARY_ADD for +=); kids: [0] target, [1] value") \
    X(AnnAssign,    "op: 1 if simple (a plain name, no parens); kids: [0] target, [1] annotation, [2] value|NULL") \
    X(For,          "op: 1 if async; kids: [0] target, [1] iter, [2] body Seq, [3] orelse Seq") \
    X(While,        "kids: [0] test, [1] body Seq, [2] orelse Seq") \
    X(If,           "kids: [0] test, [1] body Seq, [2] orelse Seq (elif = a nested If alone in orelse)") \
    X(With,         "op: 1 if async; kids: [0] items Seq of WithItem, [1] body Seq") \
    X(WithItem,     "kids: [0] context_expr, [1] optional_vars|NULL") \
    X(Raise,        "kids: [0] exc|NULL, [1] cause|NULL") \
    X(Try,          "kids: [0] body Seq, [1] handlers Seq of ExceptHandler, [2] orelse Seq, [3] finalbody Seq") \
    X(ExceptHandler,"value: name qstr or FE_NULL; kids: [0] type|NULL, [1] body Seq") \
    X(Assert,       "kids: [0] test, [1] msg|NULL") \
    X(Import,       "kids: Alias nodes") \
    X(ImportFrom,   "op: level (number of leading dots); value: module qstr (dotted) or FE_NULL; kids: Alias nodes (name `*` for star import)") \
    X(Alias,        "value: name qstr (dotted, e.g. a.b.c); kids: [0] NULL or a Name node holding the asname") \
    X(Global,       "kids: Name nodes") \
    X(Nonlocal,     "kids: Name nodes") \
    X(Expr,         "kids: [0] value") \
    X(Pass,         "") \
    X(Break,        "") \
    X(Continue,     "") \
    /* ---- expressions ---- */ \
    X(BoolOp,       "op: 0 and, 1 or; kids: values (2 or more)") \
    X(NamedExpr,    "kids: [0] target Name, [1] value") \
    X(BinOp,        "op: fe_binary_op_t plain arithmetic form; kids: [0] left, [1] right") \
    X(UnaryOp,      "op: FE_UNARY_INVERT, FE_UNARY_NOT, FE_UNARY_POSITIVE or FE_UNARY_NEGATIVE; kids: [0] operand") \
    X(Lambda,       "kids: [0] Arguments, [1] body expression") \
    X(IfExp,        "kids: [0] test, [1] body, [2] orelse") \
    X(Dict,         "kids: key0, value0, key1, value1 ...; a NULL key means `**value`") \
    X(Set,          "kids: elements") \
    X(ListComp,     "kids: [0] elt, [1..] Comprehension") \
    X(SetComp,      "kids: [0] elt, [1..] Comprehension") \
    X(DictComp,     "kids: [0] key, [1] value, [2..] Comprehension") \
    X(GeneratorExp, "kids: [0] elt, [1..] Comprehension") \
    X(Comprehension,"op: 1 if async; kids: [0] target, [1] iter, [2..] ifs") \
    X(Await,        "kids: [0] value") \
    X(Yield,        "kids: [0] value|NULL") \
    X(YieldFrom,    "kids: [0] value") \
    X(Compare,      "value: bytes object, one fe_binary_op_t per comparison (LESS MORE EQUAL LESS_EQUAL MORE_EQUAL NOT_EQUAL IN NOT_IN IS IS_NOT); kids: [0] left, [1..] comparators") \
    X(Call,         "kids: [0] func, [1] args Seq (Starred for *x), [2] keywords Seq of Keyword") \
    X(Keyword,      "value: arg name qstr, or FE_NULL for **value; kids: [0] value") \
    X(FormattedValue,"op: conversion: 0 none, 's', 'r' or 'a'; kids: [0] value, [1] format_spec JoinedStr|NULL") \
    X(JoinedStr,    "kids: Constant str and FormattedValue nodes (an f-string)") \
    X(Constant,     "value: the object (int, float, complex, str, bytes, None, True, False, Ellipsis)") \
    X(Attribute,    "op: ctx; value: attr qstr; kids: [0] value") \
    X(Subscript,    "op: ctx; kids: [0] value, [1] slice (an expression, a Slice, or a Tuple holding Slices)") \
    X(Starred,      "op: ctx; kids: [0] value") \
    X(Name,         "op: ctx; value: id qstr") \
    X(List,         "op: ctx; kids: elements") \
    X(Tuple,        "op: ctx; kids: elements") \
    X(Slice,        "kids: [0] lower|NULL, [1] upper|NULL, [2] step|NULL") \
    /* ---- function signatures ---- */ \
    X(Arguments,    "kids: [0] posonlyargs Seq of Arg, [1] args Seq of Arg, [2] vararg Arg|NULL, [3] kwonlyargs Seq of Arg, [4] kw_defaults Seq (NULL where none), [5] kwarg Arg|NULL, [6] defaults Seq (for the last positional args)") \
    X(Arg,          "value: name qstr; kids: [0] annotation|NULL")

typedef enum {
#define FE_NODE_ENUM(name, doc) FE_N_##name,
    FE_NODE_KINDS(FE_NODE_ENUM)
#undef FE_NODE_ENUM
    FE_N_NUM_KINDS
} fe_node_kind_t;

// Expression context, in `op` of Name, Attribute, Subscript, Starred, List, Tuple.
enum { FE_CTX_LOAD = 0, FE_CTX_STORE = 1, FE_CTX_DEL = 2 };

typedef struct fe_node {
    uint8_t kind;       // fe_node_kind_t
    uint8_t op;         // per kind, see above
    uint16_t n_kids;
    uint32_t line;      // 1-based source line of the node's first token
    uint32_t col;       // 0-based column of the node's first token (for SyntaxError carets)
    fe_obj_t value;     // per kind, see above (FE_NULL when unused)
    struct fe_node *kids[];
} fe_node_t;

fe_node_t *fe_node_new(fe_node_kind_t kind, size_t n_kids, uint32_t line);

// Parses source text. Raises SyntaxError / IndentationError / TabError as CPython does, with
// args (msg, (filename, lineno, offset, text)). Accepts LF, CR LF and lone CR line ends.
// Root: Module for FE_COMPILE_FILE, Interactive for FE_COMPILE_SINGLE, Expression for
// FE_COMPILE_EVAL.
fe_node_t *fe_parse(const char *src, size_t len, qstr filename, fe_compile_mode_t mode);

// Compiles a tree to a code object (py/compile.c).
fe_obj_t fe_compile_tree(fe_node_t *root, qstr filename, fe_compile_mode_t mode);
// Records the node (NULL: line 1) at which the SyntaxError the compiler raises next (with
// fe_raise_msg / fe_raise_fmt) is located; fe_compile adds the location to it.
void fe_compile_error_at(const fe_node_t *n);

#endif
