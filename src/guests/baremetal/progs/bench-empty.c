/*
 * The benchmark with no rounds: its run time on QEMU is start-up and exit alone, which
 * `npm run bench` subtracts to measure QEMU's speed on the benchmark's work.
 */
#define BENCH_ROUNDS 0
#include "bench.c"
