// The A64 decoder is a table: one row per encoding, named as in the Arm ARM's encoding
// index (e.g. "ADD_64_addsub_imm"), with a 32-character bit pattern read from bit 31 down
// to bit 0. '0' and '1' must match; any other character is an operand bit (the letters
// name the field, for readers). The first matching row wins; test/machine/decoder.test.ts
// proves that no row is shadowed by an earlier one.
//
// Rows without `exec` are known encodings we have not implemented yet: they stay visible
// in the table and decode to themselves, so reports name them.

import type { Cpu } from './cpu.ts';

/** Executes one decoded instruction. `insn` is the raw 32-bit encoding. */
export type ExecFn = (cpu: Cpu, insn: number) => void;

export interface Row {
  /** Encoding identifier as in the Arm ARM encoding index. */
  readonly name: string;
  /** 32 characters, bit 31 first. */
  readonly pattern: string;
  readonly exec?: ExecFn;
  /** Assembly template for readers and generated tests, e.g. "ADD <Xd|SP>, <Xn|SP>, #<imm>". */
  readonly asm?: string;
  /**
   * The instruction may change the PC or the state that decoding and address translation
   * depend on (EL, system registers): it must be the last of a decoded block.
   */
  readonly endsBlock?: boolean;
}

export interface DecodedRow extends Row {
  readonly mask: number;
  readonly value: number;
  readonly index: number;
}

export function compilePattern(pattern: string): { mask: number; value: number } {
  const p = pattern.replace(/[\s_]/g, '');
  if (p.length !== 32) throw new Error(`decoder pattern must have 32 bits: "${pattern}"`);
  let mask = 0;
  let value = 0;
  for (let i = 0; i < 32; i++) {
    const bit = 31 - i;
    const ch = p[i];
    if (ch === '0' || ch === '1') {
      mask |= 1 << bit;
      if (ch === '1') value |= 1 << bit;
    }
  }
  return { mask: mask | 0, value: value | 0 };
}

/**
 * Whether a row lies in the SIMD&FP space: data processing with bits 27:25 = 111, or a
 * load/store (bit 27 = 1, bit 25 = 0) with V (bit 26) = 1.
 */
export function isSimdFpEncoding(r: { mask: number; value: number }): boolean {
  const fixed = (bit: number) => ((r.mask >>> bit) & 1) === 1;
  const one = (bit: number) => fixed(bit) && ((r.value >>> bit) & 1) === 1;
  const zero = (bit: number) => fixed(bit) && ((r.value >>> bit) & 1) === 0;
  return (one(27) && one(26) && one(25)) || (one(27) && one(26) && zero(25));
}

/** Index 0 of every decoder: no row matched. */
export const UNALLOCATED = 0;

export class Decoder {
  readonly rows: DecodedRow[];
  /** exec function per row index; rows without one get the `unimplemented` handler. */
  readonly handlers: ExecFn[];
  /** 1 where the row ends a decoded block (see Row.endsBlock; unimplemented rows do too). */
  readonly endsBlock: Uint8Array;
  /**
   * Handlers to use while FP/AdvSIMD accesses trap (CPACR_EL1.FPEN, CPTR_EL2): the rows of
   * the SIMD&FP encoding space (data processing with op0 = x111, loads/stores with V = 1)
   * take the trap instead.
   */
  readonly fpTrappedHandlers: ExecFn[];
  private readonly masks: Int32Array;
  private readonly values: Int32Array;
  /** Per top-16-bit prefix: >= 0 a row index valid for any low half; < 0 -(list + 1). */
  private readonly primary: Int32Array;
  private readonly lists: Int32Array[];

  constructor(rows: readonly Row[], unallocated: ExecFn, unimplemented: ExecFn, fpTrap: ExecFn = unimplemented) {
    this.rows = [{ name: 'UNALLOCATED', pattern: '', mask: 0, value: 0, index: 0, exec: unallocated, endsBlock: true }];
    for (const row of rows) {
      const { mask, value } = compilePattern(row.pattern);
      this.rows.push({ ...row, mask, value, index: this.rows.length });
    }
    const n = this.rows.length;
    this.masks = new Int32Array(n);
    this.values = new Int32Array(n);
    this.handlers = [];
    this.fpTrappedHandlers = [];
    this.endsBlock = new Uint8Array(n);
    for (const r of this.rows) {
      this.masks[r.index] = r.mask;
      this.values[r.index] = r.value;
      this.handlers.push(r.exec ?? unimplemented);
      this.fpTrappedHandlers.push(r.exec !== undefined && isSimdFpEncoding(r) ? fpTrap : (r.exec ?? unimplemented));
      this.endsBlock[r.index] = r.endsBlock === true || r.exec === undefined ? 1 : 0;
    }
    this.primary = new Int32Array(65536);
    this.lists = [];
    const listIds = new Map<string, number>();
    for (let prefix = 0; prefix < 65536; prefix++) {
      const hiBits = prefix << 16;
      const candidates: number[] = [];
      for (let i = 1; i < n; i++) {
        const m = this.masks[i] & 0xffff0000;
        if ((hiBits & m) === (this.values[i] & 0xffff0000)) {
          candidates.push(i);
          if ((this.masks[i] & 0xffff) === 0) break; // matches every low half: later rows can't win
        }
      }
      if (candidates.length === 0) this.primary[prefix] = UNALLOCATED;
      else if (candidates.length === 1 && (this.masks[candidates[0]] & 0xffff) === 0) {
        this.primary[prefix] = candidates[0];
      } else {
        const key = candidates.join(',');
        let id = listIds.get(key);
        if (id === undefined) {
          id = this.lists.length;
          listIds.set(key, id);
          this.lists.push(Int32Array.from(candidates));
        }
        this.primary[prefix] = -(id + 1);
      }
    }
  }

  /** Returns the index of the first row matching `insn` (UNALLOCATED if none). */
  decode(insn: number): number {
    const p = this.primary[insn >>> 16];
    if (p >= 0) return p;
    const list = this.lists[-p - 1];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if ((insn & this.masks[r]) === this.values[r]) return r;
    }
    return UNALLOCATED;
  }

  /** Name of the row `insn` decodes to, for reports. */
  nameOf(insn: number): string {
    return this.rows[this.decode(insn)].name;
  }

  isImplemented(index: number): boolean {
    return this.rows[index].exec !== undefined;
  }
}
