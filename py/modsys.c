// py/modsys.c: the sys module. Unlike the other builtin modules it lives in the heap,
// because path, argv and modules are objects the program changes (and may rebind:
// sys.stdout = ...). fe_modsys_init() builds it at start-up; import finds it through
// fe_state.sys_module. The console streams sys.stdin/stdout/stderr and their binary
// `.buffer` twins are const objects over the port's console hooks.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "py/unicode.h"

#ifndef FE_PORT_PLATFORM
#define FE_PORT_PLATFORM "unknown"
#endif

// ---- console streams ----------------------------------------------------------------

typedef struct stdio_obj {
    fe_objbase_t base;
    uint8_t fd;                      // 0 stdin, 1 stdout, 2 stderr
    const struct stdio_obj *buffer;  // the binary stream over the same fd (text streams)
} stdio_obj_t;

extern const fe_type_t fe_type_textio, fe_type_bufferedio;

static bool stdio_is_binary(const stdio_obj_t *s) {
    return s->base.type == &fe_type_bufferedio;
}

static FE_NORETURN void not_supported(const char *what) {
    fe_raise_fmt(&fe_type_OSError, "not %s", what);
}

static fe_obj_t stdio_write(fe_obj_t self, fe_obj_t data) {
    const stdio_obj_t *s = self;
    if (s->fd == 0) {
        not_supported("writable");
    }
    const char *buf;
    size_t len, count;
    if (stdio_is_binary(s)) {
        fe_buffer_info_t info;
        if (!fe_get_buffer(data, &info, FE_BUFFER_READ)) {
            fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%T'", data);
        }
        buf = info.buf;
        len = count = info.len;
    } else {
        if (!fe_is_str(data)) {
            fe_raise_fmt(&fe_type_TypeError, "write() argument must be str, not %T", data);
        }
        buf = fe_str_data(data, &len);
        count = fe_utf8_count_chars(buf, len);
    }
    if (s->fd == 1) {
        fe_port_stdout_write(buf, len);
    } else {
        fe_port_stderr_write(buf, len);
    }
    return FE_NEW_SMALL_INT(count);
}
static FE_DEFINE_FUN_2(stdio_write_obj, Q_write, stdio_write);

// Reads up to `limit` code points (bytes for binary streams; -1: no limit), stopping after
// a newline when `line` is set.
static fe_obj_t stdio_read_impl(const stdio_obj_t *s, fe_int_t limit, bool line) {
    if (s->fd != 0) {
        not_supported("readable");
    }
    bool binary = stdio_is_binary(s);
    fe_vstr_t v;
    fe_vstr_init(&v, 16);
    fe_int_t count = 0;
    while (limit < 0 || count < limit) {
        int c = fe_port_stdin_read_char();
        if (c < 0) {
            break;
        }
        fe_vstr_add_byte(&v, (uint8_t)c);
        // a UTF-8 sequence counts once, at its lead byte; finish it before stopping
        if (binary || (c & 0xc0) != 0x80) {
            count++;
        }
        if (!binary && c >= 0xc0) {
            int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            while (extra-- > 0 && (c = fe_port_stdin_read_char()) >= 0) {
                fe_vstr_add_byte(&v, (uint8_t)c);
            }
        }
        if (line && c == '\n') {
            break;
        }
    }
    return binary ? fe_bytes_from_vstr(&v) : fe_str_from_vstr(&v);
}

static fe_int_t size_arg(size_t n_args, const fe_obj_t *args) {
    if (n_args < 2 || args[1] == fe_none) {
        return -1;
    }
    return fe_get_int(args[1]);
}

static fe_obj_t stdio_read(size_t n_args, const fe_obj_t *args) {
    return stdio_read_impl(args[0], size_arg(n_args, args), false);
}
static FE_DEFINE_FUN_VAR(stdio_read_obj, Q_read, 1, 2, stdio_read);

static fe_obj_t stdio_readline(size_t n_args, const fe_obj_t *args) {
    return stdio_read_impl(args[0], size_arg(n_args, args), true);
}
static FE_DEFINE_FUN_VAR(stdio_readline_obj, Q_readline, 1, 2, stdio_readline);

static fe_obj_t stdio_iternext(fe_obj_t self) {
    fe_obj_t line = stdio_read_impl(self, -1, true);
    return fe_len(line) == 0 ? FE_NULL : line;
}

static fe_obj_t stdio_readlines(fe_obj_t self) {
    fe_obj_t list = fe_list_new(0, NULL);
    fe_obj_t line;
    while ((line = stdio_iternext(self)) != FE_NULL) {
        fe_list_append(list, line);
    }
    return list;
}
static FE_DEFINE_FUN_1(stdio_readlines_obj, Q_readlines, stdio_readlines);

static fe_obj_t stdio_flush(fe_obj_t self) {
    return fe_none;
}
static FE_DEFINE_FUN_1(stdio_flush_obj, Q_flush, stdio_flush);

static fe_obj_t stdio_fileno(fe_obj_t self) {
    return FE_NEW_SMALL_INT(((const stdio_obj_t *)self)->fd);
}
static FE_DEFINE_FUN_1(stdio_fileno_obj, Q_fileno, stdio_fileno);

static fe_obj_t stdio_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return self;
}

static const fe_map_elem_t stdio_locals_table[] = {
    {FE_ROM_QSTR(Q_write), FE_ROM_PTR(&stdio_write_obj)},
    {FE_ROM_QSTR(Q_read), FE_ROM_PTR(&stdio_read_obj)},
    {FE_ROM_QSTR(Q_readline), FE_ROM_PTR(&stdio_readline_obj)},
    {FE_ROM_QSTR(Q_readlines), FE_ROM_PTR(&stdio_readlines_obj)},
    {FE_ROM_QSTR(Q_flush), FE_ROM_PTR(&stdio_flush_obj)},
    {FE_ROM_QSTR(Q_fileno), FE_ROM_PTR(&stdio_fileno_obj)},
};
static FE_DEFINE_CONST_DICT(stdio_locals, stdio_locals_table);

static void stdio_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    const stdio_obj_t *s = self;
    if (dest[0] != FE_NULL) {
        return;  // read-only
    }
    if (attr == Q_buffer && s->buffer != NULL) {
        dest[0] = (fe_obj_t)s->buffer;
        return;
    }
    fe_map_elem_t *e = fe_map_lookup((fe_map_t *)&stdio_locals.map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
    if (e != NULL) {
        dest[0] = e->value;
        dest[1] = self;
    }
}

static void stdio_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    const stdio_obj_t *s = self;
    fe_printf(print, "<io.%q %d>", (qstr)s->base.type->name, (int)s->fd);
}

const fe_type_t fe_type_textio = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_TextIOWrapper,
    .print = stdio_print,
    .attr = stdio_attr,
    .getiter = stdio_getiter,
    .iternext = stdio_iternext,
    .locals_dict = (fe_dict_t *)&stdio_locals,
};

const fe_type_t fe_type_bufferedio = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_FileIO,
    .print = stdio_print,
    .attr = stdio_attr,
    .getiter = stdio_getiter,
    .iternext = stdio_iternext,
    .locals_dict = (fe_dict_t *)&stdio_locals,
};

static const stdio_obj_t stdin_buffer_obj = {{&fe_type_bufferedio}, 0, NULL};
static const stdio_obj_t stdout_buffer_obj = {{&fe_type_bufferedio}, 1, NULL};
static const stdio_obj_t stderr_buffer_obj = {{&fe_type_bufferedio}, 2, NULL};
static const stdio_obj_t stdin_obj = {{&fe_type_textio}, 0, &stdin_buffer_obj};
static const stdio_obj_t stdout_obj = {{&fe_type_textio}, 1, &stdout_buffer_obj};
static const stdio_obj_t stderr_obj = {{&fe_type_textio}, 2, &stderr_buffer_obj};

// ---- functions ----------------------------------------------------------------------

// sys.exit(None) is sys.exit(): SystemExit with no arguments, as in CPython.
static fe_obj_t sys_exit(size_t n_args, const fe_obj_t *args) {
    if (n_args == 1 && args[0] == fe_none) {
        n_args = 0;
    }
    fe_raise(fe_exc_new(&fe_type_SystemExit, n_args, args));
}
static FE_DEFINE_FUN_VAR(sys_exit_obj, Q_exit, 0, 1, sys_exit);

// A printer that sends text to a Python object's write() method.
static void write_to_object(void *data, const char *s, size_t len) {
    fe_obj_t m[3];
    fe_load_method((fe_obj_t)data, Q_write, m);
    m[2] = fe_str_new(s, len);
    fe_call_method(1, 0, m);
}

// Where printing to the Python stream `file` goes (None or missing: sys.stdout).
static void print_to_stream(fe_obj_t file, fe_print_t *print) {
    if (file == FE_NULL || file == fe_none || file == (fe_obj_t)&stdout_obj) {
        *print = fe_print_stdout;
    } else if (file == (fe_obj_t)&stderr_obj) {
        *print = fe_print_stderr;
    } else {
        print->data = file;
        print->write = write_to_object;
    }
}

static fe_obj_t sys_print_exception(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_exc, FE_ARG_REQUIRED | FE_ARG_OBJ, FE_NULL},
        {Q_file, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
    };
    fe_obj_t a[2];
    fe_parse_args(n_args, args, kw, 2, spec, a);
    if (!fe_is_exception_instance(a[0])) {
        fe_raise_msg(&fe_type_TypeError, "print_exception() argument must be an exception");
    }
    fe_obj_t file = a[1];
    if (file == fe_none && fe_state.sys_module != FE_NULL) {
        file = fe_load_attr(fe_state.sys_module, Q_stdout);
    }
    fe_print_t print;
    print_to_stream(file, &print);
    fe_print_exception(&print, a[0]);
    return fe_none;
}
static FE_DEFINE_FUN_KW(sys_print_exception_obj, Q_print_exception, 1, sys_print_exception);

static fe_obj_t sys_exc_info(void) {
    fe_obj_t exc = fe_state.current_exc;
    fe_obj_t items[3] = {fe_none, fe_none, fe_none};
    if (exc != FE_NULL) {
        items[0] = (fe_obj_t)fe_typeof(exc);
        items[1] = exc;
    }
    return fe_tuple_new(3, items);
}
static FE_DEFINE_FUN_0(sys_exc_info_obj, Q_exc_info, sys_exc_info);

static fe_obj_t sys_intern(fe_obj_t s) {
    if (!fe_is_str(s)) {
        fe_raise_fmt(&fe_type_TypeError, "intern() argument must be str, not %T", s);
    }
    return FE_NEW_QSTR(fe_str_to_qstr(s));
}
static FE_DEFINE_FUN_1(sys_intern_obj, Q_intern, sys_intern);

static fe_obj_t sys_getrecursionlimit(void) {
    return FE_NEW_SMALL_INT(FE_MAX_CALL_DEPTH);
}
static FE_DEFINE_FUN_0(sys_getrecursionlimit_obj, Q_getrecursionlimit, sys_getrecursionlimit);

// ---- sys.implementation -------------------------------------------------------------

static const struct { fe_objbase_t base; size_t len; fe_obj_t items[3]; } impl_version = {
    {&fe_type_tuple}, 3, {FE_ROM_INT(0), FE_ROM_INT(1), FE_ROM_INT(0)}};

static void impl_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;
    }
    if (attr == Q_name) {
        dest[0] = FE_NEW_QSTR(Q_ferrite);
    } else if (attr == Q_version) {
        dest[0] = (fe_obj_t)&impl_version;
    }
}

static void impl_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_printf(print, "namespace(name='ferrite', version=%r)", (fe_obj_t)&impl_version);
}

static const fe_type_t impl_type = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_SimpleNamespace,
    .print = impl_print,
    .attr = impl_attr,
};
static const fe_objbase_t impl_obj = {&impl_type};

// ---- the module -----------------------------------------------------------------------

static const fe_map_elem_t sys_const_table[] = {
    {FE_ROM_QSTR(Q_stdin), FE_ROM_PTR(&stdin_obj)},
    {FE_ROM_QSTR(Q_stdout), FE_ROM_PTR(&stdout_obj)},
    {FE_ROM_QSTR(Q_stderr), FE_ROM_PTR(&stderr_obj)},
    {FE_ROM_QSTR(Q___stdin__), FE_ROM_PTR(&stdin_obj)},
    {FE_ROM_QSTR(Q___stdout__), FE_ROM_PTR(&stdout_obj)},
    {FE_ROM_QSTR(Q___stderr__), FE_ROM_PTR(&stderr_obj)},
    {FE_ROM_QSTR(Q_exit), FE_ROM_PTR(&sys_exit_obj)},
    {FE_ROM_QSTR(Q_print_exception), FE_ROM_PTR(&sys_print_exception_obj)},
    {FE_ROM_QSTR(Q_exc_info), FE_ROM_PTR(&sys_exc_info_obj)},
    {FE_ROM_QSTR(Q_intern), FE_ROM_PTR(&sys_intern_obj)},
    {FE_ROM_QSTR(Q_getrecursionlimit), FE_ROM_PTR(&sys_getrecursionlimit_obj)},
    {FE_ROM_QSTR(Q_implementation), FE_ROM_PTR(&impl_obj)},
};

void fe_modsys_init(void) {
    fe_obj_t mod = fe_module_new(Q_sys);
    fe_state.sys_module = mod;
    fe_obj_t g = (fe_obj_t)((fe_module_t *)mod)->globals;
    for (size_t i = 0; i < FE_ARRAY_SIZE(sys_const_table); i++) {
        fe_dict_store(g, sys_const_table[i].key, sys_const_table[i].value);
    }
    fe_dict_store(g, FE_NEW_QSTR(Q_path), fe_state.sys_path);
    fe_dict_store(g, FE_NEW_QSTR(Q_argv), fe_state.sys_argv);
    fe_dict_store(g, FE_NEW_QSTR(Q_modules), fe_state.modules);
    fe_dict_store(g, FE_NEW_QSTR(Q_platform), fe_str_new_cstr(FE_PORT_PLATFORM));
    uint16_t probe = 1;
    fe_dict_store(g, FE_NEW_QSTR(Q_byteorder),
        FE_NEW_QSTR(*(uint8_t *)&probe == 1 ? Q_little : Q_big));
    fe_dict_store(g, FE_NEW_QSTR(Q_maxsize), fe_int_from_int(INTPTR_MAX));
    fe_dict_store(g, FE_NEW_QSTR(Q_version), fe_str_new_cstr("3.8.0; Ferrite 0.1.0"));
    fe_obj_t vi[3] = {FE_NEW_SMALL_INT(3), FE_NEW_SMALL_INT(8), FE_NEW_SMALL_INT(0)};
    fe_dict_store(g, FE_NEW_QSTR(Q_version_info), fe_tuple_new(3, vi));
    fe_dict_store(fe_state.modules, FE_NEW_QSTR(Q_sys), mod);
}
