/* Integer arithmetic: add/sub with flags, multiply (incl. high halves), divide edge cases. */
#include "testlib.h"

static const uint64_t values[] = {
	0, 1, 2, 3, 7, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
	0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL,
	0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL,
	0xfffffffffffffffeULL, 0x123456789abcdef0ULL, 0xdeadbeefcafebabeULL,
	12345, (uint64_t)-12345, 1000000007, 0x5555555555555555ULL,
};
#define NVALUES (sizeof values / sizeof values[0])

static uint64_t asm_udiv64(uint64_t a, uint64_t b)
{
	uint64_t r;
	__asm__ volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
	return r;
}

static int64_t asm_sdiv64(int64_t a, int64_t b)
{
	int64_t r;
	__asm__ volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
	return r;
}

static uint32_t asm_udiv32(uint32_t a, uint32_t b)
{
	uint32_t r;
	__asm__ volatile("udiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
	return r;
}

static int32_t asm_sdiv32(int32_t a, int32_t b)
{
	int32_t r;
	__asm__ volatile("sdiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
	return r;
}

/* NZCV after `adds`/`subs`, read back with MRS. */
static uint64_t flags_adds(uint64_t a, uint64_t b)
{
	uint64_t r, nzcv;
	__asm__ volatile("adds %0, %2, %3\n\tmrs %1, nzcv" : "=r"(r), "=r"(nzcv) : "r"(a), "r"(b) : "cc");
	return (nzcv >> 28) | (r << 4);
}

static uint64_t flags_subs32(uint32_t a, uint32_t b)
{
	uint64_t r, nzcv;
	__asm__ volatile("subs %w0, %w2, %w3\n\tmrs %1, nzcv" : "=r"(r), "=r"(nzcv) : "r"(a), "r"(b) : "cc");
	return (nzcv >> 28) | ((r & 0xffffffffu) << 4);
}

static uint64_t adc_chain(uint64_t a, uint64_t b)
{
	unsigned __int128 x = ((unsigned __int128)a << 64) | b;
	unsigned __int128 y = ((unsigned __int128)b << 64) | a;
	unsigned __int128 s = x + y;
	unsigned __int128 d = x - y;
	return (uint64_t)(s >> 64) ^ (uint64_t)s ^ (uint64_t)(d >> 64) * 3 ^ (uint64_t)d;
}

static void test_divide_edges(void)
{
	int64_t min64 = OPAQUE((int64_t)INT64_MIN);
	int32_t min32 = OPAQUE((int32_t)INT32_MIN);
	show("sdiv64 INT64_MIN/-1", (uint64_t)asm_sdiv64(min64, OPAQUE(-1LL)));
	show("sdiv32 INT32_MIN/-1", (uint32_t)asm_sdiv32(min32, OPAQUE(-1)));
	show("udiv64 x/0", asm_udiv64(OPAQUE(12345ULL), OPAQUE(0ULL)));
	show("sdiv64 x/0", (uint64_t)asm_sdiv64(OPAQUE(-12345LL), OPAQUE(0LL)));
	show("udiv32 x/0", asm_udiv32(OPAQUE(77u), OPAQUE(0u)));
	show("sdiv32 x/0", (uint32_t)asm_sdiv32(OPAQUE(-77), OPAQUE(0)));
	show("sdiv64 -7/2", (uint64_t)asm_sdiv64(OPAQUE(-7LL), OPAQUE(2LL)));
	show("sdiv64 7/-2", (uint64_t)asm_sdiv64(OPAQUE(7LL), OPAQUE(-2LL)));
	show("sdiv32 -7/2", (uint32_t)asm_sdiv32(OPAQUE(-7), OPAQUE(2)));
	show("udiv64 max/3", asm_udiv64(OPAQUE(~0ULL), OPAQUE(3ULL)));
	show("udiv32 max/7", asm_udiv32(OPAQUE(~0u), OPAQUE(7u)));
	show("sdiv64 INT64_MIN/2", (uint64_t)asm_sdiv64(min64, OPAQUE(2LL)));
	show_dec("c div -17/5", OPAQUE(-17LL) / OPAQUE(5LL));
	show_dec("c mod -17/5", OPAQUE(-17LL) % OPAQUE(5LL));
	show_dec("c div 17/-5", OPAQUE(17) / OPAQUE(-5));
	show_dec("c mod 17/-5", OPAQUE(17) % OPAQUE(-5));
}

static void test_table(void)
{
	uint64_t h_add = 0, h_mul = 0, h_div = 0, h_flags = 0, h_wide = 0, h_sh = 0, h_cmp = 0;
	for (unsigned i = 0; i < NVALUES; i++) {
		for (unsigned j = 0; j < NVALUES; j++) {
			uint64_t a = OPAQUE(values[i]), b = OPAQUE(values[j]);
			uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;

			h_add = h_add * 31 + (a + b) + ((a - b) << 1) + (uint32_t)(a32 + b32) + (uint32_t)(a32 - b32) * 5ULL;

			unsigned __int128 up = (unsigned __int128)a * b;
			__int128 sp = (__int128)(int64_t)a * (int64_t)b;
			h_mul = h_mul * 37 + (uint64_t)up + (uint64_t)(up >> 64) * 7 + (uint64_t)((unsigned __int128)sp >> 64) * 11;
			h_mul += (uint64_t)((int64_t)(int32_t)a32 * (int64_t)(int32_t)b32);  /* smull */
			h_mul += (uint64_t)a32 * b32;                                         /* umull */
			h_mul += (uint64_t)(a32 * b32);                                       /* mul w */
			h_mul -= a * b + 3;                                                   /* madd/msub */

			if (b != 0) {
				h_div = h_div * 41 + a / b + (a % b) * 3;
				int64_t sa = (int64_t)a, sb = (int64_t)b;
				if (!(sa == INT64_MIN && sb == -1))
					h_div += (uint64_t)(sa / sb) * 5 + (uint64_t)(sa % sb);
			}
			if (b32 != 0) {
				h_div += a32 / b32 + a32 % b32;
				int32_t sa = (int32_t)a32, sb = (int32_t)b32;
				if (!(sa == INT32_MIN && sb == -1))
					h_div += (uint32_t)(sa / sb) + (uint32_t)(sa % sb);
			}

			h_flags = h_flags * 3 + flags_adds(a, b) + flags_subs32(a32, b32) * 7;
			h_wide ^= adc_chain(a, b) + (h_wide << 3);

			unsigned s = (unsigned)b & 63;
			h_sh = h_sh * 13 + (a << s) + (a >> s) + (uint64_t)((int64_t)a >> s) + (uint32_t)(a32 >> (s & 31)) +
			       (uint32_t)((int32_t)a32 >> (s & 31));

			int64_t sa = (int64_t)a, sb = (int64_t)b;
			h_cmp = h_cmp * 2 + (sa < sb) + (a < b) * 2 + (sa >= sb) * 4 + (a == b) * 8 +
				(uint64_t)(sa < sb ? sa : sb) + (a > b ? a : b) + (uint64_t)(sa < 0 ? 0 - (uint64_t)sa : (uint64_t)sa);
			int ovf;
			int64_t r;
			ovf = __builtin_add_overflow(sa, sb, &r);
			h_cmp += (uint64_t)ovf * 17;
			ovf = __builtin_sub_overflow(sa, sb, &r);
			h_cmp += (uint64_t)ovf * 19;
			ovf = __builtin_mul_overflow(sa, sb, &r);
			h_cmp += (uint64_t)ovf * 23 + (uint64_t)r;
			uint64_t ur;
			ovf = __builtin_add_overflow(a, b, &ur);
			h_cmp += (uint64_t)ovf * 29;
			ovf = __builtin_mul_overflow(a, b, &ur);
			h_cmp += (uint64_t)ovf * 31;
		}
	}
	show("table add/sub", h_add);
	show("table mul", h_mul);
	show("table div/mod", h_div);
	show("table nzcv", h_flags);
	show("table adc/sbc", h_wide);
	show("table shifts", h_sh);
	show("table compare", h_cmp);
}

static void test_specific(void)
{
	uint64_t a = OPAQUE(0xdeadbeefcafebabeULL), b = OPAQUE(0x0123456789abcdefULL);
	show("mul", a * b);
	show("umulh", (uint64_t)(((unsigned __int128)a * b) >> 64));
	show("smulh", (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64));
	show("umull", (uint64_t)(uint32_t)a * (uint32_t)b);
	show("smull", (uint64_t)((int64_t)(int32_t)a * (int32_t)b));
	show("udiv", a / b);
	show("umod", a % b);
	show_dec("sdiv", (int64_t)a / (int64_t)b);
	show_dec("smod", (int64_t)a % (int64_t)b);
	show("neg", 0 - a);
	show("add imm 4095", a + 4095);
	show("add imm lsl 12", a + (0xabcULL << 12));
	show("sub imm", a - 0xfff);
	show("add ext sxtb", a + (uint64_t)(int64_t)(int8_t)b);
	show("add ext uxth", a + (uint16_t)b);
	show("add ext sxtw lsl 3", a + ((uint64_t)(int64_t)(int32_t)b << 3));

	/* A factorial and a power with wrapping. */
	uint64_t f = 1;
	for (uint64_t i = 1; i <= OPAQUE(25ULL); i++)
		f *= i;
	show("25! mod 2^64", f);
	uint64_t p = 1, base = OPAQUE(3ULL);
	for (int i = 0; i < 100; i++)
		p *= base;
	show("3^100 mod 2^64", p);

	/* Modular exponentiation (operands < 2^30, so products fit in 64 bits). */
	uint64_t mod = OPAQUE(1000000007ULL), r = 1, x = 2;
	for (uint64_t e = OPAQUE(1000000005ULL); e; e >>= 1) {
		if (e & 1)
			r = r * x % mod;
		x = x * x % mod;
	}
	show_dec("inverse of 2 mod 1e9+7", (int64_t)r);

	/* Integer square root by Newton iteration. */
	uint64_t n = OPAQUE(0xfffffffffffffff0ULL), s = n, t = (s + 1) / 2;
	while (t < s) {
		s = t;
		t = (s + n / s) / 2;
	}
	show_dec("isqrt(2^64-16)", (int64_t)s);

	/* Division by constants (gcc turns these into multiply-high sequences). */
	uint64_t dsum = 0;
	for (uint64_t v = OPAQUE(1ULL); v < 100000; v = v * 3 + 1) {
		dsum += v / 3 + v / 7 + v / 10 + v / 1000 + v % 13;
		int64_t sv = -(int64_t)v;
		dsum += (uint64_t)(sv / 3 + sv / 7 + sv % 10);
	}
	show("division by constants", dsum);
}

int main(void)
{
	printf("arith: start\n");
	test_divide_edges();
	test_specific();
	test_table();
	finish("arith");
	return 0;
}
