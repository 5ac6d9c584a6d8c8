/*
 * C11 atomics (<stdatomic.h>) built for -march=armv8.2-a, so gcc emits FEAT_LSE
 * instructions inline: LDADD/LDCLR/LDEOR/LDSET (and the ST* forms when the result is
 * unused), SWP, CAS with every size and memory order; fetch_nand/min/max become CAS loops.
 * Then explicit load/store-exclusive loops (LDXR/STXR, LDAXR/STLXR, pairs), LDAPR,
 * CASP, LDSMAX/LDUMIN & co. through inline assembly. Every result is printed with the
 * value it must have, computed by plain arithmetic, and checked.
 */
#include "testlib.h"
#include <stdatomic.h>

static unsigned g_bad;

#define CHECK(label, got, want)                                                                   \
	do {                                                                                      \
		uint64_t g_ = (uint64_t)(got), w_ = (uint64_t)(want);                             \
		show(label, g_);                                                                  \
		if (g_ != w_) {                                                                   \
			printf("  MISMATCH: want 0x%016llx\n", (unsigned long long)w_);           \
			g_bad++;                                                                  \
		}                                                                                 \
	} while (0)

static _Atomic uint8_t a8 __attribute__((aligned(16)));
static _Atomic uint16_t a16 __attribute__((aligned(16)));
static _Atomic uint32_t a32 __attribute__((aligned(16)));
static _Atomic uint64_t a64 __attribute__((aligned(16)));
static _Atomic int8_t s8;
static _Atomic int16_t s16;
static _Atomic int32_t s32;
static _Atomic int64_t s64;

/* One generic test body per width: every fetch-op with every memory order. */
#define FETCH_OPS(T, var, label, K1, K2)                                                          \
	static void __attribute__((noinline)) fetch_ops_##label(void)                             \
	{                                                                                         \
		T v = (T)K1, k = (T)K2, old;                                                      \
		atomic_store_explicit(&var, v, memory_order_relaxed);                             \
		old = atomic_fetch_add_explicit(&var, k, memory_order_relaxed);                   \
		CHECK(#label " fetch_add relaxed", old, v);                                       \
		v = (T)(v + k);                                                                   \
		old = atomic_fetch_sub_explicit(&var, (T)(k * 3), memory_order_acquire);          \
		CHECK(#label " fetch_sub acquire", old, v);                                       \
		v = (T)(v - (T)(k * 3));                                                          \
		old = atomic_fetch_and_explicit(&var, (T)~k, memory_order_release);               \
		CHECK(#label " fetch_and release", old, v);                                       \
		v = (T)(v & (T)~k);                                                               \
		old = atomic_fetch_or_explicit(&var, (T)(k >> 1), memory_order_acq_rel);          \
		CHECK(#label " fetch_or acq_rel", old, v);                                        \
		v = (T)(v | (T)(k >> 1));                                                         \
		old = atomic_fetch_xor_explicit(&var, (T)(k * 5), memory_order_seq_cst);          \
		CHECK(#label " fetch_xor seq_cst", old, v);                                       \
		v = (T)(v ^ (T)(k * 5));                                                          \
		old = atomic_exchange_explicit(&var, (T)~v, memory_order_acq_rel);                \
		CHECK(#label " exchange", old, v);                                                \
		v = (T)~v;                                                                        \
		old = __atomic_fetch_nand(&var, k, __ATOMIC_SEQ_CST);                             \
		CHECK(#label " fetch_nand", old, v);                                              \
		v = (T) ~(v & k);                                                                 \
		T nv = __atomic_add_fetch(&var, (T)7, __ATOMIC_RELAXED);                          \
		v = (T)(v + 7);                                                                   \
		CHECK(#label " add_fetch", nv, v);                                                \
		/* Results unused: gcc emits the ST* aliases (STADD, STCLR, STEOR, STSET). */     \
		atomic_fetch_add_explicit(&var, k, memory_order_relaxed);                         \
		atomic_fetch_and_explicit(&var, (T)(k | (T)0x0f), memory_order_release);          \
		atomic_fetch_xor_explicit(&var, (T)0x55, memory_order_relaxed);                   \
		atomic_fetch_or_explicit(&var, (T)0x80, memory_order_release);                    \
		v = (T)((T)((T)((T)(v + k) & (T)(k | (T)0x0f)) ^ (T)0x55) | (T)0x80);             \
		CHECK(#label " after st* ops", atomic_load_explicit(&var, memory_order_acquire), v); \
		/* compare_exchange: a failing and a succeeding strong CAS, then a weak loop. */  \
		T expected = (T)(v + 1);                                                          \
		int ok = atomic_compare_exchange_strong_explicit(&var, &expected, (T)0,           \
								 memory_order_acq_rel, memory_order_acquire); \
		CHECK(#label " cas strong (fail) ok", ok, 0);                                     \
		CHECK(#label " cas strong (fail) seen", expected, v);                             \
		ok = atomic_compare_exchange_strong(&var, &expected, (T)(v * 3));                 \
		CHECK(#label " cas strong (ok) ok", ok, 1);                                       \
		v = (T)(v * 3);                                                                   \
		T cur = atomic_load_explicit(&var, memory_order_relaxed);                         \
		while (!atomic_compare_exchange_weak_explicit(&var, &cur, (T)(cur * 5 + 1),       \
							      memory_order_release, memory_order_relaxed)) \
			;                                                                         \
		v = (T)(v * 5 + 1);                                                               \
		CHECK(#label " cas weak loop", atomic_load(&var), v);                             \
		/* Min/max through a CAS loop. */                                                 \
		T lim = (T)(k ^ (T)0x3c);                                                         \
		cur = atomic_load(&var);                                                          \
		while (cur > lim && !atomic_compare_exchange_weak(&var, &cur, lim))               \
			;                                                                         \
		v = v > lim ? lim : v;                                                            \
		CHECK(#label " cas min loop", atomic_load(&var), v);                              \
	}

FETCH_OPS(uint8_t, a8, u8, 0xa5, 0x3b)
FETCH_OPS(uint16_t, a16, u16, 0xbeef, 0x1234)
FETCH_OPS(uint32_t, a32, u32, 0xdeadbeef, 0x9e3779b9)
FETCH_OPS(uint64_t, a64, u64, 0x0123456789abcdefULL, 0xfedcba9876543211ULL)
FETCH_OPS(int8_t, s8, s8, -100, 77)
FETCH_OPS(int16_t, s16, s16, -30000, 12345)
FETCH_OPS(int32_t, s32, s32, -2000000000, 123456789)
FETCH_OPS(int64_t, s64, s64, -8000000000000000000LL, 3141592653589793238LL)

/* ---- atomic_flag and fences --------------------------------------------------------------- */

static atomic_flag flag = ATOMIC_FLAG_INIT;

static void __attribute__((noinline)) flag_ops(void)
{
	CHECK("flag test_and_set (clear)", atomic_flag_test_and_set(&flag), 0);
	CHECK("flag test_and_set (set)", atomic_flag_test_and_set_explicit(&flag, memory_order_acquire), 1);
	atomic_flag_clear_explicit(&flag, memory_order_release);
	CHECK("flag after clear", atomic_flag_test_and_set(&flag), 0);
	atomic_thread_fence(memory_order_seq_cst);
	atomic_thread_fence(memory_order_acquire);
	atomic_thread_fence(memory_order_release);
	atomic_signal_fence(memory_order_seq_cst);
}

/* ---- a lock-free stack and a ticket lock exercised single-threaded ------------------------- */

struct node {
	struct node *next;
	uint32_t value;
};

static struct node nodes[64];
static _Atomic(struct node *) top;

static void push(struct node *n)
{
	struct node *old = atomic_load_explicit(&top, memory_order_relaxed);
	do
		n->next = old;
	while (!atomic_compare_exchange_weak_explicit(&top, &old, n, memory_order_release, memory_order_relaxed));
}

static struct node *pop(void)
{
	struct node *old = atomic_load_explicit(&top, memory_order_acquire);
	while (old && !atomic_compare_exchange_weak_explicit(&top, &old, old->next, memory_order_acquire,
							     memory_order_acquire))
		;
	return old;
}

static _Atomic uint32_t ticket_next, ticket_serving;

static void __attribute__((noinline)) structures(void)
{
	for (int i = 0; i < 64; i++) {
		nodes[i].value = (uint32_t)(i * i + 7);
		push(&nodes[i]);
	}
	uint64_t h = 0;
	int count = 0;
	for (struct node *n; (n = pop()) != NULL; count++) {
		h = h * 31 + n->value;
		if ((n->value & 3) == 0 && count < 100) push(n); /* re-push once: the value changes */
		n->value += 1;
	}
	int want = 64;
	for (int i = 0; i < 64; i++) want += ((i * i + 7) & 3) == 0;
	CHECK("stack pops", count, want);
	show("stack order hash", h);

	uint32_t sum = 0;
	for (int i = 0; i < 1000; i++) {
		uint32_t my = atomic_fetch_add_explicit(&ticket_next, 1, memory_order_relaxed);
		while (atomic_load_explicit(&ticket_serving, memory_order_acquire) != my)
			;
		sum += my;
		atomic_store_explicit(&ticket_serving, my + 1, memory_order_release);
	}
	CHECK("ticket lock sum", sum, 499500);
	CHECK("ticket serving", atomic_load(&ticket_serving), 1000);
}

/* ---- explicit instructions (inline assembly) ------------------------------------------------ */

static uint64_t xmem[4] __attribute__((aligned(16)));

static void __attribute__((noinline)) exclusives(void)
{
	uint64_t old, tmp;
	uint32_t status;
	xmem[0] = 100;
	/* ldxr/stxr increment loop */
	for (int i = 0; i < 50; i++) {
		__asm__ volatile("1: ldxr %0, [%3]\n"
				 "   add  %1, %0, #3\n"
				 "   stxr %w2, %1, [%3]\n"
				 "   cbnz %w2, 1b\n"
				 : "=&r"(old), "=&r"(tmp), "=&r"(status)
				 : "r"(&xmem[0])
				 : "memory");
	}
	CHECK("ldxr/stxr x50", xmem[0], 250);

	/* ldaxr/stlxr on a 32-bit word */
	uint32_t *w = (uint32_t *)&xmem[1];
	*w = 0x11111111;
	uint32_t wold, wtmp;
	__asm__ volatile("1: ldaxr %w0, [%3]\n"
			 "   eor   %w1, %w0, #0xff00ff00\n"
			 "   stlxr %w2, %w1, [%3]\n"
			 "   cbnz  %w2, 1b\n"
			 : "=&r"(wold), "=&r"(wtmp), "=&r"(status)
			 : "r"(w)
			 : "memory");
	CHECK("ldaxr/stlxr w (old:new)", (uint64_t)wold << 32 | *w, 0x11111111ee11ee11ULL);

	/* byte and halfword exclusives */
	uint8_t *b = (uint8_t *)&xmem[2];
	uint16_t *hw = (uint16_t *)&xmem[2] + 1;
	*b = 0xf0;
	*hw = 0x8001;
	uint32_t bo, ho;
	__asm__ volatile("1: ldxrb %w0, [%3]\n"
			 "   add   %w0, %w0, #0x20\n"
			 "   stxrb %w2, %w0, [%3]\n"
			 "   cbnz  %w2, 1b\n"
			 "2: ldaxrh %w1, [%4]\n"
			 "   lsl   %w1, %w1, #1\n"
			 "   stlxrh %w2, %w1, [%4]\n"
			 "   cbnz  %w2, 2b\n"
			 : "=&r"(bo), "=&r"(ho), "=&r"(status)
			 : "r"(b), "r"(hw)
			 : "memory");
	CHECK("ldxrb/stxrb + ldaxrh/stlxrh", xmem[2] & 0xffffffff, 0x00020010);

	/* 128-bit exclusive pair: swap the halves */
	xmem[0] = 0x0123456789abcdefULL;
	xmem[1] = 0xfedcba9876543210ULL;
	uint64_t lo, hi;
	__asm__ volatile("1: ldaxp %0, %1, [%3]\n"
			 "   stlxp %w2, %1, %0, [%3]\n"
			 "   cbnz  %w2, 1b\n"
			 : "=&r"(lo), "=&r"(hi), "=&r"(status)
			 : "r"(&xmem[0])
			 : "memory");
	CHECK("ldaxp/stlxp swap lo", xmem[0], 0xfedcba9876543210ULL);
	CHECK("ldaxp/stlxp swap hi", xmem[1], 0x0123456789abcdefULL);

	/* A store-exclusive without a preceding load-exclusive (after clrex) must fail. */
	__asm__ volatile("ldxr %0, [%2]\n"
			 "clrex\n"
			 "stxr %w1, %0, [%2]\n"
			 : "=&r"(old), "=&r"(status)
			 : "r"(&xmem[3])
			 : "memory");
	CHECK("stxr after clrex fails", status, 1);

	/* ldapr, ldar/stlr */
	uint64_t ap;
	xmem[3] = 0x5555aaaa5555aaaaULL;
	__asm__ volatile(".arch_extension rcpc\n ldapr %0, [%1]" : "=r"(ap) : "r"(&xmem[3]) : "memory");
	CHECK("ldapr", ap, 0x5555aaaa5555aaaaULL);
	__asm__ volatile("stlr %1, [%0]\n ldar %1, [%0]" : : "r"(&xmem[3]), "r"(ap + 1) : "memory");
	CHECK("stlr/ldar", xmem[3], 0x5555aaaa5555aaabULL);

	/* CASP: compare and swap a pair */
	xmem[0] = 1;
	xmem[1] = 2;
	register uint64_t c0 __asm__("x4") = 1, c1 __asm__("x5") = 2;
	register uint64_t n0 __asm__("x6") = 0x1111, n1 __asm__("x7") = 0x2222;
	__asm__ volatile("caspal %0, %1, %2, %3, [%4]" : "+r"(c0), "+r"(c1) : "r"(n0), "r"(n1), "r"(&xmem[0]) : "memory");
	CHECK("caspal (ok) old", c0 + (c1 << 8), 0x201);
	CHECK("caspal (ok) mem", xmem[0] + (xmem[1] << 16), 0x22221111);
	c0 = 7;
	c1 = 8;
	__asm__ volatile("casp %0, %1, %2, %3, [%4]" : "+r"(c0), "+r"(c1) : "r"(n0), "r"(n1), "r"(&xmem[0]) : "memory");
	CHECK("casp (fail) old", c0 + (c1 << 16), 0x22221111);

	/* Signed/unsigned min/max atomics, all sizes. */
	uint64_t r;
	xmem[0] = 0xfffffffffffffff0ULL; /* -16 */
	__asm__ volatile("ldsmaxal %1, %0, [%2]" : "=&r"(r) : "r"(5ULL), "r"(&xmem[0]) : "memory");
	CHECK("ldsmaxal x", r << 8 ^ xmem[0], (0xfffffffffffffff0ULL << 8) ^ 5);
	__asm__ volatile("ldumin %1, %0, [%2]" : "=&r"(r) : "r"(3ULL), "r"(&xmem[0]) : "memory");
	CHECK("ldumin x", r << 8 ^ xmem[0], (5ULL << 8) ^ 3);
	xmem[1] = 0x80000001ffffff80ULL;
	uint32_t r32;
	__asm__ volatile("ldsmin %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x10u), "r"((uint32_t *)&xmem[1]) : "memory");
	CHECK("ldsmin w", (uint64_t)r32 << 32 ^ xmem[1], 0xffffff80ULL << 32 ^ 0x80000001ffffff80ULL);
	__asm__ volatile("ldumaxa %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x10u), "r"((uint32_t *)&xmem[1]) : "memory");
	CHECK("ldumaxa w", r32, 0xffffff80u);
	xmem[2] = 0x8081828384858687ULL;
	__asm__ volatile("ldsmaxb %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x01u), "r"((uint8_t *)&xmem[2]) : "memory");
	CHECK("ldsmaxb", (uint64_t)r32 << 32 ^ xmem[2], 0x87ULL << 32 ^ 0x8081828384858601ULL);
	__asm__ volatile("lduminlh %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x7000u), "r"((uint16_t *)&xmem[2] + 1) : "memory");
	CHECK("lduminlh", (uint64_t)r32 << 32 ^ xmem[2], 0x8485ULL << 32 ^ 0x8081828370008601ULL);
	__asm__ volatile("stsmaxh %w0, [%1]" : : "r"(0x0001u), "r"((uint16_t *)&xmem[2] + 3) : "memory");
	__asm__ volatile("stuminb %w0, [%1]" : : "r"(0x02u), "r"((uint8_t *)&xmem[2] + 5) : "memory");
	CHECK("stsmaxh/stuminb", xmem[2], 0x0001028370008601ULL);

	/* Explicit CAS/SWP/LDADD byte and halfword forms with every ordering suffix. */
	uint32_t cv = 0x87;
	*(uint8_t *)&xmem[3] = 0x87;
	__asm__ volatile("casab %w0, %w1, [%2]" : "+r"(cv) : "r"(0x42u), "r"((uint8_t *)&xmem[3]) : "memory");
	CHECK("casab", cv << 8 | (xmem[3] & 0xff), 0x8742);
	__asm__ volatile("swplh %w1, %w0, [%2]" : "=&r"(r32) : "r"(0xbeefu), "r"((uint16_t *)&xmem[3] + 1) : "memory");
	CHECK("swplh", (xmem[3] >> 16 & 0xffff) << 16 | r32, 0xbeef5555ULL);
	__asm__ volatile("ldaddalh %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x1111u), "r"((uint16_t *)&xmem[3] + 1) : "memory");
	CHECK("ldaddalh", (xmem[3] >> 16 & 0xffff) << 16 | r32, 0xd000beefULL);
	__asm__ volatile("ldclrlb %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x0fu), "r"((uint8_t *)&xmem[3]) : "memory");
	CHECK("ldclrlb", (xmem[3] & 0xff) << 8 | r32, 0x4042);
	__asm__ volatile("ldeorab %w1, %w0, [%2]" : "=&r"(r32) : "r"(0xffu), "r"((uint8_t *)&xmem[3]) : "memory");
	CHECK("ldeorab", (xmem[3] & 0xff) << 8 | r32, 0xbf40);
	__asm__ volatile("ldseth %w1, %w0, [%2]" : "=&r"(r32) : "r"(0x000fu), "r"((uint16_t *)&xmem[3] + 1) : "memory");
	CHECK("ldseth", (xmem[3] >> 16 & 0xffff) << 16 | r32, 0xd00fd000ULL);
}

/*
 * A long random sequence of atomic operations on all four widths, mirrored by plain
 * arithmetic on a shadow copy; reports the number of disagreements and a hash.
 */
#define STEPS 800000

static void __attribute__((noinline)) random_ops(void)
{
	uint64_t sh[4] = { 0, 0, 0, 0 };
	uint64_t h = 0;
	unsigned bad = 0;
	atomic_store(&a8, 0);
	atomic_store(&a16, 0);
	atomic_store(&a32, 0);
	atomic_store(&a64, 0);
	for (int i = 0; i < STEPS; i++) {
		uint64_t r = rng_next();
		uint64_t k = r >> 8;
		uint64_t old = 0;
		unsigned w = r & 3, op = (r >> 2) & 7;
		uint64_t mask = w == 0 ? 0xff : w == 1 ? 0xffff : w == 2 ? 0xffffffffULL : ~0ULL;
		uint64_t cur = sh[w];
		uint64_t nv = cur;
#define APPLY(var, T)                                                                                      \
	switch (op) {                                                                                      \
	case 0: old = atomic_fetch_add_explicit(&var, (T)k, memory_order_relaxed); nv = cur + k; break;   \
	case 1: old = atomic_fetch_sub_explicit(&var, (T)k, memory_order_acquire); nv = cur - k; break;   \
	case 2: old = atomic_fetch_and_explicit(&var, (T)(k | r), memory_order_release); nv = cur & (k | r); break; \
	case 3: old = atomic_fetch_or_explicit(&var, (T)(k & (r << 3)), memory_order_acq_rel); nv = cur | (k & (r << 3)); break; \
	case 4: old = atomic_fetch_xor_explicit(&var, (T)k, memory_order_seq_cst); nv = cur ^ k; break;   \
	case 5: old = atomic_exchange_explicit(&var, (T)k, memory_order_acquire); nv = k; break;          \
	case 6: {                                                                                          \
		T e = (T)((r & 0x100) ? cur : cur + 1);                                                    \
		int ok = atomic_compare_exchange_strong_explicit(&var, &e, (T)k, memory_order_acq_rel,     \
								 memory_order_relaxed);                    \
		old = (T)e;                                                                                \
		nv = (r & 0x100) ? k : cur;                                                                \
		bad += ok != ((r & 0x100) != 0);                                                           \
		break;                                                                                     \
	}                                                                                                  \
	default: old = atomic_load_explicit(&var, memory_order_acquire); atomic_store_explicit(&var, (T)(cur * 3), memory_order_release); nv = cur * 3; break; \
	}
		switch (w) {
		case 0: APPLY(a8, uint8_t) break;
		case 1: APPLY(a16, uint16_t) break;
		case 2: APPLY(a32, uint32_t) break;
		default: APPLY(a64, uint64_t) break;
		}
#undef APPLY
		bad += (old & mask) != cur;
		sh[w] = nv & mask;
		h = (h ^ old) * 0x100000001b3ULL;
	}
	CHECK("random ops: mismatches", bad, 0);
	CHECK("random ops: final u8", atomic_load(&a8), sh[0]);
	CHECK("random ops: final u16", atomic_load(&a16), sh[1]);
	CHECK("random ops: final u32", atomic_load(&a32), sh[2]);
	CHECK("random ops: final u64", atomic_load(&a64), sh[3]);
	show("random ops: hash", h);
}

int main(void)
{
	printf("atomics: start\n");
	fetch_ops_u8();
	fetch_ops_u16();
	fetch_ops_u32();
	fetch_ops_u64();
	fetch_ops_s8();
	fetch_ops_s16();
	fetch_ops_s32();
	fetch_ops_s64();
	flag_ops();
	structures();
	exclusives();
	random_ops();
	printf("atomics: %u mismatches\n", g_bad);
	finish("atomics");
	return 0;
}
