/* Number theory: sieve of Eratosthenes (byte and bit arrays), Collatz, GCD, perfect numbers. */
#include "testlib.h"

#define LIMIT 100000
#define DIVSUM_LIMIT 10000
static uint8_t composite[LIMIT + 1];
static uint32_t divisor_sum[DIVSUM_LIMIT + 1];
static uint32_t bits[(LIMIT >> 5) + 1];

static uint64_t gcd(uint64_t a, uint64_t b)
{
	while (b) {
		uint64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

static uint64_t binary_gcd(uint64_t a, uint64_t b)
{
	if (!a) return b;
	if (!b) return a;
	int shift = __builtin_ctzll(a | b);
	a >>= __builtin_ctzll(a);
	do {
		b >>= __builtin_ctzll(b);
		if (a > b) {
			uint64_t t = a;
			a = b;
			b = t;
		}
		b -= a;
	} while (b);
	return a << shift;
}

int main(void)
{
	printf("sieve: start\n");
	for (uint32_t i = 2; (uint64_t)i * i <= LIMIT; i++)
		if (!composite[i])
			for (uint32_t j = i * i; j <= LIMIT; j += i)
				composite[j] = 1;
	uint32_t count = 0, last = 0, twins = 0;
	uint64_t sum = 0;
	for (uint32_t i = 2; i <= LIMIT; i++) {
		if (!composite[i]) {
			count++;
			sum += i;
			if (i >= 5 && !composite[i - 2]) twins++;
			last = i;
		}
	}
	show_dec("primes <= 100000", count);
	show_dec("sum of primes", (int64_t)sum);
	show_dec("largest prime", last);
	show_dec("twin prime pairs", twins);

	/* Odd-only bit sieve: bit k represents 2k+1. */
	bits[0] = 1; /* 1 is not prime */
	for (uint32_t k = 1; (2 * k + 1) * (2 * k + 1) <= LIMIT; k++) {
		if (bits[k >> 5] & (1u << (k & 31))) continue;
		uint32_t p = 2 * k + 1;
		for (uint32_t m = p * p; m <= LIMIT; m += 2 * p) {
			uint32_t mk = m >> 1;
			bits[mk >> 5] |= 1u << (mk & 31);
		}
	}
	uint32_t count2 = 1; /* the prime 2 */
	for (uint32_t k = 0; 2 * k + 1 <= LIMIT; k++)
		if (!(bits[k >> 5] & (1u << (k & 31)))) count2++;
	show_dec("bit sieve count", count2);

	uint32_t best = 0, best_len = 0;
	for (uint32_t start = 1; start < 3000; start++) {
		uint64_t n = start;
		uint32_t len = 0;
		while (n != 1) {
			n = n & 1 ? 3 * n + 1 : n >> 1;
			len++;
		}
		if (len > best_len) {
			best_len = len;
			best = start;
		}
	}
	show_dec("collatz longest start < 3000", best);
	show_dec("collatz steps", best_len);

	uint64_t g = 0;
	for (uint64_t a = 1; a < 200; a += 7)
		for (uint64_t b = 1; b < 300; b += 11) {
			uint64_t x = gcd(a * 12, b * 18), y = binary_gcd(a * 12, b * 18);
			if (x != y) printf("gcd mismatch %llu %llu\n", (unsigned long long)a, (unsigned long long)b);
			g = g * 17 + x + (a * 12) / x * (b * 18);
		}
	show("gcd/lcm hash", g);
	show_dec("gcd(2^40*3^5, 2^10*3^9*5)", (int64_t)gcd(OPAQUE((1ULL << 40) * 243), OPAQUE(1024ULL * 19683 * 5)));

	/* Sum of proper divisors of every n by a divisor sieve, then perfect and amicable numbers. */
	for (uint32_t d = 1; d <= DIVSUM_LIMIT / 2; d++)
		for (uint32_t m = 2 * d; m <= DIVSUM_LIMIT; m += d)
			divisor_sum[m] += d;
	uint32_t perfect[8], np = 0;
	uint64_t amicable = 0;
	for (uint32_t n = 2; n <= DIVSUM_LIMIT; n++) {
		uint32_t s = divisor_sum[n];
		if (s == n && np < 8) perfect[np++] = n;
		if (s > n && s <= DIVSUM_LIMIT && divisor_sum[s] == n) amicable += n + s;
	}
	printf("perfect numbers:");
	for (uint32_t i = 0; i < np; i++) printf(" %u", perfect[i]);
	printf("\n");
	show_dec("perfect count", np);
	show_dec("sum of amicable pairs <= 10000", (int64_t)amicable);
	show_dec("divisor sum of 9240", divisor_sum[9240]);

	finish("sieve");
	return 0;
}
