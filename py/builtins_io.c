// py/builtins_io.c: print() and input(), the console builtins.
//
// print writes straight to the console (fe_print_stdout) unless file= is given, in which
// case each piece goes through file.write(str) as CPython does. input reads bytes from the
// port until a newline.
#include "py/obj.h"
#include "py/port.h"
#include "py/builtins.h"

// sep/end: None means the default; anything else must be a str.
static fe_obj_t str_or_none_kw(fe_map_t *kw, qstr name) {
    fe_obj_t v = fe_builtin_kw_get(kw, name);
    if (v == FE_NULL || v == fe_none) {
        return FE_NULL;
    }
    if (!fe_is_str(v)) {
        fe_raise_fmt(&fe_type_TypeError, "%q must be None or a string, not %T", name, v);
    }
    return v;
}

static void write_to_file(fe_obj_t *write, fe_obj_t s) {
    write[2] = s;
    fe_call_method(1, 0, write);
}

// An attribute of the sys module (FE_NULL if absent): print follows `sys.stdout = ...`.
static fe_obj_t sys_attr(qstr name) {
    if (fe_state.sys_module == FE_NULL) {
        return FE_NULL;
    }
    fe_module_t *m = fe_state.sys_module;
    fe_map_elem_t *el = fe_map_lookup(&m->globals->map, FE_NEW_QSTR(name), FE_MAP_LOOKUP);
    return el ? el->value : FE_NULL;
}

// Writes str(o) to a console printer. Anything whose str() may fail halfway (a container
// holding an object with a bad __repr__) is built completely first, so that nothing of it
// appears when it raises (CPython writes each argument's str() whole).
static void print_arg(const fe_print_t *out, fe_obj_t o) {
    if (FE_IS_SMALL_INT(o) || fe_is_str(o)) {
        fe_print_obj(out, o, FE_PRINT_STR);
        return;
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    fe_print_t to_vstr;
    fe_vstr_print_init(&v, &to_vstr);
    fe_print_obj(&to_vstr, o, FE_PRINT_STR);
    fe_print_strn(out, v.buf, v.len);
}

static fe_obj_t builtin_print(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const uint16_t names[] = {Q_sep, Q_end, Q_file, Q_flush, Q_NULL};
    fe_builtin_kw_check(kw, names, Q_print);
    fe_obj_t sep = str_or_none_kw(kw, Q_sep);
    fe_obj_t end = str_or_none_kw(kw, Q_end);
    fe_obj_t file = fe_builtin_kw_get(kw, Q_file);
    fe_obj_t flush = fe_builtin_kw_get(kw, Q_flush);
    if (file == FE_NULL || file == fe_none) {
        file = sys_attr(Q_stdout);
    }
    // the console streams are written directly, anything else through its write()
    const fe_print_t *out = NULL;
    if (file == FE_NULL || file == fe_none || file == sys_attr(Q___stdout__)) {
        out = &fe_print_stdout;
    } else if (file == sys_attr(Q___stderr__)) {
        out = &fe_print_stderr;
    }
    if (out != NULL) {
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                if (sep == FE_NULL) {
                    fe_print_strn(out, " ", 1);
                } else {
                    fe_print_obj(out, sep, FE_PRINT_STR);
                }
            }
            print_arg(out, args[i]);
        }
        if (end == FE_NULL) {
            fe_print_strn(out, "\n", 1);
        } else {
            fe_print_obj(out, end, FE_PRINT_STR);
        }
        if (flush != FE_NULL && fe_is_true(flush) && file != FE_NULL && file != fe_none) {
            fe_obj_t fl[2];
            fe_load_method_maybe(file, Q_flush, fl);
            if (fl[0] != FE_NULL) {
                fe_call_method(0, 0, fl);
            }
        }
        return fe_none;
    }
    fe_obj_t write[3];
    fe_load_method(file, Q_write, write);
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            write_to_file(write, sep == FE_NULL ? FE_NEW_QSTR(Q_space) : sep);
        }
        write_to_file(write, fe_str(args[i]));
    }
    write_to_file(write, end == FE_NULL ? FE_NEW_QSTR(Q_lf) : end);
    if (flush != FE_NULL && fe_is_true(flush)) {
        fe_obj_t fl[2];
        fe_load_method_maybe(file, Q_flush, fl);
        if (fl[0] != FE_NULL) {
            fe_call_method(0, 0, fl);
        }
    }
    return fe_none;
}
FE_DEFINE_FUN_KW(fe_builtin_print_obj, Q_print, 0, builtin_print);

static fe_obj_t builtin_input(size_t n_args, const fe_obj_t *args) {
    if (n_args == 1) {
        // the prompt goes where print() would send it
        fe_obj_t out = sys_attr(Q_stdout);
        if (out == FE_NULL || out == fe_none || out == sys_attr(Q___stdout__)) {
            fe_print_obj(&fe_print_stdout, args[0], FE_PRINT_STR);
        } else {
            fe_obj_t write[3];
            fe_load_method(out, Q_write, write);
            write_to_file(write, fe_str(args[0]));
        }
    }
    fe_vstr_t line;
    fe_vstr_init(&line, 32);
    for (;;) {
        int c = fe_port_stdin_read_char();
        if (c < 0) {
            if (line.len == 0) {
                fe_raise_msg(&fe_type_EOFError, "EOF when reading a line");
            }
            break;
        }
        if (c == '\n') {
            break;
        }
        fe_vstr_add_byte(&line, (uint8_t)c);
    }
    if (line.len > 0 && line.buf[line.len - 1] == '\r') {
        line.len--;
    }
    return fe_str_from_vstr(&line);
}
FE_DEFINE_FUN_VAR(fe_builtin_input_obj, Q_input, 0, 1, builtin_input);
