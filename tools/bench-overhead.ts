// `npm run bench -- --only-overhead`: what address translation and device accesses cost
// on top of the bare interpreter, on one PE of the virt board, in this process.
//
// One loop (8 instructions: a load and a store of a RAM buffer, one 32-bit read of a
// "device" address, ALU and a branch) runs a fixed number of instructions in five setups:
//
//   bare            MMU off: data addresses are physical, no TLB (the bare interpreter)
//   TLB hits        MMU on, identity-mapped 4 KiB pages, 64 KiB buffer: every access hits
//   TLB misses      MMU on, each iteration touches a new page of a 64 MiB buffer (16,384
//                   pages for a 4,096-entry TLB): one page-table walk per iteration
//   device, MMU off the third access reads PL011 UARTFR instead of RAM
//   device, MMU on  the same through a Device-nGnRnE page (TLB hit)
//
// The overhead of a setup is its time over the bare one for the same instructions; divided
// by the number of accesses it is the extra cost of one TLB lookup, walk or MMIO read. The
// same loop is long enough (and the JIT threshold low enough for it) to run compiled, as hot
// guest code does.

import { performance } from 'node:perf_hooks';
import { VirtBoard } from '../src/machine/board/virt.ts';
import { PageTableBuilder, s1Attrs, type Geometry } from '../src/machine/mmu/builder.ts';
import { assemble } from './asm.ts';

const RAM_BASE = 0x4000_0000;
const RAM_SIZE = 256 * 1024 * 1024;
// Placed so that the code, the 64 KiB buffer and the RAM word take other slots of the
// direct-mapped TLB than the PL011 page (slot 0): only the 64 MiB buffer evicts entries.
const CODE = RAM_BASE + 0x8000;
const TABLES = RAM_BASE + 0x10_0000;
const BUFFER = RAM_BASE + 0x101_0000;
const RAM_WORD = RAM_BASE + 0x20_0100;
const UARTFR = 0x0900_0018;
/** Instructions per iteration of the loop below. */
const LOOP_INSNS = 8;

// x0 buffer, x2 index mask, x3 the third access's address, x5 stride, x10 != 0: MMU on.
const SOURCE = `
  cbz x10, 1f
  msr ttbr0_el1, x11
  msr tcr_el1, x12
  msr mair_el1, x13
  isb
  mrs x9, sctlr_el1
  orr x9, x9, #1
  orr x9, x9, #(1 << 2)
  orr x9, x9, #(1 << 12)
  msr sctlr_el1, x9
  isb
1:
  ldr x4, [x0, x6]
  add x4, x4, #1
  str x4, [x0, x6]
  add x6, x6, x5
  and x6, x6, x2
  ldr w7, [x3]
  add x8, x8, x7
  b 1b
`;

interface Setup {
  label: string;
  mmu: boolean;
  /** Bytes between consecutive buffer accesses, and the buffer size (a power of two). */
  stride: number;
  span: number;
  device: boolean;
}

const SETUPS: Setup[] = [
  { label: 'bare (MMU off)', mmu: false, stride: 64, span: 64 * 1024, device: false },
  { label: 'TLB hits', mmu: true, stride: 64, span: 64 * 1024, device: false },
  { label: 'TLB misses (1 walk per iteration)', mmu: true, stride: 4096 + 64, span: 64 * 1024 * 1024, device: false },
  { label: 'device read, MMU off', mmu: false, stride: 64, span: 64 * 1024, device: true },
  { label: 'device read, MMU on', mmu: true, stride: 64, span: 64 * 1024, device: true },
];

const GEOMETRY: Geometry = { gs: 12, startLevel: 1, startBits: 9 }; // T0SZ = 25: 39-bit VAs
const TCR = (25n | (1n << 8n) | (1n << 10n) | (3n << 12n) | (1n << 23n) | (2n << 32n)); // IRGN0/ORGN0 WB, inner shareable, EPD1, 40-bit IPS
const MAIR = 0x00ffn; // Attr0 Normal write-back, Attr1 Device-nGnRnE

/** Runs `insns` instructions of the loop in `setup` on a fresh board; returns seconds. */
function runSetup(words: number[], setup: Setup, insns: number): number {
  const board = new VirtBoard({ ramSize: RAM_SIZE, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const bus = board.bus;
  words.forEach((w, i) => (bus.ram32[(CODE - RAM_BASE) / 4 + i] = w));
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  if (setup.mmu) {
    const b = new PageTableBuilder(bus.ram, RAM_BASE, TABLES);
    const root = b.root(GEOMETRY);
    const normal = s1Attrs({ attrIndx: 0 });
    for (let pa = RAM_BASE; pa < RAM_BASE + 0x40_0000; pa += 4096) b.map(root, GEOMETRY, pa, 3, pa, normal);
    for (let pa = BUFFER; pa < BUFFER + setup.span; pa += 4096) b.map(root, GEOMETRY, pa, 3, pa, normal);
    b.map(root, GEOMETRY, UARTFR & ~0xfff, 3, UARTFR & ~0xfff, s1Attrs({ attrIndx: 1, pxn: true, uxn: true }));
    cpu.setX(10, 1n);
    cpu.setX(11, BigInt(root));
    cpu.setX(12, TCR);
    cpu.setX(13, MAIR);
  }
  cpu.setX(0, BigInt(BUFFER));
  cpu.setX(2, BigInt(setup.span - 1));
  cpu.setX(3, BigInt(setup.device ? UARTFR : RAM_WORD));
  cpu.setX(5, BigInt(setup.stride));
  const t0 = performance.now();
  while (board.retired < insns) {
    const ev = board.run(Math.min(4_000_000, insns - board.retired));
    if (ev !== null) throw new Error(`overhead bench (${setup.label}) stopped: ${ev.kind}`);
  }
  return (performance.now() - t0) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}

/** Extra cost of one operation over the bare interpreter, in ns, as the table reports it. */
export interface OverheadCosts {
  /** A data access's TLB lookup (hit). */
  lookupNs: number;
  /** A page-table walk (TLB miss and fill). */
  walkNs: number;
  /** A device register read, with the MMU off and on (the latter includes its TLB lookup). */
  mmioOffNs: number;
  mmioOnNs: number;
}

/** What measureOverhead() found: per setup, its median time and overhead over bare; per-operation costs. */
export interface OverheadFigures {
  insns: number;
  rows: { label: string; seconds: number; overhead: number }[];
  costs: OverheadCosts;
}

/** Measures every setup (`runs` times, interleaved). */
export function measureOverhead(runs: number, insns = 100_000_000): OverheadFigures {
  const words = assemble(SOURCE);
  const times = SETUPS.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) SETUPS.forEach((s, i) => times[i].push(runSetup(words, s, insns)));
  const bare = median(times[0]);
  const iterations = insns / LOOP_INSNS;
  const rows = SETUPS.map((s, i) => ({ label: s.label, seconds: median(times[i]), overhead: median(times[i]) / bare - 1 }));
  // Extra time per access of setup i over setup `ref` (the same loop without that cost).
  const perAccess = (i: number, ref: number, accesses: number) => ((rows[i].seconds - rows[ref].seconds) / (iterations * accesses)) * 1e9;
  const costs: OverheadCosts = { lookupNs: perAccess(1, 0, 3), walkNs: perAccess(2, 1, 1), mmioOffNs: perAccess(3, 0, 1), mmioOnNs: perAccess(4, 1, 1) };
  return { insns, rows, costs };
}

/** Prints the table of measureOverhead()'s figures. */
export function printOverhead(m: OverheadFigures): void {
  const { insns, rows, costs } = m;
  const extras = ['', `${costs.lookupNs.toFixed(1)} per TLB lookup`, `${costs.walkNs.toFixed(1)} per walk`, `${costs.mmioOffNs.toFixed(1)} per MMIO read`, `${costs.mmioOnNs.toFixed(1)} per MMIO read`];
  console.log(`\nTLB and device overhead: ${insns / 1e6} M instructions of an ${LOOP_INSNS}-instruction loop (a RAM load and store + one device-or-RAM read per iteration), one PE`);
  const out = [['setup', 'MIPS', 'time over bare', 'extra ns']];
  rows.forEach((r, i) => out.push([r.label, (insns / r.seconds / 1e6).toFixed(1), i === 0 ? '' : `${r.overhead >= 0 ? '+' : ''}${(r.overhead * 100).toFixed(0)}%`, extras[i]]));
  const widths = out[0].map((_, c) => Math.max(...out.map((r) => r[c].length)));
  console.log(out.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n'));
}

/** Measures every setup, prints the table and returns the figures. */
export function printOverheadTable(runs: number, insns = 100_000_000): OverheadFigures {
  const m = measureOverhead(runs, insns);
  printOverhead(m);
  return m;
}
