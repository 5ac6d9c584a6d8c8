/* Bit manipulation: clz/cls/rbit/rev, popcount, bitfields, rotates, logical immediates. */
#include "testlib.h"

static uint64_t asm_clz64(uint64_t x)
{
	uint64_t r;
	__asm__("clz %0, %1" : "=r"(r) : "r"(x));
	return r;
}

static uint32_t asm_clz32(uint32_t x)
{
	uint32_t r;
	__asm__("clz %w0, %w1" : "=r"(r) : "r"(x));
	return r;
}

static uint64_t asm_cls64(uint64_t x)
{
	uint64_t r;
	__asm__("cls %0, %1" : "=r"(r) : "r"(x));
	return r;
}

static uint32_t asm_cls32(uint32_t x)
{
	uint32_t r;
	__asm__("cls %w0, %w1" : "=r"(r) : "r"(x));
	return r;
}

static uint64_t asm_rbit64(uint64_t x)
{
	uint64_t r;
	__asm__("rbit %0, %1" : "=r"(r) : "r"(x));
	return r;
}

static uint32_t asm_rbit32(uint32_t x)
{
	uint32_t r;
	__asm__("rbit %w0, %w1" : "=r"(r) : "r"(x));
	return r;
}

static uint64_t asm_rev16_64(uint64_t x)
{
	uint64_t r;
	__asm__("rev16 %0, %1" : "=r"(r) : "r"(x));
	return r;
}

static uint64_t asm_rev32_64(uint64_t x)
{
	uint64_t r;
	__asm__("rev32 %0, %1" : "=r"(r) : "r"(x));
	return r;
}

static uint64_t asm_extr(uint64_t hi, uint64_t lo)
{
	uint64_t r;
	__asm__("extr %0, %1, %2, #13" : "=r"(r) : "r"(hi), "r"(lo));
	return r;
}

static unsigned popcount_loop(uint64_t x)
{
	unsigned n = 0;
	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

static unsigned popcount_swar(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ULL);
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

static uint64_t rbit_loop(uint64_t x)
{
	uint64_t r = 0;
	for (int i = 0; i < 64; i++) {
		r = (r << 1) | (x & 1);
		x >>= 1;
	}
	return r;
}

static inline uint64_t rotr64(uint64_t x, unsigned n)
{
	n &= 63;
	return (x >> n) | (x << ((64 - n) & 63));
}

static inline uint32_t rotl32(uint32_t x, unsigned n)
{
	n &= 31;
	return (x << n) | (x >> ((32 - n) & 31));
}

struct packed_fields {
	unsigned a : 3;
	signed b : 5;
	unsigned c : 12;
	signed d : 9;
	unsigned e : 3;
	uint64_t f : 40;
	int64_t g : 24;
};

static const uint64_t samples[] = {
	0, 1, 0x80, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x00000000ffffffffULL,
	0x0123456789abcdefULL, 0xfedcba9876543210ULL, 0x00f000f000f000f0ULL, 0x7fffffffffffffffULL,
	0x0000000100000000ULL, 0x5a5a5a5aa5a5a5a5ULL, 0x000000000000ffffULL, 0xc000000000000001ULL,
};
#define NSAMPLES (sizeof samples / sizeof samples[0])

int main(void)
{
	printf("bits: start\n");
	uint64_t h_clz = 0, h_pop = 0, h_rev = 0, h_rot = 0, h_log = 0;
	for (unsigned i = 0; i < NSAMPLES; i++) {
		uint64_t x = OPAQUE(samples[i]);
		uint32_t x32 = (uint32_t)x;
		h_clz = h_clz * 67 + asm_clz64(x) + asm_clz32(x32) * 100 + asm_cls64(x) * 10000 + asm_cls32(x32) * 1000000;
		if (x)
			h_clz += (uint64_t)__builtin_clzll(x) * 3 + (uint64_t)__builtin_ctzll(x) * 5;
		if (x32)
			h_clz += (uint64_t)__builtin_clz(x32) * 7 + (uint64_t)__builtin_ctz(x32) * 11;
		unsigned p1 = popcount_loop(x), p2 = popcount_swar(x);
		if (p1 != p2)
			printf("popcount mismatch at %u: %u vs %u\n", i, p1, p2);
		h_pop = h_pop * 71 + p1 + popcount_loop(x32) * 65;

		uint64_t r1 = asm_rbit64(x), r2 = rbit_loop(x);
		if (r1 != r2)
			printf("rbit mismatch at %u\n", i);
		h_rev = h_rev * 73 + r1 + asm_rbit32(x32) + __builtin_bswap64(x) + __builtin_bswap32(x32) +
			__builtin_bswap16((uint16_t)x) + asm_rev16_64(x) + asm_rev32_64(x);

		for (unsigned s = 0; s < 64; s += 5)
			h_rot = h_rot * 3 + rotr64(x, s) + rotl32(x32, s) + asm_extr(x, ~x);

		h_log = h_log * 79 + (x & 0x00ff00ff00ff00ffULL) + (x | 0x8000000000000001ULL) + (x ^ 0x5555555555555555ULL) +
			(x & ~OPAQUE(0xf0f0ULL)) + (x | ~OPAQUE(0x1234ULL)) + (x ^ ~OPAQUE(0xffULL)) + ((x & 0x100) != 0) +
			(x32 & 0x3ffu) + (x32 | 0xe0000000u) + (x32 ^ 0x0ff00ff0u) + (uint64_t)(int64_t)(int8_t)x +
			(uint64_t)(int64_t)(int16_t)x + (uint64_t)(int64_t)(int32_t)x + (uint8_t)x + (uint16_t)x;

	}
	show("clz/cls/ctz", h_clz);
	show("popcount", h_pop);
	show("rbit/rev", h_rev);
	show("rotates/extr", h_rot);
	show("logical", h_log);

	uint64_t v = OPAQUE(0x0123456789abcdefULL);
	show("clz64(0)", asm_clz64(OPAQUE(0ULL)));
	show("clz32(0)", asm_clz32(OPAQUE(0u)));
	show("cls64(-1)", asm_cls64(OPAQUE(~0ULL)));
	show("rbit64", asm_rbit64(v));
	show("rev64", __builtin_bswap64(v));
	show("rev32 w", __builtin_bswap32((uint32_t)v));
	show("rev16", asm_rev16_64(v));
	show("rev32", asm_rev32_64(v));
	show("extr #13", asm_extr(v, ~v));
	show("popcount(v)", popcount_swar(v));

	/* Bitfields: read-modify-write through ubfx/sbfx/bfi. */
	struct packed_fields pf;
	memset(&pf, 0, sizeof pf);
	uint64_t h_bf = 0;
	for (int i = 0; i < 200; i++) {
		pf.a = (unsigned)i;
		pf.b = i - 100;
		pf.c += (unsigned)i * 37;
		pf.d = -i;
		pf.e ^= (unsigned)i;
		pf.f = pf.f * 3 + (uint64_t)i;
		pf.g = pf.g - 1000 * i;
		h_bf = h_bf * 31 + pf.a + (uint64_t)(int64_t)pf.b + pf.c + (uint64_t)(int64_t)pf.d + pf.e + pf.f +
		       (uint64_t)(int64_t)pf.g;
	}
	show("bitfields", h_bf);
	uint64_t raw[2];
	memcpy(raw, &pf, sizeof raw);
	show("bitfield raw word 0", raw[0]);
	show("bitfield raw word 1", raw[1]);

	/* Manual field insert/extract with masks and shifts. */
	uint64_t word = 0, h_ins = 0;
	for (unsigned lsb = 0; lsb < 64; lsb += 3) {
		for (unsigned width = 1; width <= 64 - lsb; width += 7) {
			uint64_t mask = width == 64 ? ~0ULL : ((1ULL << width) - 1);
			uint64_t field = rng_next() & mask;
			word = (word & ~(mask << lsb)) | (field << lsb);
			uint64_t back = (word >> lsb) & mask;
			int64_t sback = (int64_t)(back << (64 - width)) >> (64 - width);
			h_ins = h_ins * 5 + back + (uint64_t)sback + (back == field);
		}
	}
	show("field insert/extract", h_ins);
	show("final word", word);

	/* Gray code, parity, next power of two, bit interleave. */
	uint64_t h_misc = 0;
	for (uint32_t i = 0; i < 1000; i++) {
		uint32_t gray = i ^ (i >> 1);
		uint32_t parity = popcount_loop(i) & 1;
		uint32_t np2 = i <= 1 ? 1 : 1u << (32 - asm_clz32(i - 1));
		uint32_t inter = 0;
		for (int b = 0; b < 10; b++)
			inter |= ((i >> b) & 1u) << (2 * b);
		h_misc = h_misc * 7 + gray + parity * 1000 + np2 + inter;
	}
	show("gray/parity/np2/interleave", h_misc);

	finish("bits");
	return 0;
}
