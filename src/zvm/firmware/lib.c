/*
 * The hypervisor's small C library: printf (through putchar, which console.c provides)
 * and the memory and string functions gcc may call.
 */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

#include "hv.h"

static int out_num(unsigned long long v, unsigned base, int width, char pad, int neg, int upper, int left)
{
	char buf[24];
	int n = 0, count = 0;
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	do {
		buf[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (neg)
		width--;
	if (left) {
		if (neg)
			putchar('-'), count++;
		while (n)
			putchar(buf[--n]), count++;
		for (int i = count - neg; i < width; i++, count++)
			putchar(' ');
		return count;
	}
	if (neg && pad == '0') {
		putchar('-');
		count++;
	}
	for (; width > n; width--, count++)
		putchar(pad);
	if (neg && pad != '0') {
		putchar('-');
		count++;
	}
	while (n)
		putchar(buf[--n]), count++;
	return count;
}

int vprintf(const char *fmt, va_list ap)
{
	int count = 0;
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			putchar(*fmt);
			count++;
			continue;
		}
		fmt++;
		char pad = ' ';
		int width = 0, left = 0, lng = 0;
		if (*fmt == '-')
			left = 1, fmt++;
		if (*fmt == '0')
			pad = '0', fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l')
			lng++, fmt++;
		switch (*fmt) {
		case 'd': {
			long long v = lng ? va_arg(ap, long long) : va_arg(ap, int);
			count += out_num(v < 0 ? -(unsigned long long)v : (unsigned long long)v, 10, width, pad, v < 0, 0, left);
			break;
		}
		case 'u':
		case 'x':
		case 'X': {
			unsigned long long v = lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
			count += out_num(v, *fmt == 'u' ? 10 : 16, width, pad, 0, *fmt == 'X', left);
			break;
		}
		case 'p':
			putchar('0'), putchar('x');
			count += 2 + out_num((unsigned long long)(uintptr_t)va_arg(ap, void *), 16, width, pad, 0, 0, left);
			break;
		case 'c':
			putchar(va_arg(ap, int));
			count++;
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			int len = (int)strlen(s);
			if (!left)
				for (; width > len; width--, count++)
					putchar(' ');
			while (*s)
				putchar(*s++), count++;
			for (; width > len; width--, count++)
				putchar(' ');
			break;
		}
		case '%':
			putchar('%');
			count++;
			break;
		default:
			putchar('%');
			putchar(*fmt);
			count += 2;
		}
	}
	return count;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

void *memset(void *dst, int c, size_t n)
{
	u8 *d = dst;
	while (n && ((uintptr_t)d & 7))
		*d++ = (u8)c, n--;
	u64 w = 0x0101010101010101ULL * (u8)c;
	for (; n >= 8; n -= 8, d += 8)
		*(u64 *)d = w;
	while (n--)
		*d++ = (u8)c;
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;
	if ((((uintptr_t)d | (uintptr_t)s) & 15) == 0) {
		for (; n >= 16; n -= 16, d += 16, s += 16) {
			u64 a = ((const u64 *)s)[0], b = ((const u64 *)s)[1];
			((u64 *)d)[0] = a;
			((u64 *)d)[1] = b;
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

size_t strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (u8)*a - (u8)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (u8)*a - (u8)*b;
		if (!*a)
			return 0;
	}
	return 0;
}
