// py/builtins.h: the builtin function objects defined across py/modbuiltins.c and
// py/builtins_*.c, for the builtins module's table. Internal to those files (and py/vm.c).
#ifndef FE_PY_BUILTINS_H
#define FE_PY_BUILTINS_H

#include "py/obj.h"

// py/modbuiltins.c: ascii(o), also the !a conversion of f-strings (py/vm.c)
fe_obj_t fe_builtin_ascii(fe_obj_t o);
// py/builtins_io.c
extern const fe_builtin_fun_t fe_builtin_print_obj, fe_builtin_input_obj;
// py/builtins_exec.c
extern const fe_builtin_fun_t fe_builtin_eval_obj, fe_builtin_exec_obj, fe_builtin_compile_obj,
    fe_builtin___import___obj, fe_builtin_globals_obj, fe_builtin_locals_obj;
// py/builtins_introspect.c
extern const fe_builtin_fun_t fe_builtin_dir_obj, fe_builtin_vars_obj, fe_builtin_help_obj;

// py/objexception.c: exception types only user code raises
extern const fe_type_t fe_type_SystemError,
    fe_type_ReferenceError,
    fe_type_BlockingIOError,
    fe_type_ChildProcessError,
    fe_type_ConnectionError,
    fe_type_BrokenPipeError,
    fe_type_ConnectionAbortedError,
    fe_type_ConnectionRefusedError,
    fe_type_ConnectionResetError,
    fe_type_FileExistsError,
    fe_type_FileNotFoundError,
    fe_type_InterruptedError,
    fe_type_IsADirectoryError,
    fe_type_NotADirectoryError,
    fe_type_PermissionError,
    fe_type_ProcessLookupError,
    fe_type_TimeoutError,
    fe_type_UnicodeTranslateError,
    fe_type_EncodingWarning;

// Keyword-argument helpers for FE_FUN_KW builtins: the value of keyword `name` (FE_NULL if
// absent); and a check that every keyword given is one of `names` (a Q_NULL-terminated
// list), raising CPython's "'x' is an invalid keyword argument for f()" otherwise.
fe_obj_t fe_builtin_kw_get(fe_map_t *kw, qstr name);
void fe_builtin_kw_check(fe_map_t *kw, const uint16_t *names, qstr fun_name);

// Unpacks arguments as CPython's Argument Clinic does, with its error messages. The
// function `fname` has n_params parameters `names`: the first n_posonly positional-only,
// the first max_pos accept positions, the first min_req are required. out[i] is the value
// or FE_NULL when not given.
typedef struct {
    uint16_t fname;
    uint8_t n_params, n_posonly, max_pos, min_req;
    uint16_t names[7];
} fe_builtin_params_t;
void fe_builtin_unpack(const fe_builtin_params_t *p, size_t n_args, const fe_obj_t *args, fe_map_t *kw,
    fe_obj_t *out);

// True if o is a type object (builtin type, user class, or instance of a metaclass).
bool fe_builtin_is_type(fe_obj_t o);

#endif
