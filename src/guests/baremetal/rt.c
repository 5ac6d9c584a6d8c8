/*
 * Runtime: PL011 console output, printf, and the mem/str functions gcc may call.
 */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

#include "rt.h"

/* PL011 UART on the virt board. */
#define UART_BASE   0x09000000UL
#define UARTDR      0x000
#define UARTFR      0x018
#define UARTFR_TXFF (1u << 5)

static inline uint32_t mmio_read32(uintptr_t addr)
{
	return *(volatile uint32_t *)addr;
}

static inline void mmio_write32(uintptr_t addr, uint32_t value)
{
	*(volatile uint32_t *)addr = value;
}

int putchar(int c)
{
	while (mmio_read32(UART_BASE + UARTFR) & UARTFR_TXFF)
		;
	mmio_write32(UART_BASE + UARTDR, (uint32_t)(unsigned char)c);
	return (unsigned char)c;
}

int puts(const char *s)
{
	while (*s)
		putchar(*s++);
	putchar('\n');
	return 1;
}

/* ---- printf ---------------------------------------------------------------- */

struct out {
	int count;
};

static void out_char(struct out *o, char c)
{
	putchar(c);
	o->count++;
}

static void out_pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		out_char(o, c);
}

/* Formats `value` in `base` into the tail of buf; returns the digit count. */
static int format_unsigned(char *buf_end, unsigned long long value, unsigned base, int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int n = 0;
	do {
		*--buf_end = digits[value % base];
		value /= base;
		n++;
	} while (value != 0);
	return n;
}

int vprintf(const char *fmt, va_list ap)
{
	struct out o = { 0 };
	char buf[24];

	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			out_char(&o, *fmt);
			continue;
		}
		fmt++;
		int left = 0, zero = 0, plus = 0, space = 0, alt = 0;
		for (;; fmt++) {
			if (*fmt == '-') left = 1;
			else if (*fmt == '0') zero = 1;
			else if (*fmt == '+') plus = 1;
			else if (*fmt == ' ') space = 1;
			else if (*fmt == '#') alt = 1;
			else break;
		}
		int width = 0;
		if (*fmt == '*') {
			width = va_arg(ap, int);
			if (width < 0) {
				left = 1;
				width = -width;
			}
			fmt++;
		} else {
			while (*fmt >= '0' && *fmt <= '9')
				width = width * 10 + (*fmt++ - '0');
		}
		int prec = -1;
		if (*fmt == '.') {
			fmt++;
			prec = 0;
			if (*fmt == '*') {
				prec = va_arg(ap, int);
				fmt++;
			} else {
				while (*fmt >= '0' && *fmt <= '9')
					prec = prec * 10 + (*fmt++ - '0');
			}
		}
		int lng = 0; /* -2 hh, -1 h, 0 int, 1 long, 2 long long */
		for (;; fmt++) {
			if (*fmt == 'l') lng++;
			else if (*fmt == 'h') lng--;
			else if (*fmt == 'z' || *fmt == 'j' || *fmt == 't') lng = 1;
			else break;
		}
		char conv = *fmt;
		if (conv == '\0')
			break;

		const char *body;
		int body_len;
		const char *prefix = "";
		switch (conv) {
		case '%':
			out_char(&o, '%');
			continue;
		case 'c':
			buf[0] = (char)va_arg(ap, int);
			body = buf;
			body_len = 1;
			zero = 0;
			prec = -1;
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			body_len = 0;
			while (s[body_len] && (prec < 0 || body_len < prec))
				body_len++;
			body = s;
			zero = 0;
			prec = -1;
			break;
		}
		case 'd':
		case 'i': {
			long long v;
			if (lng >= 1) v = va_arg(ap, long long);
			else v = va_arg(ap, int);
			if (lng == -1) v = (short)v;
			else if (lng == -2) v = (signed char)v;
			unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
			body_len = format_unsigned(buf + sizeof buf, mag, 10, 0);
			body = buf + sizeof buf - body_len;
			if (v < 0) prefix = "-";
			else if (plus) prefix = "+";
			else if (space) prefix = " ";
			break;
		}
		case 'u':
		case 'x':
		case 'X':
		case 'o':
		case 'p': {
			unsigned long long v;
			unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
			if (conv == 'p') {
				v = (uintptr_t)va_arg(ap, void *);
				alt = 1;
			} else if (lng >= 1) {
				v = va_arg(ap, unsigned long long);
			} else {
				v = va_arg(ap, unsigned int);
				if (lng == -1) v = (unsigned short)v;
				else if (lng == -2) v = (unsigned char)v;
			}
			body_len = format_unsigned(buf + sizeof buf, v, base, conv == 'X');
			body = buf + sizeof buf - body_len;
			if (alt && v != 0 && base == 16)
				prefix = conv == 'X' ? "0X" : "0x";
			else if (alt && base == 8 && body[0] != '0')
				prefix = "0";
			break;
		}
		default:
			/* Unknown conversion: print it verbatim. */
			out_char(&o, '%');
			out_char(&o, conv);
			continue;
		}

		/* A precision on an integer sets the minimum digit count and disables '0'. */
		int prec_zeros = 0;
		if (prec >= 0) {
			zero = 0;
			if (prec == 0 && body_len == 1 && body[0] == '0' && conv != 'c')
				body_len = 0;
			if (prec > body_len)
				prec_zeros = prec - body_len;
		}
		int prefix_len = (int)strlen(prefix);
		int total = prefix_len + prec_zeros + body_len;
		int pad = width > total ? width - total : 0;
		if (!left && !zero)
			out_pad(&o, ' ', pad);
		for (int i = 0; i < prefix_len; i++)
			out_char(&o, prefix[i]);
		if (!left && zero)
			out_pad(&o, '0', pad);
		out_pad(&o, '0', prec_zeros);
		for (int i = 0; i < body_len; i++)
			out_char(&o, body[i]);
		if (left)
			out_pad(&o, ' ', pad);
	}
	return o.count;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

/* ---- memory and string functions ------------------------------------------- */
/* Word-at-a-time when both pointers share alignment; byte loops otherwise.     */
/* Every access is naturally aligned: with the MMU off all memory is Device.    */

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	unsigned char b = (unsigned char)c;
	while (n && ((uintptr_t)d & 7)) {
		*d++ = b;
		n--;
	}
	uint64_t w = b * 0x0101010101010101ULL;
	while (n >= 8) {
		*(uint64_t *)d = w;
		d += 8;
		n -= 8;
	}
	while (n--)
		*d++ = b;
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if ((((uintptr_t)d ^ (uintptr_t)s) & 7) == 0) {
		while (n && ((uintptr_t)d & 7)) {
			*d++ = *s++;
			n--;
		}
		while (n >= 8) {
			*(uint64_t *)d = *(const uint64_t *)s;
			d += 8;
			s += 8;
			n -= 8;
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d == s || n == 0)
		return dst;
	if (d < s || d >= s + n)
		return memcpy(dst, src, n);
	/* Overlapping with dst above src: copy backwards. */
	d += n;
	s += n;
	if ((((uintptr_t)d ^ (uintptr_t)s) & 7) == 0) {
		while (n && ((uintptr_t)d & 7)) {
			*--d = *--s;
			n--;
		}
		while (n >= 8) {
			d -= 8;
			s -= 8;
			*(uint64_t *)d = *(const uint64_t *)s;
			n -= 8;
		}
	}
	while (n--)
		*--d = *--s;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	for (; n; n--, p++, q++) {
		if (*p != *q)
			return *p < *q ? -1 : 1;
	}
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return (size_t)(p - s);
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (int)(unsigned char)*a - (int)(unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;
	while ((*d++ = *src++))
		;
	return dst;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;
	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (!*s)
			return (char *)last;
	}
}

/* ---- exceptions -------------------------------------------------------------- */

static const char *const vector_names[16] = {
	"sync/SP0", "irq/SP0", "fiq/SP0", "serror/SP0",
	"sync/SPx", "irq/SPx", "fiq/SPx", "serror/SPx",
	"sync/lower64", "irq/lower64", "fiq/lower64", "serror/lower64",
	"sync/lower32", "irq/lower32", "fiq/lower32", "serror/lower32",
};

/* Called from the vector table in crt0.S; the caller powers off afterwards. */
void rt_exception(uint64_t kind, uint64_t esr, uint64_t elr, uint64_t far)
{
	printf("\n*** EXCEPTION %s ESR_EL1=0x%llx (EC=0x%llx) ELR_EL1=0x%llx FAR_EL1=0x%llx\n",
	       vector_names[kind & 15], (unsigned long long)esr, (unsigned long long)(esr >> 26) & 0x3f,
	       (unsigned long long)elr, (unsigned long long)far);
}
