// A small SMP guest for tests of the board's schedule and of reverse execution.
import { PSCI } from '../../src/machine/board/psci.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { assemble } from '../../tools/asm.ts';

/**
 * PE 0 starts PEs 1-3 (PSCI CPU_ON); each then increments `counter` with LDXR/STXR, logs
 * the value it read in its own 4 KiB ring, waits a while that depends on the value, and
 * every 64 increments executes WFE (every 16, YIELD): which PE sees which value, and when
 * an STXR fails, is the interleaving.
 */
export const CONTENDERS = `
      mov  x20, #1
  1:  movz x0, #0x${(PSCI.CPU_ON_64 >>> 16).toString(16)}, lsl #16
      movk x0, #0x${(PSCI.CPU_ON_64 & 0xffff).toString(16)}
      mov  x1, x20
      adr  x2, worker
      mov  x3, x20
      hvc  #0
      add  x20, x20, #1
      cmp  x20, #4
      b.ne 1b
      mov  x0, #0
  worker:
      adr  x4, counter
      adr  x5, ring
      add  x5, x5, x0, lsl #12
      mov  x6, #0
  loop:
  2:  ldxr x7, [x4]
      add  x8, x7, #1
      stxr w10, x8, [x4]
      add  x13, x13, x10             // failed STXRs
      cbnz w10, 2b
      and  x11, x6, #511
      str  x7, [x5, x11, lsl #3]
      add  x6, x6, #1
      and  x12, x7, #31
  3:  subs x12, x12, #1
      b.pl 3b
      tst  x6, #15
      b.ne loop
      yield
      tst  x6, #63
      b.ne loop
      sevl
      wfe
      wfe
      b    loop
      .balign 4096
  counter: .quad 0
      .balign 4096
  ring:
`;

export function contenders(): VirtBoard {
  const b = new VirtBoard({ ramSize: 1 << 20, smp: 4, cpu: 'max', virtualization: false, serial: [() => {}] });
  assemble(CONTENDERS).forEach((w, i) => (b.bus.ram32[i] = w));
  b.reset(0x4000_0000n);
  return b;
}

/** The address of the first instruction of CONTENDERS that starts with `mnemonic`. */
export function contendersAddress(mnemonic: string): bigint {
  return 0x4000_0000n + 4n * BigInt(assemble(CONTENDERS.slice(0, CONTENDERS.indexOf(mnemonic))).length);
}
