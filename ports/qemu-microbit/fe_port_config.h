// ports/qemu-microbit/fe_port_config.h: feature choices of the micro:bit firmware (nRF51822,
// Cortex-M0, 16 KB RAM): single-precision soft float, no complex, no files, small GC mark
// stack and a small C stack margin.
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_SINGLE
#define FE_ENABLE_COMPLEX 0
#define FE_COMPUTED_GOTO 0
#define FE_PORT_PLATFORM "microbit"
#define FE_PORT_HAS_FILES 0
#define FE_GC_MARK_STACK_ENTRIES 32
#define FE_STACK_MARGIN 768
#define FE_MAX_CALL_DEPTH 200
// Exception handlers use rt/setjmp.c's 40-byte register save instead of newlib's 92 bytes
// (a handler sits in the C frame of every Python call: about two more levels of recursion).
#define FE_PORT_JMP_BUF_WORDS 10
// The line editor's history: 4 lines of at most 80 bytes (static RAM).
#define FE_READLINE_HISTORY_SIZE 4
#define FE_READLINE_HISTORY_LINE 80
// Error messages compressed at build time (the Makefile runs tools/makemsgs.py).
#define FE_MSG_COMPRESSED 1
// Features left out of the firmware to fit its 200 KB flash budget (py/config.h says
// what each removes); listed with their test skips in README.md.
// [area float]
// math without erf/erfc/gamma/lgamma nor fsum/dist/prod/comb/perm/isqrt/lcm/remainder,
// nor the hyperbolic functions, expm1 and log1p;
// float without hex/fromhex/as_integer_ratio and its explicit dunder methods.
#define FE_MATH_SPECIAL 0
#define FE_MATH_EXTRA 0
#define FE_FLOAT_EXTRA_METHODS 0
#define FE_FLOAT_DUNDERS 0
#define FE_MATH_HYPERBOLIC 0
// [end float]
// [area qstr]
// Static qstr texts without stored hashes or pointers (py/config.h).
#define FE_QSTR_COMPACT 1
// [end qstr]
// [area exceptions]
// OSError without its subclasses, Warning without its categories (the names stay, as
// aliases), no add_note, tracebacks without chained exceptions and SyntaxError carets.
#define FE_EXC_OSERROR_TREE 0
#define FE_EXC_WARNING_CATEGORIES 0
#define FE_EXC_NOTES 0
#define FE_EXC_TRACEBACK_DETAIL 0
// FloatingPointError, UnicodeTranslateError and TabError are their parent classes.
#define FE_EXC_RARE_TYPES 0
// Unicode errors name the codec and the reason only.
#define FE_EXC_UNICODE_DETAIL 0
// collections without defaultdict and deque's rarer methods.
#define FE_COLLECTIONS_EXTRA 0
// No __cause__/__context__ slots: raise-from stores __cause__ as a plain attribute.
#define FE_EXC_CHAINING 0
// [end exceptions]
// [area strings]
// The str/bytes/memoryview extras boards leave out (py/config.h says what each removes);
// one-character strs made on demand.
#define FE_STR_EXTRA_METHODS 0
#define FE_STR_ASCII_TABLE 0
#define FE_STR_DUNDERS 0
#define FE_STR_CODECS 0
#define FE_STR_UNICODE_CASE 0
#define FE_STR_FORMAT_FIELDS 0
#define FE_STR_EXTENDED_SLICES 0
// [end strings]
// [area frontend]
// No async def / async for / async with (MicroPython-class boards of this size leave it
// out), no parenthesized with-items, no positional-only parameters.
#define FE_FRONTEND_ASYNC 0
#define FE_FRONTEND_PAREN_WITH 0
#define FE_FRONTEND_POSONLY 0
// [end frontend]
// [area objects]
// Short help(), no explicit int/container dunders, no dict-view set operations.
#define FE_BUILTINS_HELP 0
#define FE_OBJ_INT_DUNDERS 0
#define FE_OBJ_CONTAINER_DUNDERS 0
#define FE_OBJ_DICT_VIEW_SETOPS 0
// [end objects]
// [area libs]
#define FE_RE_EXTRA 0
#define FE_LIBS_EXTRA 0
#define FE_JSON_EXTRA 0
// [end libs]
// [area mpy]
#define FE_MPY_VERIFY_FLOW 0  // only frozen .mpy images can be loaded: no filesystem
#define FE_MPY_VERIFY 0       // and those, made by this build, are trusted unchecked
// [end mpy]
// [area modules]
// hashlib and zlib are not among the micro-libraries a board of this class must carry.
#define FE_MODULE_HASHLIB 0
#define FE_MODULE_ZLIB 0
// [end modules]
// [area objects2]
#define FE_OBJS_KARATSUBA 0
// [end objects2]
// [area libs2]
// time without gmtime/localtime/mktime: no clock on this board.
#define FE_TIME_CALENDAR 0
// array, heapq, deque, OrderedDict and namedtuple without their rarer methods and operators;
// struct without 'e'/'p'; re without IGNORECASE and backreferences.
#define FE_ARRAY_EXTRA 0
#define FE_HEAPQ_EXTRA 0
#define FE_DEQUE_OPS 0
#define FE_STRUCT_EXTRA 0
#define FE_RE_ICASE_BACKREF 0
#define FE_COLLECTIONS_RARE 0
// [end libs2]
// [area types]
// No class-creation hooks (__init_subclass__, __set_name__, __class_getitem__,
// __prepare__), no metaclasses, no __getattribute__ and no __slots__ restriction.
#define FE_TYPE_CLASS_HOOKS 0
#define FE_TYPE_METACLASSES 0
#define FE_TYPE_GETATTRIBUTE 0
#define FE_TYPE_SLOTS 0
// obj.__class__ = X raises TypeError.
#define FE_TYPE_CLASS_ASSIGN 0
// [end types]
// [area compile]
// Annotations are parsed but neither evaluated nor stored.
#define FE_COMPILE_ANNOTATIONS 0
// No private name mangling: `__x` in a class body stays `__x`.
#define FE_COMPILE_MANGLING 0
// Binary operators on number literals are computed when run, not folded at compile time.
#define FE_COMPILE_FOLD_BINOPS 0
// `a, b = x, y` builds and unpacks a tuple instead of swapping on the stack.
#define FE_COMPILE_SWAP 0
// [end compile]
// [area runtime]
// Size over speed (the VM's generic operations, insertion sort, one allocator hint); no
// Tab completion.
#define FE_VM_FAST_PATHS 0
#define FE_LISTSORT_MERGE 0
#define FE_READLINE_COMPLETION 0
#define FE_GC_SIZE_HINTS 0
// [end runtime]
// [area strings2]
#define FE_STR_BYTES_FORMAT 0
#define FE_STR_FORMAT_Z 0
#define FE_STR_ITER_NAMES 0
#define FE_STR_PCT_EXTRAS 0
// [end strings2]
// [area numbers]
// Big-int division bit by bit.
#define FE_NUMBERS_KNUTH_DIV 0
// bool without its explicit & | ^ methods.
#define FE_NUMBERS_BOOL_DUNDERS 0
// No 4300-digit limit on int <-> decimal text (as MicroPython).
#define FE_NUMBERS_STR_DIGITS_LIMIT 0
// [end numbers]
#endif
