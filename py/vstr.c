// py/vstr.c: growable byte buffers in the GC heap (fe_vstr_t), used to build strings.
//
// Invariant: alloc > len whenever buf != NULL, so there is always room for a terminating
// NUL; fe_str_from_vstr() relies on it to hand the buffer over to a str without copying.
#include <string.h>
#include "py/obj.h"
#include "py/unicode.h"

void fe_vstr_init(fe_vstr_t *v, size_t alloc) {
    if (alloc < 8) {
        alloc = 8;
    }
    v->len = 0;
    v->alloc = alloc;
    v->buf = fe_alloc(alloc);
}

char *fe_vstr_take(fe_vstr_t *v) {
    char *buf = v->buf;
    if (buf != NULL) {
        if (v->alloc > v->len + 1 + v->len / 8 + 16) {
            buf = fe_realloc(buf, v->len + 1);
        }
        buf[v->len] = 0;
    }
    v->buf = NULL;
    v->len = v->alloc = 0;
    return buf;
}

void fe_vstr_clear(fe_vstr_t *v) {
    fe_free(v->buf);
    v->buf = NULL;
    v->len = v->alloc = 0;
}

// Makes room for n more bytes plus the NUL.
static void vstr_ensure(fe_vstr_t *v, size_t n) {
    size_t need = v->len + n + 1;
    if (need <= v->alloc && v->buf != NULL) {
        return;
    }
    size_t alloc = v->alloc ? v->alloc : 8;
    while (alloc < need) {
        alloc = alloc * 2;
    }
    v->buf = fe_realloc(v->buf, alloc);
    v->alloc = alloc;
}

char *fe_vstr_extend(fe_vstr_t *v, size_t n) {
    vstr_ensure(v, n);
    char *p = v->buf + v->len;
    v->len += n;
    v->buf[v->len] = 0;
    return p;
}

void fe_vstr_add_strn(fe_vstr_t *v, const char *s, size_t len) {
    if (len == 0) {
        return;
    }
    vstr_ensure(v, len);
    memmove(v->buf + v->len, s, len);  // s may point into v->buf itself
    v->len += len;
    v->buf[v->len] = 0;
}

void fe_vstr_add_str(fe_vstr_t *v, const char *s) {
    fe_vstr_add_strn(v, s, strlen(s));
}

void fe_vstr_add_byte(fe_vstr_t *v, uint8_t b) {
    vstr_ensure(v, 1);
    v->buf[v->len++] = (char)b;
    v->buf[v->len] = 0;
}

void fe_vstr_add_char(fe_vstr_t *v, unsigned cp) {
    char buf[4];
    fe_vstr_add_strn(v, buf, fe_utf8_encode(cp, buf));
}

static void vstr_print_write(void *data, const char *s, size_t len) {
    fe_vstr_add_strn((fe_vstr_t *)data, s, len);
}

void fe_vstr_print_init(fe_vstr_t *v, fe_print_t *print) {
    print->data = v;
    print->write = vstr_print_write;
}
