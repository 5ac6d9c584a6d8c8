/* String and memory functions, number formatting/parsing, and printf conversions. */
#include "testlib.h"

static char buf_a[256], buf_b[256];
static uint64_t words_a[40], words_b[40];

static size_t my_itoa(int64_t v, char *out, unsigned base)
{
	char tmp[72];
	size_t n = 0, len = 0;
	uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		unsigned d = (unsigned)(mag % base);
		tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		mag /= base;
	} while (mag);
	if (v < 0) out[len++] = '-';
	while (n) out[len++] = tmp[--n];
	out[len] = 0;
	return len;
}

static int64_t my_atoi(const char *s)
{
	while (*s == ' ') s++;
	int neg = 0;
	if (*s == '-' || *s == '+') neg = *s++ == '-';
	uint64_t v = 0;
	while (*s >= '0' && *s <= '9') v = v * 10 + (uint64_t)(*s++ - '0');
	return neg ? (int64_t)(0 - v) : (int64_t)v;
}

static void reverse(char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n / 2; i++) {
		char t = s[i];
		s[i] = s[n - 1 - i];
		s[n - 1 - i] = t;
	}
}

static int is_palindrome(const char *s)
{
	const char *e = s + strlen(s);
	while (s < e) {
		if (*s++ != *--e) return 0;
	}
	return 1;
}

static uint64_t hash_bytes(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t h = 1469598103934665603ULL;
	while (n--) h = (h ^ *b++) * 1099511628211ULL;
	return h;
}

/* Counts words separated by any character of `sep`. */
static int count_tokens(const char *s, const char *sep)
{
	int count = 0, in_word = 0;
	for (; *s; s++) {
		if (strchr(sep, *s)) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			count++;
		}
	}
	return count;
}

static void test_mem(void)
{
	/* memset/memcpy at every alignment and length combination up to 40. */
	uint64_t h = 0;
	for (int off = 0; off < 9; off++) {
		for (int len = 0; len < 40; len++) {
			memset(buf_a, 0x11, 128);
			memset(buf_a + off, 0xa0 + len, (size_t)len);
			h = h * 3 + hash_bytes(buf_a, 64);
			for (int i = 0; i < 128; i++) buf_b[i] = (char)(i * 7 + off);
			for (int soff = 0; soff < 9; soff += 4) {
				memcpy(buf_a + off, buf_b + soff, (size_t)len);
				h = h * 5 + hash_bytes(buf_a, 64);
			}
		}
	}
	show("memset/memcpy sweep", h);

	/* Overlapping memmove both ways. */
	h = 0;
	for (int shift = -9; shift <= 9; shift++) {
		for (int len = 0; len < 48; len += 5) {
			for (int i = 0; i < 128; i++) buf_a[i] = (char)i;
			memmove(buf_a + 40 + shift, buf_a + 40, (size_t)len);
			h = h * 7 + hash_bytes(buf_a, 128);
		}
	}
	show("memmove overlap", h);

	/* Word-aligned copies and compares. */
	for (int i = 0; i < 40; i++) words_a[i] = rng_next();
	memcpy(words_b, words_a, sizeof words_a);
	show_dec("memcmp equal", memcmp(words_a, words_b, sizeof words_a));
	((unsigned char *)words_b)[100] ^= 0x40;
	show_dec("memcmp diff sign", memcmp(words_a, words_b, sizeof words_a) < 0 ? -1 : 1);
	show_dec("memcmp prefix", memcmp(words_a, words_b, 100));
}

static void test_strings(void)
{
	static const char *const samples[] = {
		"", "a", "hello", "Hello, World!", "racecar", "abcdefghijklmnopqrstuvwxyz",
		"The quick brown fox jumps over the lazy dog", "level", "zvm-gdbserver", "0123456789",
	};
	uint64_t h = 0;
	for (unsigned i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		const char *s = samples[i];
		strcpy(buf_a, s);
		reverse(buf_a);
		const char *q = strchr(s, 'o');
		const char *r = strrchr(s, 'o');
		h = h * 11 + strlen(s) + hash_bytes(buf_a, strlen(buf_a)) + (uint64_t)is_palindrome(s) * 1000 +
		    (q ? (uint64_t)(q - s) : 99) + (r ? (uint64_t)(r - s) * 100 : 9900) + (uint64_t)count_tokens(s, " ,!-");
		printf("  \"%s\" len=%u rev=\"%s\" pal=%d tokens=%d\n", s, (unsigned)strlen(s), buf_a, is_palindrome(s),
		       count_tokens(s, " ,!-"));
	}
	show("string ops", h);

	int c1 = strcmp("apple", "apricot"), c2 = strcmp("b", "a"), c3 = strcmp("same", "same");
	int c4 = strncmp("prefix-one", "prefix-two", 7), c5 = strncmp("abc", "abd", 3);
	int c6 = strcmp("\xff", "a");
	show_dec("strcmp apple/apricot", c1 < 0 ? -1 : c1 > 0);
	show_dec("strcmp b/a", c2 < 0 ? -1 : c2 > 0);
	show_dec("strcmp same", c3);
	show_dec("strncmp 7", c4);
	show_dec("strncmp 3", c5 < 0 ? -1 : c5 > 0);
	show_dec("strcmp unsigned chars", c6 > 0);

	static const int64_t nums[] = { 0, 1, -1, 42, -42, 1000000, 2147483647, -2147483648LL, 9223372036854775807LL,
					-9223372036854775807LL - 1, 1234567890123LL };
	h = 0;
	for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		size_t n = my_itoa(nums[i], buf_a, 10);
		int64_t back = my_atoi(buf_a);
		my_itoa(nums[i], buf_b, 16);
		printf("  itoa %s hex %s back-ok %d\n", buf_a, buf_b, back == nums[i]);
		h = h * 13 + n + (uint64_t)back + hash_bytes(buf_b, strlen(buf_b));
	}
	show("itoa/atoi", h);
}

static void test_printf(void)
{
	printf("[%d] [%i] [%u] [%x] [%X] [%o]\n", -123, 456, 4000000000u, 0xbeefu, 0xbeefu, 8u);
	printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%-+6d]\n", 42, 42, -42, 42, 42, 7);
	printf("[%8x] [%08x] [%-8x] [%#x] [%#o] [%#x]\n", 0xabcu, 0xabcu, 0xabcu, 0xabcu, 8u, 0u);
	printf("[%ld] [%lu] [%lx] [%lld] [%llu] [%llx]\n", -9000000000L, 18000000000UL, 0xfedcba9876543210UL,
	       (long long)INT64_MIN, (unsigned long long)UINT64_MAX, 0x0123456789abcdefULL);
	printf("[%016llx] [%20llu] [%-20lld|]\n", 0xabcdefULL, 12345678901234567890ULL, -5LL);
	printf("[%s] [%10s] [%-10s] [%.3s] [%5.2s] [%c%c%c] [%5c] [%-3c]\n", "str", "right", "left", "truncate", "xyz", 'a',
	       'b', 'c', 'z', 'q');
	printf("[%hd] [%hu] [%hhd] [%hhu] [%hx]\n", (short)-2, (unsigned short)65535, (signed char)-3, (unsigned char)250,
	       (unsigned short)0xbeef);
	printf("[%.5d] [%8.3d] [%-8.3d] [%.0d] [%zu] [%%] [%*d] [%-*d]\n", 42, -7, 7, 0, (size_t)12345, 6, 9, 6, 9);
	printf("[%d] [%d] [%u] [%x]\n", INT32_MIN, INT32_MAX, UINT32_MAX, UINT32_MAX);
}

int main(void)
{
	printf("strings: start\n");
	test_mem();
	test_strings();
	test_printf();
	finish("strings");
	return 0;
}
