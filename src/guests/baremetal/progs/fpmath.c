/*
 * Scalar and vector floating point, single and double precision (and half precision at
 * the end): arithmetic on special values (zeros, denormals, infinities, quiet and
 * signalling NaNs), fused multiply-add, square root, conversions between every integer
 * width and both float widths (also fixed point), FRINT* rounding, comparisons, min/max,
 * the FPCR rounding modes and FZ/DN bits, FPSR cumulative flags, and small numeric kernels
 * (Newton iterations, Horner polynomials, dot products, matrix multiply) that gcc
 * vectorises. Every result is printed or hashed as its exact bit pattern.
 *
 * Built with -O2 -ftree-vectorize -march=armv8.2-a -fno-math-errno, so __builtin_sqrt
 * becomes FSQRT and __builtin_floor & co. become the FRINT* family (no libm calls).
 */
#include "testlib.h"

/* ---- bit patterns ---------------------------------------------------------------------- */

static inline uint32_t f2u(float f)
{
	union { float f; uint32_t u; } x = { .f = f };
	return x.u;
}

static inline uint64_t d2u(double d)
{
	union { double d; uint64_t u; } x = { .d = d };
	return x.u;
}

static inline float u2f(uint32_t u)
{
	union { uint32_t u; float f; } x = { .u = u };
	return x.f;
}

static inline double u2d(uint64_t u)
{
	union { uint64_t u; double d; } x = { .u = u };
	return x.d;
}

/* A section hash: many values folded into one printed line. */
static uint64_t h_acc;
static unsigned h_count;

static inline void hv(uint64_t v)
{
	h_acc = (h_acc ^ v) * 0x100000001b3ULL;
	h_acc ^= h_acc >> 31;
	h_count++;
}

static void hbegin(void)
{
	h_acc = 0x84222325cbf29ce4ULL;
	h_count = 0;
}

static void __attribute__((noinline)) hend(const char *label)
{
	printf("%s: %u results, hash", label, h_count);
	show("", h_acc);
}

/* ---- FPCR / FPSR ----------------------------------------------------------------------- */

#define FPCR_RMODE_SHIFT 22
#define FPCR_FZ (1u << 24)
#define FPCR_DN (1u << 25)

static inline uint64_t get_fpcr(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, fpcr" : "=r"(v) : : "memory");
	return v;
}

static inline void set_fpcr(uint64_t v)
{
	__asm__ volatile("msr fpcr, %0" : : "r"(v) : "memory");
}

static inline uint64_t get_fpsr(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, fpsr" : "=r"(v) : : "memory");
	return v;
}

static inline void set_fpsr(uint64_t v)
{
	__asm__ volatile("msr fpsr, %0" : : "r"(v) : "memory");
}

/* ---- special values -------------------------------------------------------------------- */

#define NF 24
static float fvals[NF];
static const uint32_t fbits_init[NF] = {
	0x00000000, 0x80000000, 0x3f800000, 0xbf800000, /* +-0, +-1 */
	0x3f000000, 0x40400000, 0x3eaaaaab, 0xc2f6e979, /* 0.5, 3, 1/3, -123.456 */
	0x00000001, 0x80000003, 0x007fffff, 0x00800000, /* denormals, largest denormal, smallest normal */
	0x7f7fffff, 0xff7fffff, 0x7f800000, 0xff800000, /* +-FLT_MAX, +-inf */
	0x7fc00000, 0xffc12345, 0x7f800001, 0xff912345, /* qNaN, -qNaN payload, sNaN, -sNaN payload */
	0x4b000001, 0x4effffff, 0x5f000000, 0xcf000001, /* 2^23+1, near 2^31, 2^63, below -2^31 */
};

#define ND 24
static double dvals[ND];
static const uint64_t dbits_init[ND] = {
	0x0000000000000000ULL, 0x8000000000000000ULL, 0x3ff0000000000000ULL, 0xbff0000000000000ULL,
	0x3fe0000000000000ULL, 0x4008000000000000ULL, 0x3fd5555555555555ULL, 0xc05edd2f1a9fbe77ULL,
	0x0000000000000001ULL, 0x8000000000000007ULL, 0x000fffffffffffffULL, 0x0010000000000000ULL,
	0x7fefffffffffffffULL, 0xffefffffffffffffULL, 0x7ff0000000000000ULL, 0xfff0000000000000ULL,
	0x7ff8000000000000ULL, 0xfff8000000012345ULL, 0x7ff0000000000001ULL, 0xfff4000000054321ULL,
	0x4330000000000001ULL, 0x41dfffffffc00000ULL, 0x43e0000000000000ULL, 0xc1e0000000200000ULL,
};

static void init_values(void)
{
	for (int i = 0; i < NF; i++) fvals[i] = u2f(fbits_init[i]);
	for (int i = 0; i < ND; i++) dvals[i] = u2d(dbits_init[i]);
}

/* ---- binary operations on every pair of special values, with flags --------------------- */

typedef float (*fop2)(float, float);
typedef double (*dop2)(double, double);

static float __attribute__((noinline)) f_add(float a, float b) { return a + b; }
static float __attribute__((noinline)) f_sub(float a, float b) { return a - b; }
static float __attribute__((noinline)) f_mul(float a, float b) { return a * b; }
static float __attribute__((noinline)) f_div(float a, float b) { return a / b; }
static float __attribute__((noinline)) f_min(float a, float b) { return __builtin_fminf(a, b); }
static float __attribute__((noinline)) f_max(float a, float b) { return __builtin_fmaxf(a, b); }
static float __attribute__((noinline)) f_nmul(float a, float b) { return -(a * b); }
/* FCSEL and FCCMP/FCCMPE: gcc prefers branches here, so they are written out. */
static float __attribute__((noinline)) f_sel(float a, float b)
{
	float r;
	__asm__("fcmp %s1, %s2\n\tfccmp %s2, %s1, #0b0010, mi\n\tfcsel %s0, %s1, %s2, hs" : "=w"(r) : "w"(a), "w"(b) : "cc");
	return r;
}
static double __attribute__((noinline)) d_add(double a, double b) { return a + b; }
static double __attribute__((noinline)) d_sub(double a, double b) { return a - b; }
static double __attribute__((noinline)) d_mul(double a, double b) { return a * b; }
static double __attribute__((noinline)) d_div(double a, double b) { return a / b; }
static double __attribute__((noinline)) d_min(double a, double b) { return __builtin_fmin(a, b); }
static double __attribute__((noinline)) d_max(double a, double b) { return __builtin_fmax(a, b); }
static double __attribute__((noinline)) d_nmul(double a, double b) { return -(a * b); }
static double __attribute__((noinline)) d_sel(double a, double b)
{
	double r;
	__asm__("fcmpe %d1, %d2\n\tfccmpe %d1, %d2, #0b1001, ne\n\tfcsel %d0, %d1, %d2, gt" : "=w"(r) : "w"(a), "w"(b) : "cc");
	return r;
}

/* FMAX/FMIN (not the NM forms): only reachable through the intrinsic-like inline asm. */
static float __attribute__((noinline)) f_fmax_asm(float a, float b)
{
	float r;
	__asm__("fmax %s0, %s1, %s2" : "=w"(r) : "w"(a), "w"(b));
	return r;
}

static double __attribute__((noinline)) d_fmin_asm(double a, double b)
{
	double r;
	__asm__("fmin %d0, %d1, %d2" : "=w"(r) : "w"(a), "w"(b));
	return r;
}

static double __attribute__((noinline)) d_fabd_asm(double a, double b)
{
	double r;
	__asm__("fabd %d0, %d1, %d2" : "=w"(r) : "w"(a), "w"(b));
	return r;
}

static void binop_f(const char *name, fop2 op)
{
	hbegin();
	for (int i = 0; i < NF; i++) {
		for (int j = 0; j < NF; j++) {
			set_fpsr(0);
			float r = op(fvals[i], fvals[j]);
			hv(f2u(r));
			hv(get_fpsr());
		}
	}
	hend(name);
}

static void binop_d(const char *name, dop2 op)
{
	hbegin();
	for (int i = 0; i < ND; i++) {
		for (int j = 0; j < ND; j++) {
			set_fpsr(0);
			double r = op(dvals[i], dvals[j]);
			hv(d2u(r));
			hv(get_fpsr());
		}
	}
	hend(name);
}

/* A few single results printed in full, so the first failing operation is named. */
static void spot_checks(void)
{
	set_fpsr(0);
	show("f 1/3 + 1/3", f2u(f_add(fvals[6], fvals[6])));
	show("f 3 / 0 (fpsr)", (uint64_t)f2u(f_div(fvals[5], fvals[0])) << 32 | get_fpsr());
	set_fpsr(0);
	show("f 0 / 0 (fpsr)", (uint64_t)f2u(f_div(fvals[0], fvals[1])) << 32 | get_fpsr());
	set_fpsr(0);
	show("f max*max (fpsr)", (uint64_t)f2u(f_mul(fvals[12], fvals[12])) << 32 | get_fpsr());
	set_fpsr(0);
	show("f denorm*0.5 (fpsr)", (uint64_t)f2u(f_mul(fvals[8], fvals[4])) << 32 | get_fpsr());
	set_fpsr(0);
	show("f sNaN + 1 (fpsr)", (uint64_t)f2u(f_add(fvals[18], fvals[2])) << 32 | get_fpsr());
	set_fpsr(0);
	show("f qNaN + sNaN", f2u(f_add(fvals[17], fvals[19])));
	show("d 1/3 * 3", d2u(d_mul(dvals[6], dvals[5])));
	show("d -123.456 / 3", d2u(d_div(dvals[7], dvals[5])));
	set_fpsr(0);
	show("d inf - inf (fpsr)", d2u(d_sub(dvals[14], dvals[14])) ^ get_fpsr());
	show("d fmin(-0, +0)", d2u(d_min(dvals[1], dvals[0])));
	show("d fmax(qNaN, 1)", d2u(d_max(dvals[16], dvals[2])));
	show("d fmin.asm(qNaN, 1)", d2u(d_fmin_asm(dvals[16], dvals[2])));
	show("d denorm + denorm", d2u(d_add(dvals[10], dvals[8])));
}

/* ---- fused multiply-add ------------------------------------------------------------------ */

static void __attribute__((noinline)) fma_tests(void)
{
	hbegin();
	for (int i = 0; i < NF; i += 1) {
		for (int j = 0; j < NF; j += 2) {
			for (int k = 0; k < NF; k += 3) {
				float a = fvals[i], b = fvals[j], c = fvals[k];
				set_fpsr(0);
				hv(f2u(__builtin_fmaf(a, b, c)));
				hv(f2u(__builtin_fmaf(-a, b, c)));
				hv(f2u(__builtin_fmaf(a, b, -c)));
				hv(f2u(-__builtin_fmaf(a, b, c)));
				hv(get_fpsr());
			}
		}
	}
	hend("fmadd/fmsub/fnmadd/fnmsub s");
	hbegin();
	for (int i = 0; i < ND; i += 1) {
		for (int j = 1; j < ND; j += 2) {
			for (int k = 0; k < ND; k += 3) {
				double a = dvals[i], b = dvals[j], c = dvals[k];
				set_fpsr(0);
				hv(d2u(__builtin_fma(a, b, c)));
				hv(d2u(__builtin_fma(-a, b, c)));
				hv(d2u(__builtin_fma(a, b, -c)));
				hv(d2u(-__builtin_fma(a, b, c)));
				hv(get_fpsr());
			}
		}
	}
	hend("fmadd/fmsub/fnmadd/fnmsub d");

	/* A chain where fusing matters: x*x - y with x*x rounded would give 0. */
	double x = OPAQUE(1.0 + 0x1p-30);
	double y = x * x;
	show("d fma(x, x, -(x*x))", d2u(__builtin_fma(x, x, -y)));
	float xf = OPAQUE(1.0f + 0x1p-13f);
	float yf = xf * xf;
	show("f fma(x, x, -(x*x))", f2u(__builtin_fmaf(xf, xf, -yf)));
	double acc = 0.0;
	for (int i = 1; i <= 200; i++) acc = __builtin_fma(acc, 0.999, 1.0 / i);
	show("d fma chain", d2u(acc));
}

/* ---- sqrt, abs, neg, copysign ----------------------------------------------------------- */

static void __attribute__((noinline)) unary_tests(void)
{
	hbegin();
	for (int i = 0; i < NF; i++) {
		set_fpsr(0);
		hv(f2u(__builtin_sqrtf(fvals[i])));
		hv(get_fpsr());
		hv(f2u(__builtin_fabsf(fvals[i])));
		hv(f2u(-fvals[i]));
		hv(f2u(__builtin_copysignf(3.0f, fvals[i])));
		set_fpsr(0);
		hv(d2u((double)fvals[i])); /* fcvt d, s */
		hv(get_fpsr());
	}
	for (int i = 0; i < ND; i++) {
		set_fpsr(0);
		hv(d2u(__builtin_sqrt(dvals[i])));
		hv(get_fpsr());
		hv(d2u(__builtin_fabs(dvals[i])));
		hv(d2u(-dvals[i]));
		set_fpsr(0);
		hv(f2u((float)dvals[i])); /* fcvt s, d */
		hv(get_fpsr());
	}
	hend("sqrt/abs/neg/fcvt");
	show("sqrt(2)", d2u(__builtin_sqrt(OPAQUE(2.0))));
	show("sqrtf(2)", f2u(__builtin_sqrtf(OPAQUE(2.0f))));
	show("sqrt(denorm)", d2u(__builtin_sqrt(dvals[8])));
	show("(float)1e-300", f2u((float)OPAQUE(1e-300)));
	show("(float)(1+2^-24+2^-50)", f2u((float)OPAQUE(1.0 + 0x1p-24 + 0x1p-50)));
}

/* ---- rounding to integral --------------------------------------------------------------- */

static const double round_in[] = {
	0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e300, -1e-300,
	4503599627370495.5, -4503599627370497.0, 2.7, -2.7, 0.0, -0.0,
};

static void __attribute__((noinline)) rounding_tests(void)
{
	hbegin();
	for (unsigned i = 0; i < sizeof round_in / sizeof round_in[0]; i++) {
		double d = round_in[i];
		float f = (float)d;
		set_fpsr(0);
		hv(d2u(__builtin_floor(d)));
		hv(d2u(__builtin_ceil(d)));
		hv(d2u(__builtin_round(d)));
		hv(d2u(__builtin_trunc(d)));
		hv(d2u(__builtin_roundeven(d)));
		hv(d2u(__builtin_nearbyint(d)));
		hv(get_fpsr());
		hv(d2u(__builtin_rint(d)));
		hv(get_fpsr());
		set_fpsr(0);
		hv(f2u(__builtin_floorf(f)));
		hv(f2u(__builtin_ceilf(f)));
		hv(f2u(__builtin_roundf(f)));
		hv(f2u(__builtin_truncf(f)));
		hv(f2u(__builtin_roundevenf(f)));
		hv(f2u(__builtin_rintf(f)));
		hv(get_fpsr());
		hv((uint64_t)__builtin_lround(d));
		hv((uint64_t)__builtin_llrint(d));
		hv((uint64_t)__builtin_lfloor(d));
		hv((uint64_t)__builtin_lceil(d));
	}
	hend("frint*/lround");
	show("floor(-2.5)", d2u(__builtin_floor(OPAQUE(-2.5))));
	show("round(2.5)", d2u(__builtin_round(OPAQUE(2.5))));
	show("roundeven(2.5)", d2u(__builtin_roundeven(OPAQUE(2.5))));
	show("lround(-2.5)", (uint64_t)__builtin_lround(OPAQUE(-2.5)));
}

/* ---- conversions between integers and floats -------------------------------------------- */

static const int64_t ints[] = {
	0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 16777217, -16777217, 2147483647,
	-2147483647 - 1, 4294967295LL, 9007199254740993LL, -9007199254740993LL,
	9223372036854775807LL, -9223372036854775807LL - 1, 0x123456789abcdefLL, -0x7edcba987654321LL,
};

static void __attribute__((noinline)) int_to_fp(void)
{
	hbegin();
	for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++) {
		int64_t v = ints[i];
		set_fpsr(0);
		hv(f2u((float)(int8_t)v));
		hv(f2u((float)(uint8_t)v));
		hv(f2u((float)(int16_t)v));
		hv(f2u((float)(uint16_t)v));
		hv(f2u((float)(int32_t)v));
		hv(f2u((float)(uint32_t)v));
		hv(f2u((float)v));
		hv(f2u((float)(uint64_t)v));
		hv(d2u((double)(int32_t)v));
		hv(d2u((double)(uint32_t)v));
		hv(d2u((double)v));
		hv(d2u((double)(uint64_t)v));
		hv(get_fpsr());
		/* Fixed point: scvtf/ucvtf with #fbits. */
		hv(d2u((double)(int32_t)v / 65536.0));
		hv(f2u((float)(uint32_t)v / 256.0f));
		hv(d2u((double)v / 4294967296.0));
		hv(f2u((float)(uint64_t)v * 0x1p-40f));
	}
	hend("scvtf/ucvtf");
	show("(float)16777217", f2u((float)OPAQUE(16777217)));
	show("(double)UINT64_MAX", d2u((double)OPAQUE(0xffffffffffffffffULL)));
	show("(float)INT64_MIN", f2u((float)OPAQUE((int64_t)0x8000000000000000ULL)));
}

static void __attribute__((noinline)) fp_to_int(void)
{
	hbegin();
	for (int i = 0; i < ND; i++) {
		double d = dvals[i];
		set_fpsr(0);
		hv((uint64_t)(int32_t)d);
		hv((uint64_t)(uint32_t)d);
		hv((uint64_t)(int64_t)d);
		hv((uint64_t)d);
		hv(get_fpsr());
		hv((uint64_t)(int32_t)(d * 65536.0)); /* fcvtzs with #fbits */
		hv((uint64_t)(uint64_t)(d * 256.0));
	}
	for (int i = 0; i < NF; i++) {
		float f = fvals[i];
		set_fpsr(0);
		hv((uint64_t)(int32_t)f);
		hv((uint64_t)(uint32_t)f);
		hv((uint64_t)(int64_t)f);
		hv((uint64_t)f);
		hv((uint64_t)(int16_t)(int32_t)f);
		hv((uint64_t)(uint8_t)(uint32_t)f);
		hv(get_fpsr());
		hv((uint64_t)(int32_t)(f * 1024.0f));
	}
	/* Values in the middle of the range, with fractions of both signs. */
	for (int i = -40; i <= 40; i++) {
		double d = i * 1.37 + 0.5;
		float f = (float)d;
		hv((uint64_t)(int64_t)d);
		hv((uint64_t)(int8_t)(int32_t)f);
		hv((uint64_t)__builtin_llround(d));
		hv((uint64_t)__builtin_lroundf(f));
	}
	hend("fcvtzs/fcvtzu");
	show("(int32)2^31", (uint64_t)(int32_t)OPAQUE(2147483648.0));
	show("(uint32)-1.0", (uint64_t)(uint32_t)OPAQUE(-1.0));
	show("(int64)NaN", (uint64_t)(int64_t)dvals[16]);
	show("(uint64)1e30f", (uint64_t)OPAQUE(1e30f));
}

/* ---- comparisons ------------------------------------------------------------------------- */

static unsigned __attribute__((noinline)) cmp_d(double a, double b)
{
	return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
	       __builtin_isunordered(a, b) << 6 | __builtin_isless(a, b) << 7 | __builtin_isgreaterequal(a, b) << 8 |
	       __builtin_islessgreater(a, b) << 9;
}

static unsigned __attribute__((noinline)) cmp_f(float a, float b)
{
	return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
	       __builtin_isunordered(a, b) << 6 | __builtin_islessequal(a, b) << 7 | __builtin_isgreater(a, b) << 8;
}

/* Two conditions that gcc turns into fcmp + fccmp. */
static int __attribute__((noinline)) in_box(double x, double y, double lo, double hi)
{
	return x >= lo && x < hi && y > lo && y <= hi;
}

static void __attribute__((noinline)) compare_tests(void)
{
	hbegin();
	for (int i = 0; i < ND; i++) {
		for (int j = 0; j < ND; j++) {
			set_fpsr(0);
			hv(cmp_d(dvals[i], dvals[j]));
			hv(get_fpsr());
			set_fpsr(0);
			hv(cmp_f(fvals[i], fvals[j]));
			hv(get_fpsr());
			hv(in_box(dvals[i], dvals[j], -2.0, 2.0));
		}
	}
	hend("fcmp/fcmpe/fccmp");
	set_fpsr(0);
	show("qNaN < 1 (fpsr)", (uint64_t)(dvals[16] < dvals[2]) << 32 | get_fpsr());
	set_fpsr(0);
	show("qNaN == 1 (fpsr)", (uint64_t)(dvals[16] == dvals[2]) << 32 | get_fpsr());
	set_fpsr(0);
	show("sNaN == 1 (fpsr)", (uint64_t)(dvals[18] == dvals[2]) << 32 | get_fpsr());
	show("-0 == +0", (uint64_t)(dvals[1] == dvals[0]));
}

/* ---- FPCR: rounding modes, flush-to-zero, default NaN ------------------------------------- */

static volatile double rm_in[8] = { 1.0, 3.0, -1.0, 0x1p-1070, 1e308, 2.5, -2.5, 0x1.fffffffffffffp+52 };
static volatile float rmf_in[4] = { 1.0f, 3.0f, 0x1p-140f, 5.5f };

static void __attribute__((noinline)) rounding_mode_kernel(void)
{
	double one = rm_in[0], three = rm_in[1], mone = rm_in[2], tiny = rm_in[3], big = rm_in[4];
	double h = rm_in[5], mh = rm_in[6], lim = rm_in[7];
	float fo = rmf_in[0], ft = rmf_in[1], ftiny = rmf_in[2], f55 = rmf_in[3];
	set_fpsr(0);
	hv(d2u(one / three));
	hv(d2u(mone / three));
	hv(d2u(__builtin_sqrt(three)));
	hv(d2u(__builtin_fma(one / three, three, -one)));
	hv(d2u(big * three));
	hv(d2u(-big * three));
	hv(d2u(tiny * 0.75));
	hv(d2u(tiny + tiny));
	hv(f2u((float)(one / three)));
	hv(f2u((float)(mone / three)));
	hv(f2u(fo / ft));
	hv(f2u(ftiny * 0.3f));
	hv(d2u(__builtin_nearbyint(h)));
	hv(d2u(__builtin_nearbyint(mh)));
	hv(d2u(__builtin_rint(lim + 0.5)));
	hv(f2u(__builtin_rintf(f55)));
	hv((uint64_t)__builtin_llrint(h));
	hv((uint64_t)__builtin_llrint(mh));
	hv(f2u((float)(int64_t)0x7ffffff7));
	hv(d2u((double)(int64_t)0x7ffffffffffffdffLL));
	hv(d2u(one + 0x1p-60));
	hv(d2u(one - 0x1p-60));
	hv(get_fpsr());
}

static void __attribute__((noinline)) fpcr_tests(void)
{
	static const char *const names[4] = { "RN", "RP", "RM", "RZ" };
	uint64_t saved = get_fpcr();
	for (unsigned m = 0; m < 4; m++) {
		set_fpcr(saved | (uint64_t)m << FPCR_RMODE_SHIFT);
		hbegin();
		rounding_mode_kernel();
		uint64_t readback = get_fpcr();
		set_fpcr(saved);
		printf("rmode %s fpcr=0x%llx ", names[m], (unsigned long long)readback);
		hend("kernel");
	}
	set_fpcr(saved | FPCR_FZ);
	hbegin();
	rounding_mode_kernel();
	binop_f("  FZ f add", f_add);
	set_fpcr(saved | FPCR_FZ);
	binop_d("  FZ d mul", d_mul);
	set_fpcr(saved);
	set_fpcr(saved | FPCR_DN);
	binop_f("  DN f add", f_add);
	set_fpcr(saved | FPCR_DN);
	binop_d("  DN d sub", d_sub);
	set_fpcr(saved | FPCR_DN | FPCR_FZ | 2u << FPCR_RMODE_SHIFT);
	hbegin();
	rounding_mode_kernel();
	set_fpcr(saved);
	hend("DN+FZ+RM kernel");
}

/* ---- numeric kernels (vectorised) -------------------------------------------------------- */

#define N 256
static float fa[N] __attribute__((aligned(16))), fb[N] __attribute__((aligned(16))), fc[N] __attribute__((aligned(16)));
static double da[N] __attribute__((aligned(16))), db[N] __attribute__((aligned(16))), dc[N] __attribute__((aligned(16)));
static int32_t ia[N] __attribute__((aligned(16)));
static int64_t la[N] __attribute__((aligned(16)));

static void __attribute__((noinline)) fill(void)
{
	for (int i = 0; i < N; i++) {
		uint64_t r = rng_next();
		ia[i] = (int32_t)(r >> 40) - (1 << 23);
		la[i] = (int64_t)r >> 9;
		fa[i] = (float)ia[i] * 0x1p-20f;
		fb[i] = (float)(int32_t)(r & 0xfffff) * 0x1p-18f - 2.0f;
		da[i] = (double)la[i] * 0x1p-50;
		db[i] = (double)(int32_t)r * 0x1p-29;
	}
}

static void __attribute__((noinline)) saxpy(float *restrict y, const float *restrict x, float a, int n)
{
	for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

static void __attribute__((noinline)) daxpy(double *restrict y, const double *restrict x, double a, int n)
{
	for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

static void __attribute__((noinline)) vec_ops_f(float *restrict r, const float *restrict a, const float *restrict b, int n)
{
	for (int i = 0; i < n; i++) {
		float x = a[i], y = b[i];
		float m = __builtin_fmaxf(x, y) - __builtin_fminf(x, y);
		float s = __builtin_sqrtf(__builtin_fabsf(x));
		r[i] = (x > y ? m : -s) / (1.0f + __builtin_fabsf(y)) + x * y;
	}
}

static void __attribute__((noinline)) vec_ops_d(double *restrict r, const double *restrict a, const double *restrict b, int n)
{
	for (int i = 0; i < n; i++) {
		double x = a[i], y = b[i];
		double s = __builtin_sqrt(__builtin_fabs(y)) - x;
		r[i] = x >= y ? s * y : __builtin_fmin(x, y) / (2.0 + y * y);
	}
}

static void __attribute__((noinline)) vec_conv(float *restrict f, double *restrict d, int32_t *restrict i32,
					       int64_t *restrict i64, int n)
{
	for (int i = 0; i < n; i++) {
		f[i] = (float)i32[i] * 0.125f;      /* scvtf v.4s */
		d[i] = (double)i64[i];              /* scvtf v.2d */
	}
	for (int i = 0; i < n; i++) {
		i32[i] = (int32_t)(f[i] * 3.5f);    /* fcvtzs v.4s */
		i64[i] = (int64_t)(d[i] * 0.25);    /* fcvtzs v.2d */
	}
}

static void __attribute__((noinline)) widen_narrow(double *restrict d, float *restrict f, const float *restrict src, int n)
{
	for (int i = 0; i < n; i++) d[i] = (double)src[i] * 1.5;   /* fcvtl */
	for (int i = 0; i < n; i++) f[i] = (float)(d[i] - 0.1);    /* fcvtn */
}

static void __attribute__((noinline)) vec_round(float *restrict r, double *restrict d, int n)
{
	for (int i = 0; i < n; i++) r[i] = __builtin_floorf(r[i] * 7.3f) + __builtin_ceilf(r[i]) - __builtin_roundf(r[i] * 0.3f);
	for (int i = 0; i < n; i++) d[i] = __builtin_trunc(d[i] * 1e6) + __builtin_rint(d[i] * 3.0);
}

static float __attribute__((noinline)) dot_f(const float *a, const float *b, int n)
{
	float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
	for (int i = 0; i < n; i += 4) {
		s0 += a[i] * b[i];
		s1 += a[i + 1] * b[i + 1];
		s2 += a[i + 2] * b[i + 2];
		s3 += a[i + 3] * b[i + 3];
	}
	return (s0 + s1) + (s2 + s3);
}

static double __attribute__((noinline)) dot_d(const double *a, const double *b, int n)
{
	double s = 0;
	for (int i = 0; i < n; i++) s += a[i] * b[i];
	return s;
}

#define MN 12
static float mfa[MN][MN], mfb[MN][MN], mfc[MN][MN];
static double mda[MN][MN], mdb[MN][MN], mdc[MN][MN];

static void __attribute__((noinline)) matmul_f(float (*restrict c)[MN], float (*restrict a)[MN], float (*restrict b)[MN])
{
	for (int i = 0; i < MN; i++) {
		for (int j = 0; j < MN; j++) c[i][j] = 0;
		for (int k = 0; k < MN; k++)
			for (int j = 0; j < MN; j++) c[i][j] += a[i][k] * b[k][j];
	}
}

static void __attribute__((noinline)) matmul_d(double (*restrict c)[MN], double (*restrict a)[MN], double (*restrict b)[MN])
{
	for (int i = 0; i < MN; i++) {
		for (int j = 0; j < MN; j++) c[i][j] = 0;
		for (int k = 0; k < MN; k++)
			for (int j = 0; j < MN; j++) c[i][j] += a[i][k] * b[k][j];
	}
}

/* Newton's method for 1/sqrt(x) and cube roots; Horner polynomials for exp and sin. */
static double __attribute__((noinline)) newton_rsqrt(double x)
{
	double y = 1.0 / x;
	for (int i = 0; i < 60; i++) y = y * (1.5 - 0.5 * x * y * y);
	return y;
}

static float __attribute__((noinline)) newton_cbrtf(float x)
{
	float y = x > 1.0f ? x / 3.0f : 1.0f;
	for (int i = 0; i < 40; i++) y = y - (y * y * y - x) / (3.0f * y * y);
	return y;
}

static double __attribute__((noinline)) horner_exp(double x)
{
	/* Taylor series to degree 20 around 0, after range reduction by powers of two. */
	int k = (int)__builtin_floor(x * 1.4426950408889634 + 0.5);
	double r = x - k * 0.6931471805599453;
	double p = 1.0 / 2432902008176640000.0;
	double fact = 2432902008176640000.0;
	for (int n = 19; n >= 0; n--) {
		fact /= (n + 1);
		p = p * r + 1.0 / fact;
	}
	union { double d; uint64_t u; } s = { .u = (uint64_t)(k + 1023) << 52 };
	return p * s.d;
}

static float __attribute__((noinline)) poly_sinf(float x)
{
	float x2 = x * x;
	return x * (1.0f + x2 * (-1.6666667e-1f + x2 * (8.3333338e-3f + x2 * (-1.9841270e-4f + x2 * 2.7557319e-6f))));
}

static void __attribute__((noinline)) kernels(void)
{
	fill();
	hbegin();
	for (int i = 0; i < N; i++) fc[i] = fb[i];
	saxpy(fc, fa, 1.75f, N);
	for (int i = 0; i < N; i++) hv(f2u(fc[i]));
	for (int i = 0; i < N; i++) dc[i] = db[i];
	daxpy(dc, da, -0.3, N);
	for (int i = 0; i < N; i++) hv(d2u(dc[i]));
	hend("saxpy/daxpy");

	hbegin();
	vec_ops_f(fc, fa, fb, N);
	for (int i = 0; i < N; i++) hv(f2u(fc[i]));
	vec_ops_d(dc, da, db, N);
	for (int i = 0; i < N; i++) hv(d2u(dc[i]));
	hend("vector min/max/sqrt/div/select");

	hbegin();
	vec_conv(fc, dc, ia, la, N);
	for (int i = 0; i < N; i++) {
		hv(f2u(fc[i]));
		hv(d2u(dc[i]));
		hv((uint32_t)ia[i]);
		hv((uint64_t)la[i]);
	}
	widen_narrow(dc, fc, fa, N);
	for (int i = 0; i < N; i++) {
		hv(f2u(fc[i]));
		hv(d2u(dc[i]));
	}
	vec_round(fc, dc, N);
	for (int i = 0; i < N; i++) {
		hv(f2u(fc[i]));
		hv(d2u(dc[i]));
	}
	hend("vector conversions/rounding");

	show("dot_f", f2u(dot_f(fa, fb, N)));
	show("dot_d", d2u(dot_d(da, db, N)));

	for (int i = 0; i < MN; i++) {
		for (int j = 0; j < MN; j++) {
			mfa[i][j] = (float)(i * MN + j) * 0.1f - 3.0f;
			mfb[i][j] = (float)((i + 3) * (j + 1) % 17) * 0.25f;
			mda[i][j] = (double)mfa[i][j] / 3.0;
			mdb[i][j] = (double)mfb[i][j] * 1.1;
		}
	}
	hbegin();
	for (int rep = 0; rep < 40; rep++) {
		matmul_f(mfc, mfa, mfb);
		matmul_d(mdc, mda, mdb);
		for (int i = 0; i < MN; i++) {
			for (int j = 0; j < MN; j++) {
				hv(f2u(mfc[i][j]));
				hv(d2u(mdc[i][j]));
				mfa[i][j] = mfc[i][j] * 0.01f;
				mda[i][j] = mdc[i][j] * 0.01;
			}
		}
	}
	hend("matmul f/d");
	show("matmul_d c[3][5]", d2u(mdc[3][5]));

	hbegin();
	for (int i = 1; i <= 64; i++) {
		hv(d2u(newton_rsqrt(i * 0.37)));
		hv(f2u(newton_cbrtf((float)i * 2.9f)));
		hv(d2u(horner_exp(i * 0.31 - 10.0)));
		hv(f2u(poly_sinf((float)i * 0.05f - 1.6f)));
	}
	hend("newton/horner");
	show("rsqrt(2)", d2u(newton_rsqrt(OPAQUE(2.0))));
	show("cbrtf(27)", f2u(newton_cbrtf(OPAQUE(27.0f))));
	show("exp(1)", d2u(horner_exp(OPAQUE(1.0))));
	show("sinf(0.5)", f2u(poly_sinf(OPAQUE(0.5f))));
}

/* ---- half precision (FEAT_FP16, advertised by -cpu max) ---------------------------------- */

static void __attribute__((noinline)) half_convert(void)
{
	hbegin();
	for (int i = 0; i < NF; i++) {
		__fp16 h = (__fp16)fvals[i]; /* fcvt h, s */
		union { __fp16 h; uint16_t u; } x = { .h = h };
		set_fpsr(0);
		hv(x.u);
		hv(f2u((float)h));
		hv(get_fpsr());
	}
	for (int i = 0; i < ND; i++) {
		__fp16 h = (__fp16)dvals[i]; /* fcvt h, d */
		union { __fp16 h; uint16_t u; } x = { .h = h };
		set_fpsr(0);
		hv(x.u);
		hv(d2u((double)h));
		hv(get_fpsr());
	}
	hend("fcvt half");
}

__attribute__((target("arch=armv8.2-a+fp16"), noinline)) static void half_arith(void)
{
	hbegin();
	for (int i = 0; i < NF; i++) {
		for (int j = 0; j < NF; j += 3) {
			_Float16 a = (_Float16)fvals[i], b = (_Float16)fvals[j];
			union { _Float16 h; uint16_t u; } r;
			set_fpsr(0);
			r.h = a + b;
			hv(r.u);
			r.h = a * b - a;
			hv(r.u);
			r.h = a / (b + (_Float16)1.0f);
			hv(r.u);
			r.h = __builtin_sqrtf16(a);
			hv(r.u);
			hv(a < b);
			hv(get_fpsr());
		}
	}
	hend("fp16 arithmetic");
}

int main(void)
{
	printf("fpmath: start\n");
	set_fpcr(0);
	set_fpsr(0);
	init_values();
	spot_checks();
	binop_f("fadd s", f_add);
	binop_f("fsub s", f_sub);
	binop_f("fmul s", f_mul);
	binop_f("fdiv s", f_div);
	binop_f("fminnm s", f_min);
	binop_f("fmaxnm s", f_max);
	binop_f("fnmul s", f_nmul);
	binop_f("fcsel s", f_sel);
	binop_f("fmax s", f_fmax_asm);
	binop_d("fadd d", d_add);
	binop_d("fsub d", d_sub);
	binop_d("fmul d", d_mul);
	binop_d("fdiv d", d_div);
	binop_d("fminnm d", d_min);
	binop_d("fmaxnm d", d_max);
	binop_d("fnmul d", d_nmul);
	binop_d("fcsel d", d_sel);
	binop_d("fmin d", d_fmin_asm);
	binop_d("fabd d", d_fabd_asm);
	fma_tests();
	unary_tests();
	rounding_tests();
	int_to_fp();
	fp_to_int();
	compare_tests();
	fpcr_tests();
	kernels();
	/* More rounds of the kernels on fresh inputs: one hash line for all of them. */
	uint64_t rounds = 0;
	for (int r = 0; r < 120; r++) {
		fill();
		saxpy(fc, fa, 0.5f + (float)r, N);
		vec_ops_f(fc, fa, fb, N);
		vec_ops_d(dc, da, db, N);
		vec_conv(fc, dc, ia, la, N);
		widen_narrow(dc, fc, fa, N);
		vec_round(fc, dc, N);
		rounds = rounds * 31 + d2u(dot_d(da, db, N)) + f2u(dot_f(fa, fb, N));
		for (int i = 0; i < N; i++) rounds = (rounds ^ f2u(fc[i]) ^ d2u(dc[i])) * 0x100000001b3ULL;
		for (int i = 1; i <= 64; i++) rounds = rounds * 31 + d2u(horner_exp(i * 0.17 - 5.0 + r)) + d2u(newton_rsqrt(i + r * 0.5));
		matmul_d(mdc, mda, mdb);
		matmul_f(mfc, mfa, mfb);
		rounds = rounds * 31 + d2u(mdc[r % MN][r % MN]) + f2u(mfc[11 - r % MN][r % MN]);
	}
	show("kernel rounds", rounds);
	half_convert();
	half_arith();
	finish("fpmath");
	return 0;
}
