// py/import.c: the import statement. Finds modules in sys.modules, the builtin table
// (py/modules.c) and as .py files or package folders on sys.path / a package's __path__,
// then runs their code in a fresh module namespace.
//
// Resolution of one dotted component NAME in a list of folders, first folder first:
//   FOLDER/NAME/__init__.py   a package (its __path__ is [FOLDER/NAME])
//   FOLDER/NAME.py            a module
//   FOLDER/NAME/              a namespace package, only if no folder has either of the above
// Compiled modules: NAME.mpy and NAME/__init__.mpy (ferrite-cross, py/persistentcode.c) are
// used where the .py file is missing (the .py wins when both exist). Frozen modules (baked
// into the binary, tools/makefrozen.py) live under the pseudo-folder ".frozen": where that
// entry stands in sys.path, or after all of sys.path when it has none.
// Top-level names also consult the builtin table: core modules and u-names come from it
// before any file; the CPython names of micro-libraries only when no file was found.
// A module is entered in sys.modules before its code runs (so circular imports see the
// partly initialised module) and removed again if that code raises.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "py/persistentcode.h"

#define FROZEN_ROOT ".frozen"
#define FROZEN_ROOT_LEN 7

enum { FOUND_NONE, FOUND_MODULE, FOUND_PACKAGE, FOUND_NAMESPACE };

static fe_obj_t modules_get(qstr name) {
    return fe_dict_get_maybe(fe_state.modules, FE_NEW_QSTR(name));
}

static void modules_remove(qstr name) {
    if (modules_get(name) != FE_NULL) {
        fe_dict_delete(fe_state.modules, FE_NEW_QSTR(name));
    }
}

static fe_obj_t module_dict(fe_obj_t module) {
    return (fe_obj_t)((fe_module_t *)module)->globals;
}

// The path of a frozen file or folder relative to the frozen root, or NULL for a real path.
static const char *frozen_rel(const char *path, size_t len, size_t *rel_len) {
    if (len < FROZEN_ROOT_LEN || memcmp(path, FROZEN_ROOT, FROZEN_ROOT_LEN) != 0
        || (len > FROZEN_ROOT_LEN && path[FROZEN_ROOT_LEN] != '/')) {
        return NULL;
    }
    size_t skip = len > FROZEN_ROOT_LEN ? FROZEN_ROOT_LEN + 1 : FROZEN_ROOT_LEN;
    *rel_len = len - skip;
    return path + skip;
}

// 1 for a file, 2 for a folder, 0 otherwise (frozen paths included; without
// FE_PORT_HAS_FILES only those exist).
static int stat_vstr(fe_vstr_t *v) {
    size_t rel_len;
    const char *rel = frozen_rel(v->buf, v->len, &rel_len);
    if (rel != NULL) {
        if (rel_len == 0 || fe_frozen_is_dir(rel, rel_len)) {
            return 2;
        }
        return fe_frozen_find(rel, rel_len) != NULL ? 1 : 0;
    }
#if FE_PORT_HAS_FILES
    fe_vstr_add_byte(v, 0);
    int kind = fe_port_stat_kind(v->buf);
    v->len--;
    return kind;
#else
    return 0;
#endif
}

// Adds `suffix` (".py" style) to v if that file exists, else its .mpy form; true if found.
static bool add_source_or_mpy(fe_vstr_t *v, const char *suffix) {
    size_t base = v->len;
    fe_vstr_add_str(v, suffix);
    if (stat_vstr(v) == 1) {
        return true;
    }
    v->len = base;
    fe_vstr_add_str(v, suffix);
    v->len--;  // ".py" -> ".mpy"
    v->buf[v->len - 1] = 'm';
    fe_vstr_add_str(v, "py");
    if (stat_vstr(v) == 1) {
        return true;
    }
    v->len = base;
    return false;
}

// Looks for `name` in the folders of the list `dirs`; on success `out` holds the file
// (module) or the folder (packages).
static int find_in_dirs(fe_obj_t dirs, const char *name, size_t name_len, fe_vstr_t *out) {
    size_t n;
    fe_obj_t *items;
    fe_get_array(dirs, &n, &items);
    fe_vstr_t v;
    fe_vstr_init(&v, 64);
    bool have_namespace = false;
    // sys.path without a ".frozen" entry: frozen modules come after all of it
    bool frozen_last = dirs == fe_state.sys_path;
    for (size_t i = 0; i < n && frozen_last; i++) {
        size_t dlen;
        if (!fe_is_str(items[i])) {
            continue;
        }
        const char *d = fe_str_data(items[i], &dlen);
        if (dlen == FROZEN_ROOT_LEN && memcmp(d, FROZEN_ROOT, FROZEN_ROOT_LEN) == 0) {
            frozen_last = false;
        }
    }
    for (size_t i = 0; i < n + frozen_last; i++) {
        size_t dlen = FROZEN_ROOT_LEN;
        const char *d = FROZEN_ROOT;
        if (i < n) {
            if (!fe_is_str(items[i])) {
                continue;
            }
            d = fe_str_data(items[i], &dlen);
        }
        v.len = 0;
        if (dlen > 0) {
            fe_vstr_add_strn(&v, d, dlen);
            if (d[dlen - 1] != '/') {
                fe_vstr_add_byte(&v, '/');
            }
        }
        fe_vstr_add_strn(&v, name, name_len);
        size_t base_len = v.len;
        if (stat_vstr(&v) == 2) {
            if (add_source_or_mpy(&v, "/__init__.py")) {
                out->len = 0;
                fe_vstr_add_strn(out, v.buf, base_len);
                return FOUND_PACKAGE;
            }
            if (!have_namespace) {
                have_namespace = true;
                out->len = 0;
                fe_vstr_add_strn(out, v.buf, base_len);
            }
            v.len = base_len;
        }
        if (add_source_or_mpy(&v, ".py")) {
            out->len = 0;
            fe_vstr_add_strn(out, v.buf, v.len);
            return FOUND_MODULE;
        }
    }
    return have_namespace ? FOUND_NAMESPACE : FOUND_NONE;
}

// Compiles and runs the file at `path` in the namespace `globals`.
static void exec_file(const char *path, size_t path_len, fe_obj_t globals) {
    qstr file_q = qstr_from_strn(path, path_len);
    size_t rel_len;
    const char *rel = frozen_rel(path, path_len, &rel_len);
    if (rel != NULL) {
        // frozen: the image is read-only data whose bytecode runs in place
        const fe_frozen_module_t *fm = fe_frozen_find(rel, rel_len);
        if (fm != NULL) {
            fe_exec_code(fe_mpy_load(fm->mpy, fm->mpy_len, true), globals, globals);
            return;
        }
    }
#if FE_PORT_HAS_FILES
    size_t len;
    char *src = rel == NULL ? fe_port_read_file(qstr_str(file_q), &len) : NULL;
    if (src != NULL) {
        fe_obj_t code;
        if (path_len > 4 && memcmp(path + path_len - 4, ".mpy", 4) == 0) {
            code = fe_mpy_load((const uint8_t *)src, len, false);
            fe_free(src);  // the loaded code holds copies
        } else {
            code = fe_compile(src, len, file_q, FE_COMPILE_FILE);
        }
        fe_exec_code(code, globals, globals);
        return;
    }
#endif
    fe_raise_fmt(&fe_type_ImportError, "cannot read '%q'", file_q);
}

// Creates, registers and runs a module found by find_in_dirs.
static fe_obj_t load_module(qstr fullname, int kind, fe_vstr_t *path) {
    fe_obj_t mod = fe_module_new(fullname);
    fe_obj_t g = module_dict(mod);
    size_t name_len;
    const char *name = qstr_data(fullname, &name_len);
    fe_obj_t package;
    if (kind == FOUND_MODULE) {
        const char *dot = name + name_len;
        while (dot > name && dot[-1] != '.') {
            dot--;
        }
        package = dot > name ? fe_str_new(name, (size_t)(dot - 1 - name)) : FE_NEW_QSTR(Q_empty);
    } else {
        package = FE_NEW_QSTR(fullname);
        fe_obj_t dir = fe_str_new(path->buf, path->len);
        fe_dict_store(g, FE_NEW_QSTR(Q___path__), fe_list_new(1, &dir));
        if (kind == FOUND_PACKAGE) {
            add_source_or_mpy(path, "/__init__.py");
        }
    }
    fe_dict_store(g, FE_NEW_QSTR(Q___package__), package);
    fe_dict_store(fe_state.modules, FE_NEW_QSTR(fullname), mod);
    if (kind == FOUND_NAMESPACE) {
        return mod;
    }
    fe_dict_store(g, FE_NEW_QSTR(Q___file__), fe_str_new(path->buf, path->len));
    fe_handler_t h;
    if (FE_TRY(h)) {
        exec_file(path->buf, path->len, g);
        fe_handler_pop(&h);
    } else {
        modules_remove(fullname);
        fe_raise(h.exc);
    }
    // the module's code may have replaced its sys.modules entry
    fe_obj_t now = modules_get(fullname);
    return now != FE_NULL ? now : mod;
}

// Imports the module `fullname` whose last component is `leaf`, given its already
// imported parent package (FE_NULL for a top-level name). With not_found != NULL a
// missing module gives FE_NULL and *not_found = true instead of ModuleNotFoundError.
static fe_obj_t import_one(qstr fullname, const char *leaf, size_t leaf_len, fe_obj_t parent,
    bool *not_found) {
    fe_obj_t mod = modules_get(fullname);
    if (mod != FE_NULL) {
        return mod;
    }
    fe_obj_t builtin = FE_NULL;
    fe_obj_t dirs;
    if (parent == FE_NULL) {
        bool overridable;
        builtin = fe_builtin_module_find(fullname, &overridable);
        if (builtin != FE_NULL && !overridable) {
            fe_dict_store(fe_state.modules, FE_NEW_QSTR(fullname), builtin);
            return builtin;
        }
        dirs = fe_state.sys_path;
    } else {
        dirs = fe_load_attr_maybe(parent, Q___path__);
        if (dirs == FE_NULL) {
            if (not_found != NULL) {
                *not_found = true;
                return FE_NULL;
            }
            fe_obj_t parent_name = fe_load_attr_maybe(parent, Q___name__);
            fe_raise_fmt(&fe_type_ModuleNotFoundError, "No module named '%q'; '%S' is not a package",
                fullname, parent_name != FE_NULL ? parent_name : FE_NEW_QSTR(Q_question));
        }
    }
    fe_vstr_t path;
    fe_vstr_init(&path, 64);
    int kind = find_in_dirs(dirs, leaf, leaf_len, &path);
    if (kind == FOUND_NONE) {
        if (builtin != FE_NULL) {
            fe_dict_store(fe_state.modules, FE_NEW_QSTR(fullname), builtin);
            return builtin;
        }
        if (not_found != NULL) {
            *not_found = true;
            return FE_NULL;
        }
        fe_raise_fmt(&fe_type_ModuleNotFoundError, "No module named '%q'", fullname);
    }
    mod = load_module(fullname, kind, &path);
    if (parent != FE_NULL) {
        // bind the submodule in its package (silently skipped for read-only parents)
        fe_handler_t h;
        if (FE_TRY(h)) {
            fe_store_attr(parent, qstr_from_strn(leaf, leaf_len), mod);
            fe_handler_pop(&h);
        }
    }
    return mod;
}

// The package that a relative import of `level` dots in module `globals` starts from.
static void relative_base(fe_obj_t globals, fe_int_t level, fe_vstr_t *out) {
    fe_obj_t pkg = FE_NULL;
    if (globals != FE_NULL) {
        pkg = fe_dict_get_maybe(globals, FE_NEW_QSTR(Q___package__));
    }
    const char *base = "";
    size_t len = 0;
    if (pkg != FE_NULL && pkg != fe_none && fe_is_str(pkg)) {
        base = fe_str_data(pkg, &len);
    } else if (globals != FE_NULL) {
        fe_obj_t name = fe_dict_get_maybe(globals, FE_NEW_QSTR(Q___name__));
        if (name != FE_NULL && fe_is_str(name)) {
            base = fe_str_data(name, &len);
            if (fe_dict_get_maybe(globals, FE_NEW_QSTR(Q___path__)) == FE_NULL) {
                while (len > 0 && base[len - 1] != '.') {
                    len--;
                }
                len = len > 0 ? len - 1 : 0;
            }
        }
    }
    if (len == 0 || (len == 8 && memcmp(base, "__main__", 8) == 0)) {
        fe_raise_msg(&fe_type_ImportError, "attempted relative import with no known parent package");
    }
    for (fe_int_t i = 1; i < level; i++) {
        while (len > 0 && base[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            fe_raise_msg(&fe_type_ImportError, "attempted relative import beyond top-level package");
        }
        len--;
    }
    fe_vstr_add_strn(out, base, len);
}

// Imports every prefix of the dotted name full[0:len]; returns the module of each prefix
// ending at `stop_at` in *at_stop (if not NULL) and the last one.
static fe_obj_t import_dotted(const char *full, size_t len, size_t stop_at, fe_obj_t *at_stop,
    fe_obj_t *top) {
    fe_obj_t parent = FE_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && full[i] != '.') {
            continue;
        }
        if (i == start) {
            fe_raise_msg(&fe_type_ValueError, "Empty module name");
        }
        qstr q = qstr_from_strn(full, i);
        fe_obj_t mod = import_one(q, qstr_str(q) + start, i - start, parent, NULL);
        if (parent == FE_NULL && top != NULL) {
            *top = mod;
        }
        if (i == stop_at && at_stop != NULL) {
            *at_stop = mod;
        }
        parent = mod;
        start = i + 1;
    }
    return parent;
}

fe_obj_t fe_import_name(qstr name, fe_obj_t fromlist, fe_int_t level, fe_obj_t globals) {
    size_t name_len;
    const char *name_s = qstr_data(name, &name_len);
    bool has_fromlist = fromlist != FE_NULL && fromlist != fe_none && fe_is_true(fromlist);
    if (level <= 0) {
        if (name_len == 0) {
            fe_raise_msg(&fe_type_ValueError, "Empty module name");
        }
        fe_obj_t top = FE_NULL;
        fe_obj_t leaf = import_dotted(name_s, name_len, SIZE_MAX, NULL, &top);
        return has_fromlist ? leaf : top;
    }
    fe_vstr_t full;
    fe_vstr_init(&full, 32);
    relative_base(globals, level, &full);
    size_t base_len = full.len;
    size_t first_len = 0;
    if (name_len > 0) {
        while (first_len < name_len && name_s[first_len] != '.') {
            first_len++;
        }
        fe_vstr_add_byte(&full, '.');
        fe_vstr_add_strn(&full, name_s, name_len);
    }
    fe_obj_t rel_top = FE_NULL;
    size_t stop = name_len > 0 ? base_len + 1 + first_len : base_len;
    fe_obj_t leaf = import_dotted(full.buf, full.len, stop, &rel_top, NULL);
    return has_fromlist || name_len == 0 ? leaf : rel_top;
}

fe_obj_t fe_import_from(fe_obj_t module, qstr name) {
    fe_obj_t v = fe_load_attr_maybe(module, name);
    if (v != FE_NULL) {
        return v;
    }
    fe_obj_t mod_name = fe_load_attr_maybe(module, Q___name__);
    if (mod_name != FE_NULL && fe_is_str(mod_name) && fe_load_attr_maybe(module, Q___path__) != FE_NULL) {
        // from package import submodule
        fe_vstr_t full;
        fe_vstr_init(&full, 32);
        size_t len;
        const char *s = fe_str_data(mod_name, &len);
        fe_vstr_add_strn(&full, s, len);
        fe_vstr_add_byte(&full, '.');
        s = qstr_data(name, &len);
        fe_vstr_add_strn(&full, s, len);
        bool not_found = false;
        fe_obj_t sub = import_one(qstr_from_strn(full.buf, full.len), qstr_str(name), len, module, &not_found);
        if (sub != FE_NULL) {
            return sub;
        }
    }
    fe_obj_t file = fe_load_attr_maybe(module, Q___file__);
    if (mod_name == FE_NULL) {
        mod_name = FE_NEW_QSTR(Q_question);
    }
    if (file != FE_NULL) {
        fe_raise_fmt(&fe_type_ImportError, "cannot import name '%q' from '%S' (%S)", name, mod_name, file);
    }
    fe_raise_fmt(&fe_type_ImportError, "cannot import name '%q' from '%S' (unknown location)", name, mod_name);
}

void fe_import_all(fe_obj_t module, fe_obj_t dest_globals) {
    fe_obj_t all = fe_load_attr_maybe(module, Q___all__);
    if (all != FE_NULL) {
        fe_obj_t it = fe_getiter(all, NULL);
        fe_obj_t item;
        while ((item = fe_iternext(it)) != FE_NULL) {
            qstr q = fe_str_to_qstr(item);
            fe_dict_store(dest_globals, FE_NEW_QSTR(q), fe_import_from(module, q));
        }
        return;
    }
    if (!fe_obj_is_type_ptr(module, &fe_type_module)) {
        return;
    }
    // Public names: those not starting with an underscore. Collected first, in case the
    // destination is the module's own namespace.
    fe_map_t *map = fe_dict_get_map(module_dict(module));
    fe_obj_t names = fe_list_new(0, NULL);
    size_t pos = 0;
    fe_map_elem_t *e;
    while ((e = fe_map_next(map, &pos)) != NULL) {
        size_t len;
        const char *s = fe_str_data(e->key, &len);
        if (len > 0 && s[0] != '_') {
            fe_list_append(names, e->key);
            fe_list_append(names, e->value);
        }
    }
    size_t n;
    fe_obj_t *items;
    fe_list_get(names, &n, &items);
    for (size_t i = 0; i + 1 < n; i += 2) {
        fe_dict_store(dest_globals, items[i], items[i + 1]);
    }
}

void fe_import_run_main(qstr name) {
    size_t len;
    const char *s = qstr_data(name, &len);
    size_t leaf_start = len;
    while (leaf_start > 0 && s[leaf_start - 1] != '.') {
        leaf_start--;
    }
    fe_obj_t dirs = fe_state.sys_path;
    fe_obj_t package = FE_NULL;
    if (leaf_start > 0) {
        fe_obj_t parent = import_dotted(s, leaf_start - 1, SIZE_MAX, NULL, NULL);
        dirs = fe_load_attr_maybe(parent, Q___path__);
        if (dirs == FE_NULL) {
            fe_raise_fmt(&fe_type_ModuleNotFoundError, "No module named '%q'", name);
        }
        package = fe_str_new(s, leaf_start - 1);
    }
    fe_vstr_t path;
    fe_vstr_init(&path, 64);
    int kind = find_in_dirs(dirs, s + leaf_start, len - leaf_start, &path);
    if (kind == FOUND_PACKAGE || kind == FOUND_NAMESPACE) {
        // a package runs as its __main__ submodule, after the package itself is imported
        fe_obj_t pkg = import_dotted(s, len, SIZE_MAX, NULL, NULL);
        FE_UNUSED(pkg);
        if (!add_source_or_mpy(&path, "/__main__.py")) {
            fe_raise_fmt(&fe_type_ImportError,
                "No module named %q.__main__; '%q' is a package and cannot be directly executed",
                name, name);
        }
        package = FE_NEW_QSTR(name);
    } else if (kind == FOUND_NONE) {
        fe_raise_fmt(&fe_type_ModuleNotFoundError, "No module named '%q'", name);
    }
    fe_obj_t g = fe_state.main_globals;
    fe_dict_store(g, FE_NEW_QSTR(Q___file__), fe_str_new(path.buf, path.len));
    fe_dict_store(g, FE_NEW_QSTR(Q___package__), package != FE_NULL ? package : fe_none);
    exec_file(path.buf, path.len, g);
}
