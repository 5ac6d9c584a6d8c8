/*
 * Shared helpers for the test programs: a running hash of every value shown, and
 * labelled output lines so that a divergence between two machines is easy to find.
 */
#ifndef TESTLIB_H
#define TESTLIB_H

#include "../rt.h"

static uint64_t g_hash = 0xcbf29ce484222325ULL;
static unsigned g_shown;

static inline void acc(uint64_t v)
{
	g_hash = (g_hash ^ v) * 0x100000001b3ULL;
	g_hash ^= g_hash >> 29;
}

/* Prints `label = 0x<16 hex digits>` and folds the value into the checksum. */
static void __attribute__((noinline)) show(const char *label, uint64_t v)
{
	printf("%s = 0x%016llx\n", label, (unsigned long long)v);
	acc(v);
	g_shown++;
}

/* Prints a signed decimal value and folds it into the checksum. */
static void __attribute__((noinline)) show_dec(const char *label, int64_t v)
{
	printf("%s = %lld\n", label, (long long)v);
	acc((uint64_t)v);
	g_shown++;
}

static void __attribute__((noinline)) finish(const char *prog)
{
	printf("%s: %u values, checksum 0x%016llx\n", prog, g_shown, (unsigned long long)g_hash);
	printf("%s: done\n", prog);
}

/* A small deterministic generator (xorshift64*). */
static uint64_t g_rng = 0x9e3779b97f4a7c15ULL;

static inline uint64_t rng_next(void)
{
	uint64_t x = g_rng;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	g_rng = x;
	return x * 0x2545f4914f6cdd1dULL;
}

#endif
