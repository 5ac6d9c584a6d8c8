/* Checksums in software: CRC-32 (bitwise and table), CRC-32C, CRC-16/CCITT, Adler-32, FNV-1a, SipHash-like mixing. */
#include "testlib.h"

static uint32_t crc32_table[256];
static uint32_t crc32c_table[256];
static uint8_t data[8192];

static uint32_t crc32_bitwise(const uint8_t *p, size_t n, uint32_t poly)
{
	uint32_t crc = 0xffffffffu;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (poly & (0u - (crc & 1u)));
	}
	return ~crc;
}

static void crc32_make_table(uint32_t *table, uint32_t poly)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = c & 1 ? (c >> 1) ^ poly : c >> 1;
		table[i] = c;
	}
}

static uint32_t crc32_table_update(const uint32_t *table, uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--)
		crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static uint16_t crc16_ccitt(const uint8_t *p, size_t n)
{
	uint16_t crc = 0xffff;
	while (n--) {
		crc ^= (uint16_t)(*p++ << 8);
		for (int k = 0; k < 8; k++)
			crc = (uint16_t)(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
	}
	return crc;
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
	uint32_t a = 1, b = 0;
	while (n--) {
		a = (a + *p++) % 65521;
		b = (b + a) % 65521;
	}
	return (b << 16) | a;
}

static uint32_t fnv1a32(const uint8_t *p, size_t n)
{
	uint32_t h = 2166136261u;
	while (n--) h = (h ^ *p++) * 16777619u;
	return h;
}

static uint64_t fnv1a64(const uint8_t *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	while (n--) h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

static inline uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* A SipRound-style ARX mix over 64-bit little-endian words, assembled bytewise. */
static uint64_t arx_hash(const uint8_t *p, size_t n)
{
	uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL, v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
	for (size_t i = 0; i + 8 <= n; i += 8) {
		uint64_t m = 0;
		for (int b = 7; b >= 0; b--) m = (m << 8) | p[i + b];
		v3 ^= m;
		for (int round = 0; round < 2; round++) {
			v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
			v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
			v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
			v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
		}
		v0 ^= m;
	}
	return v0 ^ v1 ^ v2 ^ v3;
}

int main(void)
{
	printf("crc: start\n");
	static const char check[] = "123456789";
	const uint8_t *c = (const uint8_t *)check;
	crc32_make_table(crc32_table, 0xedb88320u);
	crc32_make_table(crc32c_table, 0x82f63b78u);

	show("crc32(\"123456789\") bitwise", crc32_bitwise(c, 9, 0xedb88320u));
	show("crc32(\"123456789\") table", crc32_table_update(crc32_table, 0, c, 9));
	show("crc32c(\"123456789\")", crc32_table_update(crc32c_table, 0, c, 9));
	show("crc16-ccitt(\"123456789\")", crc16_ccitt(c, 9));
	show("adler32(\"Wikipedia\")", adler32((const uint8_t *)"Wikipedia", 9));
	show("fnv1a32(\"123456789\")", fnv1a32(c, 9));
	show("fnv1a64(\"123456789\")", fnv1a64(c, 9));
	show("crc32 table[1]", crc32_table[1]);
	show("crc32 table[255]", crc32_table[255]);

	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (uint8_t)(rng_next() >> 32);
	uint32_t whole = crc32_table_update(crc32_table, 0, data, sizeof data);
	/* Incremental CRC over uneven chunks must match the one-shot CRC. */
	uint32_t inc = 0;
	size_t pos = 0, step = 1;
	while (pos < sizeof data) {
		size_t n = step < sizeof data - pos ? step : sizeof data - pos;
		inc = crc32_table_update(crc32_table, inc, data + pos, n);
		pos += n;
		step = step * 3 + 1;
	}
	show("crc32(data 8K)", whole);
	show_dec("crc32 incremental matches", inc == whole);
	show("crc32(data 1K) bitwise", crc32_bitwise(data, 1024, 0xedb88320u));
	show("crc32c(data 8K)", crc32_table_update(crc32c_table, 0, data, sizeof data));
	show("crc16(data 2K)", crc16_ccitt(data, 2048));
	show("adler32(data 8K)", adler32(data, sizeof data));
	show("fnv1a32(data 8K)", fnv1a32(data, sizeof data));
	show("fnv1a64(data 8K)", fnv1a64(data, sizeof data));
	show("arx(data 8K)", arx_hash(data, sizeof data));

	/* Self-check property: appending the little-endian CRC gives the CRC-32 residue. */
	uint8_t tail[4];
	uint32_t crc = crc32_table_update(crc32_table, 0, data, 100);
	for (int i = 0; i < 4; i++) tail[i] = (uint8_t)(crc >> (8 * i));
	uint32_t res = crc32_table_update(crc32_table, crc, tail, 4);
	show("crc32 residue", res);

	finish("crc");
	return 0;
}
