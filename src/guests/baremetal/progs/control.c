/* Control flow: switch jump tables, recursion, function pointers, struct copies, a state machine. */
#include "testlib.h"

static int __attribute__((noinline)) dense_switch(int x)
{
	switch (x) {
	case 0: return 11;
	case 1: return 23;
	case 2: return -5;
	case 3: return 107;
	case 4: return 64;
	case 5: return 1000;
	case 6: return 7;
	case 7: return -99;
	case 8: return 31337;
	case 9: return 42;
	case 10: return 5;
	case 11: return 77;
	case 12: return 12;
	case 13: return -13;
	case 14: return 1400;
	case 15: return 9;
	default: return -1;
	}
}

static uint64_t __attribute__((noinline)) switch_with_bodies(unsigned op, uint64_t a, uint64_t b)
{
	uint64_t r;
	switch (op) {
	case 0: r = a + b; break;
	case 1: r = a - b; break;
	case 2: r = a * b; break;
	case 3: r = a ^ b; break;
	case 4: r = a & b; break;
	case 5: r = a | b; break;
	case 6: r = a << (b & 63); break;
	case 7: r = a >> (b & 63); break;
	case 8: r = b ? a / b : 0; break;
	case 9: r = b ? a % b : a; break;
	case 10: r = ~a; break;
	case 11: r = a > b ? a : b; break;
	case 12: r = a < b ? a : b; break;
	case 13: r = (a + b) >> 1; break;
	case 14: /* fall through */
	case 15: r = a * 3 + b; break;
	case 16: r = (uint64_t)(-(int64_t)a); break;
	case 17: r = a == b; break;
	default: r = 0xdead; break;
	}
	return r;
}

static const char *__attribute__((noinline)) sparse_switch(unsigned x)
{
	switch (x) {
	case 1: return "one";
	case 10: return "ten";
	case 100: return "hundred";
	case 1000: return "thousand";
	case 65535: return "u16max";
	case 1000000: return "million";
	case 0x80000000u: return "bit31";
	default: return "other";
	}
}

static uint64_t ackermann(uint64_t m, uint64_t n)
{
	if (m == 0) return n + 1;
	if (n == 0) return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

static uint32_t fib_rec(uint32_t n)
{
	return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2);
}

static int hanoi_moves;
static void hanoi(int n, int from, int to, int via)
{
	if (n == 0) return;
	hanoi(n - 1, from, via, to);
	hanoi_moves++;
	hanoi(n - 1, via, to, from);
}

/* Mutual recursion. */
static int is_odd(unsigned n);
static int __attribute__((noinline)) is_even(unsigned n)
{
	return n == 0 ? 1 : is_odd(n - 1);
}
static int __attribute__((noinline)) is_odd(unsigned n)
{
	return n == 0 ? 0 : is_even(n - 1);
}

/* Function pointers. */
typedef int64_t (*binop)(int64_t, int64_t);
static int64_t op_add(int64_t a, int64_t b) { return a + b; }
static int64_t op_sub(int64_t a, int64_t b) { return a - b; }
static int64_t op_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static int64_t op_max(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t op_xor(int64_t a, int64_t b) { return a ^ b; }
static binop const ops[] = { op_add, op_sub, op_mul, op_max, op_xor };

static int64_t __attribute__((noinline)) fold(const int64_t *v, int n, binop f, int64_t init)
{
	for (int i = 0; i < n; i++) init = f(init, v[i]);
	return init;
}

/* Struct copies: passed and returned by value, assigned, in arrays. */
struct vec3 {
	int32_t x, y, z;
};

struct big {
	uint64_t words[9];
	uint16_t halves[3];
	uint8_t bytes[6];
	struct vec3 v;
	char name[16];
};

static struct vec3 __attribute__((noinline)) vadd(struct vec3 a, struct vec3 b)
{
	struct vec3 r = { a.x + b.x, a.y + b.y, a.z + b.z };
	return r;
}

static struct vec3 __attribute__((noinline)) vcross(struct vec3 a, struct vec3 b)
{
	struct vec3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
	return r;
}

static struct big __attribute__((noinline)) big_transform(struct big b, int k)
{
	for (int i = 0; i < 9; i++) b.words[i] = b.words[i] * 3 + (uint64_t)k;
	for (int i = 0; i < 3; i++) b.halves[i] ^= (uint16_t)(k * 0x101);
	for (int i = 0; i < 6; i++) b.bytes[i] += (uint8_t)k;
	b.v = vadd(b.v, (struct vec3){ k, -k, 2 * k });
	b.name[k % 12] = (char)('A' + k % 26);
	return b;
}

static uint64_t big_hash(const struct big *b)
{
	uint64_t h = 0;
	const unsigned char *p = (const unsigned char *)b;
	for (size_t i = 0; i < sizeof *b; i++) h = h * 131 + p[i];
	return h;
}

/* A table-driven state machine that parses signed decimal numbers out of a string. */
enum state { S_SPACE, S_SIGN, S_DIGITS };

static int64_t parse_all(const char *s, int *count)
{
	enum state st = S_SPACE;
	int64_t total = 0, cur = 0;
	int neg = 0;
	*count = 0;
	for (;; s++) {
		char ch = *s;
		int digit = ch >= '0' && ch <= '9';
		switch (st) {
		case S_SPACE:
			if (ch == '-' || ch == '+') {
				neg = ch == '-';
				st = S_SIGN;
			} else if (digit) {
				neg = 0;
				cur = ch - '0';
				st = S_DIGITS;
			}
			break;
		case S_SIGN:
			if (digit) {
				cur = ch - '0';
				st = S_DIGITS;
			} else {
				st = S_SPACE;
			}
			break;
		case S_DIGITS:
			if (digit) {
				cur = cur * 10 + (ch - '0');
			} else {
				total += neg ? -cur : cur;
				(*count)++;
				st = S_SPACE;
			}
			break;
		}
		if (!ch) break;
	}
	return total;
}

int main(void)
{
	printf("control: start\n");
	int64_t h = 0;
	for (int i = -3; i < 20; i++) h = h * 7 + dense_switch(i);
	show("dense switch", (uint64_t)h);

	uint64_t hs = 0;
	for (unsigned op = 0; op < 20; op++)
		for (uint64_t a = 1; a < 1000000; a = a * 9 + 7)
			hs = hs * 5 + switch_with_bodies(op, a, a / 3 + op);
	show("switch with bodies", hs);

	static const unsigned keys[] = { 0, 1, 10, 100, 1000, 65535, 1000000, 0x80000000u, 7 };
	for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++)
		printf("%s%s", i ? "," : "sparse: ", sparse_switch(keys[i]));
	printf("\n");

	show_dec("ackermann(2,3)", (int64_t)ackermann(2, 3));
	show_dec("ackermann(3,3)", (int64_t)ackermann(3, 3));
	show_dec("ackermann(3,5)", (int64_t)ackermann(3, 5));
	show_dec("fib(22)", fib_rec(22));
	hanoi(12, 1, 3, 2);
	show_dec("hanoi(12) moves", hanoi_moves);
	show_dec("is_even(1001)", is_even(1001));
	show_dec("is_odd(777)", is_odd(777));

	int64_t vals[10];
	for (int i = 0; i < 10; i++) vals[i] = (int64_t)(rng_next() >> 44) - 500000;
	for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		printf("fold op %u: %lld\n", i, (long long)fold(vals, 10, ops[i], i == 2 ? 1 : 0));
		acc((uint64_t)fold(vals, 10, ops[i], 0));
	}
	binop chosen = ops[OPAQUE(3)];
	show_dec("chosen op", chosen(-5, 3));

	struct vec3 a = { 1, 2, 3 }, b = { -4, 5, 6 };
	struct vec3 c = vcross(a, b), d = vadd(c, a);
	printf("cross = (%d, %d, %d), sum = (%d, %d, %d)\n", c.x, c.y, c.z, d.x, d.y, d.z);
	acc((uint64_t)(uint32_t)d.x ^ ((uint64_t)(uint32_t)d.y << 20) ^ ((uint64_t)(uint32_t)d.z << 40));

	struct big bg;
	memset(&bg, 0, sizeof bg);
	for (int i = 0; i < 9; i++) bg.words[i] = 0x1111111111111111ULL * (uint64_t)i;
	strcpy(bg.name, "struct-copy!");
	struct big arr[4];
	for (int k = 0; k < 4; k++) {
		bg = big_transform(bg, k + 1);
		arr[k] = bg;
	}
	struct big copy = arr[2];
	show("big struct hash", big_hash(&bg));
	show("big struct copy hash", big_hash(&copy));
	printf("big name = %s, v = (%d, %d, %d), sizeof = %u\n", bg.name, bg.v.x, bg.v.y, bg.v.z, (unsigned)sizeof bg);

	int cnt;
	int64_t total = parse_all("12 -7 +300 abc 45x-5 99999999999 - 3", &cnt);
	show_dec("parsed total", total);
	show_dec("parsed count", cnt);

	/* Nested loops with break/continue and a goto. */
	int found_i = -1, found_j = -1;
	for (int i = 1; i < 50; i++) {
		if (i % 3 == 0) continue;
		for (int j = i; j < 50; j++) {
			if ((i * j) % 97 == 1 && i + j > 40) {
				found_i = i;
				found_j = j;
				goto out;
			}
		}
	}
out:
	printf("found i=%d j=%d\n", found_i, found_j);
	acc((uint64_t)(found_i * 100 + found_j));

	finish("control");
	return 0;
}
