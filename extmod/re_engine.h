// extmod/re_engine.h: the regular-expression engine behind the re module: a compiler from
// pattern text to a small instruction program, and a backtracking matcher whose backtrack
// stack lives in the GC heap (no C recursion per input character) with a step limit.
#ifndef FE_EXTMOD_RE_ENGINE_H
#define FE_EXTMOD_RE_ENGINE_H

#include "py/obj.h"

// Flag values as CPython's re module.
#define RE_FLAG_TEMPLATE 1
#define RE_FLAG_IGNORECASE 2
#define RE_FLAG_LOCALE 4
#define RE_FLAG_MULTILINE 8
#define RE_FLAG_DOTALL 16
#define RE_FLAG_UNICODE 32
#define RE_FLAG_VERBOSE 64
#define RE_FLAG_DEBUG 128
#define RE_FLAG_ASCII 256

typedef struct {
    int32_t *code;
    size_t len;
    int n_groups;       // capturing groups (group 0 not counted)
    int n_regs;         // loop registers
    int flags;          // including inline flags and UNICODE for str patterns
    bool is_str;        // str pattern (UTF-8 text, positions in code points) or bytes
    fe_obj_t groupindex;  // dict name -> group number
#if FE_RE_EXTRA
    fe_obj_t group_names; // tuple: name (str) or None per group 1..n_groups (Match.groupdict)
#endif
    bool anchored;      // starts with \A (or ^ without MULTILINE): search tries one position
} re_prog_t;

// Compiles; raises re.error (fe_type_re_error) with CPython's messages on a bad pattern.
re_prog_t *re_compile(const char *pattern, size_t len, int flags, bool is_str);

enum { RE_MODE_MATCH, RE_MODE_SEARCH, RE_MODE_FULLMATCH };

// Runs prog over s[0..end) starting at byte offset `pos`. caps receives 2*(n_groups+1) byte
// offsets (SIZE_MAX for groups that did not take part). must_advance forbids an empty match
// at `pos` (used by findall/sub/split after an empty match). Returns true on a match.
// Raises RuntimeError when the step limit is exceeded.
bool re_exec(const re_prog_t *prog, const char *s, size_t end, size_t pos, int mode,
             bool must_advance, size_t *caps);

extern const fe_type_t fe_type_re_error;

#endif
