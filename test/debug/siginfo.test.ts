// qXfer:siginfo:read on the machine side: the AArch64 Linux siginfo_t (128 bytes: si_signo,
// si_errno, si_code as int32, then si_addr at 16) built from a thread's last stop.

import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { MachineTarget } from '../../src/debug/machine-target.ts';
import { siginfoOf } from '../../src/debug/siginfo.ts';
import type { StopEvent, ThreadAction, ThreadId } from '../../src/rsp/target.ts';
import { assemble } from '../../tools/asm.ts';

const ENTRY = 0x4000_0000n;
const DATA = 0x4000_0800n;
const T: ThreadId = { pid: 1, tid: 1 };

/** signo, errno, code and si_addr of a siginfo_t. */
function fields(info: Uint8Array | undefined): [number, number, number, bigint] {
  expect(info).toBeDefined();
  expect(info!.length).toBe(128);
  const v = new DataView(info!.buffer, info!.byteOffset);
  return [v.getInt32(0, true), v.getInt32(4, true), v.getInt32(8, true), v.getBigUint64(16, true)];
}

describe('siginfoOf', () => {
  it('gives si_code and si_addr by stop cause', () => {
    expect(fields(siginfoOf({ signal: 5, cause: { kind: 'breakpoint' }, pc: 0x1000n }))).toEqual([5, 0, 1, 0x1000n]);
    expect(fields(siginfoOf({ signal: 5, cause: { kind: 'step' }, pc: 0x1004n }))).toEqual([5, 0, 2, 0x1004n]);
    expect(fields(siginfoOf({ signal: 5, cause: { kind: 'watchpoint', addr: 0x2000n }, pc: 0x1004n }))).toEqual([5, 0, 4, 0x2000n]);
    expect(fields(siginfoOf({ signal: 5, cause: { kind: 'physical-watch', va: 0xffff_0000_0000_2000n, pa: 0x4000_2000n }, pc: 0n }))).toEqual([
      5, 0, 4, 0xffff_0000_0000_2000n,
    ]);
    expect(fields(siginfoOf({ signal: 2, cause: { kind: 'interrupt' }, pc: 0x1000n }))).toEqual([2, 0, 0, 0n]);
    expect(fields(siginfoOf({ signal: 4, cause: { kind: 'halt' }, pc: 0x1000n }))).toEqual([4, 0, 1, 0x1000n]);
    expect(fields(siginfoOf({ signal: 11, cause: { kind: 'halt' }, pc: 0x1000n }))).toEqual([11, 0, 1, 0x1000n]);
  });

  it("lays a hypervisor exit's syndrome out in the union (FAR, EC, ESR, IPA, VM, vCPU, PE)", () => {
    const exit = { code: 0x24, esr: 0x9200_0046, far: 0xffff_8000_0900_0018n, ipa: 0x0900_0018n, pid: 3, tid: 2, pe: 1 };
    const info = siginfoOf({ signal: 5, cause: { kind: 'catchpoint', exit }, pc: 0n });
    expect(fields(info)).toEqual([5, 0, 0x80, exit.far]);
    const v = new DataView(info!.buffer);
    expect([v.getUint32(24, true), v.getUint32(28, true)]).toEqual([0x24, 0x9200_0046]); // _sigsys._syscall, _arch
    expect(v.getBigUint64(36, true)).toBe(0x0900_0018n); // _sigchld.si_stime (GDB packs _sigchld)
    expect([v.getUint32(48, true), v.getUint32(52, true), v.getUint32(56, true)]).toEqual([3, 2, 1]); // _pad[8..10]
    // An IRQ exit: no syndrome, no IPA (all ones).
    const irq = new DataView(siginfoOf({ signal: 5, cause: { kind: 'catchpoint', exit: { ...exit, code: 0x40, esr: 0, far: 0n, ipa: -1n } }, pc: 0n })!.buffer);
    expect([irq.getUint32(24, true), irq.getUint32(28, true), irq.getBigInt64(36, true)]).toEqual([0x40, 0, -1n]);
    // A physical watchpoint: the PA beside the VA.
    const pw = new DataView(siginfoOf({ signal: 5, cause: { kind: 'physical-watch', va: 0x1000n, pa: 0x4000_1000n }, pc: 0n })!.buffer);
    expect(pw.getBigUint64(36, true)).toBe(0x4000_1000n);
  });

  it('gives nothing for a stop without a signal', () => {
    expect(siginfoOf({ signal: 0, cause: { kind: 'attach' }, pc: 0n })).toBeUndefined();
    expect(siginfoOf({ signal: 0, cause: { kind: 'interrupt' }, pc: 0n })).toBeUndefined();
  });
});

describe('MachineTarget.signalInfo', () => {
  const program = assemble(`
    movz x1, #0x4000, lsl #16
    add  x1, x1, #0x800
    nop
    str  x2, [x1]
  1: b 1b
  `);

  function target(): MachineTarget {
    const board = new VirtBoard({ ramSize: 16 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [] });
    const bytes = new Uint8Array(new Int32Array(program).buffer);
    board.bus.debugWrite(Number(ENTRY), bytes);
    board.reset(ENTRY);
    return new MachineTarget(board, { entry: ENTRY, x0: 0n }, { afterSlice: () => {}, onFinished: () => {} });
  }

  function resume(t: MachineTarget, action: ThreadAction['action']): Promise<StopEvent> {
    return new Promise((done) => t.resume([{ thread: T, action }], done));
  }

  it('describes the last stop of the thread: breakpoint, step, watchpoint, interrupt', async () => {
    const t = target();
    expect(t.signalInfo.read(T)).toBeUndefined(); // not stopped with a signal yet
    expect(t.signalInfo.read({ pid: 1, tid: 2 })).toBeUndefined(); // no such thread

    t.breakpoints.software!.insert(T, ENTRY + 8n, 4);
    expect((await resume(t, 'continue')).kind).toBe('signal');
    expect(fields(t.signalInfo.read(T))).toEqual([5, 0, 1, ENTRY + 8n]); // TRAP_BRKPT at the PC
    t.breakpoints.software!.remove(T, ENTRY + 8n, 4);

    await resume(t, 'step');
    expect(fields(t.signalInfo.read(T))).toEqual([5, 0, 2, ENTRY + 12n]); // TRAP_TRACE

    t.breakpoints.watchpoints!.insert(T, 'write', DATA, 8);
    const watch = await resume(t, 'continue');
    expect(watch.kind === 'signal' && watch.reason).toEqual({ kind: 'watch', addr: DATA });
    expect(fields(t.signalInfo.read(T))).toEqual([5, 0, 4, DATA]); // TRAP_HWBKPT at the watched address
    t.breakpoints.watchpoints!.remove(T, 'write', DATA, 8);

    const stopped = resume(t, 'continue');
    setTimeout(() => t.interrupt(), 20);
    expect(((await stopped) as { signal: number }).signal).toBe(2);
    expect(fields(t.signalInfo.read(T))).toEqual([2, 0, 0, 0n]); // SIGINT, SI_USER
  });
});
