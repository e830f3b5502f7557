// lib/readline/readline.c: the console line editor (see readline.h).
//
// Terminal model: the cursor sits at column len(prompt) + cursor on the current line. The
// editor redraws with only four kinds of output, which every VT100-ish client (and Mu's
// pane) understands: BS x n (n <= 4) or ESC [ n D to move left, ESC [ K to clear to the end
// of the line, and re-sent characters to move right. After each edit it moves back over
// `step_back` characters, then (if the text from the cursor changed) clears when the line
// got shorter, re-sends the tail and moves back to where the cursor belongs.
//
// Input: printable ASCII is inserted; editing keys as in console-protocols.md §1 (Ctrl-A/E
// home/end, Ctrl-B/F left/right, Ctrl-D delete, Ctrl-K/U kill, Ctrl-P/N history, Ctrl-W
// delete word, the VT100/xterm escape sequences ESC [ A..D, H, F, 1~ 3~ 4~ 7~ 8~, ESC O H/F).
// Unknown escape sequences are read to their final byte and dropped. Tab indents after
// whitespace and otherwise completes names (FE_READLINE_COMPLETION; without it, always indents).
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "lib/readline/readline.h"

// ---- history: a fixed table in static memory (no heap, survives nothing but the process)

static char history[FE_READLINE_HISTORY_SIZE][FE_READLINE_HISTORY_LINE];
static size_t history_len[FE_READLINE_HISTORY_SIZE];
static size_t history_count;

void fe_readline_push_history(const char *s, size_t len) {
    if (len == 0 || len >= FE_READLINE_HISTORY_LINE) {
        return;
    }
    if (history_count > 0 && history_len[0] == len && memcmp(history[0], s, len) == 0) {
        return;
    }
    size_t keep = history_count < FE_READLINE_HISTORY_SIZE ? history_count : FE_READLINE_HISTORY_SIZE - 1;
    for (size_t i = keep; i > 0; i--) {
        memcpy(history[i], history[i - 1], history_len[i - 1]);
        history_len[i] = history_len[i - 1];
    }
    memcpy(history[0], s, len);
    history_len[0] = len;
    history_count = keep + 1;
}

void fe_readline_clear_history(void) {
    history_count = 0;
}

// ---- auto-indent state: turned off when the first key after an inserted indent shows that
// text is being pasted (a Space or Tab), until the next primary prompt.
static bool auto_indent_off;

bool fe_readline_auto_indent_enabled(void) {
    return !auto_indent_off;
}

void fe_readline_reset_auto_indent(void) {
    auto_indent_off = false;
}

// ---- output helpers -----------------------------------------------------------------------

static void out(const char *s, size_t len) {
    if (len > 0) {
        fe_port_stdout_write(s, len);
    }
}

static void out_str(const char *s) {
    out(s, strlen(s));
}

static void move_left(size_t n) {
    if (n == 0) {
        return;
    }
    if (n <= 4) {
        out("\b\b\b\b", n);
        return;
    }
    char buf[24];
    size_t i = sizeof(buf);
    buf[--i] = 'D';
    do {
        buf[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    buf[--i] = '[';
    buf[--i] = 27;
    out(buf + i, sizeof(buf) - i);
}

// ---- the editor ----------------------------------------------------------------------------

// The byte after a CR or LF that submitted a line: its partner (LF after CR, CR after LF)
// is dropped when it comes next.
static int line_end_partner;

typedef struct {
    fe_vstr_t *line;
    size_t cursor;
    const char *prompt;
} editor_t;

static void insert_text(editor_t *e, const char *s, size_t n) {
    fe_vstr_extend(e->line, n);  // grows len by n
    char *b = e->line->buf;
    memmove(b + e->cursor + n, b + e->cursor, e->line->len - n - e->cursor);
    memcpy(b + e->cursor, s, n);
}

static void delete_text(editor_t *e, size_t at, size_t n) {
    char *b = e->line->buf;
    memmove(b + at, b + at + n, e->line->len - at - n);
    e->line->len -= n;
}

// Replaces the whole line (history recall, completion list redraw keeps the prompt).
static void replace_line(editor_t *e, const char *s, size_t n) {
    size_t old_len = e->line->len;
    move_left(e->cursor);
    e->line->len = 0;
    e->cursor = 0;
    insert_text(e, s, n);
    if (n < old_len) {
        out_str("\x1b[K");
    }
    out(e->line->buf, n);
    e->cursor = n;
}

// Redraw after an edit at the cursor: the text from `cursor` on changed; the line was
// `old_len` long; the cursor ends `forward` characters further right.
static void redraw_tail(editor_t *e, size_t old_len, size_t forward) {
    if (e->line->len < old_len) {
        out_str("\x1b[K");
    }
    out(e->line->buf + e->cursor, e->line->len - e->cursor);
    e->cursor += forward;
    move_left(e->line->len - e->cursor);
}

// Inserts n characters at the cursor, shows them and moves past them (the line only grew,
// so nothing is left to clear).
static void type_text(editor_t *e, const char *s, size_t n) {
    insert_text(e, s, n);
    redraw_tail(e, 0, n);
}

static bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

#if FE_READLINE_COMPLETION
// ---- completion ----------------------------------------------------------------------------

// Appends name to list if it is a str that starts with prefix (skipping _names when the
// prefix is empty).
static void add_match(fe_obj_t list, fe_obj_t name, const char *prefix, size_t plen) {
    if (!fe_is_str(name)) {
        return;
    }
    size_t len;
    const char *s = fe_str_data(name, &len);
    if (len >= plen && memcmp(s, prefix, plen) == 0 && !(plen == 0 && len > 0 && s[0] == '_')) {
        fe_list_append(list, name);
    }
}

// Adds the map's keys that start with prefix (see add_match).
static void add_matches_from_map(fe_obj_t list, fe_map_t *map, const char *prefix, size_t plen) {
    size_t pos = 0;
    fe_map_elem_t *el;
    while ((el = fe_map_next(map, &pos)) != NULL) {
        if (el->key != FE_NULL) {
            add_match(list, el->key, prefix, plen);
        }
    }
}

static void add_matches_from_list(fe_obj_t list, fe_obj_t names, const char *prefix, size_t plen) {
    size_t n;
    fe_obj_t *items;
    fe_get_array(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        add_match(list, items[i], prefix, plen);
    }
}

// Looks up a name in __main__, then in builtins; FE_NULL if absent.
static fe_obj_t lookup_global(const char *s, size_t len) {
    qstr q = qstr_find_strn(s, len);
    if (q == 0) {
        return FE_NULL;
    }
    fe_obj_t v = fe_dict_get_maybe(fe_state.main_globals, FE_NEW_QSTR(q));
    if (v == FE_NULL) {
        v = fe_load_attr_maybe((fe_obj_t)&fe_module_builtins, q);
    }
    return v;
}

// The sorted, de-duplicated candidates for `word` (which may be dotted); `import_ctx`
// when the line so far is "import ".
static fe_obj_t completion_candidates(const char *word, size_t wlen, bool import_ctx, size_t *tail_len) {
    fe_obj_t list = fe_list_new(0, NULL);
    const char *dot = NULL;
    for (size_t i = 0; i < wlen; i++) {
        if (word[i] == '.') {
            dot = word + i;
        }
    }
    const char *tail = dot ? dot + 1 : word;
    size_t tlen = (size_t)(word + wlen - tail);
    *tail_len = tlen;
    if (import_ctx && dot == NULL) {
        for (size_t i = 0; i < fe_builtin_modules_count; i++) {
            add_match(list, FE_NEW_QSTR(fe_builtin_modules[i].name), tail, tlen);
        }
    } else if (dot == NULL) {
        add_matches_from_map(list, fe_dict_get_map(fe_state.main_globals), tail, tlen);
        add_matches_from_map(list, &fe_module_builtins.globals->map, tail, tlen);
    } else {
        // resolve the dotted prefix part by part
        const char *p = word;
        const char *end = p;
        while (end < dot && *end != '.') {
            end++;
        }
        fe_obj_t obj = lookup_global(p, (size_t)(end - p));
        while (obj != FE_NULL && end < dot) {
            p = end + 1;
            end = p;
            while (end < dot && *end != '.') {
                end++;
            }
            qstr q = qstr_find_strn(p, (size_t)(end - p));
            obj = q == 0 ? FE_NULL : fe_load_attr_maybe(obj, q);
        }
        if (obj == FE_NULL) {
            return list;
        }
        fe_obj_t dir_fn = fe_load_attr_maybe((fe_obj_t)&fe_module_builtins, Q_dir);
        if (dir_fn != FE_NULL) {
            add_matches_from_list(list, fe_call1(dir_fn, obj), tail, tlen);
        }
    }
    fe_list_sort(list, FE_NULL, false);
    // drop duplicates (a global shadowing a builtin)
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (w > 0 && fe_equal(items[w - 1], items[i])) {
            continue;
        }
        items[w++] = items[i];
    }
    ((fe_list_t *)list)->len = w;
    return list;
}

#define WORD_SLOT 16
#define LIST_LINE 64

static void complete(editor_t *e) {
    const char *b = e->line->buf;
    size_t start = e->cursor;
    while (start > 0 && (is_word_char(b[start - 1]) || b[start - 1] == '.')) {
        start--;
    }
    bool import_ctx = start == 7 && memcmp(b, "import ", 7) == 0;
    size_t tlen = 0;
    fe_obj_t list = FE_NULL;
    fe_handler_t h;
    if (FE_TRY(h)) {
        list = completion_candidates(b + start, e->cursor - start, import_ctx, &tlen);
        fe_handler_pop(&h);
    } else {
        return;  // an attribute lookup raised: no completion
    }
    size_t n;
    fe_obj_t *items;
    fe_list_get(list, &n, &items);
    if (n == 0) {
        // a line that is a prefix of "import " completes to it
        size_t len = e->line->len;
        if (e->cursor == len && len > 0 && len < 7 && memcmp(b, "import ", len) == 0) {
            type_text(e, &"import "[len], 7 - len);
        }
        return;
    }
    // longest common prefix of the candidates
    size_t first_len;
    const char *first = fe_str_data(items[0], &first_len);
    size_t common = first_len;
    for (size_t i = 1; i < n; i++) {
        size_t len;
        const char *s = fe_str_data(items[i], &len);
        size_t k = 0;
        while (k < common && k < len && s[k] == first[k]) {
            k++;
        }
        common = k;
    }
    if (common > tlen || n == 1) {
        if (common > tlen) {
            type_text(e, first + tlen, common - tlen);
        }
        return;
    }
    // several candidates and nothing to add: list them in columns, then redraw the line
    size_t line_len = LIST_LINE;  // forces a line break before the first name
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = fe_str_data(items[i], &len);
        size_t gap = (line_len + WORD_SLOT - 1) / WORD_SLOT * WORD_SLOT - line_len;
        if (gap < 2) {
            gap += WORD_SLOT;
        }
        if (line_len + gap + len <= LIST_LINE) {
            for (size_t k = 0; k < gap; k++) {
                out(" ", 1);
            }
            out(s, len);
            line_len += gap + len;
        } else {
            out("\n", 1);
            out(s, len);
            line_len = len;
        }
    }
    out("\n", 1);
    out_str(e->prompt);
    out(e->line->buf, e->line->len);
    move_left(e->line->len - e->cursor);
}
#endif

// ---- the key loop ----------------------------------------------------------------------------

static int read_byte(void) {
    return fe_port_stdin_read_char();
}

// Deletes n characters before (left) or at (!left) the cursor and redraws.
static void delete_at_cursor(editor_t *e, size_t n, bool left) {
    if (n == 0) {
        return;
    }
    size_t old_len = e->line->len;
    if (left) {
        move_left(n);
        e->cursor -= n;
    }
    delete_text(e, e->cursor, n);
    redraw_tail(e, old_len, 0);
}

// The start of the word left of p, or the end of the word right of p (Ctrl-W, Alt-D, Alt-B/F).
static size_t word_left(const char *b, size_t p) {
    while (p > 0 && !is_word_char(b[p - 1])) {
        p--;
    }
    while (p > 0 && is_word_char(b[p - 1])) {
        p--;
    }
    return p;
}

static size_t word_right(const char *b, size_t p, size_t len) {
    while (p < len && !is_word_char(b[p])) {
        p++;
    }
    while (p < len && is_word_char(b[p])) {
        p++;
    }
    return p;
}

static bool all_spaces(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ') {
            return false;
        }
    }
    return true;
}

fe_rl_result_t fe_readline(fe_vstr_t *line, const char *prompt, size_t indent) {
    editor_t ed = {line, 0, prompt};
    editor_t *e = &ed;
    line->len = 0;
    out_str(prompt);
    if (indent > 0 && !auto_indent_off) {
        fe_vstr_extend(line, indent);
        memset(line->buf, ' ', indent);
        out(line->buf, indent);
        e->cursor = indent;
    } else {
        indent = 0;
    }
    bool just_indented = indent > 0;
    int hist_pos = -1;
    for (;;) {
        int c = read_byte();
        if (c < 0) {
            return FE_RL_EOF;
        }
        if (line_end_partner != 0) {
            int partner = line_end_partner;
            line_end_partner = 0;
            if (c == partner) {
                continue;
            }
        }
        if (just_indented) {
            just_indented = false;
            if (c == ' ' || c == '\t') {
                // pasted text brings its own indentation: drop ours
                auto_indent_off = true;
                if (c == ' ' && e->cursor == line->len && all_spaces(line->buf, line->len)) {
                    // the Space replaces our indent: of 4 spaces, 3 go
                    delete_at_cursor(e, line->len - 1, true);
                    continue;
                }
            }
        }
        bool empty = line->len == 0;
        if (c == '\r' || c == '\n') {
            line_end_partner = c == '\r' ? '\n' : '\r';
            out("\n", 1);
            return FE_RL_LINE;
        }
        if (c == 3) {
            out("\n", 1);
            return FE_RL_CTRL_C;
        }
        if (empty && (c == 1 || c == 2 || c == 4 || c == 5)) {
            out("\n", 1);
            return c == 1 ? FE_RL_CTRL_A : c == 2 ? FE_RL_CTRL_B : c == 4 ? FE_RL_CTRL_D : FE_RL_CTRL_E;
        }
        int key = c;
        if (c == 27) {
            // escape sequence: ESC [ params final, ESC O final, or ESC + one byte
            int c2 = read_byte();
            if (c2 < 0) {
                return FE_RL_EOF;
            }
            key = 0;
            if (c2 == '[' || c2 == 'O') {
                int param = -1;
                bool extra = false;
                int f;
                for (;;) {
                    f = read_byte();
                    if (f < 0) {
                        return FE_RL_EOF;
                    }
                    if (f >= '0' && f <= '9') {
                        if (param < 0) {
                            param = f - '0';
                        } else {
                            extra = true;
                        }
                    } else if (f == ';') {
                        extra = true;
                    } else if (f >= 0x40 && f <= 0x7e) {
                        break;
                    } else {
                        extra = true;
                    }
                }
                if (f == '~' && !extra) {
                    key = param == 1 || param == 7 ? 1 : param == 4 || param == 8 ? 5 : param == 3 ? 0x7ff : 0;
                } else if (param < 0 || (c2 == '[' && param == 1)) {
                    switch (f) {
                        case 'A': key = 16; break;  // as Ctrl-P
                        case 'B': key = 14; break;  // as Ctrl-N
                        case 'C': key = 6; break;
                        case 'D': key = 2; break;
                        case 'H': key = 1; break;
                        case 'F': key = 5; break;
                        default: break;
                    }
                    if (extra) {
                        key = f == 'C' ? 0x7fc : f == 'D' ? 0x7fd : 0;  // Ctrl+arrows: words
                    }
                }
            } else if (c2 == 0x7f) {
                key = 23;
            } else if (c2 == 'b') {
                key = 0x7fd;
            } else if (c2 == 'f') {
                key = 0x7fc;
            } else if (c2 == 'd') {
                key = 0x7fe;
            }
        }
        char *b = line->buf;
        switch (key) {
            case 1:  // home
                move_left(e->cursor);
                e->cursor = 0;
                break;
            case 5:  // end
                out(b + e->cursor, line->len - e->cursor);
                e->cursor = line->len;
                break;
            case 2:  // left
                if (e->cursor > 0) {
                    move_left(1);
                    e->cursor--;
                }
                break;
            case 6:  // right
                if (e->cursor < line->len) {
                    out(b + e->cursor, 1);
                    e->cursor++;
                }
                break;
            case 8:
            case 0x7f:  // backspace: a whole indent step over leading spaces
                delete_at_cursor(e, e->cursor >= 4 && all_spaces(b, e->cursor) ? 4 : e->cursor > 0, true);
                break;
            case 4:  // Ctrl-D (non-empty line): delete at cursor
            case 0x7ff:
                delete_at_cursor(e, e->cursor < line->len, false);
                break;
            case 11:  // kill to end
                delete_at_cursor(e, line->len - e->cursor, false);
                break;
            case 21:  // kill to start
                delete_at_cursor(e, e->cursor, true);
                break;
            case 23:  // delete word left
                delete_at_cursor(e, e->cursor - word_left(b, e->cursor), true);
                break;
            case 0x7fe:  // delete word right
                delete_at_cursor(e, word_right(b, e->cursor, line->len) - e->cursor, false);
                break;
            case 0x7fd: {  // word left
                size_t p = word_left(b, e->cursor);
                move_left(e->cursor - p);
                e->cursor = p;
                break;
            }
            case 0x7fc: {  // word right
                size_t p = word_right(b, e->cursor, line->len);
                out(b + e->cursor, p - e->cursor);
                e->cursor = p;
                break;
            }
            case 16:  // older
                if (hist_pos + 1 < (int)history_count) {
                    hist_pos++;
                    replace_line(e, history[hist_pos], history_len[hist_pos]);
                }
                break;
            case 14:  // newer
                if (hist_pos >= 0) {
                    hist_pos--;
                    if (hist_pos >= 0) {
                        replace_line(e, history[hist_pos], history_len[hist_pos]);
                    } else {
                        replace_line(e, "", 0);
                    }
                }
                break;
            case 9: {  // tab: indent after whitespace (or without completion), else completion
#if FE_READLINE_COMPLETION
                if (!(e->cursor > 0 && (b[e->cursor - 1] == ' ' || b[e->cursor - 1] == '\t'))) {
                    complete(e);
                    break;
                }
#endif
                type_text(e, "    ", 4);
                break;
            }
            default:
                if (key >= 0x20 && key <= 0x7e) {
                    char ch = (char)key;
                    type_text(e, &ch, 1);
                }
                break;  // other controls and bytes >= 0x80 are ignored
        }
    }
}
