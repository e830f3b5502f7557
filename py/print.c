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

// Conversions: %d %u %x of an int, %p, %c, %s, %% and for objects %q a qstr, %r the repr of
// an object, %S its str, %T the name of its type. A width may precede any of them (padding
// with spaces on the left, or with zeros after the sign with the '0' flag: %02x), and '.*'
// a %s (%.*s: an int, then the string). That is all the core uses: no '-' flag, no length
// modifiers, so 32-bit targets need no 64-bit division.
void fe_vprintf(const fe_print_t *print, const char *fmt, va_list ap) {
    for (;;) {
        const char *spec = fmt;
        while (*fmt && *fmt != '%') {
            fmt++;
        }
        fe_print_strn(print, spec, (size_t)(fmt - spec));
        if (*fmt == 0) {
            return;
        }
        spec = fmt++;  // '%'
        char pad = ' ';
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        size_t width = 0;
        while (*fmt >= '0' && *fmt <= '9') {
            width = width * 10 + (size_t)(*fmt++ - '0');
        }
        int prec = -1;
        if (fmt[0] == '.' && fmt[1] == '*') {
            prec = va_arg(ap, int);
            fmt += 2;
        }
        char conv = *fmt;
        if (conv == 0) {
            return;
        }
        fmt++;
        char buf[2 + 2 * sizeof(uintptr_t) + 1];  // "0x" and the hex digits of a pointer, or a sign and decimal digits
        char *end = buf + sizeof(buf);
        const char *s = buf;
        size_t len;
        switch (conv) {
            case 'd':
            case 'u':
            case 'x':
            case 'p': {
                uintptr_t v;
                bool negative = false;
                if (conv == 'p') {
                    v = (uintptr_t)va_arg(ap, void *);
                } else if (conv == 'd') {
                    int i = va_arg(ap, int);
                    negative = i < 0;
                    v = negative ? 0u - (unsigned)i : (unsigned)i;
                } else {
                    v = va_arg(ap, unsigned);
                }
                unsigned base = conv == 'x' || conv == 'p' ? 16 : 10;
                char *p = end;
                do {
                    *--p = "0123456789abcdef"[v % base];
                    v /= base;
                } while (v != 0);
                while (pad == '0' && (size_t)(end - p) + negative < width && p > buf + 3) {
                    *--p = '0';
                }
                if (negative) {
                    *--p = '-';
                }
                if (conv == 'p') {
                    *--p = 'x';
                    *--p = '0';
                }
                s = p;
                len = (size_t)(end - p);
                break;
            }
            case 'c':
                buf[0] = (char)va_arg(ap, int);
                len = 1;
                break;
            case 's':
                s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                for (len = 0; len != (size_t)prec && s[len]; len++) {
                }
                break;
            case 'q':
                s = qstr_data(va_arg(ap, qstr), &len);
                break;
            case 'T':
                s = qstr_data(fe_typeof(va_arg(ap, fe_obj_t))->name, &len);
                break;
            case 'r':
            case 'S':
                fe_print_obj(print, va_arg(ap, fe_obj_t), conv == 'r' ? FE_PRINT_REPR : FE_PRINT_STR);
                continue;
            default:  // "%%" prints '%', an unknown conversion prints as written
                s = conv == '%' ? fmt - 1 : spec;
                len = (size_t)(fmt - s);
                break;
        }
        for (; width > len; width--) {
            print->write(print->data, " ", 1);
        }
        fe_print_strn(print, s, len);
    }
}

void fe_printf(const fe_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fe_vprintf(print, fmt, ap);
    va_end(ap);
}
