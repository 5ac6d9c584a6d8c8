// Why a thread stopped, and the AArch64 Linux `siginfo_t` GDB reads for it
// (`qXfer:siginfo:read`, `p $_siginfo`): 128 bytes, si_signo, si_errno and si_code as
// int32 at 0, 4 and 8, then the union at 16 whose first member for SIGTRAP, SIGILL and
// SIGSEGV faults is si_addr (u64).

/** Why a thread stopped (what the board event said, once the adapter has judged it). */
export type StopCause =
  | { readonly kind: 'breakpoint' }
  /** A single step ended (or a resume with nothing to run). */
  | { readonly kind: 'step' }
  /** A GDB watchpoint (virtual address of the selected process). */
  | { readonly kind: 'watchpoint'; readonly addr: bigint }
  /** A `monitor watch` physical watchpoint; the access's virtual address. */
  | { readonly kind: 'physical-watch'; readonly va: bigint; readonly pa: bigint }
  /** A `monitor catch` trap catchpoint: the guest exit's FAR_EL2. */
  | { readonly kind: 'catchpoint'; readonly far: bigint }
  /** GDB asked for the stop (Ctrl-C, a non-stop vCont;t). */
  | { readonly kind: 'interrupt' }
  /** The PE halted: an undefined instruction or a fault the emulator cannot take. */
  | { readonly kind: 'halt' }
  /** Stopped without a signal (GDB attached). */
  | { readonly kind: 'attach' };

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
      [code, addr] = [SI_KERNEL, cause.far];
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
  return out;
}
