/*
 * The program the GDB end-to-end tests debug (built with -O0 -g).
 *
 * Known places for breakpoints and watchpoints:
 *   compute(a, b)   arguments a, b; locals sum, i
 *   scale(value)    called from compute; local result
 *   spin()          the long loop incrementing the global `counter`; GDB's Ctrl-C lands here
 *   counter         volatile global, written every iteration of spin()
 *   spin_iterations volatile global; `set var spin_iterations = 10` shortens the run
 *   greeting        global string; `print greeting`
 *   points          global array of struct point; `print points[1]`
 */
#include "../rt.h"

struct point {
	int x;
	int y;
};

volatile int counter;
volatile unsigned long spin_iterations = 10000000;
const char greeting[] = "hello from gdbdemo";
struct point points[3] = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
int results[4];

int scale(int value)
{
	int result = value * 3;
	return result;
}

int compute(int a, int b)
{
	int sum = 0;
	for (int i = 0; i < b; i++) {
		sum += a + i;
	}
	sum += scale(a);
	return sum;
}

void spin(void)
{
	for (unsigned long n = 0; n < spin_iterations; n++) {
		counter++;
	}
}

int main(void)
{
	printf("%s\n", greeting);
	for (int k = 0; k < 4; k++) {
		results[k] = compute(k + 1, 10 * (k + 1));
		printf("compute(%d, %d) = %d\n", k + 1, 10 * (k + 1), results[k]);
	}
	printf("points[1] = (%d, %d)\n", points[1].x, points[1].y);
	spin();
	printf("counter = %d\n", counter);
	printf("gdbdemo: done\n");
	return 0;
}
