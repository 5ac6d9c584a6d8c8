// Why a thread stopped, and the AArch64 Linux `siginfo_t` GDB reads for it
// (`qXfer:siginfo:read`, `p $_siginfo`): 128 bytes, si_signo, si_errno and si_code as
// int32 at 0, 4 and 8, then the union at 16 whose first member for SIGTRAP, SIGILL and
// SIGSEGV faults is si_addr (u64).
//
// A hypervisor exit (a `monitor catch` stop, si_code SI_KERNEL) fills the union with its
// syndrome where GDB's own field names show it (GDB's Linux siginfo type is the only one
// it has; it packs `_sigchld`, so si_stime is at 36):
//   16 u64 FAR_EL2    _sifields._sigfault.si_addr (= _sigsys._call_addr)
//   24 u32 exit code  _sifields._sigsys._syscall  (ESR_EL2.EC; 0x40 IRQ, 0x41 FIQ, 0x42 SError)
//   28 u32 ESR_EL2    _sifields._sigsys._arch     (EC:IL:ISS; 0 for asynchronous exits)
//   36 u64 IPA        _sifields._sigchld.si_stime (aborts: HPFAR_EL2.FIPA:FAR_EL2[11:0]; else -1)
//   48, 52, 56 u32    _sifields._pad[8], [9], [10]: the VM's process, the vCPU's thread, the PE
// A physical watchpoint (`monitor watch`) puts the access's PA at 36.

/** Why a thread stopped (what the board event said, once the adapter has judged it). */
export type StopCause =
  | { readonly kind: 'breakpoint' }
  /** A single step ended (or a resume with nothing to run). */
  | { readonly kind: 'step' }
  /** A GDB watchpoint (virtual address of the selected process). */
  | { readonly kind: 'watchpoint'; readonly addr: bigint }
  /** A `monitor watch` physical watchpoint; the access's virtual address. */
  | { readonly kind: 'physical-watch'; readonly va: bigint; readonly pa: bigint }
  /** A `monitor catch` trap catchpoint: the guest exit's syndrome. */
  | { readonly kind: 'catchpoint'; readonly exit: ExitSyndrome }
  /** GDB asked for the stop (Ctrl-C, a non-stop vCont;t). */
  | { readonly kind: 'interrupt' }
  /** The PE halted: an undefined instruction or a fault the emulator cannot take. */
  | { readonly kind: 'halt' }
  /** Stopped without a signal (GDB attached). */
  | { readonly kind: 'attach' };

/** A guest exit to EL2 as a catchpoint saw it (registers as the exit left them). */
export interface ExitSyndrome {
  /** ESR_EL2.EC, or 0x40/0x41/0x42 for IRQ/FIQ/SError (src/zvm/trace.ts). */
  readonly code: number;
  readonly esr: number;
  readonly far: bigint;
  /** The faulting IPA (aborts), else -1n. */
  readonly ipa: bigint;
  readonly pid: number;
  readonly tid: number;
  readonly pe: number;
}

/** Linux si_code values (asm-generic/siginfo.h). */
const SIGILL = 4;
const SI_USER = 0;
const SI_KERNEL = 0x80;
const ILL_ILLOPC = 1;
const SEGV_MAPERR = 1;
const TRAP_BRKPT = 1;
const TRAP_TRACE = 2;
const TRAP_HWBKPT = 4;

export const SIGINFO_SIZE = 128;

/** The last stop of a thread: its GDB signal, why, and the thread's PC then. */
export interface LastStop {
  readonly signal: number;
  readonly cause: StopCause;
  readonly pc: bigint;
}

/**
 * The siginfo_t of a stop (GDB's signal numbers equal Linux's for the signals a stop
 * carries: INT, ILL, TRAP, SEGV); undefined for a stop without a signal.
 */
export function siginfoOf(stop: LastStop): Uint8Array | undefined {
  const { signal, cause, pc } = stop;
  if (signal === 0 || cause.kind === 'attach') return undefined;
  let code = SI_USER;
  let addr = 0n;
  switch (cause.kind) {
    case 'breakpoint':
      [code, addr] = [TRAP_BRKPT, pc];
      break;
    case 'step':
      [code, addr] = [TRAP_TRACE, pc];
      break;
    case 'watchpoint':
      [code, addr] = [TRAP_HWBKPT, cause.addr];
      break;
    case 'physical-watch':
      [code, addr] = [TRAP_HWBKPT, cause.va];
      break;
    case 'catchpoint':
      [code, addr] = [SI_KERNEL, cause.exit.far];
      break;
    case 'halt':
      [code, addr] = [signal === SIGILL ? ILL_ILLOPC : SEGV_MAPERR, pc];
      break;
    case 'interrupt':
      break;
  }
  const out = new Uint8Array(SIGINFO_SIZE);
  const v = new DataView(out.buffer);
  v.setInt32(0, signal, true);
  v.setInt32(8, code, true);
  v.setBigUint64(16, BigInt.asUintN(64, addr), true);
  if (cause.kind === 'physical-watch') v.setBigUint64(36, cause.pa, true);
  if (cause.kind === 'catchpoint') {
    const e = cause.exit;
    v.setUint32(24, e.code, true);
    v.setUint32(28, e.esr >>> 0, true);
    v.setBigUint64(36, BigInt.asUintN(64, e.ipa), true);
    v.setUint32(48, e.pid, true);
    v.setUint32(52, e.tid, true);
    v.setUint32(56, e.pe, true);
  }
  return out;
}
