// py/persistentcode.h: saving a compiled code object tree to the portable .mpy format and
// loading it back (py/persistentcode.c; the format is described in docs/mpy-format.md).
#ifndef FE_PY_PERSISTENTCODE_H
#define FE_PY_PERSISTENTCODE_H

#include "py/obj.h"

#define FE_MPY_MAGIC 'F'
#define FE_MPY_VERSION 1
#define FE_MPY_HEADER_LEN 8

// Header feature bits (byte 2).
#define FE_MPY_FEAT_FLOAT 0x01        // the file holds float or complex constants
#define FE_MPY_FEAT_NO_LINES 0x02     // line tables stripped (-O2)
#define FE_MPY_FEAT_NO_ASSERTS 0x04   // compiled with asserts removed (-O1 and up)

// Options of fe_mpy_save.
#define FE_MPY_SAVE_STRIP_LINES 0x01
#define FE_MPY_SAVE_NO_ASSERTS 0x02

// Appends the .mpy image of `code` (made by fe_compile in FE_COMPILE_FILE mode) to out.
// `source_name` (Q_NULL: the code's filename) is what tracebacks will show.
void fe_mpy_save(fe_vstr_t *out, fe_obj_t code, qstr source_name, unsigned options);

// Loads a .mpy image, checking it completely (see docs/mpy-format.md: "Loading"); raises
// ValueError for any malformed, truncated or incompatible input. With in_place true the
// bytecode and line tables point into `data` (which must then stay valid and unchanged
// for the life of the program: frozen modules in flash); otherwise they are copied.
fe_obj_t fe_mpy_load(const uint8_t *data, size_t len, bool in_place);

// A frozen module (tools/makefrozen.py): `path` relative to the frozen root, e.g.
// "hello.py" or "pkg/__init__.py"; `mpy` its .mpy image in read-only memory.
typedef struct {
    const char *path;
    const uint8_t *mpy;
    uint32_t mpy_len;
} fe_frozen_module_t;
// Looks up a frozen file by relative path; NULL when there is none.
const fe_frozen_module_t *fe_frozen_find(const char *path, size_t len);
// Whether `rel` (relative path, no trailing slash) is a folder of frozen files.
bool fe_frozen_is_dir(const char *rel, size_t len);

#endif
