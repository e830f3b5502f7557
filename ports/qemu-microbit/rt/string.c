// ports/qemu-microbit/rt/string.c: the C library's memory and string functions that the
// firmware uses, one byte at a time: much smaller than newlib's word-at-a-time versions,
// and speed hardly matters on the 16 KB board. memcpy is memmove (overlap is then fine).
// The rt_ names are portable C (tests/rt/test_rt.c checks them on the host); built with
// RT_EXPORT (the firmware, compiled with -fno-tree-loop-distribute-patterns so that these
// loops are not turned back into calls to themselves) they also get the standard names.
#include <stddef.h>
#include <stdint.h>

#include "rt.h"

void *rt_memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((uintptr_t)d <= (uintptr_t)s) {
        while (n--) {
            *d++ = *s++;
        }
    } else {
        while (n--) {  // backwards: dst may overlap the end of src
            d[n] = s[n];
        }
    }
    return dst;
}

void *rt_memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    while (n--) {
        *d++ = (unsigned char)c;
    }
    return dst;
}

int rt_memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (; n; n--, p++, q++) {
        if (*p != *q) {
            return *p - *q;
        }
    }
    return 0;
}

void *rt_memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    for (; n; n--, p++) {
        if (*p == (unsigned char)c) {
            return (void *)p;
        }
    }
    return NULL;
}

size_t rt_strlen(const char *s) {
    const char *p = s;
    while (*p) {
        p++;
    }
    return (size_t)(p - s);
}

char *rt_strchr(const char *s, int c) {
    for (;; s++) {
        if (*s == (char)c) {
            return (char *)s;  // also finds the terminator when c is 0
        }
        if (!*s) {
            return NULL;
        }
    }
}

int rt_strncmp(const char *a, const char *b, size_t n) {
    for (; n; n--, a++, b++) {
        int diff = (unsigned char)*a - (unsigned char)*b;
        if (diff || !*a) {
            return diff;
        }
    }
    return 0;
}

int rt_strcmp(const char *a, const char *b) {
    return rt_strncmp(a, b, SIZE_MAX);
}

#ifdef RT_EXPORT
#define RT_ALIAS(std_name, rt_name) __typeof__(rt_name) std_name __attribute__((alias(#rt_name)));
RT_ALIAS(memmove, rt_memmove)
RT_ALIAS(memcpy, rt_memmove)
RT_ALIAS(memset, rt_memset)
RT_ALIAS(memcmp, rt_memcmp)
RT_ALIAS(memchr, rt_memchr)
RT_ALIAS(strlen, rt_strlen)
RT_ALIAS(strchr, rt_strchr)
RT_ALIAS(strncmp, rt_strncmp)
RT_ALIAS(strcmp, rt_strcmp)
#endif
