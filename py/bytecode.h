// py/bytecode.h: the bytecode instruction set, defined once as an X-macro.
//
// Encoding. An instruction is a 1-byte opcode followed by its operands:
//   NONE   no operand
//   UINT   one unsigned varint (LEB128: 7 bits per byte, low group first, top bit = more)
//   SINT   one signed varint (zig-zag mapped, then as UINT)
//   JUMP   a 3-byte little-endian signed offset relative to the end of the instruction
//          (fixed width, so jumps can be patched in place; +-8 MB reach)
//   UINT2  two unsigned varints (e.g. positional and keyword argument counts)
// Varint operands index the code object's tables: consts (LOAD_CONST), names (LOAD_NAME,
// LOAD_GLOBAL, LOAD_ATTR, ...) and local slots (LOAD_FAST, LOAD_DEREF ...), so bytecode
// holds no pointers and no qstr numbers: it is position independent and can be written to
// and read from a .mpy file together with the tables.
//
// Code object layout (struct fe_code in py/engine.h):
//   bytecode, bc_len       the instructions
//   consts[n_consts]       objects: ints, floats, strs, bytes, tuples, nested code objects
//   names[n_names]         qstrs used by name/attribute/import instructions
//   local_names[n_locals]  qstr of each local slot (for errors and locals())
//   n_posonly, n_pos, n_kwonly, flags (FE_CODE_FLAG_*)
//   n_locals               slots: parameters first (positional, kw-only, *args, **kw), then
//                          other locals and cells, then the free variables (last n_free)
//   cell_slots[n_cells]    slots that hold a closure cell (created on frame entry)
//   n_free                 the last n_free slots are filled from the function's closure
//   max_stack, max_blocks  value-stack and block-stack sizes of a frame
//   line_table             pairs of varints (bytecode offset delta, zig-zag line delta)
//   name, qualname, filename (qstrs), first_line
//   global_cache           run-time only (not serialised): one entry per name, filled by
//                          LOAD_GLOBAL on first use
//
// Frame layout while running (py/vm.c): state[] = locals (n_locals) then the value stack
// (max_stack); a separate array of max_blocks blocks (try/with handlers, loops owning a
// generator). A `for` loop keeps FE_BC_ITER_SLOTS stack slots: a FE_ITER_BUF_WORDS
// iterator buffer (builtin iterators may live in it) then the iterator.
//
// Exceptions: SETUP_EXCEPT/SETUP_FINALLY/SETUP_WITH push a block recording the handler and
// the stack depth. When an exception reaches the frame, the innermost block becomes a
// HANDLER block, the stack is cut back to its depth and [saved exception context,
// exception] are pushed before jumping to the handler; POP_EXCEPT ends the handler and
// restores the context. `finally` bodies are duplicated by the compiler on every exit path,
// so there is no pending-return state in the VM.
#ifndef FE_PY_BYTECODE_H
#define FE_PY_BYTECODE_H

#include "py/obj.h"

#define FE_BC_ITER_SLOTS (FE_ITER_BUF_WORDS + 1)

// Stack effects marked VAR are computed by fe_bc_stack_effect() from the operand.
#define FE_BC_VAR 100

// X(name, operand kind, stack effect)
#define FE_BYTECODES(X) \
    X(NOP,               NONE, 0) \
    X(LOAD_CONST,        UINT, 1) \
    X(LOAD_SMALL_INT,    SINT, 1) \
    X(LOAD_NONE,         NONE, 1) \
    X(LOAD_TRUE,         NONE, 1) \
    X(LOAD_FALSE,        NONE, 1) \
    X(LOAD_FAST,         UINT, 1) \
    X(STORE_FAST,        UINT, -1) \
    X(DELETE_FAST,       UINT, 0) \
    X(LOAD_DEREF,        UINT, 1) \
    X(STORE_DEREF,       UINT, -1) \
    X(DELETE_DEREF,      UINT, 0) \
    X(LOAD_CLOSURE,      UINT, 1) \
    X(LOAD_CLASSDEREF,   UINT2, 1)  /* slot, name: class body reading a free variable */ \
    X(LOAD_NAME,         UINT, 1) \
    X(STORE_NAME,        UINT, -1) \
    X(DELETE_NAME,       UINT, 0) \
    X(LOAD_GLOBAL,       UINT, 1) \
    X(STORE_GLOBAL,      UINT, -1) \
    X(DELETE_GLOBAL,     UINT, 0) \
    X(LOAD_ATTR,         UINT, 0) \
    X(STORE_ATTR,        UINT, -2)  /* TOS obj, TOS1 value */ \
    X(DELETE_ATTR,       UINT, -1) \
    X(LOAD_METHOD,       UINT, 1)   /* obj -> method, self|NULL */ \
    X(LOAD_SUBSCR,       NONE, -1) \
    X(STORE_SUBSCR,      NONE, -3)  /* TOS index, TOS1 container, TOS2 value */ \
    X(DELETE_SUBSCR,     NONE, -2) \
    X(POP_TOP,           NONE, -1) \
    X(DUP_TOP,           NONE, 1) \
    X(DUP_TOP_TWO,       NONE, 2) \
    X(ROT_TWO,           NONE, 0) \
    X(ROT_THREE,         NONE, 0) \
    X(UNARY_OP,          UINT, 0)   /* fe_unary_op_t */ \
    X(UNARY_NOT,         NONE, 0) \
    X(BINARY_OP,         UINT, -1)  /* fe_binary_op_t */ \
    X(BINARY_ADD,        NONE, -1) \
    X(BINARY_SUBTRACT,   NONE, -1) \
    X(BINARY_MULTIPLY,   NONE, -1) \
    X(BINARY_MODULO,     NONE, -1) \
    X(BINARY_FLOOR_DIVIDE, NONE, -1) \
    X(BINARY_AND,        NONE, -1) \
    X(INPLACE_ADD,       NONE, -1) \
    X(INPLACE_SUBTRACT,  NONE, -1) \
    X(COMPARE_LESS,      NONE, -1) \
    X(COMPARE_MORE,      NONE, -1) \
    X(COMPARE_EQUAL,     NONE, -1) \
    X(COMPARE_LESS_EQUAL, NONE, -1) \
    X(COMPARE_MORE_EQUAL, NONE, -1) \
    X(COMPARE_NOT_EQUAL, NONE, -1) \
    X(IS_OP,             UINT, -1)  /* 0 is, 1 is not */ \
    X(JUMP,              JUMP, 0) \
    X(POP_JUMP_IF_FALSE, JUMP, -1) \
    X(POP_JUMP_IF_TRUE,  JUMP, -1) \
    X(JUMP_IF_FALSE_OR_POP, JUMP, -1) /* effect on the fall-through path */ \
    X(JUMP_IF_TRUE_OR_POP, JUMP, -1) \
    X(GET_ITER,          NONE, FE_BC_ITER_SLOTS - 1) /* obj -> iter buffer + iterator */ \
    X(GET_ITER_HEAP,     NONE, 0)   /* obj -> iterator object (for comprehension args) */ \
    X(GET_ITER_OWNED,    NONE, FE_BC_ITER_SLOTS - 1) /* as GET_ITER; a new generator is closed at POP_ITER */ \
    X(FOR_ITER,          JUMP, 1)   /* push next item, or pop the loop slots and jump */ \
    X(POP_ITER,          NONE, -FE_BC_ITER_SLOTS) \
    X(BUILD_TUPLE,       UINT, FE_BC_VAR) \
    X(BUILD_LIST,        UINT, FE_BC_VAR) \
    X(BUILD_SET,         UINT, FE_BC_VAR) \
    X(BUILD_MAP,         UINT, 1)   /* empty dict with room for n */ \
    X(BUILD_SLICE,       UINT, FE_BC_VAR) \
    X(BUILD_STRING,      UINT, FE_BC_VAR) \
    X(LIST_APPEND,       UINT, -1)  /* append TOS to the list at sp[-n] (after the pop) */ \
    X(LIST_EXTEND,       UINT, -1) \
    X(LIST_EXTEND_ARGS,  NONE, -1)  /* f(*x): extend the list at TOS1; the function is below it */ \
    X(SET_ADD,           UINT, -1) \
    X(SET_UPDATE,        UINT, -1) \
    X(MAP_ADD,           UINT, -2)  /* TOS value, TOS1 key */ \
    X(DICT_UPDATE,       UINT, -1) \
    X(DICT_MERGE,        UINT, -1)  /* as DICT_UPDATE but duplicate keys are a TypeError */ \
    X(LIST_TO_TUPLE,     NONE, 0) \
    X(UNPACK_SEQUENCE,   UINT, FE_BC_VAR) \
    X(UNPACK_EX,         UINT2, FE_BC_VAR) /* before, after */ \
    X(CALL_FUNCTION,     UINT2, FE_BC_VAR) /* n_pos, n_kw: fun, args, (name, value) pairs */ \
    X(CALL_METHOD,       UINT2, FE_BC_VAR) /* method, self|NULL, args, pairs */ \
    X(CALL_FUNCTION_EX,  NONE, -2)  /* fun, list of positionals, dict of keywords */ \
    X(MAKE_FUNCTION,     UINT, FE_BC_VAR) /* flags 1 defaults, 2 kwdefaults, 8 annotations, 4 closure (pushed in that order); TOS code */ \
    X(RETURN_VALUE,      NONE, -1) \
    X(YIELD_VALUE,       NONE, 0) \
    X(GET_YIELD_FROM_ITER, NONE, 0) \
    X(YIELD_FROM,        NONE, -1)  /* iter, sent value -> result */ \
    X(RAISE_VARARGS,     UINT, FE_BC_VAR) \
    X(RAISE_ASSERT,      UINT, FE_BC_VAR) /* 1: message on the stack */ \
    X(SETUP_EXCEPT,      JUMP, 0) \
    X(SETUP_FINALLY,     JUMP, 0) \
    X(SETUP_WITH,        JUMP, 2)   /* mgr -> exit method, self, enter result */ \
    X(POP_BLOCK,         NONE, 0) \
    X(POP_EXCEPT,        NONE, -2)  /* pops exception and saved context, ends a handler */ \
    X(RERAISE,           NONE, -1) \
    X(JUMP_IF_NOT_EXC_MATCH, JUMP, -1) /* TOS type, TOS1 exception; pops the type */ \
    X(WITH_EXIT,         NONE, -2)  /* normal exit: calls __exit__(None, None, None) */ \
    X(WITH_EXCEPT,       NONE, 0)   /* handler: __exit__(type, exc, None); reraise if false */ \
    X(IMPORT_NAME,       UINT, -1)  /* level, fromlist -> module */ \
    X(IMPORT_FROM,       UINT, 1) \
    X(IMPORT_STAR,       NONE, -1) \
    X(LOAD_BUILD_CLASS,  NONE, 1) \
    X(FORMAT_VALUE,      UINT, FE_BC_VAR) /* bits 0-1 conversion (none s r a), bit 2 spec */ \
    X(PRINT_EXPR,        NONE, -1) \
    X(SETUP_ANNOTATIONS, NONE, 0)

typedef enum {
#define FE_BC_ENUM(name, kind, effect) FE_BC_##name,
    FE_BYTECODES(FE_BC_ENUM)
#undef FE_BC_ENUM
    FE_BC_NUM_OPCODES
} fe_bytecode_t;

typedef enum { FE_BC_OPERAND_NONE, FE_BC_OPERAND_UINT, FE_BC_OPERAND_SINT, FE_BC_OPERAND_JUMP, FE_BC_OPERAND_UINT2 } fe_bc_operand_kind_t;

extern const uint8_t fe_bc_operand_kind[FE_BC_NUM_OPCODES];
extern const int8_t fe_bc_fixed_effect[FE_BC_NUM_OPCODES];

// Stack effect of an instruction with the given operands (a, b: the varints).
int fe_bc_stack_effect(int op, size_t a, size_t b);

// Varint decoding helpers (shared by the VM, the line table and the disassembler).
static inline size_t fe_bc_read_uint(const uint8_t **pip) {
    const uint8_t *ip = *pip;
    size_t v = *ip++;
    if (FE_UNLIKELY(v & 0x80)) {
        v &= 0x7f;
        unsigned shift = 7;
        uint8_t b;
        do {
            b = *ip++;
            v |= (size_t)(b & 0x7f) << shift;
            shift += 7;
        } while (b & 0x80);
    }
    *pip = ip;
    return v;
}
static inline fe_int_t fe_bc_read_sint(const uint8_t **pip) {
    size_t u = fe_bc_read_uint(pip);
    return (fe_int_t)(u >> 1) ^ -(fe_int_t)(u & 1);
}
#define FE_BC_JUMP_BYTES 3
#define FE_BC_JUMP_MAX 0x7fffff
static inline int fe_bc_read_jump(const uint8_t **pip) {
    const uint8_t *ip = *pip;
    uint32_t u = (uint32_t)ip[0] | ((uint32_t)ip[1] << 8) | ((uint32_t)ip[2] << 16);
    *pip = ip + FE_BC_JUMP_BYTES;
    return (int)(u ^ 0x800000) - 0x800000;  // sign-extend 24 bits
}

#ifdef FE_DEBUG_DISASM
void fe_bc_disassemble(const fe_print_t *print, fe_obj_t code);
#endif

#endif
