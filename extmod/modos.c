// extmod/modos.c: the os module (also uos), a subset of CPython's: folders, files' metadata,
// urandom, uname, getenv and MicroPython's dupterm. Every OS call goes through the port
// hooks of py/port.h; only ports with a filesystem (FE_PORT_HAS_FILES) have this module.
//
// os.stat() and os.statvfs() return attrtuples printing as CPython's stat_result and
// statvfs_result; tuple(os.stat(p)) is the 10 ints host tools expect. ilistdir() yields
// (name, type, inode, size) with type 0x4000 for folders and 0x8000 for files.
// dupterm(stream): the console's duplicate; this core only stores it (in
// fe_state.roots[FE_ROOT_DUPTERM]) and returns the previous one: on unix the console is the
// process's stdin/stdout and nothing reads or writes the stored stream.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "extmod/libutil.h"

#ifndef FE_PORT_HAS_FILES
#define FE_PORT_HAS_FILES 0
#endif

#if FE_PORT_HAS_FILES

#define FE_ROOT_DUPTERM 15  // the slot of fe_state.roots holding os.dupterm's stream

// A path argument as a NUL-terminated copy.
static const char *path_arg(fe_obj_t o) {
    if (!fe_is_str(o)) {
        fe_raise_fmt(&fe_type_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    }
    size_t len;
    const char *s = fe_str_data(o, &len);
    if (memchr(s, 0, len) != NULL) {
        fe_raise_msg(&fe_type_ValueError, "embedded null byte");
    }
    char *copy = fe_alloc(len + 1);
    memcpy(copy, s, len);
    return copy;
}

static void check(int r) {
    fe_lib_check(r);
}

// ---- listing ----------------------------------------------------------------------------

typedef struct {
    fe_obj_t list;
    bool tuples;
} listing_t;

static void add_entry(void *ctx, const char *name, int type, uint64_t ino, int64_t size) {
    listing_t *l = ctx;
    fe_obj_t n = fe_str_new_cstr(name);
    if (l->tuples) {
        fe_obj_t items[4] = {n, FE_NEW_SMALL_INT(type), fe_int_from_ull(ino), fe_int_from_ll(size)};
        n = fe_tuple_new(4, items);
    }
    fe_list_append(l->list, n);
}

// ilistdir('') lists the current folder, as on MicroPython boards (host tools send it);
// listdir('') fails as in CPython.
static fe_obj_t do_listdir(size_t n_args, const fe_obj_t *args, bool tuples) {
    const char *path = n_args > 0 && args[0] != fe_none ? path_arg(args[0]) : ".";
    if (tuples && path[0] == 0) {
        path = ".";
    }
    listing_t l = {fe_list_new(0, NULL), tuples};
    check(fe_port_listdir(path, add_entry, &l));
    return l.list;
}

static fe_obj_t os_listdir(size_t n_args, const fe_obj_t *args) {
    return do_listdir(n_args, args, false);
}
static FE_DEFINE_FUN_VAR(os_listdir_obj, Q_listdir, 0, 1, os_listdir);

static fe_obj_t os_ilistdir(size_t n_args, const fe_obj_t *args) {
    return fe_getiter(do_listdir(n_args, args, true), NULL);
}
static FE_DEFINE_FUN_VAR(os_ilistdir_obj, Q_ilistdir, 0, 1, os_ilistdir);

// ---- changing the filesystem -------------------------------------------------------------

static fe_obj_t os_mkdir(size_t n_args, const fe_obj_t *args) {
    if (n_args > 1) {
        fe_get_int(args[1]);  // mode: accepted, the port uses 0777 & ~umask
    }
    check(fe_port_mkdir(path_arg(args[0])));
    return fe_none;
}
static FE_DEFINE_FUN_VAR(os_mkdir_obj, Q_mkdir, 1, 2, os_mkdir);

static fe_obj_t os_rmdir(fe_obj_t path) {
    check(fe_port_rmdir(path_arg(path)));
    return fe_none;
}
static FE_DEFINE_FUN_1(os_rmdir_obj, Q_rmdir, os_rmdir);

static fe_obj_t os_remove(fe_obj_t path) {
    check(fe_port_remove(path_arg(path)));
    return fe_none;
}
static FE_DEFINE_FUN_1(os_remove_obj, Q_remove, os_remove);

static fe_obj_t os_rename(fe_obj_t from, fe_obj_t to) {
    const char *a = path_arg(from);
    check(fe_port_rename(a, path_arg(to)));
    return fe_none;
}
static FE_DEFINE_FUN_2(os_rename_obj, Q_rename, os_rename);

static fe_obj_t os_chdir(fe_obj_t path) {
    check(fe_port_chdir(path_arg(path)));
    return fe_none;
}
static FE_DEFINE_FUN_1(os_chdir_obj, Q_chdir, os_chdir);

static fe_obj_t os_getcwd(void) {
    size_t cap = 256;
    for (;;) {
        char *buf = fe_alloc(cap);
        int r = fe_port_getcwd(buf, cap);
        if (r == 0) {
            return fe_str_new_cstr(buf);
        }
        if (r != -34 || cap > 65536) {  // ERANGE: buffer too small
            check(r);
        }
        cap *= 4;
    }
}
static FE_DEFINE_FUN_0(os_getcwd_obj, Q_getcwd, os_getcwd);

// ---- metadata -----------------------------------------------------------------------------

static const uint16_t stat_fields[] = {
    Q_st_mode, Q_st_ino, Q_st_dev, Q_st_nlink, Q_st_uid, Q_st_gid, Q_st_size, Q_st_atime,
    Q_st_mtime, Q_st_ctime,
};
static const fe_attrtuple_desc_t stat_desc = {"os.stat_result", 10, stat_fields};
static FE_DEFINE_ATTRTUPLE_TYPE(stat_result_type, Q_stat_result, stat_desc);

static const uint16_t statvfs_fields[] = {
    Q_f_bsize, Q_f_frsize, Q_f_blocks, Q_f_bfree, Q_f_bavail, Q_f_files, Q_f_ffree,
    Q_f_favail, Q_f_flag, Q_f_namemax,
};
static const fe_attrtuple_desc_t statvfs_desc = {"os.statvfs_result", 10, statvfs_fields};
static FE_DEFINE_ATTRTUPLE_TYPE(statvfs_result_type, Q_statvfs_result, statvfs_desc);

static fe_obj_t ints_attrtuple(const fe_type_t *type, const int64_t v[10]) {
    fe_obj_t items[10];
    for (int i = 0; i < 10; i++) {
        items[i] = fe_int_from_ll(v[i]);
    }
    return fe_attrtuple_new(type, 10, items);
}

static fe_obj_t os_stat(fe_obj_t path) {
    int64_t v[10];
    check(fe_port_stat(path_arg(path), v));
    return ints_attrtuple(&stat_result_type, v);
}
static FE_DEFINE_FUN_1(os_stat_obj, Q_stat, os_stat);

static fe_obj_t os_statvfs(fe_obj_t path) {
    int64_t v[10];
    check(fe_port_statvfs(path_arg(path), v));
    return ints_attrtuple(&statvfs_result_type, v);
}
static FE_DEFINE_FUN_1(os_statvfs_obj, Q_statvfs, os_statvfs);

// ---- the rest ----------------------------------------------------------------------------

static fe_obj_t os_urandom(fe_obj_t n) {
    fe_int_t len = fe_get_int(n);
    if (len < 0) {
        fe_raise_msg(&fe_type_ValueError, "negative argument not allowed");
    }
    fe_vstr_t v;
    fe_vstr_init(&v, (size_t)len + 1);
    char *buf = fe_vstr_extend(&v, (size_t)len);
    check(fe_port_urandom(buf, (size_t)len));
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_1(os_urandom_obj, Q_urandom, os_urandom);

static const uint16_t uname_fields[] = {Q_sysname, Q_nodename, Q_release, Q_version, Q_machine};
static const fe_attrtuple_desc_t uname_desc = {"", 5, uname_fields};
static FE_DEFINE_ATTRTUPLE_TYPE(uname_result_type, Q_uname_result, uname_desc);

static fe_obj_t os_uname(void) {
    char text[5][65];
    fe_port_uname(text);
    fe_obj_t items[5];
    for (int i = 0; i < 5; i++) {
        text[i][64] = 0;
        items[i] = fe_str_new_cstr(text[i]);
    }
    return fe_attrtuple_new(&uname_result_type, 5, items);
}
static FE_DEFINE_FUN_0(os_uname_obj, Q_uname, os_uname);

static fe_obj_t os_getenv(size_t n_args, const fe_obj_t *args) {
    if (!fe_is_str(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "str expected, not %T", args[0]);
    }
    const char *v = fe_port_getenv(path_arg(args[0]));
    if (v == NULL) {
        return n_args > 1 ? args[1] : fe_none;
    }
    return fe_str_new_cstr(v);
}
static FE_DEFINE_FUN_VAR(os_getenv_obj, Q_getenv, 1, 2, os_getenv);

static fe_obj_t os_dupterm(size_t n_args, const fe_obj_t *args) {
    fe_obj_t prev = fe_state.roots[FE_ROOT_DUPTERM];
    if (prev == FE_NULL) {
        prev = fe_none;
    }
    if (n_args > 1) {
        fe_int_t index = fe_get_int(args[1]);
        if (index != 0) {
            fe_raise_msg(&fe_type_ValueError, "invalid dupterm index");
        }
    }
    if (n_args > 0) {
        fe_obj_t s = args[0];
        if (s != fe_none) {
            fe_obj_t m[2];
            fe_load_method_maybe(s, Q_write, m);
            if (m[0] == FE_NULL) {
                fe_raise_fmt(&fe_type_TypeError, "'%T' object is not a stream", s);
            }
        }
        fe_state.roots[FE_ROOT_DUPTERM] = s == fe_none ? FE_NULL : s;
    }
    return prev;
}
static FE_DEFINE_FUN_VAR(os_dupterm_obj, Q_dupterm, 0, 2, os_dupterm);

static const fe_map_elem_t os_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_os)},
    {FE_ROM_QSTR(Q_sep), FE_ROM_QSTR(Q_slash)},
    {FE_ROM_QSTR(Q_listdir), FE_ROM_PTR(&os_listdir_obj)},
    {FE_ROM_QSTR(Q_ilistdir), FE_ROM_PTR(&os_ilistdir_obj)},
    {FE_ROM_QSTR(Q_mkdir), FE_ROM_PTR(&os_mkdir_obj)},
    {FE_ROM_QSTR(Q_rmdir), FE_ROM_PTR(&os_rmdir_obj)},
    {FE_ROM_QSTR(Q_remove), FE_ROM_PTR(&os_remove_obj)},
    {FE_ROM_QSTR(Q_unlink), FE_ROM_PTR(&os_remove_obj)},
    {FE_ROM_QSTR(Q_rename), FE_ROM_PTR(&os_rename_obj)},
    {FE_ROM_QSTR(Q_chdir), FE_ROM_PTR(&os_chdir_obj)},
    {FE_ROM_QSTR(Q_getcwd), FE_ROM_PTR(&os_getcwd_obj)},
    {FE_ROM_QSTR(Q_stat), FE_ROM_PTR(&os_stat_obj)},
    {FE_ROM_QSTR(Q_statvfs), FE_ROM_PTR(&os_statvfs_obj)},
    {FE_ROM_QSTR(Q_urandom), FE_ROM_PTR(&os_urandom_obj)},
    {FE_ROM_QSTR(Q_uname), FE_ROM_PTR(&os_uname_obj)},
    {FE_ROM_QSTR(Q_getenv), FE_ROM_PTR(&os_getenv_obj)},
    {FE_ROM_QSTR(Q_dupterm), FE_ROM_PTR(&os_dupterm_obj)},
};
static FE_DEFINE_CONST_DICT(os_globals, os_globals_table);

const fe_module_t fe_module_os = {{&fe_type_module}, (fe_dict_t *)&os_globals};

#endif // FE_PORT_HAS_FILES
