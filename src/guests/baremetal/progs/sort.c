/* Sorting: a generic quicksort with comparator callbacks, heap sort, merge sort, binary search. */
#include "testlib.h"

typedef int (*cmp_fn)(const void *, const void *);

static void swap_bytes(unsigned char *a, unsigned char *b, size_t size)
{
	while (size--) {
		unsigned char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/* Generic quicksort (median of three, insertion sort for short ranges). */
static void quick_sort(void *base, size_t n, size_t size, cmp_fn cmp)
{
	unsigned char *a = base;
	while (n > 8) {
		unsigned char *lo = a, *mid = a + (n / 2) * size, *hi = a + (n - 1) * size;
		if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
		if (cmp(hi, mid) < 0) {
			swap_bytes(hi, mid, size);
			if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
		}
		/* Move the pivot to the front, then Hoare partition. */
		swap_bytes(a, mid, size);
		size_t i = 0, j = n;
		for (;;) {
			do i++; while (i < n && cmp(a + i * size, a) < 0);
			do j--; while (cmp(a + j * size, a) > 0);
			if (i >= j) break;
			swap_bytes(a + i * size, a + j * size, size);
		}
		swap_bytes(a, a + j * size, size);
		/* Recurse into the smaller part, loop on the larger one. */
		size_t left = j, right = n - j - 1;
		if (left < right) {
			quick_sort(a, left, size, cmp);
			a += (j + 1) * size;
			n = right;
		} else {
			quick_sort(a + (j + 1) * size, right, size, cmp);
			n = left;
		}
	}
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(a + (j - 1) * size, a + j * size) > 0; j--)
			swap_bytes(a + (j - 1) * size, a + j * size, size);
}

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static int cmp_u64_desc(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x < y) - (x > y);
}

static int cmp_i16(const void *a, const void *b)
{
	return *(const int16_t *)a - *(const int16_t *)b;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct record {
	uint32_t key;
	uint16_t id;
	uint8_t tag;
	char name[9];
};

static int cmp_record(const void *a, const void *b)
{
	const struct record *x = a, *y = b;
	if (x->key != y->key) return x->key < y->key ? -1 : 1;
	return (int)x->id - (int)y->id;
}

static void heap_sift(int64_t *a, size_t start, size_t n)
{
	size_t root = start;
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n) return;
		if (child + 1 < n && a[child] < a[child + 1]) child++;
		if (a[root] >= a[child]) return;
		int64_t t = a[root];
		a[root] = a[child];
		a[child] = t;
		root = child;
	}
}

static void heap_sort(int64_t *a, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		heap_sift(a, i, n);
	for (size_t end = n; end-- > 1;) {
		int64_t t = a[0];
		a[0] = a[end];
		a[end] = t;
		heap_sift(a, 0, end);
	}
}

static void merge_sort(uint8_t *a, uint8_t *tmp, size_t n)
{
	if (n < 2) return;
	size_t h = n / 2;
	merge_sort(a, tmp, h);
	merge_sort(a + h, tmp, n - h);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
	while (i < h) tmp[k++] = a[i++];
	while (j < n) tmp[k++] = a[j++];
	memcpy(a, tmp, n);
}

static long binary_search(const int32_t *a, size_t n, int32_t key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo < n && a[lo] == key ? (long)lo : -1;
}

#define N32 1500
#define N64 700
#define N16 900
#define N8 1000
#define NREC 300

static int32_t arr32[N32];
static uint64_t arr64[N64];
static int64_t arrh[N64];
static int16_t arr16[N16];
static uint8_t arr8[N8], tmp8[N8];
static struct record recs[NREC];

static const char *const words[] = {
	"delta", "alpha", "echo", "bravo", "zulu", "kilo", "lima", "mike", "charlie", "x-ray",
	"yankee", "foxtrot", "golf", "hotel", "india", "juliett", "november", "oscar", "papa",
	"quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "alphabet", "alp",
};
#define NWORDS (sizeof words / sizeof words[0])

int main(void)
{
	printf("sort: start\n");

	for (int i = 0; i < N32; i++) arr32[i] = (int32_t)(rng_next() >> 40) - (1 << 23);
	quick_sort(arr32, N32, sizeof arr32[0], cmp_i32);
	int ok = 1;
	uint64_t h = 0;
	for (int i = 0; i < N32; i++) {
		if (i && arr32[i - 1] > arr32[i]) ok = 0;
		h = h * 31 + (uint32_t)arr32[i];
	}
	show_dec("i32 sorted", ok);
	show("i32 hash", h);
	show_dec("i32 min", arr32[0]);
	show_dec("i32 median", arr32[N32 / 2]);
	show_dec("i32 max", arr32[N32 - 1]);
	show_dec("search present", binary_search(arr32, N32, arr32[777]) >= 0);
	show_dec("search absent", binary_search(arr32, N32, arr32[N32 - 1] + 1));

	for (int i = 0; i < N64; i++) arr64[i] = rng_next() % 5000;  /* many duplicates */
	quick_sort(arr64, N64, sizeof arr64[0], cmp_u64_desc);
	ok = 1;
	h = 0;
	for (int i = 0; i < N64; i++) {
		if (i && arr64[i - 1] < arr64[i]) ok = 0;
		h = h * 33 + arr64[i];
	}
	show_dec("u64 desc sorted", ok);
	show("u64 hash", h);

	for (int i = 0; i < N64; i++) arrh[i] = (int64_t)rng_next();
	heap_sort(arrh, N64);
	ok = 1;
	h = 0;
	for (int i = 0; i < N64; i++) {
		if (i && arrh[i - 1] > arrh[i]) ok = 0;
		h = h * 35 + (uint64_t)arrh[i];
	}
	show_dec("heap sorted", ok);
	show("heap hash", h);
	show("heap min", (uint64_t)arrh[0]);

	for (int i = 0; i < N16; i++) arr16[i] = (int16_t)(rng_next() >> 48);
	quick_sort(arr16, N16, sizeof arr16[0], cmp_i16);
	ok = 1;
	h = 0;
	for (int i = 0; i < N16; i++) {
		if (i && arr16[i - 1] > arr16[i]) ok = 0;
		h = h * 37 + (uint16_t)arr16[i];
	}
	show_dec("i16 sorted", ok);
	show("i16 hash", h);

	for (int i = 0; i < N8; i++) arr8[i] = (uint8_t)(rng_next() >> 56);
	merge_sort(arr8, tmp8, N8);
	ok = 1;
	h = 0;
	for (int i = 0; i < N8; i++) {
		if (i && arr8[i - 1] > arr8[i]) ok = 0;
		h = h * 39 + arr8[i];
	}
	show_dec("merge sorted", ok);
	show("merge hash", h);

	for (int i = 0; i < NREC; i++) {
		recs[i].key = (uint32_t)(rng_next() % 50);
		recs[i].id = (uint16_t)i;
		recs[i].tag = (uint8_t)(i * 7);
		for (int c = 0; c < 8; c++) recs[i].name[c] = (char)('a' + (i + c * 3) % 26);
		recs[i].name[8] = 0;
	}
	quick_sort(recs, NREC, sizeof recs[0], cmp_record);
	ok = 1;
	h = 0;
	for (int i = 0; i < NREC; i++) {
		if (i && cmp_record(&recs[i - 1], &recs[i]) > 0) ok = 0;
		h = h * 41 + recs[i].key * 1000 + recs[i].id + recs[i].tag + (uint8_t)recs[i].name[3];
	}
	show_dec("records sorted", ok);
	show("records hash", h);
	printf("first record: key=%u id=%u name=%s\n", recs[0].key, recs[0].id, recs[0].name);
	printf("last record: key=%u id=%u name=%s\n", recs[NREC - 1].key, recs[NREC - 1].id, recs[NREC - 1].name);

	const char *sorted[NWORDS];
	for (unsigned i = 0; i < NWORDS; i++) sorted[i] = words[i];
	quick_sort(sorted, NWORDS, sizeof sorted[0], cmp_str);
	for (unsigned i = 0; i < NWORDS; i++) printf("%s%s", i ? " " : "words: ", sorted[i]);
	printf("\n");

	finish("sort");
	return 0;
}
