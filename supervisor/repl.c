// supervisor/repl.c: the console driver shared by every port (see repl.h): friendly REPL,
// paste mode, raw REPL, raw-paste and soft reset, byte for byte as MicroPython's host tools
// expect (docs: console-protocols.md §1-3).
//
// Modes: the friendly REPL (lib/readline edits each line; a statement continues while
// brackets or a triple quote are open, after a trailing backslash, or while a compound
// statement - first word if/while/for/try/with/def/class/async or '@' - has not ended with
// an empty line; it then runs in single mode, printing expression values), paste mode
// (Ctrl-E; the text runs like a module but, as in MicroPython, top-level expression values
// are printed), the raw REPL (Ctrl-A) with raw-paste, and soft reset (raw Ctrl-D on an empty
// buffer; friendly Ctrl-D on an empty line when the port has no "exit" for it).
// Uncaught exceptions print their traceback on the console (stdout), not stderr, so the
// raw REPL frames it and the order of output is kept on every port.
//
// All output goes through fe_port_stdout_write with LF line ends; the port turns LF into
// CR LF on its console, so "\n" below is "\r\n" on the wire.
//
// Identity strings (console-protocols.md §7), chosen deliberately:
//   banner:      "Ferrite 0.1.0 on <YYYY-MM-DD>; <board> with <mcu>\r\n"
//                "Type \"help()\" for more information.\r\n"
//                Not "MicroPython ...": Ferrite is not MicroPython, and no host tool needs
//                that word (mpremote's remount also accepts the raw banner, which is what a
//                raw-mode soft reset prints). None of Thonny's trigger words appear.
//   soft reset:  "MPY: soft reboot\r\n" - pyboard.py, mpremote and ampy wait for the suffix
//                "soft reboot\r\n", and mpremote's remount needs exactly "MPY: soft reboot".
//   raw REPL:    "raw REPL; CTRL-B to exit\r\n>" (what every host waits for).
//   raw-paste:   supported, window W = 128 (b"R\x01\x80\x00\x01"; no 0x3E byte in W).
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "py/objtype.h"
#include "lib/readline/readline.h"
#include "supervisor/repl.h"

#ifndef FERRITE_VERSION
#define FERRITE_VERSION "0.1.0"
#endif

#define RAW_PASTE_WINDOW 128

static const fe_repl_config_t *cfg;

static void out(const char *s, size_t len) {
    fe_port_stdout_write(s, len);
}

static void out_str(const char *s) {
    fe_port_stdout_write(s, strlen(s));
}

void fe_repl_print_banner(void) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__;  // "Nov 24 2026"
    int month = 1;
    for (int i = 0; i < 12; i++) {
        if (memcmp(d, months + 3 * i, 3) == 0) {
            month = i + 1;
        }
    }
    int day = (d[4] == ' ' ? 0 : d[4] - '0') * 10 + (d[5] - '0');
    char date[11] = {d[7], d[8], d[9], d[10], '-', (char)('0' + month / 10), (char)('0' + month % 10), '-',
        (char)('0' + day / 10), (char)('0' + day % 10), 0};
    out_str("Ferrite " FERRITE_VERSION " on ");
    out_str(date);
    out_str("; ");
    out_str(cfg && cfg->board ? cfg->board : "unknown");
    out_str(" with ");
    out_str(cfg && cfg->mcu ? cfg->mcu : "unknown");
    out_str("\nType \"help()\" for more information.\n");
}

// ---- soft reset ----------------------------------------------------------------------------

// Copies the str items of a list into a tuple of bytes (plain heap data that outlives the
// qstr pool being rebuilt).
static fe_obj_t save_strings(fe_obj_t list) {
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    fe_obj_t t = fe_tuple_new(n, NULL);
    for (size_t i = 0; i < n; i++) {
        fe_obj_t v = fe_empty_tuple;  // placeholder for non-str entries (skipped later)
        if (fe_is_str(items[i])) {
            size_t len;
            const char *s = fe_str_data(items[i], &len);
            v = fe_bytes_new(s, len);
        }
        ((fe_tuple_t *)t)->items[i] = v;
    }
    return t;
}

static void restore_strings(fe_obj_t list, fe_obj_t saved) {
    fe_tuple_t *t = saved;
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] != fe_empty_tuple) {
            size_t len;
            const char *s = fe_bytes_data(t->items[i], &len);
            fe_list_append(list, fe_str_new(s, len));
        }
    }
}

// sys.path and sys.argv as they were when the console started (saved by fe_repl_run in
// its own frame, which outlives every soft reset; this static is not the only reference).
static volatile fe_obj_t *initial_vars;

void fe_repl_soft_reset(void) {
    out_str("MPY: soft reboot\n");
    fe_handler_t h;
    if (FE_TRY(h)) {
        volatile fe_obj_t path = initial_vars ? initial_vars[0] : save_strings(fe_state.sys_path);
        volatile fe_obj_t argv = initial_vars ? initial_vars[1] : save_strings(fe_state.sys_argv);
        fe_deinit();
        fe_state.modules = FE_NULL;
        fe_state.main_globals = FE_NULL;
        fe_state.builtins_override = FE_NULL;
        fe_state.sys_module = FE_NULL;
        fe_state.current_exc = FE_NULL;
        fe_state.call_depth = 0;
        fe_init();
        fe_type_cache_flush();
        restore_strings(fe_state.sys_path, path);
        restore_strings(fe_state.sys_argv, argv);
        path = FE_NULL;
        argv = FE_NULL;
        fe_handler_pop(&h);
    } else {
        out_str("soft reset failed\n");
    }
    if (cfg && cfg->after_soft_reset) {
        cfg->after_soft_reset();
    }
    fe_gc_collect();
}

// ---- running code --------------------------------------------------------------------------

enum { RUN_OK, RUN_EXCEPTION, RUN_EXIT };

static int exit_status;

// Exit status of a SystemExit, as CPython computes it.
static int system_exit_status(fe_obj_t exc) {
    fe_obj_t args = fe_exc_args(exc);
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(args, &n, &items);
    fe_obj_t code = n == 0 ? fe_none : n == 1 ? items[0] : args;
    fe_int_t v;
    if (code == fe_none) {
        return 0;
    }
    if (fe_get_int_maybe(code, &v)) {
        return (int)(v & 0xff);
    }
    fe_print_obj(&fe_print_stdout, code, FE_PRINT_STR);
    out_str("\n");
    return 1;
}

// Compiles and runs source text in __main__; prints an uncaught exception's traceback to
// the console (before `before_error`, if given, is sent). A SystemExit sets exit_status.
// `spent`, when not NULL, is the buffer holding src: it is freed once the code is compiled,
// so the program runs with that memory back (on a 16 KB board a pasted test is ~0.5 KB).
static int run_source(const char *src, size_t len, fe_compile_mode_t mode, const char *before_error,
                      fe_vstr_t *spent) {
    if (cfg->code_running) {
        cfg->code_running(true);
    }
    int result = RUN_OK;
    // the preallocated KeyboardInterrupt keeps the traceback of its last raise: start clean
    if (fe_state.keyboard_interrupt != FE_NULL) {
        fe_exc_clear_traceback(fe_state.keyboard_interrupt);
    }
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_obj_t code = fe_compile(src, len, Q_lt_stdin_gt, mode);
        if (spent != NULL) {
            fe_vstr_clear(spent);
        }
        fe_exec_code(code, fe_state.main_globals, fe_state.main_globals);
        fe_handler_pop(&h);
    } else {
        fe_state.call_depth = 0;
        fe_obj_t exc = h.exc;
        if (before_error) {
            out_str(before_error);
        }
        if (fe_exc_matches(exc, &fe_type_SystemExit)) {
            result = RUN_EXIT;
            fe_handler_t h2;
            if (FE_TRY(h2)) {
                exit_status = system_exit_status(exc);
                fe_handler_pop(&h2);
            } else {
                exit_status = 1;
            }
        } else {
            result = RUN_EXCEPTION;
            fe_handler_t h2;
            if (FE_TRY(h2)) {
                fe_print_exception(&fe_print_stdout, exc);
                fe_handler_pop(&h2);
            } else {
                out_str("Error while printing an exception\n");
            }
        }
    }
    if (cfg->code_running) {
        cfg->code_running(false);
    }
    // a Ctrl-C that came too late to interrupt anything is dropped
    fe_state.pending_exc = FE_NULL;
    return result;
}

// ---- raw REPL and raw-paste ----------------------------------------------------------------

enum { MODE_FRIENDLY, MODE_RAW, MODE_EXIT };

// Receives a raw-paste submission after the b"\x05A\x01" request; runs it.
static int raw_paste(fe_vstr_t *buf) {
    static const char reply[] = {'R', 1, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 1};
    out(reply, sizeof(reply));
    buf->len = 0;
    size_t consumed = 0;
    bool interrupted = false;
    for (;;) {
        int c = fe_port_stdin_read_char();
        if (c < 0) {
            return MODE_EXIT;
        }
        if (c == 4) {
            break;
        }
        if (c == 3) {
            interrupted = true;
            break;
        }
        fe_vstr_add_byte(buf, (uint8_t)c);
        if (++consumed == RAW_PASTE_WINDOW) {
            consumed = 0;
            out("\x01", 1);  // one more window of credit
        }
    }
    out("\x04", 1);
    if (interrupted) {
        out("\x04", 1);
        fe_obj_t exc = fe_state.keyboard_interrupt;
        fe_exc_clear_traceback(exc);
        fe_print_exception(&fe_print_stdout, exc);
        out("\x04>", 2);
        return MODE_RAW;
    }
    int r = run_source(buf->buf, buf->len, FE_COMPILE_FILE, "\x04", buf);
    if (r == RUN_OK) {
        out("\x04", 1);
    }
    out("\x04>", 2);
    return MODE_RAW;
}

static int raw_repl(void) {
    out_str("raw REPL; CTRL-B to exit\n>");
    fe_vstr_t buf;
    fe_vstr_init(&buf, 256);
    for (;;) {
        int c = fe_port_stdin_read_char();
        if (c < 0) {
            return MODE_EXIT;
        }
        switch (c) {
            case 1:
                if (buf.len == 2 && buf.buf[0] == 5 && buf.buf[1] == 'A') {
                    if (raw_paste(&buf) == MODE_EXIT) {
                        return MODE_EXIT;
                    }
                } else {
                    out_str("raw REPL; CTRL-B to exit\n>");
                }
                buf.len = 0;
                break;
            case 2:
                out_str("\n");
                return MODE_FRIENDLY;
            case 3:
                buf.len = 0;
                break;
            case 4:
                if (buf.len == 0) {
                    out_str("OK\n");
                    fe_repl_soft_reset();
                    out_str("raw REPL; CTRL-B to exit\n>");
                } else {
                    out("OK", 2);
                    int r = run_source(buf.buf, buf.len, FE_COMPILE_FILE, "\x04", &buf);
                    if (r == RUN_OK) {
                        out("\x04", 1);
                    }
                    out("\x04>", 2);
                    buf.len = 0;
                }
                break;
            default:
                fe_vstr_add_byte(&buf, (uint8_t)c);
                break;
        }
    }
}

// ---- paste mode ----------------------------------------------------------------------------

static bool starts_with_word(const char *s, size_t len, const char *word);

// Whether the line at s (up to the next LF) continues the statement before it at the top
// level: blank, a comment, indented, or an else/elif/except/finally clause.
static bool continues_statement(const char *s, const char *end) {
    const char *e = s;
    while (e < end && *e != '\n') {
        e++;
    }
    size_t len = (size_t)(e - s);
    if (len == 0 || s[0] == ' ' || s[0] == '\t' || s[0] == '#' || s[0] == '\r') {
        return true;
    }
    static const char *const clauses[] = {"else", "elif", "except", "finally"};
    for (size_t k = 0; k < FE_ARRAY_SIZE(clauses); k++) {
        if (starts_with_word(s, len, clauses[k])) {
            return true;
        }
    }
    return false;
}

// Bracket depth and open string of a scan over source text (statement_length,
// needs_continuation).
typedef struct {
    int depth;
    char quote;  // the open string's quote, 0 outside strings
    bool triple;
} src_scan_t;

// Steps over s[*ip], and the bytes that go with it (an escape, a closing triple quote, a
// comment's text), updating st; true if s[*ip] is code outside strings and comments. The
// newline that ends an unterminated one-line string counts as code.
static bool scan_code(src_scan_t *st, const char *s, size_t n, size_t *ip) {
    size_t i = *ip;
    char c = s[i];
    bool code = false;
    if (st->quote) {
        if (c == '\\') {
            i++;
        } else if (c == st->quote && (!st->triple || (i + 2 < n && s[i + 1] == c && s[i + 2] == c))) {
            if (st->triple) {
                i += 2;
            }
            st->quote = 0;
        } else if (c == '\n' && !st->triple) {
            st->quote = 0;
            code = true;
        }
    } else if (c == '#') {
        while (i + 1 < n && s[i + 1] != '\n') {
            i++;
        }
    } else if (c == '\'' || c == '"') {
        st->quote = c;
        st->triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
        if (st->triple) {
            i += 2;
        }
    } else {
        code = true;
        if (c == '(' || c == '[' || c == '{') {
            st->depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            st->depth--;
        }
    }
    *ip = i;
    return code;
}

// Length of the top-level statement (with the lines that belong to it) starting at s:
// lines are joined while brackets or a triple-quoted string are open, after a trailing
// backslash, after decorators, and while the next line continues the statement.
static size_t statement_length(const char *s, size_t n) {
    src_scan_t st = {0, 0, false};
    bool decorator = n > 0 && s[0] == '@';
    char last = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool in_string = st.quote != 0;
        if (!scan_code(&st, s, n, &i)) {
            if (!in_string && c != '#') {
                last = c;  // an opening quote
            }
            continue;
        }
        if (c == '\n') {
            if (st.depth > 0 || last == '\\') {
                last = 0;
                continue;
            }
            if (i + 1 < n && !continues_statement(s + i + 1, s + n)) {
                if (decorator && s[i + 1] == '@') {
                    continue;
                }
                if (decorator) {
                    // the def/class after the decorators belongs to them
                    decorator = false;
                    last = 0;
                    continue;
                }
                return i + 1;
            }
        }
        if (c != ' ' && c != '\t' && c != '\r') {
            last = c;
        }
    }
    return n;
}

// Runs pasted text as MicroPython does: like a module (nothing runs if it does not compile)
// but with the values of top-level expression statements printed. Each top-level statement
// is compiled in single mode, preceded by blank lines so that line numbers stay right.
static int run_pasted(const char *src, size_t len) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_compile(src, len, Q_lt_stdin_gt, FE_COMPILE_FILE);
        fe_handler_pop(&h);
    } else {
        // report the syntax error exactly as a module run would
        return run_source(src, len, FE_COMPILE_FILE, NULL, NULL);
    }
    size_t pos = 0, line = 1;
    fe_vstr_t chunk;
    fe_vstr_init(&chunk, 64);
    while (pos < len) {
        size_t n = statement_length(src + pos, len - pos);
        bool significant = false;
        for (size_t i = 0; i < n && !significant; i++) {
            char c = src[pos + i];
            if (c == '#') {
                while (i + 1 < n && src[pos + i + 1] != '\n') {
                    i++;
                }
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                significant = true;
            }
        }
        if (significant) {
            chunk.len = 0;
            for (size_t k = 1; k < line; k++) {
                fe_vstr_add_byte(&chunk, '\n');
            }
            fe_vstr_add_strn(&chunk, src + pos, n);
            fe_vstr_add_byte(&chunk, '\n');
            int r = run_source(chunk.buf, chunk.len, FE_COMPILE_SINGLE, NULL, NULL);
            if (r != RUN_OK) {
                return r;
            }
        }
        for (size_t i = 0; i < n; i++) {
            line += src[pos + i] == '\n';
        }
        pos += n;
    }
    return RUN_OK;
}

static int paste_mode(fe_vstr_t *code) {
    out_str("paste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    code->len = 0;
    for (;;) {
        int c = fe_port_stdin_read_char();
        if (c < 0) {
            return MODE_EXIT;
        }
        if (c == 3) {
            out_str("\n");
            return MODE_FRIENDLY;
        }
        if (c == 4) {
            out_str("\n");
            break;
        }
        if (c == '\r') {
            out_str("\n=== ");
            fe_vstr_add_byte(code, '\n');
            continue;
        }
        char ch = (char)c;
        out(&ch, 1);
        fe_vstr_add_byte(code, (uint8_t)c);
    }
    if (run_pasted(code->buf, code->len) == RUN_EXIT) {
        return MODE_EXIT;
    }
    return MODE_FRIENDLY;
}

// ---- friendly REPL -------------------------------------------------------------------------

static bool starts_with_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len < n || memcmp(s, word, n) != 0) {
        return false;
    }
    if (len == n) {
        return true;
    }
    char c = s[n];
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
}

// Whether the statement typed so far (lines joined by LF) needs another line.
static bool needs_continuation(const char *s, size_t n, bool last_line_empty) {
    src_scan_t st = {0, 0, false};
    for (size_t i = 0; i < n; i++) {
        scan_code(&st, s, n, &i);
    }
    if ((st.quote && st.triple) || st.depth > 0) {
        return true;
    }
    if (n > 0 && s[n - 1] == '\\') {
        return true;
    }
    static const char compound[][6] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    bool block = n > 0 && s[0] == '@';
    for (size_t k = 0; k < FE_ARRAY_SIZE(compound); k++) {
        if (starts_with_word(s, n, compound[k])) {
            block = true;
        }
    }
    return block && !last_line_empty;
}

static size_t leading_spaces(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && s[k] == ' ') {
        k++;
    }
    return k;
}

static bool spaces_only(const char *s, size_t n) {
    return leading_spaces(s, n) == n;
}

// Auto-indent for the next line from the previous two lines of the statement.
static size_t auto_indent(const char *prev, size_t prev_len, const char *prev2, size_t prev2_len, bool have_prev2) {
    if (have_prev2 && spaces_only(prev, prev_len) && spaces_only(prev2, prev2_len)) {
        return 0;
    }
    size_t indent = leading_spaces(prev, prev_len) / 4 * 4;
    if (prev_len > 0 && prev[prev_len - 1] == ':') {
        indent += 4;
    }
    return indent;
}

// Reads and runs one friendly statement; returns the next mode.
static int friendly_statement(fe_vstr_t *line, fe_vstr_t *code) {
    fe_readline_reset_auto_indent();
    fe_rl_result_t r = fe_readline(line, ">>> ", 0);
    switch (r) {
        case FE_RL_EOF:
            return MODE_EXIT;
        case FE_RL_CTRL_A:
            return MODE_RAW;
        case FE_RL_CTRL_B:
            fe_repl_print_banner();
            return MODE_FRIENDLY;
        case FE_RL_CTRL_C:
            return MODE_FRIENDLY;
        case FE_RL_CTRL_D:
            if (cfg->ctrl_d_exits) {
                exit_status = 0;
                return MODE_EXIT;
            }
            fe_repl_soft_reset();
            fe_repl_print_banner();
            return MODE_FRIENDLY;
        case FE_RL_CTRL_E:
            return paste_mode(code);
        case FE_RL_LINE:
            break;
    }
    if (spaces_only(line->buf, line->len)) {
        return MODE_FRIENDLY;
    }
    fe_readline_push_history(line->buf, line->len);
    code->len = 0;
    fe_vstr_add_strn(code, line->buf, line->len);
    size_t prev_start = 0, prev2_start = 0;  // offsets of the last two lines in code
    bool have_prev2 = false;
    bool last_empty = false;
    while (needs_continuation(code->buf, code->len, last_empty)) {
        const char *prev = code->buf + prev_start;
        size_t prev_len = code->len - prev_start;
        const char *prev2 = code->buf + prev2_start;
        size_t prev2_len = prev_start > 0 ? prev_start - 1 - prev2_start : 0;
        size_t indent = auto_indent(prev, prev_len, prev2, prev2_len, have_prev2);
        r = fe_readline(line, "... ", indent);
        if (r == FE_RL_EOF) {
            return MODE_EXIT;
        }
        if (r == FE_RL_CTRL_C) {
            return MODE_FRIENDLY;  // the whole statement is dropped
        }
        if (r != FE_RL_LINE) {
            break;  // Ctrl-D (or another control key) on an empty line: run what we have
        }
        fe_readline_push_history(line->buf, line->len);
        prev2_start = prev_start;
        have_prev2 = true;
        prev_start = code->len + 1;
        fe_vstr_add_byte(code, '\n');
        fe_vstr_add_strn(code, line->buf, line->len);
        last_empty = line->len == 0;
    }
    fe_vstr_add_byte(code, '\n');
    // each typed statement starts from a collected heap: what earlier lines left unreachable
    // does not count against gc.mem_free()
    fe_gc_collect();
    if (run_source(code->buf, code->len, FE_COMPILE_SINGLE, NULL, NULL) == RUN_EXIT) {
        return MODE_EXIT;
    }
    return MODE_FRIENDLY;
}

int fe_repl_run(const fe_repl_config_t *config) {
    cfg = config;
    exit_status = 0;
    fe_repl_print_banner();
    volatile fe_obj_t initial[2] = {FE_NULL, FE_NULL};
    fe_handler_t h0;
    if (FE_TRY(h0)) {
        initial[0] = save_strings(fe_state.sys_path);
        initial[1] = save_strings(fe_state.sys_argv);
        initial_vars = initial;
        fe_handler_pop(&h0);
    }
    fe_vstr_t line, code;
    fe_vstr_init(&line, 64);
    fe_vstr_init(&code, 64);
    volatile int mode = MODE_FRIENDLY;  // kept across the longjmp of an exception
    while (mode != MODE_EXIT) {
        fe_handler_t h;
        if (FE_TRY(h)) {
            if (mode == MODE_RAW) {
                mode = raw_repl();
                if (mode == MODE_FRIENDLY) {
                    fe_repl_print_banner();
                }
            } else {
                mode = friendly_statement(&line, &code);
            }
            fe_handler_pop(&h);
        } else {
            // an exception outside user code (MemoryError, a signal while reading)
            fe_state.call_depth = 0;
            fe_state.pending_exc = FE_NULL;
            if (fe_exc_matches(h.exc, &fe_type_KeyboardInterrupt)) {
                out_str("\n");
            } else {
                fe_print_exception(&fe_print_stdout, h.exc);
            }
            if (cfg->code_running) {
                cfg->code_running(false);
            }
        }
    }
    initial_vars = NULL;
    return exit_status;
}
