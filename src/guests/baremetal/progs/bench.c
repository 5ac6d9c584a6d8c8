/*
 * CPU-bound benchmark: a mix of integer loops, array indexing, branches and calls
 * (sieve, quicksort, table CRC-32, integer matrix multiply, a small interpreter).
 * Prints one checksum per kernel and a final checksum; the output is deterministic.
 *
 * Build with -DBENCH_REPORT_TICKS to also print CNTVCT_EL0 deltas (under QEMU
 * `-icount shift=0` one tick is 16 instructions); the default build prints none so
 * that its output is identical on every machine.
 */
#include "../rt.h"

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 16
#endif

static uint64_t rng_state = 0x243f6a8885a308d3ULL;

static uint64_t rng(void)
{
	uint64_t x = rng_state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545f4914f6cdd1dULL;
}

static inline uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	return h;
}

/* ---- sieve ---- */
#define SIEVE_N 200000
static uint8_t sieve_buf[SIEVE_N + 1];

static uint64_t bench_sieve(void)
{
	memset(sieve_buf, 0, sizeof sieve_buf);
	for (uint32_t i = 2; i * i <= SIEVE_N; i++)
		if (!sieve_buf[i])
			for (uint32_t j = i * i; j <= SIEVE_N; j += i)
				sieve_buf[j] = 1;
	uint64_t count = 0, sum = 0;
	for (uint32_t i = 2; i <= SIEVE_N; i++)
		if (!sieve_buf[i]) {
			count++;
			sum += i;
		}
	return count * 1000003 + sum;
}

/* ---- quicksort on ints ---- */
#define SORT_N 20000
static int32_t sort_buf[SORT_N];

static void __attribute__((noinline)) qsort_i32(int32_t *a, int lo, int hi)
{
	while (lo < hi) {
		int32_t pivot = a[lo + (hi - lo) / 2];
		int i = lo, j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				int32_t t = a[i];
				a[i] = a[j];
				a[j] = t;
				i++;
				j--;
			}
		}
		if (j - lo < hi - i) {
			qsort_i32(a, lo, j);
			lo = i;
		} else {
			qsort_i32(a, i, hi);
			hi = j;
		}
	}
}

static uint64_t bench_sort(void)
{
	for (int i = 0; i < SORT_N; i++) sort_buf[i] = (int32_t)(rng() >> 33) - (1 << 30);
	qsort_i32(sort_buf, 0, SORT_N - 1);
	uint64_t h = 0;
	for (int i = 0; i < SORT_N; i += 97) h = mix(h, (uint32_t)sort_buf[i]);
	for (int i = 1; i < SORT_N; i++)
		if (sort_buf[i - 1] > sort_buf[i]) return 0xbad;
	return h;
}

/* ---- CRC-32 ---- */
#define CRC_N 65536
static uint32_t crc_table[256];
static uint8_t crc_buf[CRC_N];

static uint64_t bench_crc(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
		crc_table[i] = c;
	}
	for (int i = 0; i < CRC_N; i += 8) {
		uint64_t r = rng();
		for (int k = 0; k < 8; k++) crc_buf[i + k] = (uint8_t)(r >> (8 * k));
	}
	uint32_t crc = 0xffffffffu;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < CRC_N; i++) crc = crc_table[(crc ^ crc_buf[i]) & 0xff] ^ (crc >> 8);
	return ~crc;
}

/* ---- integer matrix multiply ---- */
#define MAT_N 64
static int32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];

static uint64_t bench_matmul(void)
{
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			mat_a[i][j] = (int32_t)(rng() % 201) - 100;
			mat_b[i][j] = (int32_t)(rng() % 201) - 100;
		}
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			int32_t s = 0;
			for (int k = 0; k < MAT_N; k++) s += mat_a[i][k] * mat_b[k][j];
			mat_c[i][j] = s;
		}
	uint64_t h = 0;
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) h = mix(h, (uint32_t)mat_c[i][j]);
	return h;
}

/* ---- a tiny bytecode interpreter (indirect branches through a switch) ---- */
enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_DEC, OP_XOR, OP_SHR, OP_HALT };

static const uint8_t program[] = {
	OP_PUSH, 1,          /* acc */
	OP_PUSH, 200,        /* counter */
	/* loop (pc 4): stack = acc, counter */
	OP_SWAP,             /* counter, acc */
	OP_DUP,              /* counter, acc, acc */
	OP_PUSH, 13, OP_MUL, /* counter, acc, acc*13 */
	OP_XOR,              /* counter, acc ^ acc*13 */
	OP_DUP, OP_PUSH, 7, OP_SHR, OP_ADD, /* counter, acc' */
	OP_SWAP,             /* acc', counter */
	OP_DEC,              /* acc', counter-1 */
	OP_DUP, OP_JNZ, 4,   /* jump back while counter != 0 */
	OP_SUB, OP_HALT,
};

static uint64_t __attribute__((noinline)) interpret(const uint8_t *code, uint64_t seed)
{
	uint64_t stack[16];
	int sp = 0;
	unsigned pc = 0;
	stack[sp++] = seed;
	for (;;) {
		uint8_t op = code[pc++];
		switch (op) {
		case OP_PUSH: stack[sp++] = code[pc++]; break;
		case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
		case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
		case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
		case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
		case OP_SWAP: { uint64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
		case OP_JNZ: { uint8_t target = code[pc++]; if (stack[--sp]) pc = target; break; }
		case OP_DEC: stack[sp - 1]--; break;
		case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
		case OP_SHR: sp--; stack[sp - 1] >>= stack[sp] & 63; break;
		case OP_HALT: default: {
			uint64_t r = 0;
			while (sp) r = r * 31 + stack[--sp];
			return r;
		}
		}
	}
}

static uint64_t bench_interp(void)
{
	uint64_t h = 0;
	for (uint64_t seed = 0; seed < 100; seed++) h = mix(h, interpret(program, seed));
	return h;
}

#ifdef BENCH_REPORT_TICKS
static inline uint64_t ticks(void)
{
	uint64_t t;
	__asm__ volatile("isb\n\tmrs %0, cntvct_el0" : "=r"(t));
	return t;
}
#define TICK_REPORT(name, t0) printf("  ticks %s: %llu\n", name, (unsigned long long)(ticks() - (t0)))
#else
#define TICK_REPORT(name, t0) ((void)(t0))
static inline uint64_t ticks(void) { return 0; }
#endif

int main(void)
{
	printf("bench: start (%d rounds)\n", BENCH_ROUNDS);
	uint64_t total = 0, t_all = ticks();
	uint64_t part[5] = { 0, 0, 0, 0, 0 };
	for (int round = 0; round < BENCH_ROUNDS; round++) {
		uint64_t t0 = ticks();
		part[0] = mix(part[0], bench_sieve());
		if (round == 0) TICK_REPORT("sieve", t0);
		t0 = ticks();
		part[1] = mix(part[1], bench_sort());
		if (round == 0) TICK_REPORT("sort", t0);
		t0 = ticks();
		part[2] = mix(part[2], bench_crc());
		if (round == 0) TICK_REPORT("crc", t0);
		t0 = ticks();
		part[3] = mix(part[3], bench_matmul());
		if (round == 0) TICK_REPORT("matmul", t0);
		t0 = ticks();
		part[4] = mix(part[4], bench_interp());
		if (round == 0) TICK_REPORT("interp", t0);
	}
	static const char *const names[5] = { "sieve", "sort", "crc32", "matmul", "interp" };
	for (int i = 0; i < 5; i++) {
		printf("bench %-6s checksum 0x%016llx\n", names[i], (unsigned long long)part[i]);
		total = mix(total, part[i]);
	}
	TICK_REPORT("total", t_all);
	printf("bench: checksum 0x%016llx\n", (unsigned long long)total);
	printf("bench: done\n");
	return 0;
}
