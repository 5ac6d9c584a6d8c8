// Lays generated units out as one bare-metal snippet for the `virt` board and parses what
// the snippet prints.
//
// Memory (see generator.ts): the scratch buffer at RAM base, the initial-state record
// (INIT) and the dump record (SAVE) after it, the runtime (dump routine, prologue, finish,
// exception vectors; assembly text below) at DUMP_ADDR, and the generated body at
// BODY_ADDR as raw words.
//
// A state record is 64-bit words: [id, X0..X30, SP, NZCV, (FPCR, FPSR, V0.lo, V0.hi, ...,
// V31.hi when SIMD&FP is on)], followed, when printed, by the scratch buffer. The prologue
// loads the registers from INIT. A dump site in the body is seven words:
//     MSR TPIDR_EL1, X0 ; ADR X0, SAVE ; STR X30, [X0, #248] ; BL dump
//     ADR X30, SAVE ; LDR X30, [X30, #248] ; MRS X0, TPIDR_EL1
// The dump routine stores everything else (X30 after the BL, the return address, is the
// record id: it names the dump site), prints the record as one line "R<hex words>" on the
// PL011, and restores every register and NZCV. Nothing else changes, so dumps can sit
// between any two instructions. At the end the body branches to `finish`, which prints "F"
// and powers off with PSCI SYSTEM_OFF; an exception prints "E<esr> <elr> <far>" and powers
// off too.

import { BODY_ADDR, BODY_LIMIT, BUF_ADDR, BUF_SIZE, DUMP_ADDR, FINISH_ADDR, INIT_ADDR, RAM_BASE, SAVE_ADDR, adrTo, patchBranch, patchLiteral, type Unit } from './generator.ts';
import { NOP, adr, b, bl, ldrX, mrs, msr, strX } from './encode.ts';

export const GPR_WORDS = 34; // id, X0..X30, SP, NZCV
export const SIMD_WORDS = 2 + 64;
export const BUF_WORDS = BUF_SIZE / 8;

export function recordWords(simd: boolean): number {
  return GPR_WORDS + (simd ? SIMD_WORDS : 0);
}

/** Architectural state as dumped: registers, NZCV (bits 31:28), SIMD&FP, scratch buffer. */
export interface State {
  /** X0..X30 then SP. */
  x: bigint[];
  nzcv: number;
  fpcr?: bigint;
  fpsr?: bigint;
  /** V0..V31 as [lo, hi] pairs. */
  v?: bigint[];
  buf: Uint8Array;
}

export interface Record {
  id: number;
  state: State;
  /** The raw line, for cheap equality. */
  line: string;
}

export type DumpMode = { every: number } | 'word';

/** Where each word of the body came from. */
export interface WordOrigin {
  /** Unit index, or -1 for dump code and the final branch. */
  unit: number;
  /** True for the unit's random instruction, false for its setup words. */
  main: boolean;
}

export interface Layout {
  words: number[];
  origin: WordOrigin[];
  /** Record id (the address after the BL of a dump site) -> index of the last word before it (-1: none). */
  dumpAfter: Map<number, number>;
  /** Address of each unit's first word. */
  unitAddr: number[];
}

const DUMP_LEN = 7;

/** The seven words of a dump site at address `at` (its record id is at + 16). */
export function dumpWords(at: number): number[] {
  return [msr('TPIDR_EL1', 0), adr(0, SAVE_ADDR - (at + 4)), strX(30, 0, 248), bl(DUMP_ADDR - (at + 12)), adr(30, SAVE_ADDR - (at + 16)), ldrX(30, 30, 248), mrs('TPIDR_EL1', 0)];
}

/** Record id of the dump right after a lone instruction at BODY_ADDR (see singleBody). */
export const SINGLE_FALLTHROUGH_ID = BODY_ADDR + 4 + 16;
const SLED = 1024;

/**
 * A lone instruction at BODY_ADDR, a dump, then a NOP sled ending in a second dump: a
 * taken forward branch lands in the sled (its record id is then different).
 */
export function singleBody(word: number): number[] {
  const words = [word >>> 0, ...dumpWords(BODY_ADDR + 4)];
  words.push(b(FINISH_ADDR - (BODY_ADDR + words.length * 4)));
  while (words.length < SLED) words.push(NOP);
  words.push(...dumpWords(BODY_ADDR + words.length * 4));
  words.push(b(FINISH_ADDR - (BODY_ADDR + words.length * 4)));
  return words;
}

/**
 * Lays `units` out from BODY_ADDR: dumps after every `every` units (and always at the end),
 * or after every single word when mode is 'word'.
 */
export function layout(units: readonly Unit[], mode: DumpMode): Layout {
  // Pass 1: addresses.
  const unitAddr: number[] = [];
  let pc = BODY_ADDR;
  const unitLen = (u: Unit): number => u.setup.length + (u.targetReg !== undefined ? 1 : 0) + 1;
  for (let i = 0; i < units.length; i++) {
    unitAddr.push(pc);
    const n = unitLen(units[i]);
    if (mode === 'word') pc += n * 4 * (1 + DUMP_LEN);
    else pc += n * 4 + ((i + 1) % mode.every === 0 && i + 1 < units.length ? DUMP_LEN * 4 : 0);
  }
  const endAddr = pc; // final dump
  if (endAddr + 64 > BODY_LIMIT) throw new Error(`fuzz: snippet too large (${units.length} units)`);
  // Pass 2: words.
  const words: number[] = [];
  const origin: WordOrigin[] = [];
  const dumpAfter = new Map<number, number>();
  const here = (): number => BODY_ADDR + words.length * 4;
  const dump = (): void => {
    const at = here();
    words.push(...dumpWords(at));
    for (let k = 0; k < DUMP_LEN; k++) origin.push({ unit: -1, main: false });
    dumpAfter.set(at + 16, words.length - DUMP_LEN - 1);
  };
  const target = (i: number, skip: number): number => (i + 1 + skip < units.length ? unitAddr[i + 1 + skip] : endAddr);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (here() !== unitAddr[i]) throw new Error('fuzz: layout address mismatch');
    const emit = (w: number, main: boolean): void => {
      words.push(w >>> 0);
      origin.push({ unit: i, main });
      if (mode === 'word') dump();
    };
    for (const s of u.setup) emit(s, false);
    if (u.targetReg !== undefined) emit(adrTo(u.targetReg, here(), target(i, u.skip ?? 0)), false);
    let w = u.word;
    if (u.info.branch !== undefined && u.info.branch !== 'reg') w = patchBranch(u.info, w, here(), target(i, u.skip ?? 0));
    if (u.litOffset !== undefined) w = patchLiteral(w, here(), u.litOffset);
    emit(w, true);
    if (mode !== 'word' && (i + 1) % mode.every === 0 && i + 1 < units.length) dump();
  }
  if (here() !== endAddr) throw new Error('fuzz: layout end mismatch');
  if (mode !== 'word' || units.length === 0) dump();
  words.push(b(FINISH_ADDR - here()));
  origin.push({ unit: -1, main: false });
  return { words, origin, dumpAfter, unitAddr };
}

// ---- initial state --------------------------------------------------------------------

export function hex64(v: bigint): string {
  return BigInt.asUintN(64, v).toString(16).padStart(16, '0');
}

function stateWords(s: State, simd: boolean): bigint[] {
  const w: bigint[] = [0n, ...s.x.slice(0, 32), BigInt(s.nzcv >>> 0)];
  if (simd) w.push(s.fpcr ?? 0n, s.fpsr ?? 0n, ...(s.v ?? new Array<bigint>(64).fill(0n)));
  return w;
}

function bufWords(buf: Uint8Array): bigint[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const w: bigint[] = [];
  for (let i = 0; i < BUF_SIZE; i += 8) w.push(dv.getBigUint64(i, true));
  return w;
}

// ---- assembly -------------------------------------------------------------------------

/** The whole snippet as GNU assembler source (linked with linkerScript()). */
export function assembly(init: State, body: readonly number[], simd: boolean, probe = false): string {
  const nrec = recordWords(simd);
  const L: string[] = [];
  L.push('\t.section .fuzzdata, "aw"', 'buf:');
  for (const q of bufWords(init.buf)) L.push(`\t.quad 0x${hex64(q)}`);
  L.push(`\t.org ${INIT_ADDR - BUF_ADDR}`, 'init:');
  for (const q of stateWords(init, simd)) L.push(`\t.quad 0x${hex64(q)}`);
  L.push(`\t.org ${SAVE_ADDR - BUF_ADDR}`, 'save:', `\t.space ${nrec * 8}`);

  L.push('\t.section .text.veneer, "ax"', '\tb dump', '\tb finish');
  L.push('\t.text');
  // dump: x0 = save, X0 in TPIDR_EL1, X30 stored; x30 = return address = record id.
  L.push('dump:', '\tstr x30, [x0]');
  for (let n = 1; n <= 27; n += 2) L.push(`\tstp x${n}, x${n + 1}, [x0, #${8 * (n + 1)}]`);
  L.push('\tstr x29, [x0, #240]', '\tmrs x1, tpidr_el1', '\tstr x1, [x0, #8]', '\tmov x1, sp', '\tstr x1, [x0, #256]', '\tmrs x1, nzcv', '\tstr x1, [x0, #264]');
  if (simd) {
    L.push('\tmrs x1, fpcr', '\tstr x1, [x0, #272]', '\tmrs x1, fpsr', '\tstr x1, [x0, #280]');
    for (let n = 0; n < 32; n++) L.push(`\tstr q${n}, [x0, #${288 + 16 * n}]`);
  }
  L.push(
    '\tmovz x3, #0x0900, lsl #16',
    "\tmov w4, #'R'",
    '\tstrb w4, [x3]',
    '\tmov x5, x0',
    `\tmov x6, #${nrec}`,
    '\tbl hexwords',
    '\tadr x5, buf',
    `\tmov x6, #${BUF_WORDS}`,
    '\tbl hexwords',
    '\tmov w4, #10',
    '\tstrb w4, [x3]',
    '\tldr x1, [x0, #264]',
    '\tmsr nzcv, x1',
  );
  for (let n = 1; n <= 27; n += 2) L.push(`\tldp x${n}, x${n + 1}, [x0, #${8 * (n + 1)}]`);
  L.push('\tldr x29, [x0, #240]', '\tldr x30, [x0]', '\tret');
  // hexwords: print x6 64-bit words from x5 as hex (uses x4..x11).
  L.push(
    'hexwords:',
    '1:\tldr x7, [x5], #8',
    '\tmov x8, #60',
    '2:\tlsr x4, x7, x8',
    '\tand x4, x4, #0xf',
    "\tadd x10, x4, #'0'",
    "\tadd x11, x4, #('a' - 10)",
    '\tcmp x4, #10',
    '\tcsel x4, x10, x11, lo',
    '\tstrb w4, [x3]',
    '\tsubs x8, x8, #4',
    '\tb.ge 2b',
    '\tsubs x6, x6, #1',
    '\tb.ne 1b',
    '\tret',
  );
  // Prologue.
  L.push('\t.global _start', '_start:', '\tmsr daifset, #0xf', '\tadr x0, vectors', '\tmsr vbar_el1, x0', '\tisb', '\tadr x0, init');
  if (simd) {
    L.push('\tmov x1, #(3 << 20)', '\tmsr cpacr_el1, x1', '\tisb', '\tldr x1, [x0, #272]', '\tmsr fpcr, x1', '\tldr x1, [x0, #280]', '\tmsr fpsr, x1');
    for (let n = 0; n < 32; n++) L.push(`\tldr q${n}, [x0, #${288 + 16 * n}]`);
  }
  L.push('\tldr x1, [x0, #264]', '\tmsr nzcv, x1', '\tldr x1, [x0, #256]', '\tmov sp, x1');
  for (let n = 1; n <= 27; n += 2) L.push(`\tldp x${n}, x${n + 1}, [x0, #${8 * (n + 1)}]`);
  L.push('\tldp x29, x30, [x0, #240]', '\tldr x0, [x0, #8]', '\tb body');
  // finish / exceptions.
  L.push('finish:', '\tmovz x3, #0x0900, lsl #16', "\tmov w4, #'F'", '\tstrb w4, [x3]', '\tmov w4, #10', '\tstrb w4, [x3]');
  L.push('poweroff:', '\tmovz x0, #0x0008', '\tmovk x0, #0x8400, lsl #16', '\thvc #0', '3:\twfi', '\tb 3b');
  if (probe) {
    // Feature probe: report the faulting address and skip the instruction.
    L.push('exception:', '\tmovz x3, #0x0900, lsl #16', "\tmov w4, #'U'", '\tstrb w4, [x3]', '\tadr x5, save', '\tmrs x1, elr_el1', '\tstr x1, [x5]', '\tmov x6, #1', '\tbl hexwords', '\tmov w4, #10', '\tstrb w4, [x3]', '\tmrs x1, elr_el1', '\tadd x1, x1, #4', '\tmsr elr_el1, x1', '\teret');
  } else
  L.push('exception:', '\tmovz x3, #0x0900, lsl #16', "\tmov w4, #'E'", '\tstrb w4, [x3]', '\tadr x5, save', '\tmrs x1, esr_el1', '\tmrs x2, elr_el1', '\tstp x1, x2, [x5]', '\tmrs x1, far_el1', '\tstr x1, [x5, #16]', '\tmov x6, #3', '\tbl hexwords', '\tmov w4, #10', '\tstrb w4, [x3]', '\tb poweroff');
  L.push('\t.balign 2048', 'vectors:');
  for (let i = 0; i < 16; i++) L.push('\t.balign 128', '\tb exception');

  L.push('\t.section .body, "ax"', 'body:');
  for (const w of body) L.push(`\t.inst 0x${(w >>> 0).toString(16).padStart(8, '0')}`);
  return L.join('\n') + '\n';
}

export function linkerScript(): string {
  const h = (n: number): string => '0x' + n.toString(16);
  return `OUTPUT_FORMAT("elf64-littleaarch64")
OUTPUT_ARCH(aarch64)
ENTRY(_start)
SECTIONS
{
  . = ${h(BUF_ADDR)};
  .fuzzdata : { *(.fuzzdata) }
  . = ${h(DUMP_ADDR)};
  .text : { *(.text.veneer) *(.text) }
  . = ${h(BODY_ADDR)};
  .body : { *(.body) }
  /DISCARD/ : { *(.comment) *(.note .note.*) }
}
`;
}

// ---- output parsing -------------------------------------------------------------------

export type Outcome =
  | { kind: 'finished' }
  | { kind: 'exception'; esr: bigint; elr: bigint; far: bigint }
  | { kind: 'halt'; pc: bigint; message: string }
  | { kind: 'incomplete'; message: string };

export interface RunOutput {
  records: Record[];
  outcome: Outcome;
}

export function parseState(words: bigint[], simd: boolean): State {
  const x = words.slice(1, 33);
  const nrec = recordWords(simd);
  const buf = new Uint8Array(BUF_SIZE);
  const dv = new DataView(buf.buffer);
  for (let i = 0; i < BUF_WORDS; i++) dv.setBigUint64(8 * i, words[nrec + i] ?? 0n, true);
  const s: State = { x, nzcv: Number(words[33] & 0xffffffffn), buf };
  if (simd) {
    s.fpcr = words[34];
    s.fpsr = words[35];
    s.v = words.slice(36, 100);
  }
  return s;
}

export function parseOutput(text: string, simd: boolean): RunOutput {
  const records: Record[] = [];
  const nwords = recordWords(simd) + BUF_WORDS;
  let outcome: Outcome = { kind: 'incomplete', message: 'output ended without F or E' };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('R') && line.length === 1 + 16 * nwords) {
      const words: bigint[] = [];
      for (let i = 0; i < nwords; i++) words.push(BigInt('0x' + line.slice(1 + 16 * i, 17 + 16 * i)));
      records.push({ id: Number(words[0]), state: parseState(words, simd), line });
    } else if (line === 'F') {
      outcome = { kind: 'finished' };
    } else if (line.startsWith('E') && line.length === 49) {
      const w = [0, 1, 2].map((i) => BigInt('0x' + line.slice(1 + 16 * i, 17 + 16 * i)));
      outcome = { kind: 'exception', esr: w[0], elr: w[1], far: w[2] };
    }
  }
  return { records, outcome };
}

/** A line-level key for comparing records (SAVE id included). */
export function stateKey(s: State): string {
  return [...s.x.map(hex64), s.nzcv.toString(16), hex64(s.fpcr ?? 0n), hex64(s.fpsr ?? 0n), ...(s.v ?? []).map(hex64), Buffer.from(s.buf).toString('hex')].join(' ');
}

export { RAM_BASE };
