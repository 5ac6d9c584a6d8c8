// A block compiler: turns a hot decoded block into one JavaScript function that makes the
// same handler calls, in the same order, with the same PE bookkeeping as the interpreter
// loop in cpu.ts (Cpu.runFast) does for a whole block. Nothing is translated: each call
// site calls one known handler with its raw encoding as a literal, so V8 sees monomorphic
// calls it can inline and constant-fold, instead of the interpreter's one megamorphic call.
//
// Because the compiled function is the interpreter loop unrolled, everything the loop
// guarantees holds: an exception thrown by a handler leaves insnLo/insnHi, pcLo/pcHi and
// `retired` exactly as the interpreter would (the faulting instruction is not counted),
// and the run loop's catch clears XZR. The run loop only calls a compiled block when the
// whole block fits in the remaining budget (single steps, breakpoints and the timer's
// slices run the interpreter), and the function hangs off the decoded block, so the same
// self-modifying-code check (the page generation) discards both together.

import type { Cpu } from './cpu.ts';
import type { ExecFn } from './decoder.ts';

export type CompiledBlock = (cpu: Cpu) => void;

/**
 * Compiles `count` instructions (`handlers[i]` with encoding `words[i]`) starting at page
 * offset `pageOff` (the block never crosses its 4 KiB page). On entry cpu.pcLo/pcHi hold
 * the address of the first instruction.
 */
export function compileBlock(handlers: readonly ExecFn[], words: Int32Array, count: number, pageOff: number): CompiledBlock {
  const params: string[] = [];
  const last = count - 1;
  // As in the interpreter loop, `retired` is written before the last instruction and after
  // it; an exception before the last settles it in the catch (`n` instructions retired).
  const body: string[] = ['const x = cpu.x;', 'const lo = cpu.pcLo;', 'const base = cpu.retired;', 'let n = 0;', 'cpu.insnHi = cpu.pcHi;', 'try {'];
  for (let i = 0; i < count; i++) {
    params.push(`h${i}`);
    if (i === last) body.push(`n = ${last};`, `cpu.retired = base + ${last};`);
    body.push(i === 0 ? 'cpu.insnLo = lo;' : `cpu.insnLo = (lo + ${4 * i}) | 0;`);
    if (i === last && pageOff + 4 * i === 0xffc) {
      // The next address may carry into the high half (VA 0x...ffff_fffc).
      body.push(`const next = (lo + ${4 * (i + 1)}) | 0;`, 'cpu.pcLo = next;', 'if (next === 0) cpu.pcHi = (cpu.insnHi + 1) | 0;');
    } else {
      body.push(`cpu.pcLo = (lo + ${4 * (i + 1)}) | 0;`);
    }
    body.push(`h${i}(cpu, ${words[i] | 0});`, 'x[62] = 0;', 'x[63] = 0;');
    if (i < last - 1) body.push(`n = ${i + 1};`);
  }
  body.push('} catch (e) {', `if (n < ${last}) cpu.retired = base + n;`, 'throw e;', '}', `cpu.retired = base + ${count};`);
  const factory = new Function(...params, `return function block(cpu) {\n${body.join('\n')}\n};`) as (...h: ExecFn[]) => CompiledBlock;
  return factory(...handlers.slice(0, count));
}
