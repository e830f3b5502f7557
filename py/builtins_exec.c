// py/builtins_exec.c: the builtins that run or import code: eval, exec, compile,
// __import__, and the namespace accessors globals and locals.
#include <string.h>
#include "py/obj.h"
#include "py/builtins.h"

static fe_obj_t builtin_globals(void) {
    return fe_vm_globals();
}
FE_DEFINE_FUN_0(fe_builtin_globals_obj, Q_globals, builtin_globals);

static fe_obj_t builtin_locals(void) {
    return fe_vm_locals();
}
FE_DEFINE_FUN_0(fe_builtin_locals_obj, Q_locals, builtin_locals);

// Source text of a str, bytes or bytearray argument; false for other objects.
static bool source_text(fe_obj_t src, const char **data, size_t *len) {
    if (fe_is_str(src)) {
        *data = fe_str_data(src, len);
        return true;
    }
    if (fe_obj_is_type_ptr(src, &fe_type_bytes) || fe_obj_is_type_ptr(src, &fe_type_bytearray)) {
        *data = fe_bytes_data(src, len);
        return true;
    }
    return false;
}

static fe_obj_t builtin_compile(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q_compile, 7, 0, 6, 3,
        {Q_source, Q_filename, Q_mode, Q_flags, Q_dont_inherit, Q_optimize, Q__feature_version}};
    fe_obj_t a[7];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    if (fe_obj_is_type_ptr(a[0], &fe_type_code)) {
        return a[0];
    }
    const char *src;
    size_t len;
    if (!source_text(a[0], &src, &len)) {
        fe_raise_msg(&fe_type_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    qstr filename;
    if (fe_is_str(a[1])) {
        filename = fe_str_to_qstr(a[1]);
    } else if (fe_obj_is_type_ptr(a[1], &fe_type_bytes)) {
        size_t flen;
        const char *f = fe_bytes_data(a[1], &flen);
        filename = qstr_from_strn(f, flen);
    } else {
        fe_raise_fmt(&fe_type_TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
    }
    if (!fe_is_str(a[2])) {
        fe_raise_fmt(&fe_type_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    }
    size_t mlen;
    const char *mode = fe_str_data(a[2], &mlen);
    fe_compile_mode_t cmode;
    if (mlen == 4 && memcmp(mode, "exec", 4) == 0) {
        cmode = FE_COMPILE_FILE;
    } else if (mlen == 4 && memcmp(mode, "eval", 4) == 0) {
        cmode = FE_COMPILE_EVAL;
    } else if (mlen == 6 && memcmp(mode, "single", 6) == 0) {
        cmode = FE_COMPILE_SINGLE;
    } else {
        fe_raise_msg(&fe_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    return fe_compile(src, len, filename, cmode);
}
FE_DEFINE_FUN_KW(fe_builtin_compile_obj, Q_compile, 0, builtin_compile);

// True if o can serve as a locals mapping (a dict or anything with __getitem__).
static bool is_mapping(fe_obj_t o) {
    if (fe_obj_is_type_ptr(o, &fe_type_dict)) {
        return true;
    }
    return fe_typeof(o)->subscr != NULL;
}

// eval and exec share everything but the compile mode and the result.
static fe_obj_t eval_exec(size_t n_args, const fe_obj_t *args, bool is_eval) {
    qstr name = is_eval ? Q_eval : Q_exec;
    fe_obj_t src = args[0];
    fe_obj_t globals = n_args > 1 ? args[1] : fe_none;
    fe_obj_t locals = n_args > 2 ? args[2] : fe_none;
    if (globals != fe_none && !fe_isinstance(globals, &fe_type_dict)) {
        if (is_eval) {
            fe_raise_msg(&fe_type_TypeError, "globals must be a dict");
        }
        fe_raise_fmt(&fe_type_TypeError, "exec() globals must be a dict, not %T", globals);
    }
    if (locals != fe_none && !is_mapping(locals)) {
        if (is_eval) {
            fe_raise_msg(&fe_type_TypeError, "locals must be a mapping");
        }
        fe_raise_fmt(&fe_type_TypeError, "locals must be a mapping or None, not %T", locals);
    }
    if (globals != fe_none) {
        globals = fe_native_self(globals, &fe_type_dict);  // a dict subclass counts as its dict
    }
    if (globals == fe_none) {
        globals = fe_vm_globals();
        if (locals == fe_none) {
            locals = fe_vm_locals();
        }
    } else if (locals == fe_none) {
        locals = globals;
    }
    // CPython puts the builtins module into a namespace that lacks it
    if (fe_dict_get_maybe(globals, FE_NEW_QSTR(Q___builtins__)) == FE_NULL) {
        fe_dict_store(globals, FE_NEW_QSTR(Q___builtins__), (fe_obj_t)&fe_module_builtins);
    }
    fe_obj_t code;
    if (fe_obj_is_type_ptr(src, &fe_type_code)) {
        code = src;
    } else {
        const char *text;
        size_t len;
        if (!source_text(src, &text, &len)) {
            fe_raise_fmt(&fe_type_TypeError, "%q() arg 1 must be a string, bytes or code object", name);
        }
        if (is_eval) {
            // eval ignores leading blanks (they would be an indentation error)
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        code = fe_compile(text, len, Q_lt_string_gt, is_eval ? FE_COMPILE_EVAL : FE_COMPILE_FILE);
    }
    fe_obj_t result = fe_exec_code(code, globals, locals);
    return is_eval ? result : fe_none;
}

static fe_obj_t builtin_eval(size_t n_args, const fe_obj_t *args) {
    return eval_exec(n_args, args, true);
}
FE_DEFINE_FUN_VAR(fe_builtin_eval_obj, Q_eval, 1, 3, builtin_eval);

// exec(source, globals=None, locals=None, /, *, closure=None); closure is accepted as None only.
static fe_obj_t builtin_exec(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q_exec, 4, 3, 3, 1, {Q_source, Q_globals, Q_locals, Q_closure}};
    fe_obj_t a[4];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    if (a[3] != FE_NULL && a[3] != fe_none) {
        fe_raise_msg(&fe_type_TypeError, "closure can only be used when source is a code object");
    }
    return eval_exec(n_args, args, false);
}
FE_DEFINE_FUN_KW(fe_builtin_exec_obj, Q_exec, 0, builtin_exec);

static fe_obj_t builtin_import(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_builtin_params_t params = {Q___import__, 5, 0, 5, 1,
        {Q_name, Q_globals, Q_locals, Q_fromlist, Q_level}};
    fe_obj_t a[5];
    fe_builtin_unpack(&params, n_args, args, kw, a);
    for (size_t i = 1; i < 4; i++) {
        if (a[i] == FE_NULL) {
            a[i] = fe_none;
        }
    }
    if (a[4] == FE_NULL) {
        a[4] = FE_NEW_SMALL_INT(0);
    }
    if (!fe_is_str(a[0])) {
        fe_raise_msg(&fe_type_TypeError, "module name must be a string");
    }
    fe_int_t level = fe_get_int(a[4]);
    if (level < 0) {
        fe_raise_msg(&fe_type_ValueError, "level must be >= 0");
    }
    size_t len;
    fe_str_data(a[0], &len);
    if (len == 0 && level == 0) {
        fe_raise_msg(&fe_type_ValueError, "Empty module name");
    }
    fe_obj_t fromlist = a[3];
    if (fromlist != fe_none && !fe_is_true(fromlist)) {
        fromlist = fe_none;
    }
    fe_obj_t globals = a[1] == fe_none ? fe_vm_globals() : a[1];
    return fe_import_name(fe_str_to_qstr(a[0]), fromlist, level, globals);
}
FE_DEFINE_FUN_KW(fe_builtin___import___obj, Q___import__, 0, builtin_import);
