// py/modules.c: the table of builtin modules, switched by the port's configuration, and
// the naming rule for micro-libraries.
//
// A micro-library (io, json, time ...) is a strict subset of its CPython module. It can be
// imported by its u-name (uio, ujson, utime ...), which always gives the builtin, or by its
// CPython name, where a .py file or package of that name on sys.path comes first (so a
// user can extend it in Python). The core modules (builtins, sys, gc, micropython) are
// always the builtins.
#include "py/obj.h"

extern const fe_module_t fe_module_gc, fe_module_micropython, fe_module_io;
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
extern const fe_module_t fe_module_math;
#endif
extern const fe_module_t fe_module_random, fe_module_re;
#if FE_MODULE_HASHLIB
extern const fe_module_t fe_module_hashlib;
#endif
#if FE_MODULE_ZLIB
extern const fe_module_t fe_module_zlib;
#endif
#if FE_ENABLE_COMPLEX
extern const fe_module_t fe_module_cmath;
#endif
extern const fe_module_t fe_module_struct, fe_module_heapq, fe_module_errno,
    fe_module_binascii, fe_module_json, fe_module_array, fe_module_collections;
extern const fe_module_t fe_module_time, fe_module_uctypes;
#if FE_PORT_HAS_FILES
extern const fe_module_t fe_module_os;  // ports with an OS only
extern const fe_module_t fe_module_select, fe_module_socket;
#endif

const fe_builtin_module_t fe_builtin_modules[] = {
    {Q_builtins, &fe_module_builtins},
    {Q_sys, NULL},  // a heap module (py/modsys.c), found in fe_state.sys_module
    {Q_gc, &fe_module_gc},
    {Q_micropython, &fe_module_micropython},
    {Q_io, &fe_module_io},
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    {Q_math, &fe_module_math},
#endif
#if FE_MODULE_HASHLIB
    {Q_hashlib, &fe_module_hashlib},
#endif
    {Q_random, &fe_module_random},
#if FE_MODULE_ZLIB
    {Q_zlib, &fe_module_zlib},
#endif
    {Q_re, &fe_module_re},
#if FE_ENABLE_COMPLEX
    {Q_cmath, &fe_module_cmath},
#endif
    {Q_struct, &fe_module_struct},
    {Q_heapq, &fe_module_heapq},
    {Q_errno, &fe_module_errno},
    {Q_binascii, &fe_module_binascii},
    {Q_json, &fe_module_json},
    {Q_array, &fe_module_array},
    {Q_collections, &fe_module_collections},
    {Q_time, &fe_module_time},
    {Q_uctypes, &fe_module_uctypes},
#if FE_PORT_HAS_FILES
    {Q_os, &fe_module_os},
    {Q_select, &fe_module_select},
    {Q_socket, &fe_module_socket},
#endif
};
const size_t fe_builtin_modules_count = FE_ARRAY_SIZE(fe_builtin_modules);

// Modules that a .py file can never shadow.
static const uint16_t core_modules[] = {Q_builtins, Q_sys, Q_gc, Q_micropython};

// u-name -> CPython name of the micro-libraries (only those in the table above resolve).
static const uint16_t micro_names[][2] = {
    {Q_uio, Q_io}, {Q_ujson, Q_json}, {Q_utime, Q_time}, {Q_uos, Q_os},
    {Q_ustruct, Q_struct}, {Q_ure, Q_re}, {Q_ucollections, Q_collections},
    {Q_uheapq, Q_heapq}, {Q_ubinascii, Q_binascii}, {Q_uhashlib, Q_hashlib},
    {Q_uzlib, Q_zlib}, {Q_uselect, Q_select}, {Q_usocket, Q_socket}, {Q_urandom, Q_random},
    {Q_uerrno, Q_errno}, {Q_uarray, Q_array}, {Q_ussl, Q_ssl},
};

static fe_obj_t table_find(qstr name) {
    for (size_t i = 0; i < FE_ARRAY_SIZE(fe_builtin_modules); i++) {
        if (fe_builtin_modules[i].name == name) {
            if (fe_builtin_modules[i].module == NULL) {
                return fe_state.sys_module;
            }
            return (fe_obj_t)fe_builtin_modules[i].module;
        }
    }
    return FE_NULL;
}

fe_obj_t fe_builtin_module_find(qstr name, bool *overridable) {
    *overridable = false;
    for (size_t i = 0; i < FE_ARRAY_SIZE(micro_names); i++) {
        if (micro_names[i][0] == name) {
            return table_find(micro_names[i][1]);
        }
    }
    fe_obj_t m = table_find(name);
    if (m == FE_NULL) {
        return FE_NULL;
    }
    *overridable = true;
    for (size_t i = 0; i < FE_ARRAY_SIZE(core_modules); i++) {
        if (core_modules[i] == name) {
            *overridable = false;
        }
    }
    return m;
}
