// py/config.h: feature switches for the core, with defaults.
//
// A port's fe_port_config.h (found on the include path) is read first and may set any of
// these; every switch below is an #ifndef default. Each says what it costs and buys.
#ifndef FE_PY_CONFIG_H
#define FE_PY_CONFIG_H

#include "fe_port_config.h"

// Float representation: FE_FLOAT_NONE, FE_FLOAT_SINGLE (soft-float on Cortex-M0, 4 bytes
// per value, ~7 digits) or FE_FLOAT_DOUBLE (the PC; CPython-identical results).
#define FE_FLOAT_NONE 0
#define FE_FLOAT_SINGLE 1
#define FE_FLOAT_DOUBLE 2
#ifndef FE_FLOAT_IMPL
#define FE_FLOAT_IMPL FE_FLOAT_DOUBLE
#endif

// Complex numbers: ~4 KB of flash. Needs floats.
#ifndef FE_ENABLE_COMPLEX
#define FE_ENABLE_COMPLEX (FE_FLOAT_IMPL != FE_FLOAT_NONE)
#endif
#if FE_ENABLE_COMPLEX && FE_FLOAT_IMPL == FE_FLOAT_NONE
#error "FE_ENABLE_COMPLEX needs floats"
#endif

// Computed-goto dispatch in the VM (GCC/clang): ~15% faster; the switch path is kept for
// other compilers and is built in the torture configuration.
#ifndef FE_COMPUTED_GOTO
#if defined(__GNUC__)
#define FE_COMPUTED_GOTO 1
#else
#define FE_COMPUTED_GOTO 0
#endif
#endif

// Collect garbage before every allocation (torture builds only: very slow, finds missing roots).
#ifndef FE_GC_STRESS
#define FE_GC_STRESS 0
#endif

// C stack bytes kept in reserve below the recursion limit, so that raising RuntimeError
// ("maximum recursion depth exceeded") and printing it still has room.
#ifndef FE_STACK_MARGIN
#define FE_STACK_MARGIN (8 * 1024)
#endif

// Python-level call depth limit (CPython's default is 1000); the C-stack check above
// applies as well, whichever trips first.
#ifndef FE_MAX_CALL_DEPTH
#define FE_MAX_CALL_DEPTH 1000
#endif

// Error messages stored compressed (tools/makemsgs.py rewrites the sources of the build;
// py/msgtext.c expands a message when it is raised): ~13 KB less flash on Cortex-M0.
// Only for builds whose Makefile runs the rewriting step.
#ifndef FE_MSG_COMPRESSED
#define FE_MSG_COMPRESSED 0
#endif

// History lines kept by the REPL line editor.
#ifndef FE_REPL_HISTORY
#define FE_REPL_HISTORY 8
#endif

// ---- feature switches by area: each defaults to 1 (the PC); small ports set 0 in their
// fe_port_config.h. Each switch says what it removes and what it saves on Cortex-M0. ----
// [area float]
// math.erf, erfc, gamma and lgamma (the C library's special functions). ~5.1 KB on
// Cortex-M0, most of it in the C library.
#ifndef FE_MATH_SPECIAL
#define FE_MATH_SPECIAL 1
#endif
// float.hex, float.fromhex and float.as_integer_ratio (without them AttributeError).
// ~1.5 KB on Cortex-M0.
#ifndef FE_FLOAT_EXTRA_METHODS
#define FE_FLOAT_EXTRA_METHODS 1
#endif
// float's explicit dunder methods (float.__add__, __radd__, __eq__, __neg__, __int__ ...) for
// calls such as float.__add__(a, b) or super().__add__(x); operators, builtins and user
// subclasses of float work without them. ~1.1 KB on Cortex-M0.
#ifndef FE_FLOAT_DUNDERS
#define FE_FLOAT_DUNDERS 1
#endif
// math.fsum, dist, prod, comb, perm, isqrt, lcm and remainder (rarely used on a board;
// MicroPython leaves them out). ~1.7 KB on Cortex-M0.
#ifndef FE_MATH_EXTRA
#define FE_MATH_EXTRA 1
#endif
// math.sinh, cosh, tanh, asinh, acosh, atanh, expm1 and log1p (left out by MicroPython on
// the micro:bit too). ~1.2 KB on Cortex-M0.
#ifndef FE_MATH_HYPERBOLIC
#define FE_MATH_HYPERBOLIC 1
#endif
// [end float]
// [area qstr]
// Compact static qstr table (py/qstr.c): one blob of length-prefixed texts, a qstr being
// its offset; hashes computed when asked, not stored. ~8 KB less flash on Cortex-M0, slower
// lookups of qstr keys. A layout choice, not a feature: off (0) where speed matters.
#ifndef FE_QSTR_COMPACT
#define FE_QSTR_COMPACT 0
#endif
// [end qstr]
// [area exceptions]
// The OSError subclasses (FileNotFoundError, PermissionError, TimeoutError, the
// ConnectionError family ...): without them each of these names is OSError itself, as
// IOError is (a board without files or sockets raises OSError with an errno). 1 KB on
// Cortex-M0.
#ifndef FE_EXC_OSERROR_TREE
#define FE_EXC_OSERROR_TREE 1
#endif
#if !FE_EXC_OSERROR_TREE
#define fe_type_BlockingIOError fe_type_OSError
#define fe_type_ChildProcessError fe_type_OSError
#define fe_type_ConnectionError fe_type_OSError
#define fe_type_BrokenPipeError fe_type_OSError
#define fe_type_ConnectionAbortedError fe_type_OSError
#define fe_type_ConnectionRefusedError fe_type_OSError
#define fe_type_ConnectionResetError fe_type_OSError
#define fe_type_FileExistsError fe_type_OSError
#define fe_type_FileNotFoundError fe_type_OSError
#define fe_type_InterruptedError fe_type_OSError
#define fe_type_IsADirectoryError fe_type_OSError
#define fe_type_NotADirectoryError fe_type_OSError
#define fe_type_PermissionError fe_type_OSError
#define fe_type_ProcessLookupError fe_type_OSError
#define fe_type_TimeoutError fe_type_OSError
#endif
// The warning categories below Warning (UserWarning, DeprecationWarning ...; there is no
// warnings machinery, they are only exception classes): without them each name is Warning
// itself. 0.75 KB on Cortex-M0.
#ifndef FE_EXC_WARNING_CATEGORIES
#define FE_EXC_WARNING_CATEGORIES 1
#endif
#if !FE_EXC_WARNING_CATEGORIES
#define fe_type_UserWarning fe_type_Warning
#define fe_type_DeprecationWarning fe_type_Warning
#define fe_type_PendingDeprecationWarning fe_type_Warning
#define fe_type_RuntimeWarning fe_type_Warning
#define fe_type_SyntaxWarning fe_type_Warning
#define fe_type_FutureWarning fe_type_Warning
#define fe_type_ImportWarning fe_type_Warning
#define fe_type_UnicodeWarning fe_type_Warning
#define fe_type_BytesWarning fe_type_Warning
#define fe_type_ResourceWarning fe_type_Warning
#define fe_type_EncodingWarning fe_type_Warning
#endif
// The rarest builtin exception classes, FloatingPointError (nothing raises it),
// UnicodeTranslateError and TabError: without them each name is its parent class
// (ArithmeticError, UnicodeError, IndentationError), as in MicroPython. 180 B on Cortex-M0.
#ifndef FE_EXC_RARE_TYPES
#define FE_EXC_RARE_TYPES 1
#endif
#if !FE_EXC_RARE_TYPES
#define fe_type_FloatingPointError fe_type_ArithmeticError
#define fe_type_UnicodeTranslateError fe_type_UnicodeError
#define fe_type_TabError fe_type_IndentationError
#endif
// BaseException.add_note() and the printing of __notes__ (3.11). ~0.2 KB on Cortex-M0.
#ifndef FE_EXC_NOTES
#define FE_EXC_NOTES 1
#endif
// collections.defaultdict, deque's copy/count/extendleft/index/insert/remove/reverse/rotate
// and namedtuple's rename/defaults/module arguments (deque, OrderedDict and namedtuple
// stay). ~2.2 KB on Cortex-M0.
#ifndef FE_COLLECTIONS_EXTRA
#define FE_COLLECTIONS_EXTRA 1
#endif
// Traceback details: the chained exceptions (causes and contexts) printed before the last
// one, a SyntaxError's source line with ^ markers and module-qualified names of user
// exception classes (without them only the last exception, the File/line of a SyntaxError
// and the bare class name are shown, as in MicroPython). ~1.1 KB on Cortex-M0.
#ifndef FE_EXC_TRACEBACK_DETAIL
#define FE_EXC_TRACEBACK_DETAIL 1
#endif
// The str() of UnicodeDecodeError/UnicodeEncodeError naming the offending byte or
// character ("can't decode byte 0xff in position 1"); without it only the codec and the
// reason are shown ("'utf-8' codec error: invalid start byte"). 370 B on Cortex-M0.
#ifndef FE_EXC_UNICODE_DETAIL
#define FE_EXC_UNICODE_DETAIL 1
#endif
// Exception chaining: the __cause__/__context__/__suppress_context__ slots and implicit
// context (without it `raise X from Y` stores __cause__ as a plain attribute and
// __context__ is absent, as in MicroPython). Needs FE_EXC_TRACEBACK_DETAIL off. ~700 B on Cortex-M0.
#ifndef FE_EXC_CHAINING
#define FE_EXC_CHAINING 1
#endif
// [end exceptions]
// [area strings]
// str/bytes methods boards leave out (str, bytes and bytearray keep rindex, center/ljust/
// rjust, partition/rpartition and splitlines, which MicroPython-class boards have): casefold, swapcase, title, istitle, capitalize, expandtabs, removeprefix/removesuffix,
// maketrans/translate, isalnum/isascii/isdecimal/isnumeric/
// isprintable, format_map, the sep arguments of hex(), fromhex()
// (binascii.unhexlify does it), bytearray's insert/pop/remove/reverse/clear/copy,
// memoryview.cast/tolist/toreadonly/release (and with) and its attributes beyond
// format/itemsize/nbytes/readonly. ~5.6 KB on Cortex-M0.
#ifndef FE_STR_EXTRA_METHODS
#define FE_STR_EXTRA_METHODS 1
#endif
// The dunder methods of str/bytes/bytearray/memoryview that object lacks (__add__, __len__,
// __getitem__, __contains__, __iter__, __mod__ ...), for explicit calls such as
// str.__len__(s); operators and builtins never need them. ~1.3 KB on Cortex-M0.
#ifndef FE_STR_DUNDERS
#define FE_STR_DUNDERS 1
#endif
// The latin-1 codec and the error handlers ignore, replace and backslashreplace (utf-8 and
// ascii with errors='strict' remain). ~200 bytes on Cortex-M0.
#ifndef FE_STR_CODECS
#define FE_STR_CODECS 1
#endif
// Case mapping and letter/digit classification beyond Latin-1 (Latin Extended-A, Greek,
// Cyrillic, CJK ...): without it such characters have no case and are not letters (decimal
// digits are still recognised), as in MicroPython. ~0.9 KB on Cortex-M0.
#ifndef FE_STR_UNICODE_CASE
#define FE_STR_UNICODE_CASE 1
#endif
// Attribute and index lookups in str.format fields ('{0.real}', '{d[key]}'); without them
// such a field raises NotImplementedError, as in MicroPython. ~270 bytes on Cortex-M0.
#ifndef FE_STR_FORMAT_FIELDS
#define FE_STR_FORMAT_FIELDS 1
#endif
// Extended slices (step other than 1) of memoryviews and in bytearray slice assignment and
// deletion (reading s[::2] of str/bytes/bytearray stays); without them NotImplementedError,
// as in MicroPython. ~180 bytes on Cortex-M0.
#ifndef FE_STR_EXTENDED_SLICES
#define FE_STR_EXTENDED_SLICES 1
#endif
// The 128 one-character ASCII strs as ROM objects (indexing and iterating ASCII text then
// allocates nothing); without it they are made on demand. ~2.8 KB on Cortex-M0.
#ifndef FE_STR_ASCII_TABLE
#define FE_STR_ASCII_TABLE 1
#endif
// [end strings]
// [area frontend]
// `async def`, `async for`, `async with` and async comprehensions (the parser's rewriting of
// async for/with); without them `async` raises SyntaxError "async is not supported" (await
// stays a keyword, an error outside async def). ~1.1 KB on Cortex-M0.
#ifndef FE_FRONTEND_ASYNC
#define FE_FRONTEND_ASYNC 1
#endif
// Parenthesized with-items, `with (a as b, c):` (Python 3.10); without them a
// parenthesized tuple there raises SyntaxError "parenthesized context managers are not
// supported" and `as` inside the parentheses is invalid syntax. ~230 bytes on Cortex-M0.
#ifndef FE_FRONTEND_PAREN_WITH
#define FE_FRONTEND_PAREN_WITH 1
#endif
// Positional-only parameters, `def f(a, /, b)`; without them '/' in a parameter list is
// invalid syntax. ~130 bytes on Cortex-M0.
#ifndef FE_FRONTEND_POSONLY
#define FE_FRONTEND_POSONLY 1
#endif
// [end frontend]
// [area objects]
// help(): the long welcome text and the member listing of help(obj) (help() then prints a
// short line, help(obj) the object's type, help('modules') stays). ~630 bytes on Cortex-M0.
#ifndef FE_BUILTINS_HELP
#define FE_BUILTINS_HELP 1
#endif
// int's explicit dunder methods (int.__add__, __radd__, __eq__, __neg__, __pow__ ...) for
// calls such as int.__add__(a, b) or super().__add__(x); operators, builtins and user
// subclasses of int work without them. ~1.5 KB on Cortex-M0.
#ifndef FE_OBJ_INT_DUNDERS
#define FE_OBJ_INT_DUNDERS 1
#endif
// The explicit dunders of list (__getitem__, __setitem__, __delitem__, __len__, __contains__,
// __iter__, __reversed__) and set/frozenset (__len__, __contains__, __iter__), for super()
// calls in subclasses; operators and builtins work without them. ~420 bytes on Cortex-M0.
#ifndef FE_OBJ_CONTAINER_DUNDERS
#define FE_OBJ_CONTAINER_DUNDERS 1
#endif
// Set operations and comparisons of dict keys()/items() views (d.keys() & s, ==, <=,
// isdisjoint); iteration, len and `in` stay, as in MicroPython. ~840 bytes on Cortex-M0.
#ifndef FE_OBJ_DICT_VIEW_SETOPS
#define FE_OBJ_DICT_VIEW_SETOPS 1
#endif
// [end objects]
// [area libs]
// re extras: named groups, lookaround, atomic groups and possessive repeats, inline flags and
// (?#...), VERBOSE and LOCALE, fullmatch, finditer, subn, purge, Match.groupdict/expand/
// lastindex/lastgroup, Pattern.groupindex, \g<name> and octal escapes in templates;
// re.escape, Match.string/re/pos/endpos, Pattern.pattern/flags/groups (+0.35 KB).
// ~4.0 KB on Cortex-M0.
#ifndef FE_RE_EXTRA
#define FE_RE_EXTRA 1
#endif
// time.strftime, random.shuffle/sample, struct.iter_unpack. ~1.7 KB on Cortex-M0.
#ifndef FE_LIBS_EXTRA
#define FE_LIBS_EXTRA 1
#endif
// json.dump/dumps options other than separators (indent, sort_keys, skipkeys, default,
// ensure_ascii, allow_nan, check_circular, cls). ~0.65 KB on Cortex-M0.
#ifndef FE_JSON_EXTRA
#define FE_JSON_EXTRA 1
#endif
// [end libs]
// [area mpy]
// The data-flow verifier of loaded .mpy files (py/persistentcode.c). With 0 only frozen
// images, made by the build's own compiler, load (for boards without a filesystem);
// ~2.7 KB on Cortex-M0.
#ifndef FE_MPY_VERIFY_FLOW
#define FE_MPY_VERIFY_FLOW 1
#endif
// All checks of loaded .mpy files (lengths, nesting, CRC, UTF-8, opcodes, operands, jump
// targets; needs FE_MPY_VERIFY_FLOW 0). With 0 only the build's own frozen images load,
// trusted as they are; any other .mpy is refused with ValueError. ~1.5 KB on Cortex-M0.
#ifndef FE_MPY_VERIFY
#define FE_MPY_VERIFY 1
#endif
// [end mpy]
// [area modules]
// Micro-libraries outside the set every port carries (py/modules.c lists them; a port that
// sets one to 0 also leaves its source out of its build). On Cortex-M0: hashlib ~2.8 KB,
// zlib ~5.3 KB with lib/inflate.
#ifndef FE_MODULE_HASHLIB
#define FE_MODULE_HASHLIB 1
#endif
#ifndef FE_MODULE_ZLIB
#define FE_MODULE_ZLIB 1
#endif
// [end modules]
// [area objects2]
#ifndef FE_OBJS_KARATSUBA
#define FE_OBJS_KARATSUBA 1  // Karatsuba multiplication of big ints over 40 digits (0: schoolbook only, same results); ~0.5 KB
#endif
// [end objects2]
// [area libs2]
// time.gmtime/localtime/mktime (the calendar: a board without a clock has only
// monotonic/sleep/ticks and struct_time, as the manual's time module). ~1.3 KB on Cortex-M0.
#ifndef FE_TIME_CALENDAR
#define FE_TIME_CALENDAR 1
#endif
// array methods beyond append/extend/tobytes/tolist (insert, pop, index, remove, count, reverse,
// byteswap, buffer_info, fromlist, frombytes), array * n and < <= > >=. ~1.15 KB on Cortex-M0.
#ifndef FE_ARRAY_EXTRA
#define FE_ARRAY_EXTRA 1
#endif
// heapq.heapreplace, heappushpop, nsmallest, nlargest (heappush, heappop and heapify stay).
// ~0.3 KB on Cortex-M0.
#ifndef FE_HEAPQ_EXTRA
#define FE_HEAPQ_EXTRA 1
#endif
// collections.deque's operators other than == and != (<, <=, >, >=, + and +=; `in` still
// works, by iteration) and del d[i]. ~0.16 KB on Cortex-M0.
#ifndef FE_DEQUE_OPS
#define FE_DEQUE_OPS 1
#endif
// struct's half-float 'e' and Pascal-string 'p' formats. ~0.5 KB on Cortex-M0.
#ifndef FE_STRUCT_EXTRA
#define FE_STRUCT_EXTRA 1
#endif
// re's IGNORECASE flag and backreferences (\1, (?P=name)) and 3-digit octal escapes in
// patterns (NotImplementedError when used; \1 in sub() templates stays). ~0.7 KB on Cortex-M0.
#ifndef FE_RE_ICASE_BACKREF
#define FE_RE_ICASE_BACKREF 1
#endif
// OrderedDict.move_to_end and namedtuple's _make and _replace. ~0.75 KB on Cortex-M0.
#ifndef FE_COLLECTIONS_RARE
#define FE_COLLECTIONS_RARE 1
#endif
// [end libs2]
// [area types]
// Class-creation hooks: __init_subclass__, __set_name__, __class_getitem__ and a
// metaclass's __prepare__ (class keywords still reach a metaclass). Without them a class
// that defines one of these hooks raises NotImplementedError when it is created. ~0.45 KB
// on Cortex-M0.
#ifndef FE_TYPE_CLASS_HOOKS
#define FE_TYPE_CLASS_HOOKS 1
#endif
// Metaclasses: classes deriving from type and the metaclass= keyword of a class statement
// (other than metaclass=type). Without them subclassing type raises TypeError (not an
// acceptable base type) and metaclass=M NotImplementedError. ~0.5 KB on Cortex-M0.
#ifndef FE_TYPE_METACLASSES
#define FE_TYPE_METACLASSES 1
#endif
// __getattribute__ defined by a class (and object.__getattribute__); __getattr__ stays.
// Without it a class defining __getattribute__ raises NotImplementedError when created,
// as MicroPython lacks it too. ~0.25 KB on Cortex-M0.
#ifndef FE_TYPE_GETATTRIBUTE
#define FE_TYPE_GETATTRIBUTE 1
#endif
// Assigning an instance's __class__; without it that raises TypeError. ~60 B on Cortex-M0.
#ifndef FE_TYPE_CLASS_ASSIGN
#define FE_TYPE_CLASS_ASSIGN 1
#endif
// __slots__ limiting the attributes an instance can store (without it __slots__ is an
// ordinary class attribute, as in MicroPython). ~0.2 KB on Cortex-M0.
#ifndef FE_TYPE_SLOTS
#define FE_TYPE_SLOTS 1
#endif
// [end types]
// [area compile]
// Annotations evaluated and kept in __annotations__ (functions, module and class variables);
// without them annotations are parsed and ignored, as on MicroPython (-390 B on Cortex-M0).
#ifndef FE_COMPILE_ANNOTATIONS
#define FE_COMPILE_ANNOTATIONS 1
#endif
// Private name mangling (`__x` in class C means `_C__x`); without it such names are used as
// written, as on MicroPython (-260 B on Cortex-M0).
#ifndef FE_COMPILE_MANGLING
#define FE_COMPILE_MANGLING 1
#endif
// Constant folding of binary operators on number literals (`1 << 4` compiles to 16); without
// it they are computed when run (same results; unary minus still folds) (-250 B on Cortex-M0).
#ifndef FE_COMPILE_FOLD_BINOPS
#define FE_COMPILE_FOLD_BINOPS 1
#endif
// `a, b = x, y` (two or three targets) swapped on the stack; without it a tuple is built and
// unpacked (same results, one allocation more) (-115 B on Cortex-M0).
#ifndef FE_COMPILE_SWAP
#define FE_COMPILE_SWAP 1
#endif
// [end compile]
// [area runtime]
// The VM's inline fast paths (small-int and float arithmetic and comparisons, list
// indexing, negation) and its cache of global lookups; without them those opcodes call
// the generic operations, which give the same results a little slower. ~1.4 KB on Cortex-M0.
#ifndef FE_VM_FAST_PATHS
#define FE_VM_FAST_PATHS 1
#endif
// list.sort()/sorted() merge runs of 16 (O(n log n) moves); with 0 one binary insertion
// sort (as many comparisons, O(n^2) moves: fine for small lists). ~0.3 KB on Cortex-M0.
#ifndef FE_LISTSORT_MERGE
#define FE_LISTSORT_MERGE 1
#endif
// Tab completion in the friendly REPL's line editor (lib/readline); with 0 Tab always
// inserts four spaces. ~1 KB on Cortex-M0.
#ifndef FE_READLINE_COMPLETION
#define FE_READLINE_COMPLETION 1
#endif
// The allocator's free-run hints per size class (14 classes, for big fragmented heaps);
// with 0 one hint (the first free block) and a plain first-fit scan, fine for a heap of a
// few thousand blocks. ~0.5 KB on Cortex-M0.
#ifndef FE_GC_SIZE_HINTS
#define FE_GC_SIZE_HINTS 1
#endif
// [end runtime]
// [area strings2]
// printf-style formatting of bytes and bytearray (b'%d' % 5); without it that is a TypeError
// (unsupported operand), as before Python 3.5. str % args stays. ~470 bytes on Cortex-M0.
#ifndef FE_STR_BYTES_FORMAT
#define FE_STR_BYTES_FORMAT 1
#endif
// The format spec's 'z' option (Python 3.11: format(-0.0, 'z.1f') gives '0.0'); without it
// 'z' is an invalid format specifier (ValueError), as before 3.11. ~240 bytes on Cortex-M0.
#ifndef FE_STR_FORMAT_Z
#define FE_STR_FORMAT_Z 1
#endif
// CPython's own iterator types for all-ASCII str (str_ascii_iterator), bytearray
// (bytearray_iterator) and memoryview (memory_iterator); without them those iterators
// are a str_iterator / bytes_iterator, which behave the same. ~230 bytes on Cortex-M0.
#ifndef FE_STR_ITER_NAMES
#define FE_STR_ITER_NAMES 1
#endif
// %-formatting's mapping keys ('%(name)s' % d) and '*' widths/precisions; without them
// those raise NotImplementedError. ~220 bytes on Cortex-M0.
#ifndef FE_STR_PCT_EXTRAS
#define FE_STR_PCT_EXTRAS 1
#endif
// [end strings2]
// [area numbers]
// Knuth's long division of big ints (0: bit-by-bit division, same results, slower on long
// numbers). ~0.4 KB on Cortex-M0.
#ifndef FE_NUMBERS_KNUTH_DIV
#define FE_NUMBERS_KNUTH_DIV 1
#endif
// bool's explicit & | ^ methods (True.__and__, __rand__ ... ; without them AttributeError:
// the operators work). ~0.25 KB on Cortex-M0.
#ifndef FE_NUMBERS_BOOL_DUNDERS
#define FE_NUMBERS_BOOL_DUNDERS 1
#endif
// CPython 3.11's limit of 4300 digits on int <-> decimal text conversions (ValueError
// "Exceeds the limit ..."); without it any length converts. ~0.3 KB on Cortex-M0.
#ifndef FE_NUMBERS_STR_DIGITS_LIMIT
#define FE_NUMBERS_STR_DIGITS_LIMIT 1
#endif
// [end numbers]

#endif
