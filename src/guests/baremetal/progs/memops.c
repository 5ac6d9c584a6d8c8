/* Loads and stores of every size and signedness, addressing modes, and byte order. */
#include "testlib.h"

static uint8_t mem8[64];
static uint16_t mem16[64];
static uint32_t mem32[64];
static uint64_t mem64[64];
static volatile uint8_t vbuf[256] __attribute__((aligned(16)));

union overlay {
	uint64_t d;
	uint32_t w[2];
	uint16_t h[4];
	uint8_t b[8];
	int8_t sb[8];
	int16_t sh[4];
	int32_t sw[2];
};

struct mixed {
	int8_t s8;
	uint8_t u8;
	int16_t s16;
	uint16_t u16;
	int32_t s32;
	uint32_t u32;
	int64_t s64;
	uint64_t u64;
};

static uint64_t __attribute__((noinline)) sum_signed(const int8_t *p8, const int16_t *p16, const int32_t *p32, int n)
{
	int64_t s = 0;
	for (int i = 0; i < n; i++) s += p8[i] * 3 + p16[i] * 5 + (int64_t)p32[i] * 7;
	return (uint64_t)s;
}

static uint64_t __attribute__((noinline)) sum_unsigned(const uint8_t *p8, const uint16_t *p16, const uint32_t *p32, int n)
{
	uint64_t s = 0;
	for (int i = 0; i < n; i++) s += p8[i] * 3u + p16[i] * 5u + (uint64_t)p32[i] * 7;
	return s;
}

/* Register-offset addressing with 32-bit signed and unsigned indices (sxtw/uxtw extends). */
static uint64_t __attribute__((noinline)) index_modes(const uint64_t *base, int32_t si, uint32_t ui, const uint16_t *h, int32_t hi)
{
	return base[si] + base[ui] + base[si + 1] * 3 + h[hi] + h[ui];
}

/* Post-increment and pre-decrement pointer walks. */
static uint64_t __attribute__((noinline)) walk(const uint32_t *p, const uint32_t *end)
{
	uint64_t s = 0;
	while (p < end) s = s * 3 + *p++;
	while (p > end - 8) s = s * 5 + *--p;
	return s;
}

/* Little-endian pack/unpack with byte accesses (what a protocol parser does). */
static void put_le32(volatile uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static uint32_t get_le32(const volatile uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get_be64(const volatile uint8_t *p)
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++) v = (v << 8) | p[i];
	return v;
}

static uint64_t asm_load_pairs(const uint64_t *p)
{
	uint64_t a, b, c, d;
	__asm__ volatile("ldp %0, %1, [%4]\n\tldp %2, %3, [%4, #16]!" : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d), "+r"(p) : : "memory");
	return a + 2 * b + 3 * c + 4 * d + (uint64_t)p;
}

static uint64_t asm_ldpsw(const int32_t *p)
{
	int64_t a, b;
	__asm__ volatile("ldpsw %0, %1, [%2]" : "=&r"(a), "=&r"(b) : "r"(p) : "memory");
	return (uint64_t)a ^ ((uint64_t)b << 1);
}

int main(void)
{
	printf("memops: start\n");
	for (int i = 0; i < 64; i++) {
		uint64_t r = rng_next();
		mem8[i] = (uint8_t)r;
		mem16[i] = (uint16_t)(r >> 8);
		mem32[i] = (uint32_t)(r >> 16);
		mem64[i] = r;
	}
	show("signed sums", sum_signed((const int8_t *)mem8, (const int16_t *)mem16, (const int32_t *)mem32, 64));
	show("unsigned sums", sum_unsigned(mem8, mem16, mem32, 64));
	show("index modes +", index_modes(mem64, OPAQUE(5), OPAQUE(7u), mem16, OPAQUE(9)));
	show("index modes -", index_modes(mem64 + 32, OPAQUE(-5), OPAQUE(3u), mem16 + 32, OPAQUE(-9)));
	show("pointer walk", walk(mem32, mem32 + 64));
	show("ldp/ldp pre-index", asm_load_pairs(mem64 + 2) - (uint64_t)(uintptr_t)(mem64 + 4));
	show("ldpsw", asm_ldpsw((const int32_t *)mem32 + 10));

	/* Sign and zero extension of every width through a union. */
	union overlay u;
	u.d = OPAQUE(0x80ff7f0180007fffULL);
	uint64_t h = 0;
	for (int i = 0; i < 8; i++) h = h * 257 + (uint64_t)(int64_t)u.sb[i] + u.b[i];
	for (int i = 0; i < 4; i++) h = h * 65537 + (uint64_t)(int64_t)u.sh[i] + u.h[i];
	for (int i = 0; i < 2; i++) h = h * 3 + (uint64_t)(int64_t)u.sw[i] + u.w[i];
	show("overlay extensions", h);
	show_dec("sb[7]", u.sb[7]);
	show_dec("sh[3]", u.sh[3]);
	show_dec("sw[1]", u.sw[1]);
	show("b[0] (little endian)", u.b[0]);

	/* Stores of every width into a struct, then read back through bytes. */
	struct mixed m;
	m.s8 = (int8_t)OPAQUE(-100);
	m.u8 = (uint8_t)OPAQUE(200);
	m.s16 = (int16_t)OPAQUE(-30000);
	m.u16 = (uint16_t)OPAQUE(60000);
	m.s32 = OPAQUE(-2000000000);
	m.u32 = OPAQUE(4000000000u);
	m.s64 = OPAQUE(-9000000000000000000LL);
	m.u64 = OPAQUE(18000000000000000000ULL);
	const uint8_t *mb = (const uint8_t *)&m;
	h = 0;
	for (size_t i = 0; i < sizeof m; i++) h = h * 131 + mb[i];
	show("struct bytes", h);
	printf("mixed: %d %u %d %u %d %u %lld %llu\n", m.s8, m.u8, m.s16, m.u16, m.s32, m.u32, (long long)m.s64,
	       (unsigned long long)m.u64);
	m.s8++, m.u8++, m.s16--, m.u16 += 10000, m.s32 += 1000000000, m.u32 += 500000000u;
	printf("wrapped: %d %u %d %u %d %u\n", m.s8, m.u8, m.s16, m.u16, m.s32, m.u32);

	/* Byte stores through a volatile buffer, then wider loads of the same memory. */
	for (int i = 0; i < 256; i++) vbuf[i] = (uint8_t)(i * 13 + 5);
	h = 0;
	for (int i = 0; i < 256; i += 8) {
		const volatile uint64_t *p64 = (const volatile uint64_t *)&vbuf[i];
		const volatile uint32_t *p32 = (const volatile uint32_t *)&vbuf[i];
		const volatile uint16_t *p16 = (const volatile uint16_t *)&vbuf[i];
		const volatile int16_t *ps16 = (const volatile int16_t *)&vbuf[i + 6];
		h = h * 7 + *p64 + p32[1] + p16[1] + (uint64_t)(int64_t)*ps16;
	}
	show("wide loads of byte stores", h);
	for (int i = 0; i < 64; i++) put_le32(vbuf + 4 * i, (uint32_t)(0x01020304u * (uint32_t)i + 0x80706050u));
	h = 0;
	for (int i = 0; i < 64; i++) h = h * 3 + get_le32(vbuf + 4 * i) + ((const volatile uint32_t *)vbuf)[i];
	show("le32 pack/unpack", h);
	show("be64 at 8", get_be64(vbuf + 8));
	show("be64 at 13", get_be64(vbuf + 13));

	/* Halfword and word stores at every aligned offset, checked by 64-bit reads. */
	volatile uint64_t *q = (volatile uint64_t *)vbuf;
	for (int i = 0; i < 32; i++) q[i] = 0;
	for (int i = 0; i < 16; i++) ((volatile uint16_t *)vbuf)[i * 3] = (uint16_t)(0xa000 + i);
	for (int i = 0; i < 8; i++) ((volatile uint32_t *)vbuf)[20 + i * 3] = 0xc0000000u + (uint32_t)i;
	h = 0;
	for (int i = 0; i < 32; i++) h = h * 11 + q[i];
	show("mixed-width stores", h);

	/* A byte-wise ring buffer with wrap-around. */
	uint8_t ring[37];
	unsigned head = 0, tail = 0, count = 0;
	uint64_t out = 0;
	for (unsigned step = 0; step < 2000; step++) {
		if ((step * 7) % 5 < 3 && count < sizeof ring) {
			ring[head] = (uint8_t)(step ^ (step >> 3));
			head = (head + 1) % sizeof ring;
			count++;
		} else if (count) {
			out = out * 31 + ring[tail];
			tail = (tail + 1) % sizeof ring;
			count--;
		}
	}
	show("ring buffer", out);
	show_dec("ring count", count);

	finish("memops");
	return 0;
}
