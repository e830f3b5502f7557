// py/engine.h: internal structures shared by the compiler, the VM, function, generator,
// cell and class-building code (py/compile.c, vm.c, objcode.c, objfun.c, objgenerator.c,
// objcell.c, buildclass.c). Not part of the contract between areas (that is py/obj.h).
#ifndef FE_PY_ENGINE_H
#define FE_PY_ENGINE_H

#include "py/obj.h"
#include "py/bytecode.h"
#include "py/ast.h"

// Code flags.
#define FE_CODE_FLAG_VARARGS 0x01
#define FE_CODE_FLAG_VARKW 0x02
#define FE_CODE_FLAG_GENERATOR 0x04
#define FE_CODE_FLAG_COROUTINE 0x08
#define FE_CODE_FLAG_CLASS_BODY 0x10   // returns the __class__ cell (or None)
#define FE_CODE_FLAG_HAS_DOC 0x20      // consts[0] is the docstring
#define FE_CODE_FLAG_NAME_LOCALS 0x40  // class body: names live in a dict

// Cache of one LOAD_GLOBAL name. A hit in the globals dict remembers the entry (valid while
// the entry still holds that key); a hit in the (read-only) builtins remembers the entry
// and the shape of the globals dict (valid while no key was added or the table moved).
typedef struct {
    fe_map_elem_t *elem;
    fe_map_elem_t *globals_table;  // NULL for a globals hit
    size_t globals_used, globals_count;
} fe_global_cache_t;

// A compiled code block (see py/bytecode.h for the layout and the meaning of each field).
typedef struct fe_code {
    fe_objbase_t base;  // &fe_type_code
    const uint8_t *bytecode;
    size_t bc_len;
    fe_obj_t *consts;
    qstr *names;
    qstr *local_names;
    uint16_t *cell_slots;
    const uint8_t *line_table;
    uint32_t line_table_len;
    uint32_t first_line;
    uint16_t n_consts, n_names;
    uint16_t n_posonly, n_pos, n_kwonly;
    uint16_t n_locals, n_cells, n_free;
    uint16_t max_stack, max_blocks;
    uint16_t flags;
    qstr name, qualname, filename;
    fe_global_cache_t *global_cache;  // n_names entries, allocated on first LOAD_GLOBAL; run-time only
} fe_code_t;

// A closure cell.
typedef struct { fe_objbase_t base; fe_obj_t value; } fe_cell_t;
fe_obj_t fe_cell_new(fe_obj_t value);

// A Python function.
typedef struct fe_fun {
    fe_objbase_t base;  // &fe_type_function
    fe_code_t *code;
    fe_obj_t globals;     // dict
    fe_obj_t defaults;    // tuple or FE_NULL
    fe_obj_t kwdefaults;  // dict or FE_NULL
    fe_obj_t closure;     // tuple of cells or FE_NULL
    fe_obj_t dict;        // __dict__ or FE_NULL
    fe_obj_t doc;         // FE_NULL: from the code
    fe_obj_t module;      // __module__ if assigned, else FE_NULL: globals' __name__
    fe_obj_t annotations; // __annotations__ dict or FE_NULL (then {} on first access)
    fe_obj_t name_override, qualname_override;
} fe_fun_t;

// One exception block of a running frame.
// FE_BLOCK_ITER marks a `for` loop that owns the generator it iterates (see GET_ITER_OWNED):
// leaving the loop early closes the generator, as CPython's reference counting does.
enum { FE_BLOCK_EXCEPT, FE_BLOCK_FINALLY, FE_BLOCK_WITH, FE_BLOCK_HANDLER, FE_BLOCK_ITER };
typedef struct {
    const uint8_t *handler;
    fe_obj_t *sp;  // stack top to restore before pushing the exception
    uintptr_t kind;
} fe_block_t;

// C-stack bytes of the arrays a frame of this code declares (for fe_stack_reserve).
#define FE_FRAME_BYTES(code) \
    (((code)->n_locals + (code)->max_stack) * sizeof(fe_obj_t) + (code)->max_blocks * sizeof(fe_block_t))

// A frame. For ordinary calls it lives on the C stack of fe_fun_call; generators own one
// in the heap. state[] holds the locals then the value stack.
typedef struct fe_frame {
    const fe_code_t *code;
    const uint8_t *ip;      // the current (or next, when suspended) instruction
    fe_obj_t *sp;           // top of the value stack, when suspended
    fe_block_t *block_top;  // innermost active block; blocks - 1 when none
    fe_block_t *blocks;
    fe_obj_t globals;
    fe_obj_t locals_dict;   // module / class-body namespace, or FE_NULL
    struct fe_frame *prev;  // the calling frame (fe_vm_current chain)
    fe_obj_t *state;
} fe_frame_t;

extern fe_frame_t *fe_vm_current;

// Result kinds of fe_vm_run.
typedef enum { FE_VM_RETURN, FE_VM_YIELD } fe_vm_result_t;
// Runs a frame (prepared with locals bound, ip at the start or at a resume point). If
// throw_exc is not FE_NULL it is raised at the current instruction first. Exceptions not
// handled in the frame propagate (raised) after a traceback entry is added; a generator
// frame then gets ip = NULL (finished) and StopIteration becomes RuntimeError. Callers
// call fe_stack_check() first.
fe_vm_result_t fe_vm_run(fe_frame_t *f, fe_obj_t throw_exc, fe_obj_t *result);
size_t fe_code_line_of(const fe_code_t *code, size_t bc_offset);

// Function creation and argument binding (py/objfun.c).
fe_obj_t fe_fun_new(fe_code_t *code, fe_obj_t globals, fe_obj_t defaults, fe_obj_t kwdefaults, fe_obj_t closure);
fe_obj_t fe_fun_call(fe_obj_t self, size_t n_args, size_t n_kw, const fe_obj_t *args);
// Binds arguments into the first slots of state (the rest of the locals cleared), creates
// cells and copies the closure.
void fe_fun_bind_args(fe_fun_t *fun, size_t n_args, size_t n_kw, const fe_obj_t *args, fe_obj_t *state);
qstr fe_fun_qualname(fe_fun_t *fun);
// Runs a class body function with ns as its locals; returns the __class__ cell or None.
fe_obj_t fe_fun_run_class_body(fe_obj_t fun, fe_obj_t ns);

// Generators (py/objgenerator.c).
fe_obj_t fe_generator_new(fe_fun_t *fun, size_t n_args, size_t n_kw, const fe_obj_t *args);
// Resumes a generator with a value sent or an exception thrown. Returns true and sets *out
// when it yielded; false when it finished (*out = return value).
bool fe_generator_resume(fe_obj_t gen, fe_obj_t send, fe_obj_t throw_exc, fe_obj_t *out);
// Closes a suspended generator the way CPython's finaliser does when the last reference
// goes away (exceptions from it are swallowed). Used when a `for` loop that created the
// generator is left early.
void fe_generator_finalize(fe_obj_t gen);
bool fe_generator_unstarted(fe_obj_t gen);
// For `yield from`: sends into any iterator; same result convention.
bool fe_vm_yield_from_send(fe_obj_t iter, fe_obj_t send, fe_obj_t *out);

// ---- symbol tables (py/scope.c), used by the compiler ---------------------------------
enum { FE_SCOPE_MODULE, FE_SCOPE_CLASS, FE_SCOPE_FUNCTION, FE_SCOPE_LAMBDA, FE_SCOPE_COMPREHENSION };
// How the compiler accesses a name in a scope.
enum {
    FE_SYM_NAME,            // namespace dict (module, class body): LOAD_NAME
    FE_SYM_LOCAL,           // frame slot: LOAD_FAST
    FE_SYM_CELL,            // frame slot holding a cell this scope owns: LOAD_DEREF
    FE_SYM_FREE,            // frame slot holding a cell from the closure: LOAD_DEREF
    FE_SYM_CLASSDEREF,      // class body reading an enclosing function's variable
    FE_SYM_GLOBAL_EXPLICIT, // `global x`: LOAD_GLOBAL
    FE_SYM_GLOBAL_IMPLICIT  // not bound in any function scope: LOAD_GLOBAL
};
// Symbol flags gathered while walking the tree.
#define FE_SYMF_ASSIGNED 0x01
#define FE_SYMF_PARAM 0x02
#define FE_SYMF_GLOBAL 0x04
#define FE_SYMF_NONLOCAL 0x08
#define FE_SYMF_USED 0x10
#define FE_SYMF_CELL 0x20    // captured by an inner scope
#define FE_SYMF_FREE 0x40    // comes from an enclosing scope's cell

typedef struct {
    qstr name;
    uint16_t flags;
    uint8_t kind;      // FE_SYM_*
    uint16_t slot;     // local/cell/free slot (0xffff when none)
    fe_node_t *decl;   // the nonlocal statement declaring it (for error positions)
} fe_symbol_t;

typedef struct fe_scope {
    fe_node_t *node;   // FunctionDef, Lambda, ClassDef, comprehension node, or the root
    struct fe_scope *parent;
    uint8_t kind;
    bool is_generator;
    bool is_async;
    fe_symbol_t *syms;
    size_t n_syms, alloc_syms;
    qstr name, qualname;
    qstr mangle_class;   // innermost enclosing class (itself for a class body), for __private names
    uint16_t n_params;   // slots taken by parameters
    uint16_t n_locals, n_free;
    uint16_t ret_slot;   // functions: temp slot for a return value (0xffff otherwise)
    uint16_t n_posonly, n_pos, n_kwonly;
    uint16_t code_flags;
    struct fe_scope *next;  // all scopes of one compilation, in a list
} fe_scope_t;

// Builds the scopes of a whole tree; returns the root scope (others linked via next).
fe_scope_t *fe_scope_build(fe_node_t *root, qstr filename);
fe_scope_t *fe_scope_find(fe_scope_t *all, fe_node_t *node);
fe_symbol_t *fe_scope_lookup(fe_scope_t *s, qstr name);
// Private name mangling: `__x` inside class C becomes `_C__x`.
qstr fe_scope_mangle(const fe_scope_t *s, qstr name);
fe_obj_t fe_compile_source_line(size_t line);  // text of a line of the source, or None
FE_NORETURN void fe_compile_syntax_error(qstr filename, fe_node_t *node, const char *msg, qstr arg);

#endif
