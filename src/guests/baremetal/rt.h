/*
 * Tiny libc-free runtime for the bare-metal test programs.
 *
 * The same program sources also build as hosted Linux programs (define RT_HOSTED,
 * link against glibc, run under qemu-aarch64) so that their output can be checked
 * against glibc's printf and string functions.
 */
#ifndef RT_H
#define RT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef RT_HOSTED
#include <stdio.h>
#include <string.h>
#else
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);
int putchar(int c);
int puts(const char *s);

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);

void rt_poweroff(void) __attribute__((noreturn));
#endif

/* Keeps the optimiser from folding a value known at compile time. */
#define OPAQUE(x) ({ __auto_type _v = (x); __asm__ volatile("" : "+r"(_v)); _v; })

#endif
