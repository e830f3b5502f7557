// py/print.c: formatted output through fe_print_t (fe_printf and friends), printing of
// objects (dispatch to a type's print slot) and the console printers.
//
// fe_printf understands a small, fixed set of conversions; see fe_vprintf below.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"

static void stdout_write(void *data, const char *s, size_t len) {
    (void)data;
    fe_port_stdout_write(s, len);
}

static void stderr_write(void *data, const char *s, size_t len) {
    (void)data;
    fe_port_stderr_write(s, len);
}

const fe_print_t fe_print_stdout = {NULL, stdout_write};
const fe_print_t fe_print_stderr = {NULL, stderr_write};

void fe_print_strn(const fe_print_t *print, const char *s, size_t len) {
    if (len > 0) {
        print->write(print->data, s, len);
    }
}

void fe_print_str(const fe_print_t *print, const char *s) {
    fe_print_strn(print, s, strlen(s));
}

void fe_print_obj(const fe_print_t *print, fe_obj_t o, fe_print_kind_t kind) {
    if (o == FE_NULL) {
        fe_print_str(print, "(null)");
        return;
    }
    const fe_type_t *t = fe_typeof(o);
    if (t->print != NULL) {
        t->print(print, o, kind);
        return;
    }
    fe_printf(print, "<%q object at %p>", (qstr)t->name, o);
}

// Writes `len` bytes padded to `width` (left-justified when `left`), with `pad` as filler.
static void print_padded(const fe_print_t *print, const char *s, size_t len, int width, bool left, char pad) {
    size_t w = width > 0 ? (size_t)width : 0;
    if (!left) {
        for (size_t i = len; i < w; i++) {
            print->write(print->data, &pad, 1);
        }
    }
    fe_print_strn(print, s, len);
    if (left) {
        for (size_t i = len; i < w; i++) {
            print->write(print->data, " ", 1);
        }
    }
}

// Formats an unsigned magnitude into the end of buf; returns the start.
static char *format_uint(char *end, unsigned long v, unsigned base, bool upper) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    return p;
}

static void print_number(const fe_print_t *print, unsigned long mag, bool negative, unsigned base,
                         bool upper, int width, bool left, bool zero) {
    char buf[32];
    char *end = buf + sizeof(buf);
    char *p = format_uint(end, mag, base, upper);
    if (zero && !left) {
        int ndig = (int)(end - p) + (negative ? 1 : 0);
        while (ndig < width && p > buf + 1) {
            *--p = '0';
            ndig++;
        }
    }
    if (negative) {
        *--p = '-';
    }
    print_padded(print, p, (size_t)(end - p), width, left, ' ');
}

// Conversions: %d %i %u %x %X %c %s %p %% with length modifiers l and z (no ll: numbers
// are formatted as unsigned long, so 32-bit targets need no 64-bit division); flags '-' and
// '0'; width (not for %p) and precision (also '*'). Extras for objects: %q a qstr (as size_t/qstr),
// %r the repr of an object, %S its str, %T the name of its type.
void fe_vprintf(const fe_print_t *print, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *start = fmt;
        while (*fmt && *fmt != '%') {
            fmt++;
        }
        fe_print_strn(print, start, (size_t)(fmt - start));
        if (*fmt == 0) {
            break;
        }
        fmt++;  // '%'
        bool left = false, zero = false;
        for (;; fmt++) {
            if (*fmt == '-') {
                left = true;
            } else if (*fmt == '0') {
                zero = true;
            } else {
                break;
            }
        }
        int width = 0;
        if (*fmt == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = true;
                width = -width;
            }
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            prec = 0;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        char lmod = 0;  // 'l' long, 'z' size_t
        if (*fmt == 'l' || *fmt == 'z') {
            lmod = *fmt++;
        }
        char conv = *fmt;
        if (conv == 0) {
            break;
        }
        fmt++;
        switch (conv) {
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X': {
                bool is_signed = conv == 'd' || conv == 'i';
                unsigned long v;
                if (lmod == 'l') {
                    v = va_arg(ap, unsigned long);
                } else if (lmod == 'z') {
                    v = va_arg(ap, size_t);
                } else {
                    // an int widened by its signedness
                    v = is_signed ? (unsigned long)(long)va_arg(ap, int) : va_arg(ap, unsigned);
                }
                bool negative = is_signed && (long)v < 0;
                print_number(print, negative ? 0UL - v : v, negative, conv == 'x' || conv == 'X' ? 16 : 10,
                             conv == 'X', width, left, zero);
                break;
            }
            case 'p':
                print->write(print->data, "0x", 2);
                print_number(print, (uintptr_t)va_arg(ap, void *), false, 16, false, 0, false, false);
                break;
            case 'c': {
                char c = (char)va_arg(ap, int);
                print_padded(print, &c, 1, width, left, ' ');
                break;
            }
            case 's': {
                const char *s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len;
                if (prec >= 0) {
                    len = 0;
                    while (len < (size_t)prec && s[len]) {
                        len++;
                    }
                } else {
                    len = strlen(s);
                }
                print_padded(print, s, len, width, left, ' ');
                break;
            }
            case 'q': {
                qstr q = va_arg(ap, qstr);
                size_t len;
                const char *s = qstr_data(q, &len);
                if (prec >= 0 && (size_t)prec < len) {
                    len = (size_t)prec;
                }
                print_padded(print, s, len, width, left, ' ');
                break;
            }
            case 'r':
                fe_print_obj(print, va_arg(ap, fe_obj_t), FE_PRINT_REPR);
                break;
            case 'S':
                fe_print_obj(print, va_arg(ap, fe_obj_t), FE_PRINT_STR);
                break;
            case 'T': {
                fe_obj_t o = va_arg(ap, fe_obj_t);
                size_t len;
                const char *s = qstr_data(fe_typeof(o)->name, &len);
                print_padded(print, s, len, width, left, ' ');
                break;
            }
            case '%':
                print->write(print->data, "%", 1);
                break;
            default:
                print->write(print->data, "%", 1);
                print->write(print->data, &conv, 1);
                break;
        }
    }
}

void fe_printf(const fe_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fe_vprintf(print, fmt, ap);
    va_end(ap);
}
