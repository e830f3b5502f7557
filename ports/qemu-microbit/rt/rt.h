// ports/qemu-microbit/rt/rt.h: the portable rt_ functions behind the firmware's runtime
// support (soft float on binary32 bit patterns, integer division, string functions). The
// rt/*.c files define them and, built with RT_EXPORT, the AEABI/C names on top;
// tests/rt/test_rt.c calls them on the host.
#ifndef FE_RT_RT_H
#define FE_RT_RT_H
#include <stddef.h>
#include <stdint.h>

uint32_t rt_fadd(uint32_t a, uint32_t b);
uint32_t rt_fsub(uint32_t a, uint32_t b);
uint32_t rt_fmul(uint32_t a, uint32_t b);
uint32_t rt_fdiv(uint32_t a, uint32_t b);
int rt_fcmpeq(uint32_t a, uint32_t b);
int rt_fcmplt(uint32_t a, uint32_t b);
int rt_fcmple(uint32_t a, uint32_t b);
int rt_fcmpgt(uint32_t a, uint32_t b);
int rt_fcmpge(uint32_t a, uint32_t b);
int rt_fcmpun(uint32_t a, uint32_t b);
int32_t rt_f2iz(uint32_t a);
uint32_t rt_f2uiz(uint32_t a);
uint32_t rt_i2f(int32_t i);
uint32_t rt_ui2f(uint32_t u);

uint64_t rt_uidivmod(uint32_t n, uint32_t d);
uint64_t rt_idivmod(int32_t n, int32_t d);
uint64_t rt_uldivmod(uint64_t n, uint64_t d, uint64_t *rem);
int64_t rt_ldivmod(int64_t n, int64_t d, int64_t *rem);
uint64_t rt_lmul(uint64_t a, uint64_t b);

void *rt_memmove(void *dst, const void *src, size_t n);
void *rt_memset(void *dst, int c, size_t n);
int rt_memcmp(const void *a, const void *b, size_t n);
void *rt_memchr(const void *s, int c, size_t n);
size_t rt_strlen(const char *s);
char *rt_strchr(const char *s, int c);
int rt_strncmp(const char *a, const char *b, size_t n);
int rt_strcmp(const char *a, const char *b);

#endif
