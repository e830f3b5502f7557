// ports/unix/main.c: the `ferrite` command: options, sys.argv/sys.path, running a script,
// a command (-c), a module (-m) or stdin, uncaught exceptions and SystemExit, and a plain
// REPL (the line editor comes later).
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "py/obj.h"
#include "py/port.h"
#include "unix_port.h"
#include "console.h"

#define FERRITE_VERSION "0.1.0"

#if defined(__x86_64__)
#define MACHINE "x86_64"
#elif defined(__aarch64__)
#define MACHINE "aarch64"
#elif defined(__i386__)
#define MACHINE "i386"
#elif defined(__arm__)
#define MACHINE "arm"
#else
#define MACHINE "unknown"
#endif

// Sanitizer builds: keep every stack frame on the real stack so the GC's scan sees it.
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0";
}

static void usage(FILE *f, const char *prog) {
    fprintf(f,
        "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
        "Options:\n"
        "  -c cmd        run the program passed as a string\n"
        "  -m mod        run a module found on sys.path as __main__\n"
        "  -i            enter the REPL after running the program\n"
        "  -X heapsize=N[k|m]  size of the heap (default 256m); behaves like a device that size\n"
        "  -X emit=bytecode, -X realtime, -O  accepted, no effect\n"
        "  -h, --help    this text;  --version  the version\n"
        "Environment: FERRITEPATH, MICROPYPATH: folders (':'-separated) added to sys.path\n",
        prog);
}

// "16k", "1m", "65536" -> bytes; 0 if malformed.
static size_t parse_size(const char *s) {
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s) {
        return 0;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    } else if (*end == 'g' || *end == 'G') {
        v *= 1024ull * 1024 * 1024;
        end++;
    }
    return *end == 0 && v <= SIZE_MAX ? (size_t)v : 0;
}

// ---- running code -----------------------------------------------------------------------

static fe_obj_t str_obj(const char *s) {
    return fe_str_new(s, strlen(s));
}

// Set when the last run ended with SystemExit (the REPL then stops too).
static bool exited;

// Exit status for an exception that reached the top; prints it as CPython does.
static int report_uncaught(fe_obj_t exc) {
    exited = fe_exc_matches(exc, &fe_type_SystemExit);
    fe_handler_t h;
    if (FE_TRY(h)) {
        int status = 1;
        if (fe_exc_matches(exc, &fe_type_SystemExit)) {
            fe_obj_t args = fe_exc_args(exc);
            size_t n;
            fe_obj_t *items;
            fe_tuple_get(args, &n, &items);
            fe_obj_t code = n == 0 ? fe_none : n == 1 ? items[0] : args;
            fe_int_t v;
            if (code == fe_none) {
                status = 0;
            } else if (fe_get_int_maybe(code, &v)) {
                status = (int)(v & 0xff);
            } else {
                fe_print_obj(&fe_print_stderr, code, FE_PRINT_STR);
                fe_print_str(&fe_print_stderr, "\n");
                status = 1;
            }
        } else {
            fe_print_exception(&fe_print_stderr, exc);
            if (fe_exc_matches(exc, &fe_type_KeyboardInterrupt)) {
                status = 130;
            }
        }
        fe_handler_pop(&h);
        return status;
    }
    fe_print_str(&fe_print_stderr, "Error while printing an exception\n");
    return 1;
}

// Compiles and runs source text in __main__'s namespace; returns the exit status.
static int execute(const char *src, size_t len, qstr filename, fe_compile_mode_t mode) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t code = fe_compile(src, len, filename, mode);
        fe_exec_code(code, fe_state.main_globals, fe_state.main_globals);
        fe_handler_pop(&h);
        return 0;
    }
    fe_state.call_depth = 0;
    fe_gc_scrub_stack();
    return report_uncaught(h.exc);
}

static int run_file(const char *path) {
    size_t len;
    char *src = fe_port_read_file(path, &len);
    if (src == NULL) {
        int err = errno;
        unix_stdout_flush();
        fprintf(stderr, "ferrite: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
        return 2;
    }
    fe_dict_store(fe_state.main_globals, FE_NEW_QSTR(Q___file__), str_obj(path));
    return execute(src, len, qstr_from_str(path), FE_COMPILE_FILE);
}

static int run_module(const char *name) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_import_run_main(qstr_from_str(name));
        fe_handler_pop(&h);
        return 0;
    }
    fe_state.call_depth = 0;
    return report_uncaught(h.exc);
}

// A growable text buffer in C memory (the REPL's lines, a script read from stdin).
typedef struct {
    char *buf;
    size_t len, cap;
} text_t;

static void text_add(text_t *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1) {
            cap *= 2;
        }
        char *b = realloc(t->buf, cap);
        if (b == NULL) {
            fe_port_fatal("out of memory in the REPL");
        }
        t->buf = b;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = 0;
}

// Reads all of stdin (a script piped in) into buf; false if interrupted (Ctrl-C).
static bool read_all_stdin(text_t *buf) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        int c;
        while ((c = fe_port_stdin_read_char()) >= 0) {
            char ch = (char)c;
            text_add(buf, &ch, 1);
        }
        fe_handler_pop(&h);
        return true;
    }
    report_uncaught(h.exc);
    return false;
}

static int run_stdin(void) {
    text_t src = {0};
    text_add(&src, "", 0);
    int status = 130;
    if (read_all_stdin(&src)) {
        status = execute(src.buf, src.len, Q_lt_stdin_gt, FE_COMPILE_FILE);
    }
    free(src.buf);
    return status;
}

// ---- REPL ---------------------------------------------------------------------------------

// Reads one line (without its newline) after printing the prompt; false at end of input.
static bool read_line(const char *prompt, text_t *line) {
    fe_port_stdout_write(prompt, strlen(prompt));
    line->len = 0;
    text_add(line, "", 0);
    int c;
    bool any = false;
    while ((c = fe_port_stdin_read_char()) >= 0) {
        any = true;
        if (c == '\n') {
            return true;
        }
        char ch = (char)c;
        text_add(line, &ch, 1);
    }
    return any;
}

// Whether the text typed so far needs more lines: open brackets or triple-quoted strings,
// a trailing backslash, or a compound statement (first line ends with ':' or is a
// decorator) not yet closed by an empty line.
static bool needs_more(const text_t *t, bool last_line_blank) {
    int depth = 0;
    char quote = 0;
    bool triple = false;
    bool block = false;
    bool first_line_done = false;
    char last_sig = 0;  // last significant character of the current logical line
    const char *s = t->buf;
    size_t n = t->len;
    size_t first = 0;
    while (first < n && (s[first] == ' ' || s[first] == '\t')) {
        first++;
    }
    if (first < n && s[first] == '@') {
        block = true;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (c == quote && (!triple || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                if (triple) {
                    i += 2;
                }
                quote = 0;
                last_sig = c;
            } else if (c == '\n' && !triple) {
                quote = 0;  // unterminated single-quoted string: let the compiler complain
            }
            continue;
        }
        if (c == '#') {
            while (i < n && s[i] != '\n') {
                i++;
            }
            i--;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            if (triple) {
                i += 2;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        } else if (c == '\n' && depth <= 0 && !first_line_done) {
            if (last_sig == '\\') {
                continue;
            }
            first_line_done = true;
            if (last_sig == ':') {
                block = true;
            }
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            last_sig = c;
        }
    }
    if (quote && triple) {
        return true;
    }
    if (depth > 0 || last_sig == '\\') {
        return true;
    }
    if (!first_line_done && last_sig == ':') {
        block = true;
    }
    return block && !last_line_blank;
}

static bool is_blank(const text_t *line) {
    for (size_t i = 0; i < line->len; i++) {
        if (line->buf[i] != ' ' && line->buf[i] != '\t' && line->buf[i] != '\r') {
            return false;
        }
    }
    return true;
}

static void print_banner(void) {
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};
    const char *d = __DATE__;  // "Nov 24 2026"
    int month = 0;
    for (int i = 0; i < 12; i++) {
        if (strncmp(d, months[i], 3) == 0) {
            month = i + 1;
        }
    }
    int day = atoi(d + 4);
    char banner[160];
    int n = snprintf(banner, sizeof(banner),
        "Ferrite " FERRITE_VERSION " on %.4s-%02d-%02d; " FE_PORT_PLATFORM " with " MACHINE "\n"
        "Use Ctrl-D to exit\n", d + 7, month, day);
    fe_port_stdout_write(banner, (size_t)n);
}

static int repl(void) {
    if (isatty(0)) {
        print_banner();
    }
    text_t code = {0}, line = {0};
    int status = 0;
    for (;;) {
        fe_handler_t h;
        if (FE_TRY(h)) {
            bool more = read_line(">>> ", &line);
            if (!more) {
                fe_handler_pop(&h);
                fe_port_stdout_write("\n", 1);
                break;
            }
            if (is_blank(&line)) {
                fe_handler_pop(&h);
                continue;
            }
            code.len = 0;
            text_add(&code, line.buf, line.len);
            bool eof = false;
            while (needs_more(&code, false)) {
                if (!read_line("... ", &line)) {
                    eof = true;
                    break;
                }
                text_add(&code, "\n", 1);
                text_add(&code, line.buf, line.len);
                if (is_blank(&line) && !needs_more(&code, true)) {
                    break;
                }
            }
            fe_handler_pop(&h);
            text_add(&code, "\n", 1);
            exited = false;
            int r = execute(code.buf, code.len, Q_lt_stdin_gt, FE_COMPILE_SINGLE);
            if (exited) {
                status = r;
                break;
            }
            if (eof) {
                fe_port_stdout_write("\n", 1);
                break;
            }
        } else {
            // Ctrl-C while typing: drop the statement
            if (fe_exc_matches(h.exc, &fe_type_KeyboardInterrupt)) {
                fe_port_stdout_write("\nKeyboardInterrupt\n", 19);
            } else {
                report_uncaught(h.exc);
            }
        }
    }
    free(code.buf);
    free(line.buf);
    return status;
}

// ---- start-up -----------------------------------------------------------------------------

// Appends the ':'-separated folders of an environment variable to sys.path.
static void add_path_env(const char *var) {
    const char *v = getenv(var);
    while (v != NULL && *v) {
        const char *end = strchr(v, ':');
        size_t n = end ? (size_t)(end - v) : strlen(v);
        if (n > 0) {
            fe_list_append(fe_state.sys_path, fe_str_new(v, n));
        }
        v = end ? end + 1 : NULL;
    }
}

// sys.path[0]: the script's folder (absolute, as CPython), else '' (the current folder).
static fe_obj_t script_dir(const char *script) {
    char *full = script ? realpath(script, NULL) : NULL;
    if (full == NULL) {
        return FE_NEW_QSTR(Q_empty);
    }
    char *slash = strrchr(full, '/');
    fe_obj_t dir = fe_str_new(full, slash == full ? 1 : (size_t)(slash - full));
    free(full);
    return dir;
}

// The C stack's extent for fe_stack_check(): the soft limit of the stack size, less a
// generous margin for what sits above main (environment, arguments) and for C code that
// runs between two checks.
static void set_stack_limit(char *top) {
    struct rlimit rl;
    size_t size = 8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size * 8) {
        size = (size_t)rl.rlim_cur;
    }
    size_t margin = size / 8 > 64 * 1024 ? size / 8 : 64 * 1024;
    fe_state.stack_top = top;
    fe_state.stack_limit = size > margin ? top - (size - margin) : NULL;
}

// Allocates the heap once and initialises the interpreter in it.
static bool start_interpreter(size_t heap_size) {
    char *heap = calloc(1, heap_size);  // zeroed (FE_PORT_HEAP_ZEROED)
    if (heap == NULL) {
        fprintf(stderr, "ferrite: cannot allocate a heap of %zu bytes\n", heap_size);
        return false;
    }
    fe_gc_init(heap, heap + heap_size);
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_init();
        fe_handler_pop(&h);
    } else {
        fprintf(stderr, "ferrite: the heap is too small to start\n");
        return false;
    }
    unix_signals_init();
    return true;
}

// sys.path and sys.argv (argv0, then the remaining n_args command-line arguments).
static bool set_sys_vars(const char *script, const char *argv0, int n_args, char **args) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_list_append(fe_state.sys_path, script_dir(script));
        add_path_env("FERRITEPATH");
        add_path_env("MICROPYPATH");
        fe_list_append(fe_state.sys_argv, str_obj(argv0));
        for (int i = 0; i < n_args; i++) {
            fe_list_append(fe_state.sys_argv, str_obj(args[i]));
        }
        fe_handler_pop(&h);
        return true;
    }
    fprintf(stderr, "ferrite: the heap is too small to start\n");
    return false;
}

__attribute__((noinline)) static int run(int argc, char **argv) {
    const char *cmd = NULL, *module = NULL, *script = NULL;
    bool inspect = false, dash = false;
    size_t heap_size = FE_UNIX_DEFAULT_HEAP;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            dash = a[0] == '-';
            script = dash ? NULL : a;
            i++;
            break;
        }
        if (strcmp(a, "--") == 0) {
            if (++i < argc) {
                script = argv[i++];
            }
            break;
        }
        if (a[1] == 'c' || a[1] == 'm') {
            const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (val == NULL) {
                fprintf(stderr, "Argument expected for the %.2s option\n", a);
                usage(stderr, argv[0]);
                return 2;
            }
            *(a[1] == 'c' ? &cmd : &module) = val;
            i++;
            break;
        }
        if (strcmp(a, "-i") == 0) {
            inspect = true;
        } else if (a[1] == 'X') {
            const char *opt = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            if (strncmp(opt, "heapsize=", 9) == 0) {
                heap_size = parse_size(opt + 9);
                if (heap_size < 2048) {
                    fprintf(stderr, "ferrite: bad heap size '%s' (at least 2k)\n", opt + 9);
                    return 2;
                }
            }
            // emit=..., realtime and others: accepted for MicroPython compatibility
        } else if (a[1] == 'O') {
            // optimisation flags: accepted, no effect
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout, argv[0]);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("Ferrite " FERRITE_VERSION "\n");
            return 0;
        } else {
            fprintf(stderr, "ferrite: unknown option %s\n", a);
            usage(stderr, argv[0]);
            return 2;
        }
    }

    const char *argv0 = cmd ? "-c" : module ? module : script ? script : dash ? "-" : "";
    if (!start_interpreter(heap_size) || !set_sys_vars(script, argv0, argc - i, argv + i)) {
        return 1;
    }
    int status = 0;
    bool ran = true;
    if (cmd != NULL) {
        status = execute(cmd, strlen(cmd), Q_lt_string_gt, FE_COMPILE_FILE);
    } else if (module != NULL) {
        status = run_module(module);
    } else if (script != NULL) {
        status = run_file(script);
    } else if (dash || (!inspect && !isatty(0))) {
        status = run_stdin();
    } else {
        ran = false;
    }
    if ((!ran || inspect) && !exited) {
        status = isatty(0) ? unix_console_repl() : repl();
    }
    fe_deinit();
    unix_stdout_flush();
    return status;
}

int main(int argc, char **argv) {
    // Everything the interpreter puts on the C stack lies below main's frame.
    set_stack_limit((char *)__builtin_frame_address(0));
    return run(argc, argv);
}
